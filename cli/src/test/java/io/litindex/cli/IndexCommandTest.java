package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.index.Indexer;
import io.litindex.ingest.JsonEntries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
    @TempDir
    Path dir;

    private Path index() {
        return dir.resolve("index");
    }

    private JsonNode search(String... query) throws Exception {
        String[] args = Stream.concat(Stream.of("search"), Stream.concat(Stream.of(query),
                Stream.of("--index", index().toString(), "--format", "json", "--limit", "100"))).toArray(String[]::new);
        Cli cli = Cli.run(args);
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        return JsonEntries.mapper().readTree(cli.out());
    }

    /** The index directory's files and sizes: what "unchanged" means on disk. */
    private Map<String, Long> files() throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(index())) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.size(p));
            }
        }
        return out;
    }

    private Path mine() throws Exception {
        Path mine = dir.resolve("mine.md");
        Files.writeString(mine, "## Grounding\n- [Orbital Grounding: Referring Expressions for Satellites](https://arxiv.org/abs/2402.00008), CVPR 2024\n");
        return mine;
    }

    @Test
    void indexesTheSeedAndSearchFindsIt() throws Exception {
        Cli cli = Cli.run("index", Lists.seed().toString(), "--index", index().toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertTrue(cli.errLines().get(0).matches("litindex index: 37 entries \\(38 rows read, 1 merged\\) from 1 source; 0 rows skipped; "
                + "16 warnings \\(--warnings or litindex check shows them\\); updated index .*index; [0-9.]+ s"), cli.err());
        JsonNode result = search("grounding");
        assertEquals("2311.15826", result.get("hits").get(0).get("id").asText());
        assertEquals(37, search().get("total").asInt());
    }

    @Test
    void updatesAddToTheIndexAndReplaceStartsAfresh() throws Exception {
        assertEquals(ExitCodes.OK, Cli.run("index", Lists.seed().toString(), "--index", index().toString()).exitCode());
        assertEquals(ExitCodes.OK, Cli.run("index", mine().toString(), "--index", index().toString()).exitCode());
        assertEquals(38, search().get("total").asInt());
        assertEquals("2402.00008", search("orbital").get("hits").get(0).get("id").asText());

        Cli replaced = Cli.run("index", mine().toString(), "--index", index().toString(), "--replace");
        assertEquals(ExitCodes.OK, replaced.exitCode(), replaced.err());
        assertTrue(replaced.err().contains("; replaced index "), replaced.err());
        assertEquals(1, search().get("total").asInt());
    }

    @Test
    void entriesOfSeveralSourcesAreMergedAndJsonSourcesWork() throws Exception {
        Path jsonl = dir.resolve("extra.jsonl");
        Files.writeString(jsonl, "{\"title\": \"Orbital Grounding: Referring Expressions for Satellites\", \"sections\": [\"From JSON\"]}\n");
        Cli cli = Cli.run("index", mine().toString(), jsonl.toString(), Lists.catalog().toString(), "--index", index().toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        assertEquals(38, search().get("total").asInt());
        JsonNode orbital = search("orbital").get("hits").get(0);
        assertEquals("[\"Grounding\",\"From JSON\"]", orbital.get("sections").toString());
    }

    @Test
    void aFailingUpdateLeavesThePreviousIndexSearchableAndUnchanged() throws Exception {
        assertEquals(ExitCodes.OK, Cli.run("index", Lists.seed().toString(), "--index", index().toString()).exitCode());
        String before = search("remote sensing").toString();
        Map<String, Long> filesBefore = files();

        Path missing = dir.resolve("missing.md");
        Cli cli = Cli.run("index", mine().toString(), missing.toString(), "--index", index().toString(), "--replace");
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals(List.of("litindex: cannot read " + missing + ": no such file"), cli.errLines());

        Path blob = dir.resolve("blob.md");
        Files.write(blob, new byte[] {'a', 0, 'b'});
        assertEquals(ExitCodes.FAILURE, Cli.run("index", blob.toString(), "--index", index().toString(), "--replace").exitCode());

        Path prose = dir.resolve("prose.md");
        Files.writeString(prose, "Just text, not a list.\n");
        Cli empty = Cli.run("index", prose.toString(), "--index", index().toString(), "--replace");
        assertEquals(ExitCodes.FAILURE, empty.exitCode());
        assertEquals("litindex: no entries to index in 1 source; the index " + index() + " was not changed",
                empty.errLines().get(empty.errLines().size() - 1));

        try (Indexer busy = Indexer.open(index())) {
            assertTrue(busy.location().endsWith("index"));
            Cli locked = Cli.run("index", mine().toString(), "--index", index().toString());
            assertEquals(ExitCodes.INDEX, locked.exitCode());
            assertEquals(1, locked.errLines().size(), locked.err());
            // the command runs in this test's JVM, so the lock is held "by this program"; from a shell it is another process
            assertTrue(locked.err().contains("is locked: another Indexer of this program has it open for writing"), locked.err());
        }

        assertEquals(before, search("remote sensing").toString(), "the same hits as before");
        assertEquals(filesBefore, files(), "the index files are as they were");
    }

    @Test
    void skippedRowsAreReportedTheRestIsIndexedAndTheExitCodeIsOne() throws Exception {
        Path list = dir.resolve("half.md");
        Files.writeString(list, "| Title | Venue |\n|---|---|\n| - | CVPR |\n| [**A Good Paper**](https://arxiv.org/abs/2401.00001) | CVPR |\n");
        Cli cli = Cli.run("index", list.toString(), "--index", index().toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals("half.md:3: error: row has no title; skipped", cli.errLines().get(0));
        assertEquals(1, search().get("total").asInt());
    }
}
