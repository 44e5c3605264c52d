package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.litindex.InvalidRequestException;
import java.util.Locale;

/** What an entry describes: a paper, a dataset (which usually comes from a paper), or a tool (software). */
public enum Kind {
    /** A paper (an article, a preprint, a report). */
    PAPER,
    /** A dataset or benchmark, usually built in a paper the entry names ({@link Entry#sourcePaper()}). */
    DATASET,
    /** A tool: software, a library, toolkit or platform a list names by its name and home page or repository. */
    TOOL;

    /**
     * The lower-case name used in JSON, facets and on the command line.
     *
     * @return "paper", "dataset" or "tool"
     */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code text}, in any case.
     *
     * @param text "paper", "dataset" or "tool"
     * @return the kind
     * @throws InvalidRequestException when the text names no kind
     */
    @JsonCreator
    public static Kind parse(String text) {
        for (Kind kind : values()) {
            if (kind.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new InvalidRequestException("unknown kind '" + text + "' (expected paper, dataset or tool)");
    }
}
