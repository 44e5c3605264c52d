package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The paper a dataset comes from, as the list names it; {@code id} is the paper's own entry id
 * when the same list holds that paper, else null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaperRef(String title, String url, String id) {
    public PaperRef {
        Objects.requireNonNull(title, "title == null");
    }

    public PaperRef withId(String newId) {
        return new PaperRef(title, url, newId);
    }
}
