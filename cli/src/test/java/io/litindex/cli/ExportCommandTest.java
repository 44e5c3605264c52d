package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.Catalog;
import io.litindex.export.BibtexWriter;
import io.litindex.export.CsvWriter;
import io.litindex.export.ExportFormat;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.JsonEntries;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.model.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export in every format, and search's export formats. */
class ExportCommandTest {
    private static final List<Entry> CATALOG = Catalog.bundledEntries();

    private static List<Entry> byId(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    }

    private static Cli ok(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        return cli;
    }

    @Test
    void jsonExportsEveryEntryWithoutAQuery() throws Exception {
        List<Entry> entries = JsonEntries.readArray(new ByteArrayInputStream(ok("export", "--format", "json").out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(byId(CATALOG), byId(entries));
    }

    @Test
    void jsonLinesHoldOneEntryPerLine() throws Exception {
        String[] lines = ok("export", "--format", "jsonl", "--kind", "dataset").out().split("\n");
        assertEquals(10, lines.length);
        for (String line : lines) {
            Entry e = JsonEntries.parseEntry(line);
            assertEquals(CATALOG.stream().filter(c -> c.id().equals(e.id())).findFirst().orElseThrow(), e);
        }
    }

    @Test
    void bibtexOfAQueryHoldsTheMatchingEntriesUnderUniqueKeys() {
        String bib = ok("export", "grounding", "--format", "bibtex").out();
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^@(\\w+)\\{([^,]+),$").matcher(bib);
        while (m.find()) {
            keys.add(m.group(1) + ":" + m.group(2));
        }
        assertEquals(List.of("misc:kuckreja2023geochat", "inproceedings:mall2024remote", "misc:kuckreja2023rs"), keys);
        assertTrue(bib.contains("  eprint = {2311.15826},\n  archivePrefix = {arXiv},\n"), bib);
    }

    @Test
    void csvHasAHeaderAndOneRecordPerEntry() {
        String csv = ok("export", "--format", "csv", "--venue", "T-GRS").out();
        assertTrue(csv.startsWith(String.join(",", CsvWriter.COLUMNS) + "\r\n"), csv);
        List<Entry> tgrs = CATALOG.stream().filter(e -> "T-GRS".equals(e.venue())).toList();
        assertEquals(2, tgrs.size());
        assertEquals(new CsvWriter().toString(byId(tgrs)), csv, "what the library writes for those entries");
    }

    @Test
    void markdownOfTheWholeCatalogImportsBackIntoTheSameEntries() {
        String md = ok("export", "--format", "markdown").out();
        ImportResult back = new MarkdownListReader().read("export.md", md);
        assertEquals(List.of(), back.diagnostics());
        Map<String, Entry> read = back.entries().stream().collect(Collectors.toMap(Entry::id, Function.identity()));
        assertEquals(CATALOG.size(), read.size());
        for (Entry e : CATALOG) {
            assertEquals(withoutSources(e), withoutSources(read.get(e.id())), e.id());
        }
    }

    private static Entry withoutSources(Entry e) {
        return new Entry(e.id(), e.kind(), e.title(), e.aliases(), e.authors(), e.etAl(), e.venue(), e.venueAsWritten(), e.year(),
                e.date(), e.sections(), e.links(), e.note(), e.legend(), e.sourcePaper(),
                // a paper's datasets come in the order the list gives their rows
                e.datasetNames().stream().sorted().toList(), e.size(), e.sizeAsWritten(), List.<Source>of(), e.origins());
    }

    @Test
    void outputFileTakesItsFormatFromTheExtension(@TempDir Path dir) throws Exception {
        Path bib = dir.resolve("sub/refs.bib");
        Cli cli = Cli.run("export", "--has-code", "-o", bib.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        List<Entry> withCode = byId(CATALOG.stream().filter(Entry::hasCode).toList());
        assertEquals("litindex: wrote " + withCode.size() + " entries as bibtex to " + bib, cli.err().strip());
        assertEquals(new BibtexWriter().toString(withCode), Files.readString(bib));
        try (var files = Files.list(bib.getParent())) {
            assertEquals(List.of(bib), files.toList(), "no temporary file left behind");
        }
        Path other = dir.resolve("entries.txt");
        assertEquals(0, Cli.run("export", "--limit", "2", "--sort", "newest", "-o", other.toString()).exitCode());
        JsonNode json = JsonEntries.mapper().readTree(Files.readString(other));
        assertEquals(2, json.size(), "an unknown extension means json");
        assertEquals("2405.04285", json.get(0).get("id").asText());
    }

    @Test
    void anExportCutShortByItsTimeLimitFailsAndWritesNothing(@TempDir Path dir) throws Exception {
        // an export has no time limit unless one is given: the heavy query is exported in full …
        // forty misspelled or truncated words: over 10 ms on a fast machine, far beyond 1 ms
        List<String> words = new ArrayList<>();
        for (String w : "grouding sensng visoin langage mdoel remte satelite imagry captoning detecton segmentaton clasification benchmrk datset agnt reasning instrction tunning modl learnng".split(" ")) {
            words.add(w + "~2");
        }
        for (String p : "sk re ge vi la mo in da be ag se cl im ca de tr pr fo mu te".split(" ")) {
            words.add(p + "*");
        }
        String query = String.join(" ", words);
        Path full = dir.resolve("full.csv");
        assertEquals(0, Cli.run("export", query, "-o", full.toString()).exitCode());
        assertTrue(Files.readString(full).lines().count() > 20, Files.readString(full));
        // … and with one far too short, it stops with one line and exit code 1 instead of writing part of the answer
        Path cut = dir.resolve("cut.csv");
        Cli cli = Cli.run("export", query, "--time-limit", "1ms", "-o", cut.toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode(), cli.err());
        assertEquals(List.of("litindex: the export stopped at its time limit of 1 ms after 0 entries; nothing was written "
                + "(give it longer with --time-limit, or leave it out for no limit)"), cli.errLines());
        assertFalse(Files.exists(cut));
    }

    @Test
    void aTimeLimitThatIsNoDurationIsAUsageError() {
        for (String bad : List.of("0ms", "5x", "2 hours", "-1s")) {
            Cli cli = Cli.run("export", "grounding", "--time-limit", bad);
            assertEquals(ExitCodes.USAGE, cli.exitCode(), bad + ": " + cli.err());
            assertEquals(1, cli.errLines().size(), cli.err());
            assertTrue(cli.err().contains("--time-limit"), cli.err());
        }
    }

    @Test
    void anUnwritableOutputIsExitCodeOne(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Cli cli = Cli.run("export", "-o", blocker.resolve("refs.bib").toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertTrue(cli.err().startsWith("litindex: cannot write " + blocker.resolve("refs.bib")), cli.err());
    }

    @Test
    void badFormatAndLimitAreUsageErrors() {
        Cli cli = Cli.run("export", "--format", "xml");
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("unknown format 'xml' (expected one of bibtex, csv, jsonl, json, markdown)"), cli.err());
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--limit", "-3").exitCode());
    }

    @Test
    void searchWritesItsHitsInEveryExportFormat() throws Exception {
        String[] jsonl = ok("search", "remote sensing", "--limit", "4", "--format", "jsonl").out().split("\n");
        JsonNode page = JsonEntries.mapper().readTree(ok("search", "remote sensing", "--limit", "4", "--format", "json").out());
        assertEquals(4, jsonl.length);
        for (int i = 0; i < 4; i++) {
            assertEquals(page.get("hits").get(i), JsonEntries.mapper().readTree(jsonl[i]), "line " + i + " is hit " + i);
        }
        List<Entry> hits = new ArrayList<>();
        page.get("hits").forEach(h -> hits.add(CATALOG.stream().filter(e -> e.id().equals(h.get("id").asText())).findFirst().orElseThrow()));
        for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.BIBTEX, ExportFormat.MARKDOWN)) {
            assertEquals(f.writer().toString(hits), ok("search", "remote sensing", "--limit", "4", "--format", f.id()).out(), f.id());
        }
    }
}
