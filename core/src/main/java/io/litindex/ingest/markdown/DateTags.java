package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Dates;
import java.util.Optional;

/**
 * A month written in brackets before a title, as lists dated by arXiv month write their papers (fourteenth blind round,
 * session 26): "* [2024/05] **MARE: …** *Jin et al. Arxiv.*", "[2023-10] Title", "[2023.09] Title". It is the entry's
 * date and year, never its venue ("/05" was read as a venue the list does not know, with the year 2024).
 */
final class DateTags {
    /** Fewer characters than "2024-05" give a year alone, which the venue tag's reading already takes. */
    private static final int MONTH_LENGTH = 7;

    private DateTags() {}

    /**
     * The ISO date ("2024-05", "2024-05-17") that a bracketed tag is, when it is a date with its month and nothing
     * else; empty for a year alone, a venue or anything else.
     */
    static Optional<String> read(String inside) {
        String t = inside == null ? "" : inside.strip();
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return Optional.empty(); // "Mar 2024" could be a venue's short name with its year; only digits lead here
        }
        return Dates.parse(t).filter(d -> d.length() >= MONTH_LENGTH);
    }
}
