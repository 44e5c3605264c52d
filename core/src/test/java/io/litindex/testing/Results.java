package io.litindex.testing;

import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchResult;
import io.litindex.search.Searcher;
import java.util.List;

/** What the tests of ranking compare: a query's first ten hits, and the ids, entries or titles of a search's hits in rank order. */
public final class Results {
    private Results() {}

    /**
     * The ids of the hits, best first.
     *
     * @param result a search's result
     * @return the ids of its hits, in rank order
     */
    public static List<String> ids(SearchResult result) {
        return ids(result.hits());
    }

    /**
     * The ids of these hits, in their order.
     *
     * @param hits hits of a search
     * @return their ids
     */
    public static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.entry().id()).toList();
    }

    /**
     * The first ten hits of {@code query}, searched with {@link FullRequests}' time limit.
     *
     * @param searcher the searcher
     * @param query the query
     * @return its result, with up to ten hits
     */
    public static SearchResult search(Searcher searcher, String query) {
        return searcher.search(FullRequests.builder().query(query).limit(10).build());
    }

    /**
     * The ids of the first ten hits of {@code query}, searched with {@link FullRequests}' time limit.
     *
     * @param searcher the searcher
     * @param query the query
     * @return the ids of its first ten hits, best first
     */
    public static List<String> ids(Searcher searcher, String query) {
        return ids(search(searcher, query));
    }

    /**
     * The ids of the first {@code limit} hits of {@code query}, searched with {@link FullRequests}' time limit.
     *
     * @param searcher the searcher
     * @param query the query
     * @param limit how many hits at most
     * @return the ids of its first hits, best first
     */
    public static List<String> ids(Searcher searcher, String query, int limit) {
        return ids(searcher.search(FullRequests.builder().query(query).limit(limit).build()));
    }

    /**
     * The entries of the first ten hits of {@code query}, searched with {@link FullRequests}' time limit.
     *
     * @param searcher the searcher
     * @param query the query
     * @return the entries of its first ten hits, best first
     */
    public static List<Entry> entries(Searcher searcher, String query) {
        return search(searcher, query).hits().stream().map(Hit::entry).toList();
    }

    /**
     * The titles of these entries, in their order.
     *
     * @param entries entries, such as a search's hits
     * @return their titles
     */
    public static List<String> titles(List<Entry> entries) {
        return entries.stream().map(Entry::title).toList();
    }
}
