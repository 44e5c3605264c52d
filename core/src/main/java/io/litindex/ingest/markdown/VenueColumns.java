package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Venues;
import java.util.List;

/**
 * A table column whose header names no venue ("Info", "Source") but whose cells are venues with their years ("TOG
 * 2015", "ICLR 2023", "CHI25"): read as the venue column, when the table has none of its own. At least three cells,
 * and two thirds of the column's filled cells, must name a venue litindex knows; any other column is left as it was.
 */
final class VenueColumns {
    /** The fewest cells naming a known venue that make a column the venue column. */
    private static final int MIN_KNOWN = 3;

    private VenueColumns() {}

    /**
     * Makes the first column of unknown role whose cells are mostly known venues the table's venue column.
     *
     * @param roles the columns' roles, changed in place
     * @param rows the body rows' cell texts
     * @param venues the known venues
     */
    static void promote(List<TableReader.Role> roles, List<List<String>> rows, Venues venues) {
        if (roles.contains(TableReader.Role.VENUE)) {
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) != TableReader.Role.OTHER) {
                continue;
            }
            int filled = 0;
            int known = 0;
            for (List<String> row : rows) {
                if (i >= row.size() || Cells.isPlaceholder(row.get(i)) || row.get(i).isBlank()) {
                    continue;
                }
                filled++;
                if (venues.parse(row.get(i)).filter(p -> p.known() && p.venue() != null && p.year() != null).isPresent()) {
                    known++;
                }
            }
            if (known >= MIN_KNOWN && known * 3 >= filled * 2) {
                roles.set(i, TableReader.Role.VENUE);
                return;
            }
        }
    }
}
