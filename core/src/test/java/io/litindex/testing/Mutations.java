package io.litindex.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Mutations of real text for fuzz tests, as jqwik arbitraries (so a failure shrinks to the fewest, smallest
 * mutations): character deletions, Markdown metacharacters and line breaks put in, lines duplicated, swapped,
 * truncated or dropped, odd Unicode (lone surrogates, NUL, control and format characters, astral characters),
 * mis-encoded runs (UTF-8 read as Mac Roman or Windows-1252), and very long runs inside a line; and, for files,
 * mutations of the bytes (invalid UTF-8, NUL, stray bytes).
 */
public final class Mutations {
    /** Markdown's own characters and small constructs made of them. */
    public static final List<String> META = List.of("|", "*", "**", "_", "__", "[", "]", "(", ")", "`", "```", "<", ">", "#",
            "-", "\n", "\n\n", "\n|", "\n- ", "\n# ", "\n```\n", "](", "![", "<br>", "\\|", "|---|", "> ", "    ", "<!--", "-->",
            "<details>", "</td>", "&", "&amp;", "&#0;", "~~~", "***", "1. ", "[x]: http://x.y", ":");
    /** Characters that trip up text handling: surrogates alone and paired, NUL, controls, format characters, odd spaces. */
    public static final List<String> ODD = List.of("\uD83D", "\uDE00", "\uD83D\uDE00", "\uDBFF\uDFFF", "\u0000", "\u0001",
            "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009F", "\uFEFF", "\u200B", "\u200D", "\u202E",
            "\u2028", "\u2029", "\u00A0", "\u3000", "\u0301", "\uFFFD", "\uFFFE", "\uFFFF", "遥感", "ｌ", "｜", "＊", "\u05D0",
            "\u0627", "𝐓𝐢𝐭𝐥𝐞", "ﬁ", "ẞ", "İ", "\t");
    /** Words that hold non-ASCII text, to be mis-encoded. */
    private static final List<String> ACCENTED = List.of("Lüddecke", "Gonçalves", "Image–Text", "naïve", "Zürich", "“quoted”",
            "遥感图像", "Łukasz", "café — bar", "Ångström", "😀 emoji");
    private static final List<Charset> WRONG = List.of(Charset.forName("x-MacRoman"), Charset.forName("windows-1252"));
    /** Pieces a very long run is made of. */
    private static final List<String> LONG = List.of("a", "word ", "**", "[", "|", "\\|", "<br>", "](", "`", "[x](", "<",
            "é", "遥", "*_", "*_* _", "*_* _\n", "https://x.y/", " ", "-", "\uD83D");

    private Mutations() {}

    /** What a mutation does. */
    public enum Kind {
        DELETE_CHARS, INSERT_META, INSERT_ODD, DUPLICATE_LINE, SWAP_LINES, TRUNCATE_LINE, DELETE_LINE, TRUNCATE_TEXT,
        MIS_ENCODE, LONG_RUN
    }

    /**
     * One mutation.
     *
     * @param at where, as a fraction of the text (or of its lines)
     * @param other a second place (the other line of a swap)
     * @param size how many characters to delete or mis-encode, or how often to repeat a long run's piece
     * @param payload what to put in
     */
    public record Mutation(Kind kind, double at, double other, int size, String payload) {
        /** The text with this mutation applied. */
        public String apply(String text) {
            int pos = index(at, text.length());
            switch (kind) {
                case DELETE_CHARS -> {
                    return text.substring(0, pos) + text.substring(Math.min(text.length(), pos + size));
                }
                case INSERT_META, INSERT_ODD -> {
                    return text.substring(0, pos) + payload + text.substring(pos);
                }
                case MIS_ENCODE -> {
                    Charset wrong = WRONG.get(Math.floorMod(size, WRONG.size()));
                    if (payload.isEmpty()) {
                        int end = Math.min(text.length(), pos + 1 + size % 40);
                        return text.substring(0, pos) + misEncode(text.substring(pos, end), wrong) + text.substring(end);
                    }
                    return text.substring(0, pos) + misEncode(payload, wrong) + text.substring(pos);
                }
                case LONG_RUN -> {
                    return text.substring(0, pos) + payload.repeat(size) + text.substring(pos);
                }
                case TRUNCATE_TEXT -> {
                    return text.substring(0, pos);
                }
                default -> {
                    return lines(text);
                }
            }
        }

        private String lines(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int i = index(at, lines.size() - 1);
            switch (kind) {
                case DUPLICATE_LINE -> lines.add(i, lines.get(i));
                case SWAP_LINES -> {
                    int j = index(other, lines.size() - 1);
                    String line = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case TRUNCATE_LINE -> lines.set(i, lines.get(i).substring(0, index(other, lines.get(i).length())));
                case DELETE_LINE -> {
                    if (lines.size() > 1) {
                        lines.remove(i);
                    }
                }
                default -> throw new IllegalStateException(kind.toString());
            }
            return String.join("\n", lines);
        }

        @Override
        public String toString() {
            String shown = payload.length() > 24 ? payload.substring(0, 24) + "…" : payload;
            StringBuilder escaped = new StringBuilder();
            shown.chars().forEach(c -> escaped.append(c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate((char) c)
                    ? String.format("\\u%04X", c) : String.valueOf((char) c)));
            return kind + "@" + String.format("%.4f", at) + (kind == Kind.SWAP_LINES || kind == Kind.TRUNCATE_LINE
                    ? "/" + String.format("%.4f", other) : "") + (size > 0 ? " x" + size : "") + (payload.isEmpty() ? "" : " '" + escaped + "'");
        }
    }

    private static int index(double fraction, int length) {
        return Math.max(0, Math.min(length, (int) (fraction * (length + 1))));
    }

    /** {@code text} with each mutation applied in turn. */
    public static String apply(String text, List<Mutation> mutations) {
        String out = text;
        for (Mutation m : mutations) {
            out = m.apply(out);
        }
        return out;
    }

    /** {@code text} as a Java string literal (control characters, surrogates and line ends escaped), cut at 4,000 characters: for failure messages. */
    public static String show(String text) {
        StringBuilder out = new StringBuilder("\"");
        String t = text.length() > 4000 ? text.substring(0, 4000) : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.append(text.length() > t.length() ? "\"… (" + text.length() + " characters)" : "\"").toString();
    }

    /** UTF-8 bytes of {@code text} decoded in the wrong charset, as a list edited on another machine shows it. */
    public static String misEncode(String text, Charset wrong) {
        return new String(text.getBytes(StandardCharsets.UTF_8), wrong);
    }

    /** Up to {@code max} mutations, most of them small. */
    public static Arbitrary<List<Mutation>> mutations(int max, int longestRun) {
        return mutation(longestRun).list().ofMinSize(1).ofMaxSize(max);
    }

    /** One mutation; a long run repeats its piece at most {@code longestRun} times. */
    public static Arbitrary<Mutation> mutation(int longestRun) {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, true, 1, false).ofScale(6);
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Kind.DELETE_CHARS)), Tuple.of(6, Arbitraries.just(Kind.INSERT_META)),
                Tuple.of(4, Arbitraries.just(Kind.INSERT_ODD)), Tuple.of(2, Arbitraries.just(Kind.DUPLICATE_LINE)),
                Tuple.of(2, Arbitraries.just(Kind.SWAP_LINES)), Tuple.of(2, Arbitraries.just(Kind.TRUNCATE_LINE)),
                Tuple.of(2, Arbitraries.just(Kind.DELETE_LINE)), Tuple.of(1, Arbitraries.just(Kind.TRUNCATE_TEXT)),
                Tuple.of(2, Arbitraries.just(Kind.MIS_ENCODE)), Tuple.of(1, Arbitraries.just(Kind.LONG_RUN)));
        return kind.flatMap(k -> Combinators.combine(at, at, size(k, longestRun), payload(k)).as((a, o, s, p) -> new Mutation(k, a, o, s, p)));
    }

    private static Arbitrary<Integer> size(Kind kind, int longestRun) {
        return switch (kind) {
            case DELETE_CHARS -> Arbitraries.integers().between(1, 8);
            case MIS_ENCODE -> Arbitraries.integers().between(0, 80);
            case LONG_RUN -> Arbitraries.integers().between(1, Math.max(1, longestRun)).withDistribution(net.jqwik.api.RandomDistribution.biased());
            default -> Arbitraries.just(0);
        };
    }

    private static Arbitrary<String> payload(Kind kind) {
        return switch (kind) {
            case INSERT_META -> Arbitraries.of(META);
            case INSERT_ODD -> oddText();
            case MIS_ENCODE -> Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(ACCENTED));
            case LONG_RUN -> Arbitraries.of(LONG);
            default -> Arbitraries.just("");
        };
    }

    /** Short strings of odd characters: the {@link #ODD} ones, and any code point at all, surrogate halves included. */
    public static Arbitrary<String> oddText() {
        Arbitrary<String> anyChar = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> anyCodePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT).map(Character::toString);
        return Arbitraries.oneOf(Arbitraries.of(ODD), anyChar, anyCodePoint).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    /** What a byte mutation does. */
    public enum ByteKind { INSERT, DELETE, OVERWRITE }

    /** One mutation of a file's bytes. */
    public record ByteMutation(ByteKind kind, double at, byte[] payload) {
        public byte[] apply(byte[] bytes) {
            int pos = index(at, bytes.length);
            byte[] out;
            switch (kind) {
                case INSERT -> {
                    out = new byte[bytes.length + payload.length];
                    System.arraycopy(bytes, 0, out, 0, pos);
                    System.arraycopy(payload, 0, out, pos, payload.length);
                    System.arraycopy(bytes, pos, out, pos + payload.length, bytes.length - pos);
                }
                case DELETE -> {
                    int n = Math.min(payload.length, bytes.length - pos);
                    out = new byte[bytes.length - n];
                    System.arraycopy(bytes, 0, out, 0, pos);
                    System.arraycopy(bytes, pos + n, out, pos, bytes.length - pos - n);
                }
                default -> {
                    out = bytes.clone();
                    for (int i = 0; i < payload.length && pos + i < out.length; i++) {
                        out[pos + i] = payload[i];
                    }
                }
            }
            return out;
        }

        @Override
        public String toString() {
            StringBuilder hex = new StringBuilder();
            for (byte b : payload) {
                hex.append(String.format("%02X", b & 0xFF));
            }
            return kind + "@" + String.format("%.4f", at) + " " + hex;
        }
    }

    /** Byte mutations: stray high bytes, bytes that start a UTF-8 sequence and never end it, NUL, CR, and any byte. */
    public static Arbitrary<ByteMutation> byteMutation() {
        Arbitrary<Byte> odd = Arbitraries.oneOf(
                Arbitraries.of((byte) 0x00, (byte) 0x0D, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3, (byte) 0xE2,
                        (byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0xF8, (byte) 0xFE, (byte) 0xFF, (byte) 0xE9),
                Arbitraries.bytes());
        Arbitrary<byte[]> payload = odd.array(byte[].class).ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(ByteKind.class), Arbitraries.doubles().between(0, true, 1, false).ofScale(6), payload)
                .as(ByteMutation::new);
    }
}
