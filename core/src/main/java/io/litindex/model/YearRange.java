package io.litindex.model;

import io.litindex.InvalidRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An inclusive range of publication years; a single year is a range of one. */
public record YearRange(int from, int to) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})?\\s*\\.\\.\\s*(\\d{4})?");

    public YearRange {
        if (from > to) {
            throw new InvalidRequestException("invalid year range " + from + ".." + to + ": " + from + " is after " + to);
        }
    }

    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    /** Parses "2024", "2023..2024", "2023.." (from 2023 on) or "..2022" (up to 2022). */
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

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + ".." + to;
    }
}
