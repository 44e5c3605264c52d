package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.Searcher;
import io.litindex.testing.FullRequests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generations of a small index for the safety tests: every commit writes generation g, whose entries all
 * carry the marker g and whose count depends on g, so a reader can tell exactly which commit it sees.
 */
final class Generations {
    /** No generation has more entries than this. */
    static final int MAX_SIZE = 24;

    private static final String MARKER = "generation ";

    private Generations() {}

    /** How many entries generation {@code g} holds: 5 to 23, different from its neighbours. */
    static int size(long g) {
        return 5 + (int) ((g * 7) % 19);
    }

    static int year(long g) {
        return 2000 + (int) (g % 20);
    }

    static String id(int i) {
        return "e" + i;
    }

    /** The entries of generation {@code g}. */
    static List<Entry> entries(long g) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < size(g); i++) {
            entries.add(Entry.builder(id(i), "Entry " + i + " of " + MARKER + g)
                    .note(MARKER + g)
                    .year(year(g))
                    .venue("Venue " + (i % 3))
                    .authors(List.of("A. Writer" + i))
                    .build());
        }
        return entries;
    }

    /** Turns whatever generation the index holds into generation {@code g} (not committed). */
    static void write(Indexer indexer, long g) throws IOException {
        indexer.putAll(entries(g));
        for (int i = size(g); i < MAX_SIZE; i++) {
            indexer.delete(id(i));
        }
    }

    /** Writes and commits generation {@code g}. */
    static void commit(Indexer indexer, long g) throws IOException {
        write(indexer, g);
        indexer.commit();
    }

    /** A search that returns every entry with the year facet. */
    static SearchRequest everything(String query) {
        return FullRequests.builder().query(query).limit(100).facet(Dimension.YEAR).build();
    }

    /** The generation a searcher sees, asserting that it sees exactly one whole generation. */
    static long committedGeneration(Searcher searcher) {
        return check(searcher.search(everything("")));
    }

    /** The generation a result shows, asserting that it shows exactly one whole generation. */
    static long check(SearchResult result) {
        assertFalse(result.partial(), () -> "the search ran out of its time limit (" + FullRequests.LIMIT + ") and returned "
                + result.hits().size() + " hits of " + result.total() + ": the machine is too slow, the index is not at fault");
        Set<String> markers = result.hits().stream().map(h -> h.entry().note()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(1, markers.size(), () -> "one generation expected, found " + markers);
        String marker = markers.iterator().next();
        long g = Long.parseLong(marker.substring(MARKER.length()));
        assertEquals(size(g), result.total(), () -> "entries of " + marker);
        assertEquals(size(g), result.hits().size(), () -> "hits of " + marker);
        Set<String> ids = result.hits().stream().map(Hit::entry).map(Entry::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = IntStream.range(0, size(g)).mapToObj(Generations::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, ids, () -> "ids of " + marker);
        if (result.facets().containsKey(Dimension.YEAR.id())) {
            assertEquals(List.of(new FacetValue(Integer.toString(year(g)), size(g))), result.facet(Dimension.YEAR),
                    () -> "year facet of " + marker);
        }
        return g;
    }
}
