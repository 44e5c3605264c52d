package io.litindex.model;

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
 */
@JsonPropertyOrder({"query", "total", "hits", "facets"})
public record SearchResult(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** The counts of one dimension, empty when it was not requested or nothing matched. */
    public List<FacetValue> facet(Dimension dimension) {
        return facets.getOrDefault(dimension.id(), List.of());
    }
}
