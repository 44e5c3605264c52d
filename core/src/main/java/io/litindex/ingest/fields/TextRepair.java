package io.litindex.ingest.fields;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs text whose UTF-8 bytes were once decoded as Mac Roman or as Windows-1252
 * ("L√ºddecke", "LÃ¼ddecke" → "Lüddecke"). Each run of non-ASCII characters is re-encoded in the
 * suspected charset; it is replaced only when those bytes are valid UTF-8 and decoding them gives
 * different text. Correct text never forms such a run in practice: a lone "é" or "–", Chinese
 * text, or emoji do not re-encode to valid multi-byte UTF-8, so they are left as they are. Accents a PDF copy wrote
 * as characters of their own ("G\u00A8ul", "\u00B8Sahin") are joined to their letters.
 */
public final class TextRepair {
    private static final List<Charset> SUSPECTS = List.of(Charset.forName("x-MacRoman"), Charset.forName("windows-1252"));

    /** At most this many characters of the word around a repaired run are quoted, so a huge line costs linear time. */
    private static final int MAX_CONTEXT = 40;
    /** Repairs beyond this many on one text are listed as the bare run, without the word around it (which costs a repair of its own). */
    private static final int MAX_QUOTED = 16;

    private TextRepair() {}

    /**
     * One repaired word: the word as found, with its mis-encoded text, and as it was meant to be.
     *
     * @param found the word as the text holds it
     * @param repaired the word as it was meant
     */
    public record Repair(String found, String repaired) {}

    /**
     * {@code text} with every exactly repairable mis-encoded run repaired; the same instance when nothing was.
     *
     * @param text the text; null is returned as is
     * @return the repaired text
     */
    public static String repair(String text) {
        return repair(text, null);
    }

    /**
     * {@code text} repaired as by {@link #repair(String)}, adding each repaired word to {@code found}: one pass
     * for both.
     *
     * @param text the text; null is returned as is
     * @param found takes each repaired word
     * @return the repaired text
     */
    public static String repair(String text, List<Repair> found) {
        if (text == null || isAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = scan(text, out, found);
        String repaired = changed ? out.toString() : text;
        return accents(repaired, found);
    }

    /** Accents that PDF copies write as a character of their own, each with the combining mark it stands for. */
    private static final String SPACING = "\u00A8\u00B8\u02C7\u02D8\u02D9\u02DA\u02DD\u02C6\u02DC\u00B4";
    private static final String COMBINING = "\u0308\u0327\u030C\u0306\u0307\u030A\u030B\u0302\u0303\u0301";
    /** The acute accent written for an apostrophe: "it\u00B4s", "don\u00B4t", "Alzheimer\u00B4s", "we\u00B4ll", "they\u00B4re". */
    private static final java.util.regex.Pattern APOSTROPHE = java.util.regex.Pattern.compile("\u00B4(?:[stdm]|ll|re|ve)(?!\\p{L})");

    /**
     * {@code text} with every accent copied from a PDF as a character of its own joined to its letter: "G\u00A8ul" and
     * "Gu\u00A8l" read "G\u00FCl", "\u00B8Sahin" reads "\u015Eahin", "Veli\u02C7ckovi" reads "Veli\u010Dkovi". The
     * accent goes on the letter after it, else on the one before, when the two make one letter ("Jos\u00B4e", "Ram\u00B4\u0131rez"
     * with a dotless i); an acute accent that stands for an apostrophe ("it\u00B4s", "don\u00B4t") is left as it is.
     */
    private static String accents(String text, List<Repair> found) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            int mark = SPACING.indexOf(text.charAt(i));
            if (mark < 0) {
                continue;
            }
            char combining = COMBINING.charAt(mark);
            if (combining == '\u0301' && APOSTROPHE.matcher(text).region(i, text.length()).lookingAt()) {
                continue;
            }
            String joined = null;
            int from = i;
            int to = i + 1;
            if (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                joined = join(text.charAt(i + 1), combining);
                to = i + 2;
            }
            if (joined == null && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                joined = join(text.charAt(i - 1), combining);
                from = i - 1;
                to = i + 1;
            }
            if (joined == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            int shift = text.length() - out.length();
            out.replace(from - shift, to - shift, joined);
            if (found != null && found.size() < MAX_QUOTED) {
                // the whole word, every accent of it joined, once: "Veli\u02C7ckovi\u00B4c" read as "Veli\u010Dkovi\u0107"
                quote(text, from, to, TextRepair::inWord, word -> accents(word, null), found);
            }
            i = to - 1;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Adds the word around {@code text[from, to)} (up to {@value #MAX_CONTEXT} characters each side that {@code inWord}
     * accepts) with its repair, unless the last repair found is the same.
     */
    private static void quote(String text, int from, int to, java.util.function.Predicate<Character> inWord,
            java.util.function.UnaryOperator<String> fix, List<Repair> found) {
        int a = from;
        while (a > 0 && from - a < MAX_CONTEXT && inWord.test(text.charAt(a - 1))) {
            a--;
        }
        int b = to;
        while (b < text.length() && b - to < MAX_CONTEXT && inWord.test(text.charAt(b))) {
            b++;
        }
        String word = text.substring(a, b);
        Repair repair = new Repair(word, fix.apply(word));
        if (found.isEmpty() || !found.get(found.size() - 1).equals(repair)) {
            found.add(repair);
        }
    }

    private static boolean inWord(char c) {
        return Character.isLetter(c) || SPACING.indexOf(c) >= 0;
    }

    /** The one letter {@code letter} and {@code combining} make, or null when Unicode has none. */
    private static String join(char letter, char combining) {
        // a PDF copy writes the i under an accent dotless ("\u00B4\u0131")
        char base = letter == '\u0131' ? 'i' : letter;
        String composed = java.text.Normalizer.normalize(String.valueOf(base) + combining, java.text.Normalizer.Form.NFC);
        return composed.length() == 1 ? composed : null;
    }

    /**
     * The words of {@code text} that hold mis-encoded text, in order, each with its repair.
     *
     * @param text the text
     * @return the repairs, empty when there are none
     */
    public static List<Repair> repairs(String text) {
        List<Repair> found = new ArrayList<>();
        repair(text, found);
        return found;
    }

    private static boolean scan(String text, StringBuilder out, List<Repair> found) {
        boolean changed = false;
        int quoted = 0;
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
                if (found != null && quoted >= MAX_QUOTED) {
                    found.add(new Repair(run, fixed));
                } else if (found != null) {
                    quoted++;
                    quote(text, start, i, TextRepair::isWordChar, TextRepair::repair, found);
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

    /**
     * True when {@link #repair} would change {@code text}.
     *
     * @param text the text
     * @return whether it holds repairable mis-encoded text
     */
    public static boolean isMisencoded(String text) {
        return !text.equals(repair(text));
    }

    private static String repairRun(String run) {
        Coders coders = CODERS.get();
        for (CharsetEncoder encoder : coders.suspects) {
            byte[] bytes = encodeStrictly(run, encoder);
            if (bytes == null || bytes.length < 2) {
                continue;
            }
            String decoded = decodeUtf8Strictly(bytes, coders.utf8);
            if (decoded != null && !decoded.equals(run)) {
                return decoded;
            }
        }
        return null;
    }

    /** The bytes of {@code run} in the encoder's charset, or null when a character has no byte there. No exception is thrown on the way. */
    private static byte[] encodeStrictly(String run, CharsetEncoder encoder) {
        encoder.reset();
        ByteBuffer out = ByteBuffer.allocate((int) Math.ceil(run.length() * (double) encoder.maxBytesPerChar()) + 4);
        CoderResult result = encoder.encode(CharBuffer.wrap(run), out, true);
        if (result.isError() || result.isOverflow() || encoder.flush(out).isError()) {
            return null;
        }
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }

    private static String decodeUtf8Strictly(byte[] bytes, CharsetDecoder decoder) {
        decoder.reset();
        CharBuffer out = CharBuffer.allocate(bytes.length + 4);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (result.isError() || result.isOverflow() || decoder.flush(out).isError()) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** Encoders for the suspected charsets and a strict UTF-8 decoder, made once per thread (making them is costly). */
    private static final class Coders {
        final List<CharsetEncoder> suspects = new ArrayList<>();
        final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        Coders() {
            for (Charset charset : SUSPECTS) {
                suspects.add(charset.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
            }
        }
    }

    private static final ThreadLocal<Coders> CODERS = ThreadLocal.withInitial(Coders::new);
}
