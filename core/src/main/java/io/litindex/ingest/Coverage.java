package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import java.util.Locale;

/**
 * How many of a list's entries have authors, a venue and a year: what a list owner reads to see what is missing.
 *
 * @param entries the entries read
 * @param withAuthors entries with at least one author
 * @param withVenue entries with a venue
 * @param withYear entries with a year
 */
public record Coverage(int entries, int withAuthors, int withVenue, int withYear) {

    /**
     * The coverage of these entries.
     *
     * @param entries the entries of one list
     * @return the counts
     */
    public static Coverage of(List<Entry> entries) {
        int authors = 0;
        int venue = 0;
        int year = 0;
        for (Entry e : entries) {
            authors += e.authors().isEmpty() ? 0 : 1;
            venue += e.venue() == null ? 0 : 1;
            year += e.year() == null ? 0 : 1;
        }
        return new Coverage(entries.size(), authors, venue, year);
    }

    /**
     * The coverage as a list owner reads it:
     * "129 entries; with authors 125 (97%) / venue 95 (74%) / year 94 (73%)".
     *
     * @return the counts as one line, each with its share
     */
    public String summary() {
        return String.format(Locale.ROOT, "%d %s; with authors %s / venue %s / year %s", entries, entries == 1 ? "entry" : "entries",
                share(withAuthors), share(withVenue), share(withYear));
    }

    private String share(int n) {
        return String.format(Locale.ROOT, "%d (%d%%)", n, entries == 0 ? 0 : Math.round(100.0 * n / entries));
    }
}
