package io.litindex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import io.litindex.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    /** An RFC 4180 parser, written here independently of the writer: records end in CRLF; quoted fields may hold anything. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quotedField = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (field.length() == 0 && !quotedField && c == '"') {
                quotedField = true;
                i++;
                while (true) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                char next = i < csv.length() ? csv.charAt(i) : '\r';
                if (next != ',' && next != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at offset " + i);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                quotedField = false;
                i++;
            } else if (c == '\r') {
                if (csv.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("CR without LF at offset " + i);
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                quotedField = false;
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "line feed") + " at offset " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record does not end in CRLF");
        }
        return records;
    }

    static final Entry TRICKY = Entry.builder("c1", "Commas, \"quotes\" and\nline breaks\r\nin one title")
            .kind(Kind.DATASET)
            .authors(List.of("A. Comma, Jr.", "B. \"Quote\" Person"))
            .etAl(true)
            .venue("Remote Sensing").venueAsWritten("MDPI RS, 2024")
            .year(2024).date("2024-02")
            .sections(List.of("A > B", "C, D"))
            .link(Links.DATA, "https://example.org/data?a=1,2").link("slides", "https://example.org/s")
            .note("size \"approx\", see,\nnotes")
            .sourcePaper(new PaperRef("Paper, with comma", "https://example.org/p", "p1"))
            .size(968000L).sizeAsWritten("968k")
            .source(new Source("list.md", 3)).source(new Source("other.md", 9))
            .build();

    @Test
    void theCatalogAndATrickyEntryParseBackCellByCell() {
        List<Entry> entries = new ArrayList<>(Catalog.bundledEntries());
        entries.add(TRICKY);
        String csv = new CsvWriter().toString(entries);
        List<List<String>> records = parse(csv);
        assertEquals(entries.size() + 1, records.size());
        assertEquals(CsvWriter.COLUMNS, records.get(0));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < CsvWriter.COLUMNS.size(); c++) {
                row.put(CsvWriter.COLUMNS.get(c), records.get(i + 1).get(c));
            }
            assertEquals(CsvWriter.COLUMNS.size(), records.get(i + 1).size(), e.id());
            // the CSV has no column for a paper's datasets: the names of other rows, found again when a list is read
            assertEquals(withoutDatasets(e), fromRow(row, e.sources()), e.id());
            assertEquals(e.sources().stream().map(Source::toString).toList(), lines(row.get("sources")));
        }
    }

    @Test
    void quotesOnlyTheCellsThatNeedIt() {
        String csv = new CsvWriter().toString(List.of(TRICKY));
        String row = csv.substring(csv.indexOf("\r\n") + 2);
        assertTrue(row.startsWith("c1,dataset,\"Commas, \"\"quotes\"\" and\nline breaks\r\nin one title\",\"A. Comma, Jr.\nB. \"\"Quote\"\" Person\",true,"), row);
        assertTrue(csv.endsWith("\r\n"));
        assertEquals("plain", CsvWriter.field("plain"));
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreLedByAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvWriter.field("+1"));
        assertEquals("'-2+3", CsvWriter.field("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.field("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.field("\tx"));
        assertEquals("\"'\r=1\"", CsvWriter.field("\r=1"));
        assertEquals("a=b", CsvWriter.field("a=b"));
        assertEquals("", CsvWriter.field(""));
        String csv = new CsvWriter().toString(List.of(Entry.builder("x1", "=cmd|' /C calc'!A0").note("-see the paper").build()));
        String row = csv.substring(csv.indexOf("\r\n") + 2);
        assertTrue(row.startsWith("x1,paper,'=cmd|' /C calc'!A0,"), row);
        assertTrue(row.contains(",'-see the paper,"), row);
    }

    /** The entry a CSV row describes, rebuilt from its cells alone (sources given, as "list:line" lines). */
    private static Entry fromRow(Map<String, String> row, List<Source> sources) {
        Entry.Builder b = Entry.builder(row.get("id"), row.get("title"))
                .kind(Kind.parse(row.get("kind")))
                .authors(lines(row.get("authors")))
                .etAl(row.get("etAl").equals("true"))
                .venue(blankToNull(row.get("venue")))
                .venueAsWritten(blankToNull(row.get("venueAsWritten")))
                .year(row.get("year").isEmpty() ? null : Integer.valueOf(row.get("year")))
                .date(blankToNull(row.get("date")))
                .sections(lines(row.get("sections")))
                .note(blankToNull(row.get("note")))
                .size(row.get("size").isEmpty() ? null : Long.valueOf(row.get("size")))
                .sizeAsWritten(blankToNull(row.get("sizeAsWritten")))
                .sources(sources);
        for (String kind : List.of(Links.PAPER, Links.ARXIV, Links.DOI, Links.CODE, Links.PROJECT, Links.DATA,
                Links.MODEL, Links.DEMO, Links.OTHER)) {
            b.link(kind, row.get(kind));
        }
        for (String more : lines(row.get("moreLinks"))) {
            b.link(more.substring(0, more.indexOf(' ')), more.substring(more.indexOf(' ') + 1));
        }
        if (!row.get("sourcePaperTitle").isEmpty()) {
            b.sourcePaper(new PaperRef(row.get("sourcePaperTitle"), blankToNull(row.get("sourcePaperUrl")),
                    blankToNull(row.get("sourcePaperId"))));
        }
        return b.build();
    }

    private static List<String> lines(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\n", -1));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Entry withoutDatasets(Entry e) {
        return new Entry(e.id(), e.kind(), e.title(), e.aliases(), e.authors(), e.etAl(), e.venue(), e.venueAsWritten(), e.year(),
                e.date(), e.sections(), e.links(), e.note(), e.legend(), e.sourcePaper(), List.of(), e.size(), e.sizeAsWritten(),
                e.sources(), e.origins());
    }
}
