package io.litindex.model;

import io.litindex.InvalidRequestException;
import java.util.Locale;

/** How hits are ordered; every order breaks ties by entry id, so results are reproducible. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Most recent date first; entries without a date last. */
    NEWEST,
    /** Oldest date first; entries without a date last. */
    OLDEST;

    /**
     * The lower-case name used in JSON and on the command line.
     *
     * @return "relevance", "newest" or "oldest"
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The order named {@code text}, in any case.
     *
     * @param text "relevance", "newest" or "oldest"
     * @return the order
     * @throws InvalidRequestException when the text names no order
     */
    public static SortOrder parse(String text) {
        for (SortOrder s : values()) {
            if (s.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new InvalidRequestException("unknown sort '" + text + "' (expected relevance, newest or oldest)");
    }
}
