package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LITINDEX_INDEX names the index that commands use without --index, in real processes as a shell runs them. */
class IndexEnvironmentTest {
    /**
     * The searches' time limit: a minute, as core's tests (FullRequests), since a new process's first search pays its
     * start-up inside the 2 s default and a loaded machine made its answer partial.
     */
    private static final String LIMIT = "1m";

    @Test
    void theEnvironmentVariableChoosesTheIndexAndAnEmptyOneTheBundledCatalog(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("mine.jsonl");
        Files.writeString(list, "{\"id\": \"2401.00001\", \"kind\": \"paper\", \"title\": \"Grounding in My Own List\", "
                + "\"venue\": \"arXiv\", \"year\": 2024}\n", StandardCharsets.UTF_8);
        Path index = dir.resolve("my-index");
        Map<String, String> env = Map.of(IndexOption.ENV, index.toString());

        Cli built = Cli.process(env, List.of(), "index", list.toString());
        assertEquals(0, built.exitCode(), built.err());
        assertTrue(Files.isDirectory(index), "index wrote where the variable says");

        Cli search = Cli.process(env, List.of(), "search", "grounding", "--format", "jsonl", "--time-limit", LIMIT);
        assertEquals(0, search.exitCode(), search.err());
        assertEquals(1, search.outLines().size(), search.out());
        assertTrue(search.out().contains("\"id\":\"2401.00001\""), search.out());

        Cli verify = Cli.process(env, List.of(), "verify");
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(verify.out().startsWith(index + ": healthy, 1 entry"), "verify checks the variable's index: " + verify.out());

        Cli flag = Cli.process(env, List.of(), "search", "grounding", "--format", "jsonl", "--index", dir.resolve("absent").toString());
        assertEquals(ExitCodes.INDEX, flag.exitCode(), "--index wins over the variable: " + flag.err());

        Cli bundled = Cli.process(Map.of(IndexOption.ENV, ""), List.of(), "search", "grounding", "--format", "jsonl", "--time-limit", LIMIT);
        assertEquals(0, bundled.exitCode(), bundled.err());
        assertTrue(bundled.outLines().get(0).contains("\"id\":\"2311.15826\""), "an empty variable reads the bundled catalog: " + bundled.out());
    }
}
