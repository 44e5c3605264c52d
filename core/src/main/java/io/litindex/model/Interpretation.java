package io.litindex.model;

import java.util.Objects;

/**
 * How a search read one of the query's words beyond its written form: a typo corrected against the
 * index's vocabulary, an acronym expanded, a joined or split form. The word is still searched as typed;
 * the reading is searched beside it, scoring no more than the word itself.
 *
 * @param word the query word (or adjacent words) as typed
 * @param readAs what it was also searched as
 * @param how why: {@code typo}, {@code acronym (defined in the list)}, {@code acronym (title initials)},
 *     {@code synonym} (the synonym and acronym files), {@code joined} or {@code split}
 */
public record Interpretation(String word, String readAs, String how) {
    public static final String TYPO = "typo";
    public static final String DEFINED = "acronym (defined in the list)";
    public static final String INITIALS = "acronym (title initials)";
    public static final String SYNONYM = "synonym";
    public static final String JOINED = "joined";
    public static final String SPLIT = "split";
    public static final String NAME = "exact name";

    public Interpretation {
        Objects.requireNonNull(word, "word == null");
        Objects.requireNonNull(readAs, "readAs == null");
        Objects.requireNonNull(how, "how == null");
    }
}
