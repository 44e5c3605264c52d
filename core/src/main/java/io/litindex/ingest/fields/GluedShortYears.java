package io.litindex.ingest.fields;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known venue glued to a two-digit year ("CHI25", "UIST25", "ICCV19"), alone or before a remark in brackets
 * ("Ubicomp25 (IMWUT Vol 9 Issue 4)"): the venue and the year 2025. Letters no venue list knows glued to two digits
 * ("GPT4o", "HAI25") are left to {@link Venues#parse} as before.
 */
final class GluedShortYears {
    /** Letters, then two digits right after them, then nothing or a remark in brackets. */
    private static final Pattern GLUED = Pattern.compile("^\\s*(\\p{L}[\\p{L}&\\-]{1,15}?)(\\d{2})\\s*(?:[(（][^()（）]*(?:\\([^()]*\\)[^()（）]*)*[)）])?\\s*$");

    private GluedShortYears() {}

    /**
     * The venue and year of a cell written as a known venue glued to a two-digit year, or empty.
     *
     * @param venues the known venues
     * @param cell the cell's text
     * @return the venue (as known), the year and the cell as written, or empty
     */
    static Optional<Venues.Parsed> read(Venues venues, String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        Matcher m = GLUED.matcher(cell);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        if (name.endsWith("-") || name.endsWith("&")) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(m.group(2));
        int year = yy <= 40 ? 2000 + yy : 1900 + yy;
        return venues.lookup(name)
                .filter(v -> v.type() == Venues.Type.CONFERENCE || v.type() == Venues.Type.JOURNAL || v.type() == Venues.Type.WORKSHOP)
                .map(v -> new Venues.Parsed(v.display(), year, Venues.written(cell), true));
    }
}
