package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.index.Indexer;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entries without a value in a dimension are shown beside its counts, so that the counts add up. */
class MissingCountsCommandTest {
    private static Path index(Path dir) {
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.putAll(List.of(
                    Entry.builder("a", "Grounding remote sensing images").venue("CVPR").year(2024).build(),
                    Entry.builder("b", "Grounding with language models").year(2023).build(),
                    Entry.builder("c", "Grounding aerial scenes").build(),
                    Entry.builder("d", "Grounding and captioning").venue("CVPR").year(2024).build()));
            indexer.commit();
        }
        return dir;
    }

    @Test
    void theSearchTableAndJsonShowTheEntriesWithoutAValue(@TempDir Path dir) throws Exception {
        index(dir);
        Cli table = Cli.run("search", "grounding", "--index", dir.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("venue     CVPR (2), no venue (2)\n"), table.out());
        assertTrue(table.out().contains("year      2024 (2), 2023 (1), no year (1)\n"), table.out());

        Cli json = Cli.run("search", "grounding", "--index", dir.toString(), "--format", "json");
        JsonNode result = JsonEntries.mapper().readTree(json.out());
        assertEquals(2, result.get("missing").get("venue").asInt());
        assertEquals(1, result.get("missing").get("year").asInt());
    }

    @Test
    void theFacetsCommandShowsThemToo(@TempDir Path dir) throws Exception {
        index(dir);
        Cli table = Cli.run("facets", "--index", dir.toString(), "--facet", "venue");
        assertEquals("4 entries.\n\nvenue\n       2  CVPR\n       2  (no venue)\n", table.out());
        JsonNode json = JsonEntries.mapper().readTree(Cli.run("facets", "--index", dir.toString(), "--facet", "venue", "--format", "json").out());
        assertEquals(2, json.get("missing").get("venue").asInt());
    }
}
