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

    private static final String LIST = String.join("\n",
            "# Graph pooling",
            "",
            "1. **Graph U-Nets**. *Hongyang Gao, Shuiwang Ji*. ICML 2019. [[pdf](https://arxiv.org/abs/1905.05178)]",
            "2. **Self-Attention Graph Pooling**. *Junhyun Lee, Inyeop Lee, Jaewoo Kang*. ICML 2019. [[pdf](https://example.org/sagpool.pdf)]",
            "3. **Hierarchical Graph Representation Learning with Differentiable Pooling**. *Rex Ying, Jure Leskovec*. NeurIPS 2018. "
                    + "[[pdf](https://example.org/diffpool/)] [[code](https://github.com/RexYing/diffpool)]",
            "");

    @Test
    void evaluatesOnListsIndexedInMemoryWithTargetsGivenByUrl(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("pooling.md");
        Files.writeString(list, LIST);
        Path file = dir.resolve("j.tsv");
        Files.writeString(file, String.join("\n",
                "# by paper URL (the list writes a trailing slash that this one lacks), by code URL, and one that names no entry",
                "differentiable pooling\thttps://example.org/diffpool\t2",
                "U-Nets\thttps://arxiv.org/abs/1905.05178\t2",
                "Leskovec\thttps://github.com/RexYing/diffpool\t2",
                "Leskovec\thttps://example.org/not-in-the-list.pdf\t1",
                ""));
        Cli cli = Cli.run("eval", "--list", list.toString(), "--judgments", file.toString(), "--per-query");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(List.of("litindex eval: 3 entries (3 rows read, 0 merged) from 1 source; 0 rows skipped"), cli.errLines());
        List<String> lines = cli.outLines();
        assertEquals("3 judged queries (" + file + "), cut-off 10", lines.get(0));
        assertEquals("1 judged entries are not in the index and count as missed: https://example.org/not-in-the-list.pdf", lines.get(1));
        // each query's one entry is found first by both systems; the missed target of 'Leskovec' caps its nDCG
        double leskovec = 3 / (3 + 1 / (Math.log(3) / Math.log(2)));
        assertTrue(cli.out().contains(String.format(java.util.Locale.ROOT,
                "differentiable pooling     1.000     1.000%nU-Nets                     1.000     1.000%nLeskovec                   %.3f     %.3f%n",
                leskovec, leskovec)), cli.out());
        JsonNode json = JsonEntries.mapper().readTree(
                Cli.run("eval", "--list", list.toString(), "--judgments", file.toString(), "--format", "json").out());
        assertEquals((2 + leskovec) / 3, json.get("litindex").get("ndcg").asDouble(), 1e-9);
        assertEquals(1.0, json.get("litindex").get("mrr").asDouble(), 1e-9);
        assertEquals(List.of(), json.get("unknownIds").findValuesAsText("x"));
        assertEquals("https://example.org/not-in-the-list.pdf", json.get("unknownIds").get(0).asText());
    }

    @Test
    void severalListsAreMergedAsImportMergesThem(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        Files.writeString(a, LIST);
        Files.writeString(b, "- [Graph U-Nets](https://arxiv.org/abs/1905.05178) - the same paper again\n"
                + "- [Weisfeiler and Leman Go Neural](https://arxiv.org/abs/1810.02244) - higher-order GNNs\n");
        Path file = dir.resolve("j.tsv");
        Files.writeString(file, "weisfeiler\thttps://arxiv.org/abs/1810.02244\t2\nU-Nets\thttps://arxiv.org/abs/1905.05178\t2\n");
        Cli cli = Cli.run("eval", "--list", a.toString(), "--list", b.toString(), "--judgments", file.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(List.of("litindex eval: 4 entries (5 rows read, 1 merged) from 2 sources; 0 rows skipped"), cli.errLines());
        JsonNode json = JsonEntries.mapper().readTree(cli.out());
        assertEquals(0, json.get("unknownIds").size(), cli.out());
        assertEquals(1.0, json.get("litindex").get("mrr").asDouble(), 1e-9);
    }

    @Test
    void badInputIsOneLineWithItsExitCode(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("pooling.md");
        Files.writeString(list, LIST);
        Path judged = dir.resolve("j.tsv");
        Files.writeString(judged, "pooling\thttps://example.org/sagpool.pdf\t2\n");
        Path missing = dir.resolve("missing.md");
        Cli cli = Cli.run("eval", "--list", missing.toString(), "--judgments", judged.toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals(List.of("litindex: cannot read " + missing + ": no such file"), cli.errLines());
        assertEquals("", cli.out());

        Path noJudgments = dir.resolve("none.tsv");
        cli = Cli.run("eval", "--list", list.toString(), "--judgments", noJudgments.toString());
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals("litindex: cannot read judgments file " + noJudgments + ": no such file", cli.errLines().get(cli.errLines().size() - 1));
        assertEquals("", cli.out());

        cli = Cli.run("eval", "--list", list.toString(), "--judgments", dir.toString());
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals("litindex: cannot read judgments file " + dir + ": it is a directory", cli.errLines().get(cli.errLines().size() - 1));

        Path latin1 = dir.resolve("latin1.tsv");
        Files.write(latin1, "sch\u00fctze\thttps://example.org/sagpool.pdf\t2\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        cli = Cli.run("eval", "--list", list.toString(), "--judgments", latin1.toString());
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals("litindex: cannot read judgments file " + latin1 + ": not UTF-8 text", cli.errLines().get(cli.errLines().size() - 1));

        cli = Cli.run("eval", "--list", list.toString(), "--index", dir.toString(), "--judgments", judged.toString());
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals(List.of("litindex: --list and --index cannot be used together: evaluate on lists or on an index"), cli.errLines());

        Path empty = dir.resolve("empty.md");
        Files.writeString(empty, "# Nothing here\n\nJust a paragraph.\n");
        cli = Cli.run("eval", "--list", empty.toString(), "--judgments", judged.toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals("litindex: no entries to evaluate on in 1 list", cli.errLines().get(cli.errLines().size() - 1));
        assertEquals("", cli.out());
    }
}
