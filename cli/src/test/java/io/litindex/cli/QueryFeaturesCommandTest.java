package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The query syntax and did-you-mean through the search command. */
class QueryFeaturesCommandTest {
    @Test
    void aMisspelledQuerySaysDidYouMeanAndShowsApproximateMatches() {
        Cli cli = Cli.run("search", "grouding");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertEquals("Nothing matches exactly; showing approximate matches. Did you mean: grounded?", lines.get(0));
        assertTrue(lines.get(1).startsWith("#"), lines.get(1));
        assertTrue(lines.get(2).startsWith("1   GeoChat: Grounded"), lines.get(2));
    }

    @Test
    void nothingFoundEvenApproximatelyIsOneLine() {
        Cli cli = Cli.run("search", "qqqqzzzz");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(List.of("No entries match 'qqqqzzzz'."), cli.outLines());
    }

    @Test
    void anEmptyResultUnderFiltersSaysTheFiltersEmptiedItAndShowsWhatEachWouldLetThrough() {
        Cli cli = Cli.run("search", "grounding", "--has-code", "--year", "2024");
        assertEquals(ExitCodes.OK, cli.exitCode());
        assertEquals(List.of("No entries match 'grounding' with these filters; each count below leaves its own dimension's filter out.",
                "year      2023 (1)"), cli.outLines());
    }

    @Test
    void jsonCarriesSuggestionAndFuzzy() throws Exception {
        JsonNode json = JsonEntries.mapper().readTree(Cli.run("search", "grouding", "--format", "json").out());
        assertEquals("grounded", json.get("suggestion").asText());
        assertTrue(json.get("fuzzy").asBoolean());
        JsonNode exact = JsonEntries.mapper().readTree(Cli.run("search", "grounding", "--format", "json").out());
        assertFalse(exact.has("suggestion"));
        assertFalse(exact.has("fuzzy"));
    }

    @Test
    void syntaxWorksFromTheCommandLine() throws Exception {
        JsonNode json = JsonEntries.mapper().readTree(
                Cli.run("search", "author:zhan -kind:dataset year:2024", "--format", "json").out());
        assertEquals(1, json.get("total").asInt());
        assertEquals("2401.09712", json.get("hits").get(0).get("id").asText());
        // a query that starts with a minus comes after --, as any argument that looks like an option
        JsonNode excluded = JsonEntries.mapper().readTree(Cli.run("search", "--format", "json", "--", "-agents").out());
        assertEquals(32, excluded.get("total").asInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "*sky | litindex: leading wildcards are not supported: '*sky' (a prefix like 'sky*' is)",
        "/ab+c/ | litindex: regular expressions are not supported: '/ab+c/'",
        "year:20x4 | litindex: invalid year '20x4' (expected a year like 2024 or a range like 2023..2024)"})
    void malformedQueriesAreOneLineAndExitCodeTwo(String query, String message) {
        Cli cli = Cli.run("search", query);
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals(List.of(message), cli.errLines());
        assertEquals("", cli.out());
    }

    @Test
    void aHugeQueryIsOneLineAndExitCodeTwo() {
        String huge = IntStream.range(0, 400).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        Cli cli = Cli.run("search", huge);
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals(1, cli.errLines().size());
        assertTrue(cli.err().startsWith("litindex: query too long"), cli.err());
    }
}
