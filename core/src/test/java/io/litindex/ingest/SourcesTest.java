package io.litindex.ingest;

import io.litindex.Catalog;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Source;
import io.litindex.testing.SharedFiles;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources by extension (Markdown, JSON, JSON Lines), their diagnostics, and merging several lists into one set of entries. */
class SourcesTest {
    @TempDir
    Path dir;

    private static List<String> lines(ImportResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    @Test
    void formatsFollowTheExtension() {
        assertEquals(Sources.Format.MARKDOWN, Sources.Format.of(Path.of("README.md")));
        assertEquals(Sources.Format.MARKDOWN, Sources.Format.of(Path.of("000_ccd0278ece24c2a1.txt")));
        assertEquals(Sources.Format.JSON, Sources.Format.of(Path.of("rs-mllms.JSON")));
        assertEquals(Sources.Format.JSON_LINES, Sources.Format.of(Path.of("entries.jsonl")));
        assertEquals(Sources.Format.JSON_LINES, Sources.Format.of(Path.of("entries.ndjson")));
    }

    @Test
    void theCatalogReadsBackFromItsJsonArray() throws Exception {
        Path file = dir.resolve("catalog.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonEntries.writeArray(Catalog.bundledEntries(), out);
        Files.write(file, out.toByteArray());
        ImportResult result = Sources.read(file);
        assertEquals(Catalog.bundledEntries(), result.entries());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void jsonLinesReportEachBadLineAndFillMissingIdsAndSources() throws Exception {
        Path file = dir.resolve("mine.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"title\": \"GeoChat: Grounded Large Vision-Language Model for Remote Sensing\", \"links\": {\"paper\": \"https://arxiv.org/abs/2311.15826\"}, \"venue\": \"CVPR\", \"year\": 2024}",
                "",
                "{\"title\": \"A Hand-Written Entry\", \"sections\": [\"My Reading\"]}",
                "{\"title\": \"broken\", ",
                "{\"id\": \"x\", \"kind\": \"poster\", \"title\": \"Wrong Kind\"}",
                "{\"authors\": [\"A. Author\"]}",
                "[1, 2]",
                "{\"title\": \"Bad Year\", \"year\": \"twenty\"}",
                "{\"kind\": \"dataset\", \"title\": \"RSICD\", \"size\": 10921}") + "\n");
        ImportResult result = Sources.read(file);
        assertEquals(List.of(
                Entry.builder("2311.15826", "GeoChat: Grounded Large Vision-Language Model for Remote Sensing").venue("CVPR").year(2024)
                        .links(Map.of("paper", "https://arxiv.org/abs/2311.15826")).source(new Source("mine.jsonl", 1)).build(),
                Entry.builder("a-hand-written-entry", "A Hand-Written Entry").section("My Reading").source(new Source("mine.jsonl", 3)).build(),
                Entry.builder("rsicd", "RSICD").kind(Kind.DATASET).size(10_921L).source(new Source("mine.jsonl", 9)).build()),
                result.entries());
        List<String> lines = lines(result);
        assertEquals(5, result.skipped(), lines.toString());
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("mine.jsonl:4: error: invalid JSON: "), lines.get(0));
        assertEquals("mine.jsonl:5: error: unknown kind \"poster\" (expected \"paper\" or \"dataset\"); skipped", lines.get(1));
        assertEquals("mine.jsonl:6: error: entry has no title; skipped", lines.get(2));
        assertEquals("mine.jsonl:7: error: expected one entry object per line, found an array; skipped", lines.get(3));
        assertTrue(lines.get(4).startsWith("mine.jsonl:8: error: not a valid entry: "), lines.get(4));
    }

    @Test
    void handWrittenEntriesAreCleanedSoTheyCanBeIndexed() throws Exception {
        Path file = dir.resolve("messy.jsonl");
        Files.writeString(file, "{\"title\": \"  A Messy Entry \", \"sections\": [\"\", \" Reading \"], \"authors\": [\" \", \"A. Author\"], "
                + "\"venue\": \"\", \"date\": \"May-22-2024\"}\n{\"title\": \"Bad Date\", \"date\": \"someday\"}\n");
        ImportResult result = Sources.read(file);
        assertEquals(List.of(
                Entry.builder("a-messy-entry", "A Messy Entry").section("Reading").authors(List.of("A. Author")).year(2024).date("2024-05-22")
                        .source(new Source("messy.jsonl", 1)).build(),
                Entry.builder("bad-date", "Bad Date").source(new Source("messy.jsonl", 2)).build()), result.entries());
        assertEquals(List.of("messy.jsonl:2: error: unreadable date 'someday'; the entry has no date"), lines(result));
        try (io.litindex.search.Searcher searcher = io.litindex.search.Searcher.inMemory(result.entries())) {
            assertEquals(2, searcher.size());
        }
    }

    @Test
    void jsonArraysReportElementsByLineAndAcceptSearchOutput() throws Exception {
        Path file = dir.resolve("arr.json");
        Files.writeString(file, "[\n  {\"title\": \"First Paper\"},\n  42,\n  {\"title\": \"\"}\n]\n");
        ImportResult result = Sources.read(file);
        assertEquals(List.of("First Paper"), result.entries().stream().map(Entry::title).collect(Collectors.toList()));
        assertEquals(List.of("arr.json:3: error: expected an entry object, found a number; skipped",
                "arr.json:4: error: entry has no title; skipped"), lines(result));

        Path hits = dir.resolve("hits.json");
        Files.writeString(hits, "{\"query\": \"x\", \"total\": 1, \"hits\": [{\"score\": 1.5, \"id\": \"2401.09712\", \"title\": \"SkyEyeGPT\", "
                + "\"highlights\": {\"title\": \"**SkyEyeGPT**\"}}], \"facets\": {}}");
        assertEquals("2401.09712", Sources.read(hits).entries().get(0).id(), "search --format json output can be indexed");

        Path truncated = dir.resolve("cut.json");
        Files.writeString(truncated, "[\n {\"title\": \"Kept\"},\n {\"title\": \"Cut");
        ImportResult cut = Sources.read(truncated);
        assertEquals(List.of("Kept"), cut.entries().stream().map(Entry::title).collect(Collectors.toList()));
        assertEquals(1, cut.skipped());
        assertTrue(lines(cut).get(0).startsWith("cut.json:3: error: invalid JSON: "), lines(cut).toString());
    }

    @Test
    void severalListsMergeIntoOneEntryPerPaperKeepingEverySectionAndSource() throws Exception {
        Path seed = SharedFiles.require(SharedFiles.SEED);
        Path mine = dir.resolve("mine.md");
        Files.writeString(mine, """
                # My Reading List
                ## Grounding
                - [GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826v2) - read in March
                - [geochat: grounded large vision-language model for remote sensing](https://example.org/geochat-mirror)
                ## Datasets
                | Name | Paper | Link |
                |---|---|---|
                | **GeoChat-Instruct** | [GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826) | [Link](https://huggingface.co/datasets/MBZUAI/GeoChat_Instruct) |
                """);
        ImportResult merged = Sources.readAll(List.of(seed, mine));
        assertEquals(37 + 1, merged.entries().size(), "GeoChat is one entry; the new dataset is added");
        Entry geochat = merged.entries().stream().filter(e -> e.id().equals("2311.15826")).findFirst().orElseThrow();
        assertEquals(List.of("Awesome Papers > Multimodal Large Language Models for Remote Sensing", "My Reading List > Grounding"), geochat.sections());
        assertEquals(List.of(new Source("000_ccd0278ece24c2a1.txt", 78), new Source("mine.md", 3), new Source("mine.md", 4)), geochat.sources());
        assertEquals("accepted by CVPR-24 | mine.md:3: read in March", geochat.note(),
                "the first list's note first; the other row's note is kept too, with the line it came from");
        Entry instruct = merged.entries().get(merged.entries().size() - 1);
        assertEquals("geochat-instruct", instruct.id());
        assertEquals("2311.15826", instruct.sourcePaper().id());
        assertEquals("arXiv", instruct.venue(), "taken from the paper's entry");

        assertEquals(merged.entries(), Sources.readAll(List.of(seed, mine)).entries(), "merging is deterministic");
        List<String> idsOtherOrder = Sources.readAll(List.of(mine, seed)).entries().stream().map(Entry::id).sorted().collect(Collectors.toList());
        assertEquals(merged.entries().stream().map(Entry::id).sorted().collect(Collectors.toList()), idsOtherOrder,
                "the same ids whichever list comes first");
    }
}
