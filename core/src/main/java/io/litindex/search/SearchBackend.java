package io.litindex.search;

import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.Suggestion;
import java.util.List;
import java.util.Optional;

/**
 * Where searches go: an index that answers {@link SearchRequest}s with {@link SearchResult}s, on this machine
 * ({@link Searcher}) or on a cluster (litindex-opensearch's {@code OpenSearchSearcher}); what the commands and the
 * server read through.
 *
 * <p>Implementations are thread-safe and throw unchecked exceptions only ({@link io.litindex.LitindexException}):
 * {@link io.litindex.InvalidRequestException} for a request that cannot be searched,
 * {@link io.litindex.IndexUnavailableException} (or a subclass of {@link io.litindex.LitindexException} of the
 * implementation) for an index that cannot be read, {@link io.litindex.IndexClosedException} after {@link #close()}.
 */
public interface SearchBackend extends AutoCloseable {
    /**
     * Where the index lives, for people.
     *
     * @return a directory, "memory", "the bundled catalog", or a cluster's address and index name
     */
    String location();

    /**
     * Runs one search: the total, the requested page of hits with highlights, the facet counts with drill-sideways,
     * a spelling suggestion, and a fuzzy retry when nothing matches as typed.
     *
     * @param request what to search for
     * @return the result
     */
    SearchResult search(SearchRequest request);

    /**
     * The entry with this id, if the index holds it.
     *
     * @param id the entry's id
     * @return the entry, or empty
     */
    Optional<Entry> get(String id);

    /**
     * The datasets built from the paper with this id (those whose source paper links it), ordered by id.
     *
     * @param paperId the paper's entry id
     * @return the datasets, ordered by id; none when no dataset names it
     */
    List<Entry> datasetsFrom(String paperId);

    /**
     * Entries like the one with this id, best first, without the entry itself.
     *
     * @param id the entry's id
     * @param limit how many entries to return at most, 0 to {@link SearchRequest#MAX_LIMIT}
     * @return the related entries as hits
     */
    List<Hit> related(String id, int limit);

    /**
     * Autocomplete: names, titles and authors for what has been typed (the last word a prefix).
     *
     * @param typed what has been typed so far
     * @param limit how many suggestions to return at most, 0 to {@link SearchRequest#MAX_LIMIT}
     * @return names first, then titles, then authors
     */
    List<Suggestion> suggest(String typed, int limit);

    /**
     * How many entries the index holds.
     *
     * @return the number of entries later searches see
     */
    int size();

    /**
     * Where the index is, how many entries it holds, its size and what built it.
     *
     * @return the facts about the current state
     */
    IndexInfo info();

    /** Makes later searches see the newest state of the index, where the backend keeps one (an embedded index does). */
    default void refresh() {}

    /**
     * Why the entry with this id scores what it does for the request's query, whether or not it is among the hits
     * ({@link Searcher#explain}); only the embedded searcher explains.
     *
     * @param request the query and filters
     * @param id the entry's id
     * @return the explanation, or empty when the index holds no entry with this id
     * @throws io.litindex.InvalidRequestException when this backend does not explain scores
     */
    default Optional<io.litindex.model.ScoreExplanation> explain(SearchRequest request, String id) {
        throw new io.litindex.InvalidRequestException("explaining scores needs an embedded index (--index or the bundled"
                + " catalog), not " + location());
    }

    /** Releases the index; later calls of any method but this one fail. Closing twice does nothing. */
    @Override
    void close();
}
