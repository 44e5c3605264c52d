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
 *     {@code synonym} (the synonym and acronym files), {@code joined}, {@code split}, {@code word form} or
 *     {@code known name} (the known-names file), {@code related term} (the related-terms file), {@code longer name},
 *     {@code word family}, {@code repository name}, {@code venue} or {@code spelling}
 */
public record Interpretation(String word, String readAs, String how) {
    /** {@link #how()} of a word also searched as a close word of the index's vocabulary (a corrected typo). */
    public static final String TYPO = "typo";
    /** {@link #how()} of an acronym also searched as a long form that an entry of the list defines. */
    public static final String DEFINED = "acronym (defined in the list)";
    /** {@link #how()} of an acronym also searched among the initials of the entries' title words. */
    public static final String INITIALS = "acronym (title initials)";
    /** {@link #how()} of a word also searched as a rule of the synonym and acronym files gives it. */
    public static final String SYNONYM = "synonym";
    /** {@link #how()} of adjacent query words also searched as one joined word. */
    public static final String JOINED = "joined";
    /** {@link #how()} of a word also searched as the two words it splits into. */
    public static final String SPLIT = "split";
    /** {@link #how()} of a word also searched as another form of it that stems differently (synthesis, synthesizing; molecule, molecular). */
    public static final String FORM = "word form";
    /** {@link #how()} of a well-known name (GIN) also searched as the title of the paper that introduced it. */
    public static final String KNOWN = "known name";
    /** {@link #how()} of a topic also searched, at a low weight, as a word its field writes it with (reinforcement learning → policy). */
    public static final String RELATED = "related term";
    /** {@link #how()} of a short name typed in capitals (RSVQA, UAV) also searched, below itself, as the longer names it begins (RSVQAxBEN, UAVid). */
    public static final String LONGER = "longer name";
    /**
     * {@link #how()} of a word also searched, below itself, as a word of its family that the stemmer leaves apart
     * (explanation, explain; detection, detector; analysis, analytic), by the derivational endings of English.
     */
    public static final String FAMILY = "word family";
    /**
     * {@link #how()} of a word that is the one-word name of an entry's code repository (github.com/…/timesfm) and no
     * word of any other entry: that entry is named by it, as by an alias.
     */
    public static final String REPOSITORY = "repository name";
    /**
     * {@link #how()} of a word that some entries' links write and their text does not: a word of the name of a
     * repository, model or data set they link on a code host (github.com/robinjia/adversarial-squad: squad).
     */
    public static final String LINK = "link word";
    /**
     * {@link #how()} of a word that names a venue some entry was published at (RecSys, KDD): it is read as the venue,
     * and a rule of the acronym and synonym files for it (recsys: recommender system) is not applied.
     */
    public static final String VENUE = "venue";
    /**
     * {@link #how()} of a word also searched as its other spelling, British or American (personalised, personalized;
     * tumour, tumor), which the list writes where it does not write the typed one, or far less often.
     */
    public static final String VARIANT = "spelling";

    /**
     * A reading of a query word.
     *
     * @param word the query word (or adjacent words) as typed
     * @param readAs what it was also searched as
     * @param how why, one of this type's constants
     * @throws NullPointerException when any of them is null
     */
    public Interpretation {
        Objects.requireNonNull(word, "word == null");
        Objects.requireNonNull(readAs, "readAs == null");
        Objects.requireNonNull(how, "how == null");
    }
}
