package io.litindex.index;

import io.litindex.model.Dimension;

/** The name of every Lucene field litindex writes, in one place. */
public final class Fields {
    /** The entry id, exact: updates replace by it, and it breaks ranking ties. */
    public static final String ID = "id";
    /** The whole entry as JSON, stored: hits are read back from it. */
    public static final String ENTRY = "_entry";

    // full-text fields, analyzed and searched by the query text
    /** The title, stemmed, with compound name parts; highlighted (offsets in the postings). */
    public static final String TITLE = "title";
    /** The title's words exactly as written (not stemmed, no compound parts): an exact word counts more than a stemmed match or a part. */
    public static final String TITLE_EXACT = "title_exact";
    /** Every author's name, as the names analyzer reads it (never stemmed, split at periods), one value per author. */
    public static final String AUTHORS = "authors";
    /** The venue's display name, and the venue as the list wrote it when that differs, as the names analyzer reads them. */
    public static final String VENUE = "venue";
    /** Every section path the entry sits under, stemmed, with compound name parts. */
    public static final String SECTIONS = "sections";
    /** The entry's note, stemmed, with compound name parts; highlighted (offsets in the postings). */
    public static final String NOTE = "note";
    /** The owners of the entry's code, model and data links on code hosts (OpenGVLab, haotian-liu), as exact words with their parts ({@link Owners}). */
    public static final String OWNERS = "owners";
    /**
     * The words of the names of the repositories, models and data sets the entry links on code hosts that its own text
     * does not write (github.com/robinjia/adversarial-squad → squad), exact words ({@link LinkWords}).
     */
    public static final String LINK_WORDS = "link_words";
    /** For a dataset, the title of the paper it comes from. */
    public static final String SOURCE_PAPER = "source_paper";
    /**
     * The stemmed text of title, sections, source paper and note once more as one field that scores them (with the
     * long forms of the entry's legend at the note's weight)
     * (BM25F as plain BM25): each word's term frequency counts its field's weight ({@link Schema#textWeight}),
     * frequencies only, no positions; phrases, proximity and highlights use the fields themselves.
     */
    public static final String TEXT = "text_bm25";
    /**
     * Every word of title, note, legend long forms, sections, source paper, authors, venue, owners and link words, exact (not stemmed), with
     * compound name parts: the vocabulary of spelling suggestions, prefix* and fuzzy queries.
     */
    public static final String WORDS = "words";

    // short names (issue 17): exact names, acronym definitions, title initials
    /** The entry's names, whole: its aliases and its title's leading name (GeoChat), as {@link Acronyms#nameKey}. */
    public static final String NAME = "name";
    /**
     * The name of the entry's code repository when it is one word but reads as no model name on its own (timesfm,
     * Autoformer: not two capitals), lower case ({@link Acronyms#repositoryWord}); a query word equal to it reads it as
     * the entry's name only when no other entry's words hold it (decided at query time, from the index's vocabulary).
     */
    public static final String REPOSITORY = "repository";
    /**
     * The names of the datasets that come from the entry ({@link io.litindex.model.Entry#datasetNames}), whole, as {@link
     * Acronyms#nameKey}, less those that are already its {@link #NAME}s: a dataset's name finds the paper that
     * introduced it, scoring below the dataset itself.
     */
    public static final String DATASET_NAME = "dataset_name";
    /**
     * Acronyms defined in the entry's text, and those of the list's legend the entry writes ({@link
     * io.litindex.model.Entry#legend}), each "short form" + {@link Acronyms#SEPARATOR} + "long form" (lower case).
     */
    public static final String DEFINITIONS = "acronym_def";
    /**
     * The whole title as {@link Acronyms#nameKey} ("how powerful are graph neural networks") and its {@link
     * Acronyms#looseTitle} ("how powerful are graph neural network"): a known name's paper found by its title.
     */
    public static final String TITLE_KEY = "title_key";
    /**
     * The initials of the title's word runs, one token per run start holding the initials of up to 6 words from
     * there (Generative Adversarial Networks for Graphs → gang): a run's initials are a prefix ({@link Acronyms#initials}).
     */
    public static final String INITIALS = "title_initials";

    // exact keys for filters, lower-cased
    /** The venue's display name. */
    public static final String VENUE_KEY = "venue_key";
    /** Every author's full name and surname. */
    public static final String AUTHOR_KEY = "author_key";
    /** Every section path, every prefix of it, and every heading in it. */
    public static final String SECTION_KEY = "section_key";
    /** The kind: paper, dataset or tool. */
    public static final String KIND = "kind";
    /** "true" when the entry links its code, else "false". */
    public static final String HAS_CODE = "has_code";
    /** For a dataset, the entry id of the paper it comes from (when the index holds it). */
    public static final String SOURCE_ID = "source_id";
    /** The year, as a point for ranges. */
    public static final String YEAR = "year";
    /** The date as yyyymmdd, for sorting by time. */
    public static final String DATE_SORT = "date_sort";

    /**
     * The facet counts of one dimension (sorted-set doc values), one field per dimension so that a search
     * counts only the dimensions it asks for: the many authors and sections cost nothing to a search that
     * counts venues.
     *
     * @param dimension the facet dimension
     * @return the name of its facet field, {@code facet_} and the dimension's id
     */
    public static String facet(Dimension dimension) {
        return "facet_" + dimension.id();
    }

    private Fields() {}
}
