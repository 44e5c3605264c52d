package io.litindex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litindex.Catalog;
import io.litindex.InvalidRequestException;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    private final List<Entry> catalog = Catalog.bundledEntries();

    @Test
    void jsonIsTheCatalogFormatAndReadsBack() throws Exception {
        String json = ExportFormat.JSON.writer().toString(catalog);
        assertEquals(catalog, JsonEntries.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(JsonEntries.toPrettyJson(catalog), json);
    }

    @Test
    void jsonLinesHoldOneEntryPerLine() throws Exception {
        String jsonl = ExportFormat.JSONL.writer().toString(catalog);
        String[] lines = jsonl.split("\n");
        assertEquals(catalog.size(), lines.length);
        List<Entry> back = new ArrayList<>();
        for (String line : lines) {
            back.add(JsonEntries.parseEntry(line));
        }
        assertEquals(catalog, back);
    }

    @Test
    void formatsParseByNameAndFileExtension() {
        assertEquals(ExportFormat.BIBTEX, ExportFormat.parse("BibTeX"));
        assertEquals(ExportFormat.MARKDOWN, ExportFormat.parse("md"));
        assertEquals(Optional.of(ExportFormat.BIBTEX), ExportFormat.forFileName("refs.bib"));
        assertEquals(Optional.of(ExportFormat.JSONL), ExportFormat.forFileName("out.JSONL"));
        assertEquals(Optional.empty(), ExportFormat.forFileName("notes.txt"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ExportFormat.parse("xml"));
        assertEquals("unknown format 'xml' (expected one of bibtex, csv, jsonl, json, markdown)", e.getMessage());
    }
}
