package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: how many entries matched, the requested page of hits,
 * and the counts of each requested facet dimension (keyed by {@link Dimension#id()}, in request order).
 * A selected filter value does not hide its siblings: the counts of a filtered dimension are
 * computed as if that one filter were not set (drill-sideways).
 *
 * <p>Each requested dimension also reports how many matching entries have no value in it
 * ({@link #missing(Dimension)}, Elasticsearch's {@code missing}), so that the counts add up: for a dimension
 * with one value per entry (venue, year, kind, has_code), the counts of all its values plus the missing count
 * are the total (ask for a {@link SearchRequest#facetLimit()} large enough to see every value).
 *
 * @param query the query text as searched (empty when listing)
 * @param total how many entries match, over all pages
 * @param hits the requested page, best first
 * @param facets per requested dimension id, its values by count (then value), at most the facet limit of them
 * @param missing per requested dimension id, how many matching entries have no value in it (for a filtered
 *     dimension, counted as its values are: without its own filter)
 * @param suggestion the query with its misspelled words replaced by words of the index ("did you mean"),
 *     or null when every word was found
 * @param fuzzy true when nothing matched the query as typed and the hits come from a second, fuzzy search
 * @param partial true when the search ran out of its time limit ({@link SearchRequest#timeLimit()}) and
 *     stopped early: the total, hits and counts are those of the entries looked at until then
 * @param interpreted how query words were read beyond their written form (typos, acronyms, joined and
 *     split forms), in query order; empty when every word was searched only as typed
 */
@JsonPropertyOrder({"query", "total", "partial", "suggestion", "fuzzy", "interpreted", "hits", "facets", "missing"})
public record SearchResult(
        String query,
        long total,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        Map<String, Long> missing,
        @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean fuzzy,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean partial,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Interpretation> interpreted) {

    /**
     * Copies the lists and maps, so that a result never changes.
     *
     * @param query the query text as searched (empty when listing)
     * @param total how many entries match, over all pages
     * @param hits the requested page, best first
     * @param facets per requested dimension id, its values by count (then value), at most the facet limit of them
     * @param missing per requested dimension id, how many matching entries have no value in it
     * @param suggestion the "did you mean" query, or null when every word was found
     * @param fuzzy true when nothing matched the query as typed and the hits come from a second, fuzzy search
     * @param partial true when the search ran out of its time limit and stopped early
     * @param interpreted how query words were read beyond their written form, in query order
     */
    public SearchResult {
        hits = List.copyOf(hits);
        interpreted = interpreted == null ? List.of() : List.copyOf(interpreted);
        Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = Collections.unmodifiableMap(copy);
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing == null ? Map.of() : missing));
    }

    /**
     * A result without missing counts.
     *
     * @param query the query text as searched
     * @param total how many entries match
     * @param hits the requested page
     * @param facets the counts per dimension id
     * @param suggestion the "did you mean" query, or null
     * @param fuzzy whether the hits come from the fuzzy search
     * @param partial whether the time limit cut the search short
     */
    public SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
            boolean fuzzy, boolean partial) {
        this(query, total, hits, facets, Map.of(), suggestion, fuzzy, partial, List.of());
    }

    /**
     * A complete result of the query as typed, without a suggestion or missing counts.
     *
     * @param query the query text as searched
     * @param total how many entries match
     * @param hits the requested page
     * @param facets the counts per dimension id
     */
    public SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
        this(query, total, hits, facets, Map.of(), null, false, false, List.of());
    }

    /**
     * A complete result (not cut short by the time limit), without missing counts.
     *
     * @param query the query text as searched
     * @param total how many entries match
     * @param hits the requested page
     * @param facets the counts per dimension id
     * @param suggestion the "did you mean" query, or null
     * @param fuzzy whether the hits come from the fuzzy search
     */
    public SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
            boolean fuzzy) {
        this(query, total, hits, facets, Map.of(), suggestion, fuzzy, false, List.of());
    }

    /**
     * The counts of one dimension.
     *
     * @param dimension the dimension
     * @return its values by count, empty when it was not requested or nothing matched
     */
    public List<FacetValue> facet(Dimension dimension) {
        return facets.getOrDefault(dimension.id(), List.of());
    }

    /**
     * How many matching entries have no value in one dimension (no venue, no year, …).
     *
     * @param dimension the dimension
     * @return the count; 0 when the dimension was not requested
     */
    public long missing(Dimension dimension) {
        return missing.getOrDefault(dimension.id(), 0L);
    }
}
