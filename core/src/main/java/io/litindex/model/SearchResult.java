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
 * @param suggestion the query with its misspelled words replaced by words of the index ("did you mean"),
 *     or null when every word was found
 * @param fuzzy true when nothing matched the query as typed and the hits come from a second, fuzzy search
 * @param partial true when the search ran out of its time limit ({@link SearchRequest#timeLimit()}) and
 *     stopped early: the total, hits and counts are those of the entries looked at until then
 * @param interpreted how query words were read beyond their written form (typos, acronyms, joined and
 *     split forms), in query order; empty when every word was searched only as typed
 */
@JsonPropertyOrder({"query", "total", "partial", "suggestion", "fuzzy", "interpreted", "hits", "facets"})
public record SearchResult(
        String query,
        long total,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean fuzzy,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean partial,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Interpretation> interpreted) {

    public SearchResult {
        hits = List.copyOf(hits);
        interpreted = interpreted == null ? List.of() : List.copyOf(interpreted);
        Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** A result of the query as typed, without a suggestion. */
    public SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
        this(query, total, hits, facets, null, false, false);
    }

    /** A result without interpretations of the query words. */
    public SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
            boolean fuzzy, boolean partial) {
        this(query, total, hits, facets, suggestion, fuzzy, partial, List.of());
    }

    /** A complete result (not cut short by the time limit). */
    public SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
            boolean fuzzy) {
        this(query, total, hits, facets, suggestion, fuzzy, false);
    }

    /** The counts of one dimension, empty when it was not requested or nothing matched. */
    public List<FacetValue> facet(Dimension dimension) {
        return facets.getOrDefault(dimension.id(), List.of());
    }
}
