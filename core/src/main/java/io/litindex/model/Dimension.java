package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonValue;
import io.litindex.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A facet dimension: a property of entries whose values search results count. */
public enum Dimension {
    VENUE("venue"),
    YEAR("year"),
    SECTION("section"),
    KIND("kind"),
    AUTHOR("author"),
    HAS_CODE("has_code");

    private final String id;

    Dimension(String id) {
        this.id = id;
    }

    /** The name used in JSON output, in Lucene's facet configuration and on the command line. */
    @JsonValue
    public String id() {
        return id;
    }

    public static Dimension parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Dimension d : values()) {
            if (d.id.equals(key)) {
                return d;
            }
        }
        throw new InvalidRequestException("unknown facet '" + text + "' (expected one of "
                + Arrays.stream(values()).map(Dimension::id).collect(Collectors.joining(", ")) + ")");
    }
}
