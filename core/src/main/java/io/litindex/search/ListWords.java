package io.litindex.search;

import io.litindex.InvalidRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The words lists name themselves with that say nothing of a field (awesome, papers, list): data, by default the
 * bundled {@code list-words.txt}, extended by the files of the system property {@value #EXTRA_PROPERTY}. Immutable.
 */
final class ListWords {
    /** System property: files of more list words (same format), separated by the path separator. */
    static final String EXTRA_PROPERTY = "litindex.listwords.extra";
    /** Where the bundled words live on the class path. */
    static final String RESOURCE = "/io/litindex/search/list-words.txt";

    private static volatile ListWords configured;

    /** The words as written, lower case, in file order. */
    private final List<String> words;

    private ListWords(Set<String> words) {
        this.words = List.copyOf(words);
    }

    /**
     * Words in this format: one word a line (letters, digits), {@code #} starts a comment line.
     *
     * @param source where the text comes from, for error messages
     * @param text the lines
     * @throws InvalidRequestException naming the source and line of a line that is not one word
     */
    static ListWords parse(String source, String text) {
        Set<String> words = new LinkedHashSet<>();
        add(words, source, text);
        return new ListWords(words);
    }

    private static void add(Set<String> words, String source, String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.codePoints().allMatch(Character::isLetterOrDigit)) {
                throw new InvalidRequestException(source + ":" + (i + 1) + ": expected one word (letters or digits), got: " + line);
            }
            words.add(line.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The bundled words plus the files named by {@value #EXTRA_PROPERTY}, read on first use.
     *
     * @throws InvalidRequestException when a named file cannot be read or holds a malformed line
     */
    static ListWords configured() {
        ListWords l = configured;
        if (l == null) {
            Set<String> words = new LinkedHashSet<>();
            VocabularyFiles.read(RESOURCE, EXTRA_PROPERTY, "list words", (source, text) -> add(words, source, text));
            l = new ListWords(words);
            configured = l;
        }
        return l;
    }

    /** The words as written, lower case. */
    List<String> words() {
        return words;
    }

    /**
     * The words' stems as the stemmed fields index them (a word the stemmer gives no stem, a stop word, is left out).
     *
     * @param stemmer a word's stem, null when it has none
     */
    Set<String> stems(Function<String, String> stemmer) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            String s = stemmer.apply(w);
            if (s != null) {
                out.add(s);
            }
        }
        return Set.copyOf(out);
    }
}
