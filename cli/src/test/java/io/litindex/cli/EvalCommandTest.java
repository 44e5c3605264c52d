package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @Test
    void printsBothSystemsMeasuresInOneRun() {
        Cli cli = Cli.run("eval");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertTrue(lines.get(0).matches("\\d+ judged queries \\(judgments\\.tsv \\(bundled\\)\\), cut-off 10"), lines.get(0));
        assertEquals("system    nDCG@10  MRR@10", lines.get(1));
        assertTrue(lines.get(2).matches("litindex\\s+0\\.9\\d\\d\\s+1\\.000"), lines.get(2));
        assertEquals("baseline    0.652   0.725", lines.get(3));
    }

    @Test
    void perQueryAndOwnJudgments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j.tsv");
        Files.writeString(file, "clip\t2306.11029\t2\nclip\t2306.11300\t2\nZhan\t2401.09712\t2\nZhan\tgone\t1\n");
        Cli cli = Cli.run("eval", "--judgments", file.toString(), "--per-query");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("1 judged entries are not in the index and count as missed: gone"), cli.out());
        assertTrue(cli.out().contains("\nquery  litindex  baseline\nclip      1.000     0.000\nZhan      0.521     0.521\n"), cli.out());
        JsonNode json = JsonEntries.mapper().readTree(Cli.run("eval", "--judgments", file.toString(), "--format", "json").out());
        assertEquals(2, json.get("queries").size());
        // Y. Zhan's SkyEyeGPT is second for both (the T-GRS paper is first); the baseline misses clip
        assertEquals(0.75, json.get("litindex").get("mrr").asDouble(), 1e-9);
        assertEquals(0.25, json.get("baseline").get("mrr").asDouble(), 1e-9);
    }

    @Test
    void aBadJudgmentsFileIsOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "clip\t2306.11029\thigh\n");
        Cli cli = Cli.run("eval", "--judgments", file.toString());
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals(List.of("litindex: " + file + " line 1: grade must be 0, 1 or 2, got 'high'"), cli.errLines());
    }
}
