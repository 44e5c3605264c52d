package io.litindex.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.litindex.model.Dimension;
import io.litindex.model.FacetValue;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What an index holds, in one value: where it is, its size, what built it, and its entries counted by kind, venue and
 * year; what {@code litindex stats} prints and the server's {@code /api/stats} returns.
 *
 * @param location where the index is (a directory, or a name for an index in memory)
 * @param entries how many entries it holds
 * @param sizeBytes the size of its files
 * @param builtBy the litindex and schema versions that wrote it
 * @param withCode how many entries link their code
 * @param kinds entries by kind, most first
 * @param venues entries by venue, most first
 * @param years entries by year, oldest first
 */
@JsonPropertyOrder({"location", "entries", "sizeBytes", "builtBy", "withCode", "kinds", "venues", "years"})
public record IndexStats(String location, int entries, long sizeBytes, BuiltBy builtBy, long withCode,
        List<FacetValue> kinds, List<FacetValue> venues, List<FacetValue> years) {
    /** More values than any dimension of a real index has, so that every value is counted. */
    private static final int ALL_VALUES = 10_000;

    /**
     * The versions that wrote an index.
     *
     * @param litindex the litindex version, or null when the commit does not say
     * @param schema the schema version, or null when the commit does not say
     */
    public record BuiltBy(String litindex, Integer schema) {}

    /**
     * Copies the lists.
     *
     * @param location where the index is
     * @param entries how many entries it holds
     * @param sizeBytes the size of its files
     * @param builtBy the versions that wrote it
     * @param withCode how many entries link their code
     * @param kinds entries by kind
     * @param venues entries by venue
     * @param years entries by year
     */
    public IndexStats {
        Objects.requireNonNull(builtBy, "builtBy == null");
        kinds = List.copyOf(kinds);
        venues = List.copyOf(venues);
        years = List.copyOf(years);
    }

    /**
     * The statistics of the index a searcher reads now.
     *
     * @param searcher the searcher (embedded or on a cluster)
     * @return its statistics
     */
    public static IndexStats of(SearchBackend searcher) {
        IndexInfo info = searcher.info();
        SearchResult counts = searcher.search(SearchRequest.builder().limit(0)
                .facet(Dimension.KIND, Dimension.VENUE, Dimension.YEAR, Dimension.HAS_CODE)
                .facetLimit(ALL_VALUES).build());
        List<FacetValue> years = new ArrayList<>(counts.facet(Dimension.YEAR));
        years.sort(Comparator.comparing(FacetValue::value));
        long withCode = counts.facet(Dimension.HAS_CODE).stream().filter(v -> v.value().equals("true"))
                .mapToLong(FacetValue::count).sum();
        return new IndexStats(info.location(), info.entries(), info.sizeBytes(), new BuiltBy(info.builtBy(), info.schemaVersion()),
                withCode, counts.facet(Dimension.KIND), counts.facet(Dimension.VENUE), years);
    }

    /**
     * These statistics with the index described otherwise (the bundled catalog by its name, say).
     *
     * @param described how to name the index
     * @return a copy with that location
     */
    public IndexStats withLocation(String described) {
        return new IndexStats(described, entries, sizeBytes, builtBy, withCode, kinds, venues, years);
    }
}
