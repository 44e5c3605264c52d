package io.litindex.export;

import io.litindex.model.Entry;
import io.litindex.model.Links;
import io.litindex.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entries as CSV per RFC 4180: a header row, then one row per entry; rows end in CRLF; a field holding a
 * comma, a double quote, CR or LF is enclosed in double quotes, and its double quotes are doubled.
 * Lists (authors, sections, sources) are one cell with one value per line; each known link kind has its
 * own column holding every URL of that kind, one per line in the entry's order, and links of other kinds go to
 * {@code moreLinks} as "kind url" lines. Link labels are left out (the JSON export keeps them).
 *
 * <p>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR gets a leading apostrophe
 * ({@code '=1+2}): spreadsheets run such a cell as a formula, and the entries come from lists anybody can
 * write. Spreadsheets show the apostrophe-led cell as text; a program reading the file back strips it.
 */
public final class CsvWriter implements EntryWriter {
    /** The header row, in column order. */
    public static final List<String> COLUMNS = List.of(
            "id", "kind", "title", "authors", "etAl", "venue", "venueAsWritten", "year", "date", "sections",
            Links.PAPER, Links.ARXIV, Links.DOI, Links.CODE, Links.PROJECT, Links.DATA, Links.MODEL, Links.DEMO,
            Links.OTHER, "moreLinks", "note", "sourcePaperTitle", "sourcePaperUrl", "sourcePaperId", "size",
            "sizeAsWritten", "sources");

    private static final Set<String> LINK_COLUMNS = Set.copyOf(Links.KINDS);
    private static final String EOL = "\r\n";
    /** The first characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";
    @Override
    public void write(List<Entry> entries, Appendable out) {
        Unchecked.write(() -> writeChecked(entries, out));
    }

    private void writeChecked(List<Entry> entries, Appendable out) throws IOException {
        row(COLUMNS, out);
        for (Entry entry : entries) {
            row(cells(entry), out);
        }
    }

    /** One entry's cells, in {@link #COLUMNS} order; empty strings for missing values. */
    static List<String> cells(Entry e) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(e.id());
        cells.add(e.kind().id());
        cells.add(e.title());
        cells.add(String.join("\n", e.authors()));
        cells.add(e.etAl() ? "true" : "");
        cells.add(text(e.venue()));
        cells.add(text(e.venueAsWritten()));
        cells.add(e.year() == null ? "" : e.year().toString());
        cells.add(text(e.date()));
        cells.add(String.join("\n", e.sections()));
        for (String kind : Links.KINDS) {
            cells.add(String.join("\n", e.urls(kind)));
        }
        cells.add(e.links().stream().filter(l -> !LINK_COLUMNS.contains(l.kind()))
                .map(l -> l.kind() + " " + l.url()).collect(Collectors.joining("\n")));
        cells.add(text(e.note()));
        cells.add(e.sourcePaper() == null ? "" : e.sourcePaper().title());
        cells.add(e.sourcePaper() == null ? "" : text(e.sourcePaper().url()));
        cells.add(e.sourcePaper() == null ? "" : text(e.sourcePaper().id()));
        cells.add(e.size() == null ? "" : e.size().toString());
        cells.add(text(e.sizeAsWritten()));
        cells.add(e.sources().stream().map(Source::toString).collect(Collectors.joining("\n")));
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(List<String> cells, Appendable out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append(EOL);
    }

    /** The field as RFC 4180 writes it: quoted when it holds a comma, a quote, CR or LF; guarded when it reads as a formula. */
    static String field(String value) {
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
