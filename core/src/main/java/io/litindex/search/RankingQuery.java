package io.litindex.search;

import io.litindex.index.Schema;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Dimension;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * litindex's ranking query for a query text, as a Lucene {@link Query} over any reader of a litindex index: the
 * very query the embedded {@link Searcher} runs, for engines that run Lucene queries of their own (the OpenSearch
 * plugin builds it on each shard). Thread-safe; build one per set of synonyms and share it.
 */
public final class RankingQuery {
    private final Queries queries;
    private final Spelling spelling = new Spelling(Schema.standard());

    /**
     * A builder of ranking queries with these synonyms.
     *
     * @param synonyms the query-time synonyms ({@link Synonyms#bundled()} as the embedded default)
     */
    public RankingQuery(Synonyms synonyms) {
        this.queries = new Queries(Schema.standard(), Venues::standard, Objects.requireNonNull(synonyms, "synonyms == null"));
    }

    /**
     * The queries of one query text.
     *
     * @param query what entries must match and how they score (BM25 plus {@code bonus} per matched unit of the query)
     * @param highlight what the highlighter marks in the title and note; null when nothing
     * @param bonus what each matched unit adds to the score (0 when none)
     * @param coverage the units matched, to sort by before the score; null unless the plan needs it (see {@link Searcher})
     * @param interpreted how words were read beyond their written form
     */
    public record Built(Query query, Query highlight, float bonus, Query coverage, List<Interpretation> interpreted) {
        /**
         * The BM25 part of a score of {@link #query}, as a hit reports it.
         *
         * @param score the score
         * @return the score without the bonuses of the units matched
         */
        public float relevance(float score) {
            return RankingQuery.relevance(score, bonus);
        }
    }

    /**
     * Builds the ranking query of {@code text} with the vocabulary of {@code reader} (for typo corrections, joined and
     * split words, the acronyms the list defines), for an index of {@code maxDoc} documents in all.
     *
     * @param text the query text (docs/query-syntax.md)
     * @param fuzzy true to let words match within an edit or two (the retry when nothing matches as typed)
     * @param reader the index, or one shard of it
     * @param maxDoc the documents of the whole index (deleted ones too), as the BM25 statistics count them; the
     *     reader's own when it is the whole index
     * @return the queries
     * @throws io.litindex.InvalidRequestException when the text cannot be searched
     */
    public Built build(String text, boolean fuzzy, IndexReader reader, int maxDoc) {
        Queries.Plan plan = queries.plan(text, fuzzy, reader, Math.max(maxDoc, reader.maxDoc()));
        return new Built(plan.query(), plan.highlight(), plan.bonus(), plan.coverage(), plan.interpreted());
    }

    /**
     * The BM25 part of a score of a ranking query whose units score {@code bonus} each, as a hit reports it.
     *
     * @param score the score
     * @param bonus the query's {@link Built#bonus()}
     * @return the score without the bonuses of the units matched
     */
    public static float relevance(float score, float bonus) {
        return Queries.relevance(score, bonus);
    }

    /**
     * "Did you mean": the query with the words the index does not know replaced by their corrections from its
     * vocabulary, as the embedded search suggests it.
     *
     * @param text the query text
     * @param reader the index, or one shard of it (whose vocabulary is then the one looked at)
     * @return the corrected query, or null when there is nothing to correct
     * @throws java.io.UncheckedIOException when the vocabulary cannot be read
     */
    public String didYouMean(String text, IndexReader reader) {
        Queries.Plan plan = queries.plan(text, false, reader);
        if (plan.words().isEmpty()) {
            return null;
        }
        try {
            return spelling.suggest(reader, text, plan.words());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * One field of one document highlighted as the embedded hits' HTML highlights are: the whole text, matches of
     * {@code highlight} (a {@link Built#highlight()}) in {@code <mark>}, the rest escaped; phrases marked whole.
     *
     * @param searcher the searcher of the index (or shard) holding the document, for the offsets of the field's postings
     * @param highlight what to mark
     * @param field the field ({@link io.litindex.index.Fields#TITLE} or {@link io.litindex.index.Fields#NOTE})
     * @param doc the document, as {@code searcher} numbers it
     * @param text the field's text
     * @return the HTML, or null when nothing in the text matches
     * @throws java.io.UncheckedIOException when the index cannot be read
     */
    public static String highlightHtml(IndexSearcher searcher, Query highlight, String field, int doc, String text) {
        try {
            Object[] out = Highlights.highlight(searcher, Schema.standard().analyzer(), highlight, new String[] {field},
                    new int[] {doc}, (d, f) -> text).get(field);
            return out != null && out.length == 1 && out[0] instanceof Highlights h ? h.html() : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The filters of a request, one query per filtered dimension in a fixed order (several values of one filter mean
     * either): term queries, either-of groups of them, and year ranges.
     *
     * @param request the request
     * @return the filters by dimension
     */
    public Map<Dimension, Query> filters(SearchRequest request) {
        return queries.filters(request);
    }

    /**
     * Whether the text has plain words to search (then a search finding nothing is retried fuzzily, and a spelling
     * suggestion may be made); field clauses, phrases and exclusions alone have none.
     *
     * @param text the query text
     * @return true when the plan searches words
     */
    public boolean searchesWords(String text) {
        return !queries.plan(text, false, 1).words().isEmpty();
    }
}
