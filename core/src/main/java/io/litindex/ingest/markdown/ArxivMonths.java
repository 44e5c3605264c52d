package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A venue cell naming arXiv with the month the preprint appeared glued to it: "arXiv12", "arXiv08", "arXiv01" in a
 * table's "Pub." column (the year in its own column or the section's heading). The venue is arXiv, as written
 * "arXiv12"; the month dates the entry when its year is known by then ("2021 | arXiv12" is December 2021).
 */
final class ArxivMonths {

    private ArxivMonths() {}

    private static final Pattern ARXIV_MONTH = Pattern.compile("(?i)^\\s*arxiv\\s*(0[1-9]|1[0-2])\\s*$");

    /** Reads the venue (and the date) from "arXivMM" into the builder; false, and nothing read, for another text. */
    static boolean read(Entry.Builder b, String text, Venues venues) {
        Matcher m = ARXIV_MONTH.matcher(text);
        if (!m.matches()) {
            return false;
        }
        var arxiv = venues.parse("arXiv").filter(v -> v.venue() != null);
        if (arxiv.isEmpty()) {
            return false;
        }
        b.venue(arxiv.get().venue()).venueAsWritten(text.strip());
        Entry now = b.build();
        if (now.year() != null && (now.date() == null || now.date().equals(String.valueOf(now.year())))) {
            b.date(now.year() + "-" + m.group(1));
        }
        return true;
    }
}
