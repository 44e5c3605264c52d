package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two rows of one title that are two papers: both name their authors, no name word is shared, and both give a year and
 * the years differ ("Neural Machine Translation", an ACL 2016 tutorial by Luong, Cho and Manning, and a 2017 survey by
 * Koehn). A title alone then does not make them one entry; an arXiv id or DOI still does.
 */
final class Namesakes {
    /** Name words this short (initials) say nothing about who wrote a paper; two letters ("Su", "Li", "Wu") are a name. */
    private static final int MIN_WORD = 2;

    private Namesakes() {}

    /**
     * Whether two entries of the same normalized title are two papers.
     *
     * @param first the entry read first
     * @param later a later row of the same title
     * @return true when both name authors with no name word in common and give two different years
     */
    static boolean distinct(Entry first, Entry later) {
        if (first.authors().isEmpty() || later.authors().isEmpty() || first.year() == null || later.year() == null
                || first.year().equals(later.year())) {
            return false;
        }
        Set<String> words = words(first.authors());
        for (String word : words(later.authors())) {
            if (words.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> words(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= MIN_WORD) {
                    out.add(word);
                }
            }
        }
        return out;
    }
}
