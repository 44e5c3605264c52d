package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonValue;
import io.litindex.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A facet dimension: a property of entries whose values search results count. */
public enum Dimension {
    /** The venue's display name (one value per entry). */
    VENUE("venue"),
    /** The publication year (one value per entry). */
    YEAR("year"),
    /** Every section path the entry is listed under (several values per entry). */
    SECTION("section"),
    /** Paper or dataset (one value per entry). */
    KIND("kind"),
    /** Every author as written (several values per entry). */
    AUTHOR("author"),
    /** Whether the entry links its code: "true" or "false" (one value per entry). */
    HAS_CODE("has_code");

    private final String id;

    Dimension(String id) {
        this.id = id;
    }

    /**
     * The name used in JSON output, in the index's facet configuration and on the command line.
     *
     * @return "venue", "year", "section", "kind", "author" or "has_code"
     */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The dimension named {@code text}, in any case, with "-" for "_".
     *
     * @param text a dimension's id
     * @return the dimension
     * @throws InvalidRequestException when the text names no dimension
     */
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
