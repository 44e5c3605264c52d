package io.litindex.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs text whose UTF-8 bytes were once decoded as Mac Roman or as Windows-1252
 * ("L√ºddecke", "LÃ¼ddecke" → "Lüddecke"). Each run of non-ASCII characters is re-encoded in the
 * suspected charset; it is replaced only when those bytes are valid UTF-8 and decoding them gives
 * different text. Correct text never forms such a run in practice: a lone "é" or "–", Chinese
 * text, or emoji do not re-encode to valid multi-byte UTF-8, so they are left as they are.
 */
public final class TextRepair {
    private static final List<Charset> SUSPECTS = List.of(Charset.forName("x-MacRoman"), Charset.forName("windows-1252"));

    /** At most this many characters of the word around a repaired run are quoted, so a huge line costs linear time. */
    private static final int MAX_CONTEXT = 40;

    private TextRepair() {}

    /** One repaired word: the word as found, with its mis-encoded text, and as it was meant to be. */
    public record Repair(String found, String repaired) {}

    /** {@code text} with every exactly repairable mis-encoded run repaired; the same instance when nothing was. */
    public static String repair(String text) {
        if (text == null || isAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = scan(text, out, null);
        return changed ? out.toString() : text;
    }

    /** The words of {@code text} that hold mis-encoded text, in order, each with its repair. */
    public static List<Repair> repairs(String text) {
        List<Repair> found = new ArrayList<>();
        if (text != null && !isAscii(text)) {
            scan(text, new StringBuilder(), found);
        }
        return found;
    }

    private static boolean scan(String text, StringBuilder out, List<Repair> found) {
        boolean changed = false;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) >= 0x80) {
                i++;
            }
            String run = text.substring(start, i);
            String fixed = repairRun(run);
            if (fixed == null) {
                out.append(run);
            } else {
                out.append(fixed);
                changed = true;
                if (found != null) {
                    int from = start;
                    while (from > 0 && start - from < MAX_CONTEXT && isWordChar(text.charAt(from - 1))) {
                        from--;
                    }
                    int to = i;
                    while (to < text.length() && to - i < MAX_CONTEXT && isWordChar(text.charAt(to))) {
                        to++;
                    }
                    String word = text.substring(from, to);
                    Repair repair = new Repair(word, repair(word));
                    if (found.isEmpty() || !found.get(found.size() - 1).equals(repair)) {
                        found.add(repair);
                    }
                }
            }
        }
        return changed;
    }

    private static boolean isWordChar(char c) {
        return c >= 0x80 || Character.isLetterOrDigit(c) || c == '-';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when {@link #repair} would change {@code text}. */
    public static boolean isMisencoded(String text) {
        return !text.equals(repair(text));
    }

    private static String repairRun(String run) {
        for (Charset charset : SUSPECTS) {
            byte[] bytes = encodeStrictly(run, charset);
            if (bytes == null || bytes.length < 2) {
                continue;
            }
            String decoded = decodeUtf8Strictly(bytes);
            if (decoded != null && !decoded.equals(run)) {
                return decoded;
            }
        }
        return null;
    }

    private static byte[] encodeStrictly(String run, Charset charset) {
        try {
            ByteBuffer buffer = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(run));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeUtf8Strictly(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
