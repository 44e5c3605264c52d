package io.litindex.ingest.fields;

import java.util.Set;

/**
 * Schwartz and Hearst's (2003) test of a short form against a long form, at two strictnesses: a list's legend
 * (read by ingest) and an entry's own text (read by the index's acronyms) share it.
 */
public final class ShortForms {
    /** Words that give no letter to a short form and do not break a long form ("Bidirectional Encoder Representations from Transformers"). */
    public static final Set<String> SKIPPED = Set.of("a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "from",
            "via", "by", "at", "as", "its", "into", "over", "using");

    /** How much of a long form the short form must account for. */
    public enum Strictness {
        /**
         * The short form's letters and digits in order, the first one starting a word: a legend says outright that
         * the two go together ("Geo-Loc.: Geo-Localization", "Attrs: Object-level Attribute Understanding").
         */
        LETTERS,
        /**
         * Also: the long form is longer than the short form and does not hold it, has as many words as the short
         * form needs letters, and every content word gives a letter, in order: in running text ("Long Form (LF)")
         * nothing else says the words are the definition.
         */
        WORDS
    }

    private ShortForms() {}

    /**
     * The long form the short form spells at the end of a text: Schwartz and Hearst's match, the short form's letters
     * and digits right to left, each found in the text, the first one at the start of a word; the long form runs
     * from that word to the end of the text. Both are compared as given (callers lower-case them).
     *
     * @param shortForm the short form
     * @param text the text the long form ends
     * @param strictness {@link Strictness#LETTERS} or {@link Strictness#WORDS}
     * @param whole whether the long form must be the whole text
     * @return the long form, stripped, or null when there is no match at that strictness
     */
    public static String longForm(String shortForm, String text, Strictness strictness, boolean whole) {
        int first = 0;
        while (first < shortForm.length() && !Character.isLetterOrDigit(shortForm.charAt(first))) {
            first++;
        }
        if (first == shortForm.length()) {
            return null;
        }
        int si = shortForm.length() - 1;
        int li = text.length() - 1;
        while (si >= first) {
            char c = shortForm.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (text.charAt(li) != c || si == first && li > 0 && Character.isLetterOrDigit(text.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return null;
            }
            li--;
            si--;
        }
        int start = li + 1;
        if (whole && start != 0) {
            return null;
        }
        String longForm = text.substring(start).strip();
        if (strictness == Strictness.LETTERS) {
            return longForm;
        }
        // the long form must be longer than the short form and hold at least as many words as it needs letters
        int wordsIn = longForm.split(" ").length;
        if (longForm.length() <= shortForm.length() || wordsIn < 2 && letters(shortForm) > 1
                || longForm.contains(shortForm) && !longForm.equals(shortForm)) {
            return null;
        }
        // every content word of the long form gives a letter of the short form, in order
        int at = 0;
        for (String word : longForm.split(" ")) {
            if (SKIPPED.contains(word) || word.isEmpty()) {
                continue;
            }
            at = shortForm.indexOf(word.charAt(0), at);
            if (at < 0) {
                return null;
            }
            at++;
        }
        return longForm;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
