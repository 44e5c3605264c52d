package io.litindex.search;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * A misspelled word read through a field's phrase that the rules know: in "visual grouding" the run is the rule
 * input "visual grounding" but for one word one edit off, so the phrase itself tells which word was meant, even
 * when no title of the list writes it.
 */
final class RuleTypos {
    private RuleTypos() {}

    /**
     * The run's stems with a word the index does not hold replaced by the word of a rule's input that the run holds but
     * for that word: the input has two words or more, all the others the run's own in the same order, and the word
     * is within the typo reading's edits of the misspelled one ({@link Queries#edits}, at most one up to five letters,
     * two from six; the first letter kept). At most one replacement per word; the first input found wins.
     *
     * @param stems the run's words as the query analyzer makes them (stop words left out)
     * @param inputs the multi-word rule inputs by each of their words ({@link Synonyms#multiWordInputs()}), one map a rule set
     * @param unknown whether the word at an index is held by no field of the index (asked once per word of 4+ letters)
     * @return the stems with the replacements, or null when nothing is replaced
     */
    static String[] corrected(List<String> stems, List<Map<String, List<String[]>>> inputs, IntPredicate unknown) {
        String[] out = null;
        for (int i = 0; i < stems.size(); i++) {
            String typed = stems.get(i);
            int edits = Math.min(2, Queries.edits(typed));
            // the index's vocabulary first: one lookup settles nearly every word, before any rule is looked through
            if (typed.length() < 4 || edits == 0 || !WordForms.isWord(typed) || !unknown.test(i)) {
                continue;
            }
            String found = null;
            search:
            for (Map<String, List<String[]>> byWord : inputs) {
                for (int j = 0; j < stems.size(); j++) {
                    if (j == i) {
                        continue;
                    }
                    for (String[] input : byWord.getOrDefault(stems.get(j), List.of())) {
                        for (int q = 0; q < input.length; q++) {
                            if (!input[q].equals(stems.get(j))) {
                                continue;
                            }
                            int start = j - q;
                            int p = i - start;
                            if (p < 0 || p >= input.length || start < 0 || start + input.length > stems.size()) {
                                continue;
                            }
                            String meant = input[p];
                            if (meant.equals(typed) || meant.charAt(0) != typed.charAt(0) || !sameElsewhere(stems, input, start, p)
                                    || distance(typed, meant, edits) > edits) {
                                continue;
                            }
                            found = meant;
                            break search;
                        }
                    }
                }
            }
            if (found != null) {
                if (out == null) {
                    out = stems.toArray(new String[0]);
                }
                out[i] = found;
            }
        }
        return out;
    }

    /** Whether the run holds {@code input} from {@code start}, but for the input's word at {@code skip}. */
    private static boolean sameElsewhere(List<String> stems, String[] input, int start, int skip) {
        for (int k = 0; k < input.length; k++) {
            if (k != skip && !input[k].equals(stems.get(start + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The edit distance of two words, insertions, deletions, substitutions and transpositions of adjacent letters each
     * one (as the typo reading's fuzzy matching counts them: Lucene's Levenshtein automata), or {@code max + 1} when it
     * is larger; {@code max} at most 2.
     */
    static int distance(String a, String b, int max) {
        LevenshteinAutomata within = new LevenshteinAutomata(a, true);
        for (int n = 0; n <= max; n++) {
            if (Operations.run(within.toAutomaton(n), b)) {
                return n;
            }
        }
        return max + 1;
    }
}
