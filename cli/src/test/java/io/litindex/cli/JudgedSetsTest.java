package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The judged query sets over real lists of other fields (core/src/test/resources/io/litindex/eval), each run as a
 * user runs it, {@code litindex eval --list LIST --judgments SET}, against the floors recorded in floors.tsv.
 */
class JudgedSetsTest {
    static final Path SETS = Path.of("..", "core", "src", "test", "resources", "io", "litindex", "eval");
    /** How far below its floor a figure may fall before the test fails. */
    static final double SLACK = 0.01;

    /** One line of floors.tsv. */
    record Floor(String set, double ndcg, double mrr, int unresolved) {
        @Override
        public String toString() {
            return set;
        }
    }

    static Stream<Floor> floors() throws IOException {
        List<Floor> floors = new ArrayList<>();
        for (String line : Files.readAllLines(SETS.resolve("floors.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            floors.add(new Floor(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Integer.parseInt(cells[3])));
        }
        return floors.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floors")
    void eachSetKeepsItsFloor(Floor floor) throws Exception {
        Path list = Lists.corpus(floor.set() + ".md");
        Path set = SETS.resolve(floor.set() + ".tsv");
        Cli cli = Cli.run("eval", "--list", list.toString(), "--judgments", set.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode report = JsonEntries.mapper().readTree(cli.out());
        int queries = report.get("queries").size();
        double ndcg = report.get("litindex").get("ndcg").asDouble();
        double mrr = report.get("litindex").get("mrr").asDouble();
        int unresolved = report.get("unknownIds").size();
        System.out.printf(Locale.ROOT, "judged set %s: %d queries; litindex nDCG@10 %.3f MRR@10 %.3f; baseline nDCG@10 %.3f MRR@10 %.3f; "
                        + "%d judged targets name no entry%n", floor.set(), queries, ndcg, mrr,
                report.get("baseline").get("ndcg").asDouble(), report.get("baseline").get("mrr").asDouble(), unresolved);
        assertTrue(queries >= 25, floor.set() + ": at least 25 judged queries, has " + queries);
        assertTrue(ndcg >= floor.ndcg() - SLACK, String.format(Locale.ROOT, "%s: nDCG@10 %.3f fell below its floor %.3f", floor.set(), ndcg, floor.ndcg()));
        assertTrue(mrr >= floor.mrr() - SLACK, String.format(Locale.ROOT, "%s: MRR@10 %.3f fell below its floor %.3f", floor.set(), mrr, floor.mrr()));
        assertTrue(unresolved <= floor.unresolved(), floor.set() + ": " + unresolved + " judged targets name no entry (at most "
                + floor.unresolved() + " when the floor was set): " + report.get("unknownIds"));
    }
}
