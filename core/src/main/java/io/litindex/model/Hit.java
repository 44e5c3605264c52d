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
 * <p>In JSON the entry's fields appear at the top level of the hit.
 *
 * @param score the relevance score (BM25); compare it only within one result
 * @param entry the entry
 * @param highlights per field ("title", "note"), the field's text with the matches marked {@code **like this**}
 * @param highlightsHtml the same as HTML: the entry's own text escaped, the matches in {@code <mark>}; safe in a page
 * @param explanation why the entry scores what it does; null unless the request asked ({@link SearchRequest#explain()})
 */
@JsonPropertyOrder({"score"})
public record Hit(
        float score,
        @JsonUnwrapped Entry entry,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> highlights,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> highlightsHtml,
        @JsonInclude(JsonInclude.Include.NON_NULL) ScoreExplanation explanation) {

    /**
     * A hit without an explanation.
     *
     * @param score the relevance score (BM25); compare it only within one result
     * @param entry the entry
     * @param highlights per field ("title", "note"), the field's text with the matches marked {@code **like this**}
     * @param highlightsHtml the same as HTML: the entry's own text escaped, the matches in {@code <mark>}; safe in a page
     */
    public Hit(float score, Entry entry, Map<String, String> highlights, Map<String, String> highlightsHtml) {
        this(score, entry, highlights, highlightsHtml, null);
    }

    /**
     * This hit with an explanation.
     *
     * @param why the explanation
     * @return a new hit
     */
    public Hit withExplanation(ScoreExplanation why) {
        return new Hit(score, entry, highlights, highlightsHtml, why);
    }

    /**
     * Copies the highlight maps, so that a hit never changes.
     *
     * @param score the relevance score (BM25); compare it only within one result
     * @param entry the entry
     * @param highlights per field ("title", "note"), the field's text with the matches marked {@code **like this**}
     * @param highlightsHtml the same as HTML: the entry's own text escaped, the matches in {@code <mark>}; safe in a page
     * @param explanation why the entry scores what it does, or null
     */
    public Hit {
        highlights = highlights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(highlights));
        highlightsHtml = highlightsHtml == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(highlightsHtml));
    }
}
