package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code search --explain} and {@code explain QUERY ID} over the bundled catalog. */
class ExplainCommandTest {
    @Test
    void searchExplainPrintsEachHitsPartsLargestFirstUnderIt() {
        Cli cli = Cli.run("search", "grounding", "--explain", "--limit", "2");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertTrue(lines.get(1).startsWith("1   GeoChat: Grounded"), cli.out());
        assertTrue(lines.get(2).strip().startsWith("score ") && lines.get(2).contains("matches 1 of 1 query word"), cli.out());
        // the largest part first: the title, for the word as typed
        assertTrue(lines.get(3).strip().matches("[0-9.]+ +title words +grounding"), lines.get(3));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2   ")), cli.out());
    }

    @Test
    void searchExplainJsonCarriesTheSameParts() throws Exception {
        Cli cli = Cli.run("search", "grounding", "--explain", "--limit", "1", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode hit = JsonEntries.mapper().readTree(cli.out()).get("hits").get(0);
        JsonNode why = hit.get("explanation");
        assertEquals("2311.15826", why.get("id").asText());
        assertEquals("title words", why.get("parts").get(0).get("part").asText());
        double sum = 0;
        for (JsonNode part : why.get("parts")) {
            sum += part.get("score").asDouble();
        }
        assertEquals(hit.get("score").asDouble(), sum, 1e-3);
        Cli plain = Cli.run("search", "grounding", "--limit", "1", "--format", "json");
        assertFalse(plain.out().contains("\"explanation\""), "no explanation unless asked");
    }

    @Test
    void explainShowsAnEntryOutsideTheHitsWithItsRankAndTheFirstHit() throws Exception {
        Cli cli = Cli.run("explain", "remote sensing clip", "2401.09712");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertTrue(lines.get(0).startsWith("SkyEyeGPT: Unifying") && lines.get(0).endsWith("[2401.09712]"), lines.get(0));
        assertTrue(lines.get(1).matches("rank \\d+ for 'remote sensing clip'"), lines.get(1));
        assertTrue(Integer.parseInt(lines.get(1).split(" ")[1]) > 10, lines.get(1));
        assertTrue(lines.get(2).contains("matches 2 of 3 query words (not: clip)"), lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("first: ")), cli.out());

        Cli json = Cli.run("explain", "remote", "sensing", "clip", "2401.09712", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode why = JsonEntries.mapper().readTree(json.out());
        assertEquals(List.of("clip"), List.of(why.get("notMatched").get(0).asText()));
        assertEquals(Integer.parseInt(lines.get(1).split(" ")[1]), why.get("rank").asInt());
    }

    @Test
    void anUnknownIdIsExitCodeOneAndAMissingIdIsUsage() {
        Cli unknown = Cli.run("explain", "grounding", "no-such-entry");
        assertEquals(ExitCodes.FAILURE, unknown.exitCode());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.err().startsWith("litindex: no entry with id 'no-such-entry'"), unknown.err());
        assertEquals("", unknown.out());
        Cli alone = Cli.run("explain", "2401.09712");
        assertEquals(ExitCodes.USAGE, alone.exitCode());
        assertEquals("", alone.out());
    }
}
