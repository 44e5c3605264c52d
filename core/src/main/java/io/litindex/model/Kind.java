package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.litindex.InvalidRequestException;
import java.util.Locale;

/** What an entry describes: a paper, or a dataset (which usually comes from a paper). */
public enum Kind {
    PAPER,
    DATASET;

    /** The lower-case name used in JSON, facets and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Kind parse(String text) {
        for (Kind kind : values()) {
            if (kind.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new InvalidRequestException("unknown kind '" + text + "' (expected paper or dataset)");
    }
}
