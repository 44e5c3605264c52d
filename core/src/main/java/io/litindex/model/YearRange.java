package io.litindex.model;

import io.litindex.InvalidRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of publication years; a single year is a range of one.
 *
 * @param from the first year of the range
 * @param to the last year of the range, not before {@code from}
 */
public record YearRange(int from, int to) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})?\\s*\\.\\.\\s*(\\d{4})?");

    /**
     * Checks the order of the years.
     *
     * @param from the first year of the range
     * @param to the last year of the range, not before {@code from}
     * @throws InvalidRequestException when {@code from} is after {@code to}
     */
    public YearRange {
        if (from > to) {
            throw new InvalidRequestException("invalid year range " + from + ".." + to + ": " + from + " is after " + to);
        }
    }

    /**
     * The range of one year.
     *
     * @param year the year
     * @return the range from and to that year
     */
    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    /**
     * Parses "2024", "2023..2024", "2023.." (from 2023 on) or "..2022" (up to 2022).
     *
     * @param text the range as typed
     * @return the range
     * @throws InvalidRequestException when the text is no year or range, or its years are in the wrong order
     */
    public static YearRange parse(String text) {
        String t = text == null ? "" : text.trim();
        if (YEAR.matcher(t).matches()) {
            return of(Integer.parseInt(t));
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
            int from = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? 9999 : Integer.parseInt(m.group(2));
            return new YearRange(from, to);
        }
        throw new InvalidRequestException("invalid year '" + text + "' (expected a year like 2024 or a range like 2023..2024)");
    }

    /**
     * Whether a year is in the range.
     *
     * @param year the year
     * @return true when {@code from <= year <= to}
     */
    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + ".." + to;
    }
}
