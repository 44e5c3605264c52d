package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's Type, Category or Kind column that names a venue with its year ("DAC 2026 Survey", "ICCAD'24", "CVPR 2024
 * Oral"): read as the row's venue when the table has no venue column of its own (the cell stays in the note). A cell
 * without a year ("Survey", "Platform", "Book") names none.
 */
final class KindColumns {
    /** Headers of a column that says what a row is. */
    private static final Pattern HEADER = Pattern.compile("(?:paper )?(?:type|types|category|categories|kind)");
    /** A name, then a year of four digits or two after an apostrophe or dash, then anything ("Survey", "Oral"). */
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "^\\s*(\\p{L}[\\p{L}\\d&.\\- ]{0,40}?)\\s*(?:(?<![\\p{L}\\d])((?:19|20)\\d{2})|['’-]\\s*(\\d{2}))(?!\\d)(.*)$");
    /** An acronym's shape, for a venue the venue list does not know: "DAC", "ASP-DAC", "ICLAD". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,9}(?:-\\p{Lu}[\\p{Lu}\\d]{1,9})?");

    private KindColumns() {}

    /**
     * Sets the row's venue (and year where it has none) from its kind column, when the table has no venue column.
     *
     * @param headers the table's header cells
     * @param roles the columns' roles
     * @param cells the row's cells
     */
    static void venue(ListRun run, Entry.Builder b, List<String> headers, List<TableReader.Role> roles, List<CellContent> cells) {
        if (roles.contains(TableReader.Role.VENUE)) {
            return;
        }
        for (int i = 0; i < headers.size() && i < roles.size() && i < cells.size(); i++) {
            if (roles.get(i) != TableReader.Role.OTHER || !HEADER.matcher(TableReader.headerWords(headers.get(i))).matches()) {
                continue;
            }
            Optional<Venues.Parsed> v = read(cells.get(i).text(), run.venues);
            if (v.isPresent()) {
                run.applyVenue(b, v.get());
                return;
            }
        }
    }

    /**
     * The venue and year a kind cell names: a known venue, or an acronym, before a year; empty for any other text.
     *
     * @param text the cell's text
     * @param venues the known venues
     * @return the venue and its year, or empty
     */
    static Optional<Venues.Parsed> read(String text, Venues venues) {
        Matcher m = NAMED_YEAR.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : 2000 + Integer.parseInt(m.group(3));
        if (name.isEmpty() || venues.isPublisher(name)) {
            return Optional.empty();
        }
        Optional<Venues.Venue> known = venues.lookup(name);
        if (known.isPresent()) {
            return Optional.of(new Venues.Parsed(known.get().display(), year, text.strip(), true));
        }
        return ACRONYM.matcher(name).matches() ? Optional.of(new Venues.Parsed(name, year, text.strip(), false)) : Optional.empty();
    }
}
