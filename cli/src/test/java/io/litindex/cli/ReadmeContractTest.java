package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON that search, show, stats and export print is the JSON the command-line guide (docs/cli.md, where the
 * README's reference moved) documents, field by field.
 */
class ReadmeContractTest {
    private static String readme;

    @BeforeAll
    static void read() throws Exception {
        Path path = Files.exists(Path.of("docs", "cli.md")) ? Path.of("docs", "cli.md") : Path.of("..", "docs", "cli.md");
        readme = Files.readString(path);
    }

    /** The text of the guide's section that starts with this heading. */
    private static String section(String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "docs/cli.md has a section " + heading);
        int end = readme.indexOf("\n#", start + heading.length() + 2);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The field names in the first column of the section's table: | `name` | or | `a`, `b` |. */
    private static Set<String> documented(String heading) {
        Set<String> names = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| ([^|]+) \\|").matcher(section(heading));
        while (row.find()) {
            Matcher name = Pattern.compile("`(\\w+)(?:\\[\\])?`").matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static JsonNode example(String heading) throws Exception {
        Matcher block = Pattern.compile("(?s)```json\\n(.*?)```").matcher(section(heading));
        assertTrue(block.find(), heading + " has a JSON example");
        return JsonEntries.mapper().readTree(block.group(1));
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }

    private static JsonNode json(String... args) throws Exception {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        return JsonEntries.mapper().readTree(cli.out());
    }

    @Test
    void everyFieldSearchPrintsIsDocumentedAndTheExampleIsReal() throws Exception {
        Set<String> fields = documented("## JSON output");
        JsonNode all = json("search", "--format", "json", "--limit", "100", "--facet", "venue", "--facet", "kind");
        Set<String> seen = new LinkedHashSet<>(keys(all));
        for (JsonNode hit : all.get("hits")) {
            seen.addAll(keys(hit));
        }
        JsonNode grounding = json("search", "grounding", "--format", "json");
        grounding.get("hits").forEach(h -> seen.addAll(keys(h)));
        assertTrue(fields.containsAll(seen), "undocumented: " + difference(seen, fields));
        assertTrue(seen.containsAll(List.of("score", "id", "kind", "title", "authors", "etAl", "venue", "year", "date", "sections",
                "links", "note", "sourcePaper", "size", "sizeAsWritten", "sources", "highlights", "highlightsHtml")), seen.toString());

        JsonNode example = example("## JSON output");
        assertEquals(keys(grounding), keys(example));
        JsonNode exampleHit = example.get("hits").get(0);
        JsonNode realHit = grounding.get("hits").get(0);
        assertEquals(keys(realHit), keys(exampleHit), "the example hit has the real hit's fields");
        for (String field : List.of("id", "kind", "title", "authors", "venue", "year", "date", "sections", "links", "note", "highlights")) {
            assertEquals(realHit.get(field), exampleHit.get(field), field);
        }
    }

    @Test
    void showAndExportPrintEntriesWithTheDocumentedFields() throws Exception {
        Set<String> fields = documented("## JSON output");
        assertTrue(fields.containsAll(keys(json("show", "skyeye-968k", "--format", "json"))));
        for (JsonNode entry : json("export", "--format", "json")) {
            assertTrue(fields.containsAll(keys(entry)), "undocumented: " + difference(keys(entry), fields));
        }
    }

    @Test
    void statsPrintsExactlyTheDocumentedFields() throws Exception {
        JsonNode stats = json("stats", "--format", "json");
        assertEquals(documented("## stats"), keys(stats));
        JsonNode example = example("## stats");
        assertEquals(keys(stats), keys(example));
        for (String field : List.of("location", "entries", "withCode", "kinds", "years")) {
            assertEquals(stats.get(field), example.get(field), field);
        }
        assertEquals(keys(stats.get("builtBy")), keys(example.get("builtBy")));
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }
}
