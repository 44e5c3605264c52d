package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ranked result: the entry, its score, and highlighted fragments per field.
 *
 * <p>{@code highlights} marks matches as {@code **match**} in plain text; {@code highlightsHtml} holds
 * the same fragments as HTML with the entry's own text escaped and matches in {@code <mark>}.
 * In JSON the entry's fields appear at the top level of the hit.
 */
@JsonPropertyOrder({"score"})
public record Hit(
        float score,
        @JsonUnwrapped Entry entry,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> highlights,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> highlightsHtml) {

    public Hit {
        highlights = highlights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(highlights));
        highlightsHtml = highlightsHtml == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(highlightsHtml));
    }
}
