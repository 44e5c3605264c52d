package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One autocomplete suggestion: an entry's title, a model or dataset name, or an author.
 *
 * @param text the text to complete to, as written in the list
 * @param type what the text is
 * @param id the entry a title or name belongs to; null for authors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Suggestion(String text, Type type, String id) {
    /** What a suggestion completes to. */
    public enum Type {
        /** A model or dataset name: the part of a paper's title before its colon ("SkyEyeGPT"). */
        NAME,
        /** An entry's whole title. */
        TITLE,
        /** An author's name as written. */
        AUTHOR;

        /**
         * The lower-case name used in JSON.
         *
         * @return "name", "title" or "author"
         */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks that text and type are there.
     *
     * @param text the text to complete to, as written in the list
     * @param type what the text is
     * @param id the entry a title or name belongs to; null for authors
     */
    public Suggestion {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(type, "type == null");
    }
}
