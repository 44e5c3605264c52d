package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSeedAsJsonLinesIsTheCatalogOneEntryPerLine() throws Exception {
        Cli cli = Cli.run("import", Lists.seed().toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        List<Entry> entries = new ArrayList<>();
        for (String line : cli.out().split("\n")) {
            entries.add(JsonEntries.parseEntry(line));
        }
        assertEquals(Catalog.bundledEntries(), entries);
        assertEquals(List.of("litindex import: 37 entries (38 rows read, 1 merged) from 1 source; 0 rows skipped; "
                + "16 warnings (--warnings or litindex check shows them)"), cli.errLines().stream().map(l -> l.replaceFirst("; [0-9.]+ s$", "")).toList());
    }

    @Test
    void formatJsonToAFileReproducesTheBundledCatalogByteForByte() throws Exception {
        Path out = dir.resolve("rs-mllms.json");
        Cli cli = Cli.run("import", Lists.seed().toString(), "--format", "json", "-o", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        assertArrayEquals(Files.readAllBytes(Lists.catalog()), Files.readAllBytes(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void warningsAreShownOnRequest() {
        Cli cli = Cli.run("import", Lists.seed().toString(), "-o", dir.resolve("x.jsonl").toString(), "--warnings");
        assertEquals(ExitCodes.OK, cli.exitCode());
        assertTrue(cli.errLines().contains(Lists.SEED_NAME + ":118: warning: mis-encoded text 'L√ºddecke' read as 'Lüddecke'"), cli.err());
        assertTrue(cli.errLines().contains(Lists.SEED_NAME + ":147: warning: empty link [Link]()"), cli.err());
    }

    @Test
    void rowsLeftOutAsLinksToOtherListsAreCountedInTheSummary() throws Exception {
        Path list = dir.resolve("other-lists.md");
        Files.writeString(list, "# Zorb papers\n\n## Papers\n\n- [Zorb: Learning Lattices](https://arxiv.org/abs/2401.00001)\n"
                + "- [Awesome Lattice Learning](https://github.com/x/awesome-lattice)\n\n## Related Lists\n\n"
                + "- [Lattice resources](https://github.com/z/lattice-resources)\n");
        Cli cli = Cli.run("import", list.toString(), "-o", dir.resolve("out.jsonl").toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        assertEquals(List.of("litindex import: 1 entry (1 row read, 0 merged) from 1 source; 0 rows skipped; "
                + "2 rows not entries (links to other lists, venues, licences)"),
                cli.errLines().stream().map(l -> l.replaceFirst("; [0-9.]+ s$", "")).toList());
    }

    @Test
    void skippedRowsAreReportedWithTheirLineAndExitOne() throws Exception {
        Path list = dir.resolve("bad.md");
        Files.writeString(list, "| Title | Venue |\n|---|---|\n| - | CVPR |\n| [**A Good Paper**](https://arxiv.org/abs/2401.00001) | CVPR |\n");
        Path out = dir.resolve("out.jsonl");
        Cli cli = Cli.run("import", list.toString(), "-o", out.toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals("bad.md:3: error: row has no title; skipped", cli.errLines().get(0));
        assertTrue(cli.errLines().get(1).startsWith("litindex import: 1 entry (1 row read, 0 merged) from 1 source; 1 row skipped;"), cli.err());
        assertEquals("2401.00001", JsonEntries.parseEntry(Files.readString(out).strip()).id(), "what was read is still written");
    }

    @Test
    void severalListsAreMergedIntoOneEntryPerPaper() throws Exception {
        Path mine = dir.resolve("mine.md");
        Files.writeString(mine, "## Grounding\n- [GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826) - read it\n"
                + "- [A Paper Only I List](https://arxiv.org/abs/2402.00007)\n");
        Cli cli = Cli.run("import", Lists.seed().toString(), mine.toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        List<Entry> entries = new ArrayList<>();
        for (String line : cli.out().split("\n")) {
            entries.add(JsonEntries.parseEntry(line));
        }
        assertEquals(38, entries.size());
        Entry geochat = entries.stream().filter(e -> e.id().equals("2311.15826")).findFirst().orElseThrow();
        assertEquals(List.of(new Source(Lists.SEED_NAME, 78), new Source("mine.md", 2)), geochat.sources());
        assertEquals(List.of("Awesome Papers > Multimodal Large Language Models for Remote Sensing", "Grounding"), geochat.sections());
    }

    @Test
    void anUnreadableListIsOneLineAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("keep.json");
        Files.writeString(out, "old content\n");
        Cli missing = Cli.run("import", Lists.seed().toString(), dir.resolve("nope.md").toString(), "-o", out.toString());
        assertEquals(ExitCodes.FAILURE, missing.exitCode());
        assertEquals(List.of("litindex: cannot read " + dir.resolve("nope.md") + ": no such file"), missing.errLines());
        assertEquals("old content\n", Files.readString(out), "the old output is untouched");

        Path blob = dir.resolve("blob.md");
        Files.write(blob, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Cli binary = Cli.run("import", blob.toString());
        assertEquals(ExitCodes.FAILURE, binary.exitCode());
        assertEquals(List.of("litindex: blob.md is not a text file (NUL byte on line 1); litindex reads Markdown, JSON and JSON Lines"),
                binary.errLines());
        assertEquals("", binary.out());

        Cli noDir = Cli.run("import", Lists.seed().toString(), "-o", dir.resolve("no/such/dir/out.json").toString());
        assertEquals(ExitCodes.FAILURE, noDir.exitCode());
        assertTrue(noDir.errLines().get(noDir.errLines().size() - 1).startsWith("litindex: cannot write "), noDir.err());
        assertFalse(noDir.err().contains("\tat "));
    }

    @Test
    void anEmptyListSaysSoAndExitsOne() throws Exception {
        Path empty = dir.resolve("empty.md");
        Files.writeString(empty, "");
        Cli cli = Cli.run("import", empty.toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals("empty.md:1: error: the list is empty", cli.errLines().get(0));
        assertTrue(cli.errLines().get(1).contains("1 source without entries"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void badUsageIsExitTwo() {
        assertEquals(ExitCodes.USAGE, Cli.run("import").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("import", "x.md", "--format", "xml").exitCode());
        Cli repeat = Cli.run("import", "x.md", "--repeat", "-1");
        assertEquals(ExitCodes.USAGE, repeat.exitCode());
        assertEquals(List.of("litindex: --repeat must be 0 or more, not -1"), repeat.errLines());
    }

    @Test
    void repeatMeasuresTheReadTime() {
        Cli cli = Cli.run("import", Lists.seed().toString(), "-o", dir.resolve("x.jsonl").toString(), "--repeat", "3");
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        String last = cli.errLines().get(cli.errLines().size() - 1);
        assertTrue(last.matches("litindex import: read 37 entries 3 times \\(read, parse, merge; no output\\): median \\d+ ms, fastest \\d+ ms, slowest \\d+ ms"), last);
    }

    @Test
    void aVenuesFileOfTheUsersFieldNamesItsVenues() throws Exception {
        Path list = dir.resolve("fusion.md");
        Files.writeString(list, "| Title | Venue |\n|---|---|\n"
                + "| [Disruption prediction with deep learning](https://arxiv.org/abs/2301.00001) | NF 2023 |\n");
        Path venues = dir.resolve("venues.tsv");
        Files.writeString(venues, "# my field\nNucl. Fusion\tjournal\tNuclear Fusion\tNF|Nucl Fusion\n");

        Entry plain = JsonEntries.parseEntry(Cli.run("import", list.toString()).out().strip());
        Cli cli = Cli.run("import", list.toString(), "--venues", venues.toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        Entry known = JsonEntries.parseEntry(cli.out().strip());
        assertEquals("Nucl. Fusion", known.venue());
        assertEquals(2023, known.year());
        assertFalse("Nucl. Fusion".equals(plain.venue()), "without the file the venue is not known: " + plain.venue());

        Files.writeString(venues, "Nucl. Fusion\tpaper\tNuclear Fusion\n");
        Cli bad = Cli.run("import", list.toString(), "--venues", venues.toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertEquals(1, bad.errLines().size(), bad.err());
        assertTrue(bad.err().contains("--venues: " + venues + ":1: expected"), bad.err());

        Cli missing = Cli.run("check", list.toString(), "--venues", dir.resolve("nope.tsv").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("cannot read the venues file " + dir.resolve("nope.tsv") + ": no such file"), missing.err());
    }
}
