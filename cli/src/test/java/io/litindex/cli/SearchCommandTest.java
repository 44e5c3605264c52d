package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.index.Indexer;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchCommandTest {
    private static JsonNode json(Cli cli) throws Exception {
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        return JsonEntries.mapper().readTree(cli.out());
    }

    @Test
    void groundingAsJsonRanksGeoChatFirstInTheDocumentedShape() throws Exception {
        JsonNode result = json(Cli.run("search", "grounding", "--format", "json"));
        assertEquals("grounding", result.get("query").asText());
        JsonNode first = result.get("hits").get(0);
        assertEquals("2311.15826", first.get("id").asText());
        assertEquals("GeoChat: Grounded Large Vision-Language Model for Remote Sensing", first.get("title").asText());
        assertEquals("paper", first.get("kind").asText());
        assertEquals("arXiv", first.get("venue").asText());
        assertEquals(2023, first.get("year").asInt());
        assertEquals("2023-11-24", first.get("date").asText());
        assertEquals("K. Kuckreja", first.get("authors").get(0).asText());
        assertEquals(Entry.builder("x", "x").link("code", "https://github.com/mbzuai-oryx/geochat").build().links(),
                JsonEntries.mapper().convertValue(first, Entry.class).links().stream().filter(l -> l.kind().equals("code")).toList());
        assertEquals("accepted by CVPR-24", first.get("note").asText());
        assertTrue(first.get("score").isNumber());
        assertEquals("GeoChat: **Grounded** Large Vision-Language Model for Remote Sensing", first.get("highlights").get("title").asText());
        assertTrue(first.get("sections").isArray());
        assertEquals(result.get("hits").size(), Math.min(10, result.get("total").asInt()));
        assertTrue(result.get("facets").get("venue").isArray());
        assertTrue(result.get("facets").get("year").isArray());
    }

    @Test
    void yearFilterAsJsonStillCountsOtherYears() throws Exception {
        JsonNode result = json(Cli.run("search", "remote sensing", "--year", "2023", "--format", "json", "--limit", "100"));
        assertTrue(result.get("total").asInt() > 0);
        for (JsonNode hit : result.get("hits")) {
            assertEquals(2023, hit.get("year").asInt(), hit.get("id").asText());
        }
        JsonNode all = json(Cli.run("search", "remote sensing", "--format", "json", "--limit", "0"));
        long expected2024 = count(all.get("facets").get("year"), "2024");
        assertTrue(expected2024 > 0);
        assertEquals(expected2024, count(result.get("facets").get("year"), "2024"));
    }

    private static long count(JsonNode values, String value) {
        for (JsonNode v : values) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return -1;
    }

    @Test
    void agentsTableListsTheAgentsSectionFirstAndVenueCountsAddUp() {
        Cli cli = Cli.run("search", "agents", "--facet", "venue");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertTrue(lines.get(0).startsWith("#"), lines.get(0));
        Set<String> agentTitles = Set.of("Evaluating Tool-Augmented Agents in Remote Sensing Platforms",
                "Change-Agent: Towards Interactive Comprehensive Remote Sensing Change Interpretation and Analysis",
                "Remote Sensing ChatGPT: Solving Remote Sensing Tasks with ChatGPT and Visual Models",
                "Tree-GPT: Modular Large Language Model Expert System for Forest Remote Sensing Image Understanding and Interactive Analysis",
                "GeoLLM-Engine: A Realistic Environment for Building Geospatial Copilots");
        for (int rank = 1; rank <= 5; rank++) {
            String row = lines.get(rank);
            String title = row.split("\\s{2,}")[1];
            String prefix = title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
            assertTrue(agentTitles.stream().anyMatch(t -> t.startsWith(prefix)), "row " + rank + ": " + row);
            assertTrue(row.length() <= 100, "fits 100 columns: " + row);
        }
        Matcher total = Pattern.compile("of (\\d+) entr").matcher(cli.out());
        assertTrue(total.find(), cli.out());
        String venueLine = lines.stream().filter(l -> l.startsWith("venue")).findFirst().orElseThrow();
        Matcher counts = Pattern.compile("\\((\\d+)\\)").matcher(venueLine);
        int sum = 0;
        while (counts.find()) {
            sum += Integer.parseInt(counts.group(1));
        }
        assertEquals(Integer.parseInt(total.group(1)), sum, venueLine);
    }

    @Test
    void noQueryBrowsesWithFiltersAndSorting() throws Exception {
        JsonNode result = json(Cli.run("search", "--year", "2024", "--sort", "newest", "--format", "json", "--limit", "3"));
        assertEquals("2405.04285", result.get("hits").get(0).get("id").asText());
        List<String> dates = new ArrayList<>();
        result.get("hits").forEach(h -> dates.add(h.get("date").asText()));
        assertEquals(List.of("2024-05-07", "2024-04-23", "2024-04-23"), dates);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "search grounding --bogus | Unknown option: '--bogus'",
        "search --sort popular | unknown sort 'popular'",
        "search --year 20x4 | invalid year '20x4'",
        "search --year 2025..2023 | 2025 is after 2023",
        "search --limit -1 | invalid limit -1",
        "search --facet colour | unknown facet 'colour'",
        "search --kind poster | unknown kind 'poster'"})
    void badInputIsOneLineAndExitCodeTwo(String args, String problem) {
        Cli cli = Cli.run(args.split(" "));
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertTrue(cli.err().contains(problem), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace");
        assertEquals("", cli.out());
    }

    @Test
    void missingIndexIsExitCodeThree(@TempDir Path dir) {
        Cli cli = Cli.run("search", "x", "--index", dir.resolve("none").toString());
        assertEquals(ExitCodes.INDEX, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertTrue(cli.err().startsWith("litindex: no index at "), cli.err());
    }

    @Test
    void searchesAnIndexOnDisk(@TempDir Path dir) throws Exception {
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.put(Entry.builder("e1", "Orbital Grounding of Satellites").venue("CVPR").year(2025).build());
            indexer.commit();
        }
        JsonNode result = json(Cli.run("search", "grounding", "--index", dir.toString(), "--format", "json"));
        assertEquals(1, result.get("total").asInt());
        assertEquals("e1", result.get("hits").get(0).get("id").asText());
    }

    @Test
    void debugAddsTheStackTrace(@TempDir Path dir) {
        Cli cli = Cli.run("search", "x", "--index", dir.resolve("none").toString(), "--debug");
        assertEquals(ExitCodes.INDEX, cli.exitCode());
        assertTrue(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void facetsCommandCountsEveryDimension() throws Exception {
        JsonNode result = json(Cli.run("facets", "--format", "json"));
        assertEquals(37, result.get("total").asInt());
        assertEquals(27, count(result.get("facets").get("kind"), "paper"));
        assertEquals(10, count(result.get("facets").get("kind"), "dataset"));
        assertEquals(List.of("venue", "year", "section", "kind", "author", "has_code"),
                iterable(result.get("facets").fieldNames()));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
