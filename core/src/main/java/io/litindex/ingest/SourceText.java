package io.litindex.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A source file's bytes as text. UTF-8 is expected (a byte-order mark is dropped; a UTF-16 one is honoured).
 * A line that is not valid UTF-8 is read as Windows-1252 and reported as an error, so one bad byte costs one
 * guessed line, not the file. Binary content (a NUL byte, or mostly control characters) is refused.
 * Line ends are normalized to {@code \n}.
 */
record SourceText(String text, List<Diagnostic> diagnostics) {
    /** How much of the start is looked at to tell binary content from text. */
    private static final int SNIFF = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    SourceText {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Decodes a source.
     *
     * @param name the file name diagnostics refer to
     * @throws SourceException when the bytes are not text
     */
    static SourceText decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return of(name, new String(bytes, StandardCharsets.UTF_16));
        }
        refuseBinary(name, bytes);
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String strict = decodeStrictly(bytes, offset, bytes.length - offset);
        if (strict != null) {
            return new SourceText(normalizeLineEnds(strict), List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        StringBuilder text = new StringBuilder(bytes.length);
        int line = 1;
        int start = offset;
        for (int i = offset; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                String decoded = decodeStrictly(bytes, start, i - start);
                if (decoded == null) {
                    int bad = firstInvalid(bytes, start, i - start);
                    diagnostics.add(new Diagnostic(name, line, Diagnostic.Level.ERROR, String.format(Locale.ROOT,
                            "not valid UTF-8 (byte 0x%02X at column %d); the line was read as Windows-1252",
                            bytes[start + bad] & 0xFF, bad + 1)));
                    decoded = new String(bytes, start, i - start, WINDOWS_1252);
                }
                text.append(decoded);
                if (i < bytes.length) {
                    text.append('\n');
                }
                line++;
                start = i + 1;
            }
        }
        return new SourceText(normalizeLineEnds(text.toString()), diagnostics);
    }

    /**
     * Text already decoded (a string handed to a reader): line ends are normalized, and characters that are not text,
     * NUL and UTF-16 surrogates without their other half (a UTF-8 decoder never makes either), become U+FFFD, each
     * line that held one reported with a warning. Entries never carry them: an index would store them differently in
     * different fields, and a highlighter takes NUL for the end of a value.
     */
    static SourceText of(String name, String text) {
        String normalized = normalizeLineEnds(java.util.Objects.requireNonNull(text, "text == null"));
        if (!hasInvalid(normalized)) {
            return new SourceText(normalized, List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        StringBuilder out = new StringBuilder(normalized.length());
        int line = 1;
        int onLine = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n') {
                report(diagnostics, name, line, onLine);
                line++;
                onLine = 0;
                out.append(c);
            } else if (invalidAt(normalized, i)) {
                out.append('\uFFFD');
                onLine++;
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(normalized.charAt(++i));
                }
            }
        }
        report(diagnostics, name, line, onLine);
        return new SourceText(out.toString(), diagnostics);
    }

    private static void report(List<Diagnostic> diagnostics, String name, int line, int count) {
        if (count > 0) {
            diagnostics.add(new Diagnostic(name, line, Diagnostic.Level.WARNING, count + (count == 1 ? " character" : " characters")
                    + " that are not text (NUL, or half a UTF-16 surrogate pair) read as U+FFFD"));
        }
    }

    /** {@code text} with NUL and unpaired surrogates replaced by U+FFFD; the same instance when it has none. */
    static String replaceInvalid(String text) {
        if (!hasInvalid(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (invalidAt(text, i)) {
                out.append('\uFFFD');
            } else {
                out.append(text.charAt(i));
                if (Character.isHighSurrogate(text.charAt(i))) {
                    out.append(text.charAt(++i));
                }
            }
        }
        return out.toString();
    }

    private static boolean hasInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                if (invalidAt(text, i)) {
                    return true;
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            }
        }
        return false;
    }

    /** True for NUL, a high surrogate not followed by a low one, and a low surrogate not preceded by a high one (seen from a pair's start). */
    private static boolean invalidAt(String text, int i) {
        char c = text.charAt(i);
        if (c == 0 || Character.isLowSurrogate(c)) {
            return true;
        }
        return Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
    }

    private static void refuseBinary(String name, byte[] bytes) {
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SourceException(name + " is not a text file (NUL byte on line " + line + "); litindex reads Markdown, JSON and JSON Lines");
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
        int control = 0;
        int n = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 10 > n) {
            throw new SourceException(name + " is not a text file (" + control + " control characters in its first "
                    + n + " bytes); litindex reads Markdown, JSON and JSON Lines");
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, int length) {
        try {
            return decoder().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The offset (from {@code offset}) of the first byte that does not start valid UTF-8. */
    private static int firstInvalid(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, length * 2));
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() - offset : 0;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
