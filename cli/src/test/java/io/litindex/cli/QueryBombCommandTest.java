package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Query bombs through the command line: each is answered (exit 0 with a result) or refused with exit code 2 and one
 * line on stderr, never a stack trace.
 */
class QueryBombCommandTest {
    private static String words(int n, String separator, IntFunction<String> word) {
        StringJoiner joiner = new StringJoiner(separator);
        for (int i = 0; i < n; i++) {
            joiner.add(word.apply(i));
        }
        return joiner.toString();
    }

    private static String megabyte() {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) {
            sb.append("abcdefghij".substring(random.nextInt(5))).append(random.nextInt(1000)).append(' ');
        }
        return sb.substring(0, 1 << 20);
    }

    private static void refused(Cli cli, String start) {
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().size(), "one line: " + cli.err());
        assertTrue(cli.errLines().get(0).startsWith("litindex: " + start), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), "no stack trace: " + cli.err());
        assertEquals("", cli.out());
    }

    /**
     * Runs a search that must be answered in full: with a minute's time limit, so that a loaded machine (the default
     * limit is 2 s) cannot turn the answer into a partial one; what a bomb costs is the bench's measure, not this test's.
     */
    private static Cli answered(String... args) {
        List<String> withTime = new ArrayList<>(List.of(args));
        withTime.addAll(List.of("--time-limit", "1m"));
        Cli cli = Cli.run(withTime.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
        assertFalse(cli.err().contains("time limit"), cli.err());
        return cli;
    }

    private static JsonNode json(Cli cli) {
        try {
            return JsonEntries.mapper().readTree(cli.out());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    @Test
    void tenThousandTermsAreRefusedWithOneLine() {
        refused(Cli.run("search", words(10_000, " ", i -> "word" + i)), "query too long: 88,889 characters");
        List<String> args = new ArrayList<>(List.of("search"));
        for (int i = 0; i < 10_000; i++) {
            args.add("w" + i);
        }
        refused(Cli.run(args.toArray(String[]::new)), "query too long: 58,889 characters");
        refused(Cli.run("search", words(300, " ", i -> "grounding").substring(0, 1_999)), "query too long: more than 64 words");
        refused(Cli.run("search", words(60, " ", i -> "remote sensing vision language model").substring(0, 1_999)), "query too long: more than 64 words");
        refused(Cli.run("search", "rs-".repeat(600)), "query too long: more than 64 words");
    }

    @Test
    void aOneMegabyteQueryIsRefusedWithOneLineByEveryCommandThatSearches() {
        String bomb = megabyte();
        refused(Cli.run("search", bomb), "query too long: 1,048,576 characters; litindex searches queries of up to 2,000");
        refused(Cli.run("search", bomb, "--format", "json"), "query too long: 1,048,576 characters");
        refused(Cli.run("facets", bomb), "query too long: 1,048,576 characters");
        refused(Cli.run("export", bomb, "--format", "csv"), "query too long: 1,048,576 characters");
    }

    @Test
    void deeplyNestedParenthesesAreIgnoredOrTooLong() {
        JsonNode nested = json(answered("search", "(".repeat(990) + "grounding" + ")".repeat(990), "--format", "json"));
        JsonNode plain = json(answered("search", "grounding", "--format", "json"));
        assertEquals(plain.get("total"), nested.get("total"));
        assertEquals(plain.get("hits"), nested.get("hits"));
        refused(Cli.run("search", "(".repeat(100_000) + "grounding" + ")".repeat(100_000)), "query too long: 200,009 characters");
    }

    @Test
    void manyWildcardsAreAnsweredUpToTheWordLimit() throws Exception {
        JsonNode sky = json(answered("search", words(64, " ", i -> "sky*"), "--format", "json"));
        assertEquals(ids(json(answered("search", "sky*", "--format", "json"))), ids(sky), "the same entries in the same order");
        assertEquals("SkyScript: A Large and Semantically Diverse Vision-Language Dataset for Remote Sensing",
                sky.get("hits").get(0).get("title").asText());
        refused(Cli.run("search", words(300, " ", i -> "a" + i + "*")), "query too long: more than 64 words");
        refused(Cli.run("search", "*sky"), "leading wildcards are not supported");
    }

    @Test
    void longFuzzyWordsAreAnswered() throws Exception {
        JsonNode misspelled = json(answered("search", "grouding sensng visoin langage mdoel", "--format", "json"));
        assertTrue(misspelled.get("fuzzy").asBoolean());
        assertTrue(misspelled.get("total").asInt() > 0);
        assertTrue(answered("search", "grounding~2").out().contains("GeoChat"));
        JsonNode longWords = json(answered("search", words(8, " ", i -> "qwertyuiopasdfghjkl" + (char) ('a' + i)),
                "--format", "json"));
        assertEquals(0, longWords.get("total").asInt());
    }
}
