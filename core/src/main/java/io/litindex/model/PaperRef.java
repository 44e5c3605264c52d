package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The paper a dataset comes from, as the list names it.
 *
 * @param title the paper's title as written
 * @param url the paper's link, or null
 * @param id the paper's own entry id when the same list holds that paper, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaperRef(String title, String url, String id) {
    /**
     * Checks that the title is there.
     *
     * @param title the paper's title as written
     * @param url the paper's link, or null
     * @param id the paper's own entry id when the same list holds that paper, else null
     */
    public PaperRef {
        Objects.requireNonNull(title, "title == null");
    }

    /**
     * The same reference, pointing at an entry.
     *
     * @param newId the paper's entry id, or null
     * @return a new reference
     */
    public PaperRef withId(String newId) {
        return new PaperRef(title, url, newId);
    }
}
