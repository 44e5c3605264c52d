package io.litindex.index;

import io.litindex.model.Dimension;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * litindex's index layout: the analyzers, the facet configuration and the schema version, one instance
 * shared by the indexer and the searcher so that both always agree.
 */
public final class Schema {
    /** Bumped whenever documents are written differently; an index of another version must be rebuilt. */
    public static final int VERSION = 13;
    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "litindex.schema";
    /** Commit user-data key holding the litindex version that wrote the commit. */
    public static final String WRITER_KEY = "litindex.version";

    /**
     * How much each full-text field counts in ranking; the title most. A word found exactly in the title
     * matches both the stemmed and the exact title field, so it counts more than a stemmed match.
     */
    public static final Map<String, Float> FIELD_WEIGHTS = Map.of(
            Fields.TITLE, 4.0f,
            Fields.TITLE_EXACT, 2.0f,
            Fields.AUTHORS, 2.0f,
            Fields.SOURCE_PAPER, 1.5f,
            Fields.SECTIONS, 1.5f,
            Fields.VENUE, 1.0f,
            Fields.OWNERS, 1.0f,
            Fields.LINK_WORDS, 0.5f,
            Fields.NOTE, 1.0f);

    /** The fields whose matches are highlighted in hits. */
    public static final List<String> HIGHLIGHTED = List.of(Fields.TITLE, Fields.NOTE);

    private static final Schema STANDARD = new Schema();

    /** The stemmed full-text fields (English text analysis). */
    public static final List<String> STEMMED = List.of(Fields.TITLE, Fields.SECTIONS, Fields.SOURCE_PAPER, Fields.NOTE);

    /**
     * What the weights of the stemmed fields are multiplied by to become the whole term frequencies of
     * {@link Fields#TEXT} (title 8, sections 3, source paper 3, note 2).
     */
    public static final int TEXT_WEIGHT_SCALE = 2;

    /** BM25's k1 (Lucene's default, as every other field scores with). */
    public static final float K1 = 1.2f;
    /** BM25's b (Lucene's default). */
    public static final float B = 0.75f;

    /**
     * k1 of {@link Fields#TEXT}: its frequencies and lengths are {@link #TEXT_WEIGHT_SCALE} times the BM25F
     * ones, and BM25's tf / (tf + k1 (1 - b + b dl / avgdl)) stays the same when tf, dl and avgdl are all
     * multiplied by s and k1 too.
     */
    public static final float TEXT_K1 = K1 * TEXT_WEIGHT_SCALE;

    private static final Similarity BM25 = new BM25Similarity(K1, B);
    private static final Similarity TEXT_BM25 = new BM25Similarity(TEXT_K1, B);
    private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        @Override
        public Similarity get(String name) {
            return Fields.TEXT.equals(name) ? TEXT_BM25 : BM25;
        }
    };

    private final Analyzer analyzer;
    private final Analyzer textQuery;
    private final Analyzer exactQuery;
    private final Analyzer names;
    private final FacetsConfig facetsConfig;

    private Schema() {
        this.analyzer = Analyzers.perField();
        this.textQuery = Analyzers.textQuery();
        this.exactQuery = Analyzers.exactQuery();
        this.names = Analyzers.names();
        this.facetsConfig = new FacetsConfig();
        for (Dimension dim : Dimension.values()) {
            facetsConfig.setIndexFieldName(dim.id(), Fields.facet(dim));
            // filters search the exact-key fields, so the facet fields need no drill-down terms
            facetsConfig.setDrillDownTermsIndexing(dim.id(), FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        facetsConfig.setMultiValued(Dimension.SECTION.id(), true);
        facetsConfig.setMultiValued(Dimension.AUTHOR.id(), true);
    }

    /**
     * The one schema litindex indexes and searches with.
     *
     * @return the shared instance
     */
    public static Schema standard() {
        return STANDARD;
    }

    /**
     * The weight of a stemmed field's words in {@link Fields#TEXT}: its {@link #FIELD_WEIGHTS} weight times
     * {@link #TEXT_WEIGHT_SCALE}.
     *
     * @param field one of {@link #STEMMED}
     * @return the whole term frequency each of its words counts
     * @throws IllegalArgumentException when {@code field} is not a stemmed field
     */
    public static int textWeight(String field) {
        if (!STEMMED.contains(field)) {
            throw new IllegalArgumentException("not a stemmed field: " + field);
        }
        return Math.round(FIELD_WEIGHTS.get(field) * TEXT_WEIGHT_SCALE);
    }

    /**
     * What the words of a dataset's source paper count in {@link Fields#TEXT} when that paper is an entry of the
     * list too ({@code sourcePaper.id} set): two thirds of {@link Fields#SOURCE_PAPER}'s weight (the note's), a fourth
     * of a title word's. The paper's own entry answers its title's words; the dataset, whose own title is short,
     * would otherwise score them nearly as a title does and rank above its paper ("RS multimodal instruction" above
     * GeoChat for remote sensing grounding). A third (1) moved the multimodal set's datasets found through their
     * paper's words more (docs/evaluation.md, datasets-12).
     */
    public static final int LISTED_SOURCE_PAPER_TEXT_WEIGHT = 2;

    /**
     * The weight of a dataset's source-paper words in {@link Fields#TEXT}: {@link #LISTED_SOURCE_PAPER_TEXT_WEIGHT}
     * when the paper is an entry of the list, else {@link #textWeight(String) textWeight(SOURCE_PAPER)}.
     *
     * @param listed whether the source paper is an entry of the list (its id is set)
     * @return the whole term frequency each of its words counts
     */
    public static int sourcePaperTextWeight(boolean listed) {
        return listed ? LISTED_SOURCE_PAPER_TEXT_WEIGHT : textWeight(Fields.SOURCE_PAPER);
    }

    /**
     * How litindex scores: Lucene's BM25 in every field, with k1 {@link #TEXT_K1} in {@link Fields#TEXT};
     * indexing and searching use the same.
     *
     * @return the similarity, shared
     */
    public Similarity similarity() {
        return SIMILARITY;
    }

    /**
     * The index-time analyzer of every field.
     *
     * @return a per-field analyzer, shared; do not close it
     */
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The analyzer of query words for the stemmed fields ({@link #STEMMED}).
     *
     * @return the analyzer, shared; do not close it
     */
    public Analyzer textQueryAnalyzer() {
        return textQuery;
    }

    /**
     * The analyzer of query words for the exact fields ({@link Fields#TITLE_EXACT}, {@link Fields#WORDS}).
     *
     * @return the analyzer, shared; do not close it
     */
    public Analyzer exactQueryAnalyzer() {
        return exactQuery;
    }

    /**
     * The analyzer of query words for authors and venue.
     *
     * @return the analyzer, shared; do not close it
     */
    public Analyzer namesAnalyzer() {
        return names;
    }

    /**
     * The facet configuration: each {@link Dimension} in its own field ({@link Fields#facet}), without
     * drill-down terms, sections and authors multi-valued.
     *
     * @return the configuration, shared; do not change it
     */
    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The form of a value in the exact-key fields: trimmed, lower-cased, accents removed, white space collapsed.
     *
     * @param value a value as written (a name, venue, section …)
     * @return its key
     */
    public static String key(String value) {
        if (isPlainAscii(value)) {
            // most keys (names, venues, sections) are plain ASCII: nothing to fold, nothing to collapse
            return value.toLowerCase(Locale.ROOT);
        }
        String folded = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(folded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Printable ASCII without leading, trailing or repeated spaces: its key is its lower case. */
    private static boolean isPlainAscii(String value) {
        int n = value.length();
        if (n == 0 || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
