package io.litindex.ingest.fields;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text rules shared by the readers. */
public final class Cells {
    /** Texts longer than this are quoted shortened in messages. */
    public static final int QUOTE = 60;
    private static final Set<String> PLACEHOLDERS = Set.of("", "-", "–", "—", "null", "n/a", "na", "none", "/", "tbd", "todo");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

    private Cells() {}

    /**
     * True for an empty cell or one that says it is empty ("-", "null", "N/A").
     *
     * @param text the cell's text; null reads as empty
     * @return whether the cell holds nothing
     */
    public static boolean isPlaceholder(String text) {
        return text == null || PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Collapses runs of white space to one space and trims.
     *
     * @param text the text; null reads as empty
     * @return the text with its white space collapsed
     */
    public static String clean(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Drops the separators ({@code | , ; /}) and spaces at both ends of {@code text}, and of each run of two or more
     * separators keeps only the last one, in linear time: "| foo , | bar |" reads "foo| bar"; "Image/Text" is kept.
     *
     * @param text the text
     * @return the text without stray separators
     */
    public static String dropSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSeparatorOrSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSeparatorOrSpace(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            if (!isSeparatorOrSpace(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int runEnd = i;
            int separators = 0;
            int last = -1;
            while (runEnd < end && isSeparatorOrSpace(text.charAt(runEnd))) {
                if (!Character.isWhitespace(text.charAt(runEnd)) && text.charAt(runEnd) != '\u00A0') {
                    separators++;
                    last = runEnd;
                }
                runEnd++;
            }
            out.append(text, separators >= 2 ? last : i, runEnd);
            i = runEnd;
        }
        return out.toString();
    }

    private static boolean isSeparatorOrSpace(char c) {
        return c == '|' || c == ',' || c == ';' || c == '/' || Character.isWhitespace(c) || c == '\u00A0';
    }

    /**
     * {@code text} cut to at most {@code max} characters, with "…" when it was longer: for quoting text in messages.
     *
     * @param text the text to quote
     * @param max the most characters kept
     * @return the text, cleaned and cut
     */
    public static String quote(String text, int max) {
        String t = clean(text);
        return t.length() <= max ? t : t.substring(0, Math.max(0, max - 1)) + "…";
    }
}
