package io.litindex.ingest.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates lists write (2024-04-23, May-22-2024, 2024.02, 2024/2, Mar 2024, 2024, 2024.Q1) into an
 * ISO date as precise as the source: "2024-04-23", "2024-02" or "2024" (a quarter gives its year).
 */
public final class Dates {
    private static final Pattern YMD = Pattern.compile("((?:19|20)\\d{2})[-./](\\d{1,2})(?:[-./](\\d{1,2}))?");
    private static final Pattern MDY = Pattern.compile("([A-Za-z]{3,9})\\.?[-\\s/]+(\\d{1,2})(?:st|nd|rd|th)?,?[-\\s/]+((?:19|20)\\d{2})");
    /** "29th Jan., 2023", "13th December, 2024", "1 May 2024", "8th, Jul., 2024": the day first. */
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?,?[-\\s/]+([A-Za-z]{3,9})\\.?,?[-\\s/]+((?:19|20)\\d{2})");
    private static final Pattern MY = Pattern.compile("([A-Za-z]{3,9})\\.?[-\\s/,]+((?:19|20)\\d{2})");
    private static final Pattern Y = Pattern.compile("((?:19|20)\\d{2})");
    /** A quarter of a year, "2024.Q1", "2024-Q3", "2024 Q2", "Q4 2025": read as its year (no month stands for a quarter). */
    private static final Pattern QUARTER = Pattern.compile("(?i)((?:19|20)\\d{2})[-./ ]?Q[1-4]|Q[1-4][-./ ]((?:19|20)\\d{2})");
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** No date litindex reads is longer. */
    private static final int MAX_LENGTH = 40;

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        MONTHS.put("sept", 9);
    }

    private Dates() {}

    /**
     * The ISO form of {@code text}, or empty when it is not a date litindex can read.
     *
     * @param text a date as a list writes it; null reads as empty
     * @return "2024-04-23", "2024-02" or "2024", or empty
     */
    public static Optional<String> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = YMD.matcher(t);
        if (m.matches()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3)));
        }
        m = MDY.matcher(t);
        if (m.matches() && month(m.group(1)) != null) {
            return valid(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DMY.matcher(t);
        if (m.matches() && month(m.group(2)) != null) {
            return valid(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MY.matcher(t);
        if (m.matches() && month(m.group(1)) != null) {
            return valid(Integer.parseInt(m.group(2)), month(m.group(1)), null);
        }
        m = Y.matcher(t);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return Optional.empty();
    }

    /**
     * The year of an ISO date as {@link #parse} returns it.
     *
     * @param isoDate an ISO date, or null
     * @return the year, or null for a null or too short date
     */
    public static Integer year(String isoDate) {
        return isoDate == null || isoDate.length() < 4 ? null : Integer.valueOf(isoDate.substring(0, 4));
    }

    /**
     * A number that sorts dates in time order: yyyymmdd, with 00 for a missing month or day.
     *
     * @param isoDate an ISO date, or null
     * @return the key (0 for null)
     */
    public static long sortKey(String isoDate) {
        if (isoDate == null) {
            return 0;
        }
        String[] parts = isoDate.split("-");
        long key = Long.parseLong(parts[0]) * 10000;
        if (parts.length > 1) {
            key += Long.parseLong(parts[1]) * 100;
        }
        if (parts.length > 2) {
            key += Long.parseLong(parts[2]);
        }
        return key;
    }

    private static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> valid(int year, int month, Integer day) {
        try {
            if (day == null) {
                LocalDate.of(year, month, 1);
                return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month));
            }
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
