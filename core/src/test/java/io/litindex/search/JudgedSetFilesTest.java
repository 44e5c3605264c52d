package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The judged sets in src/test/resources/io/litindex/eval keep their shape without ../shared: they parse, hold 25
 * queries or more, say what each query is after, name entries by URL, and each has a floor.
 */
class JudgedSetFilesTest {
    static final Path SETS = Path.of("src", "test", "resources", "io", "litindex", "eval");

    static Stream<Path> sets() throws IOException {
        try (Stream<Path> files = Files.list(SETS)) {
            return files.filter(p -> p.toString().endsWith(".tsv") && !p.getFileName().toString().equals("floors.tsv"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void aSetParsesSaysWhatEachQueryIsAfterAndNamesEntriesByUrl(Path set) throws IOException {
        String name = set.getFileName().toString().replace(".tsv", "");
        List<String> lines = Files.readAllLines(set, StandardCharsets.UTF_8);
        Judgments judgments = Judgments.parse(set.toString(), String.join("\n", lines));
        assertTrue(judgments.size() >= 25, name + ": at least 25 queries, has " + judgments.size());
        String header = String.join("\n", lines.stream().takeWhile(l -> l.startsWith("#")).toList());
        assertTrue(header.contains("../shared/corpora/" + name + ".md"), name + ": the header names the list");
        assertTrue(header.contains("BEFORE any query was"), name + ": the header says grading preceded any run");
        Set<String> commented = new LinkedHashSet<>();
        String previous = "";
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String query = line.split("\t")[0];
                if (previous.startsWith("#")) {
                    commented.add(query);
                }
            }
            previous = line;
        }
        assertEquals(judgments.grades().keySet(), commented, name + ": a '#' line saying what the researcher wants before each query");
        List<String> notUrls = new ArrayList<>();
        judgments.grades().forEach((q, g) -> g.keySet().stream().filter(t -> !t.startsWith("http://") && !t.startsWith("https://"))
                .forEach(t -> notUrls.add(q + " -> " + t)));
        assertEquals(List.of(), notUrls, name + ": every target is the entry's link, not an id that changes with title reading");
        judgments.grades().forEach((q, g) -> assertTrue(g.containsValue(2), name + ": '" + q + "' has an entry it is after (grade 2)"));
    }

    @Test
    void everySetHasAFloorAndEveryFloorASet() throws IOException {
        Set<String> floors = new LinkedHashSet<>();
        for (String line : Files.readAllLines(SETS.resolve("floors.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                assertEquals(4, cells.length, "set<TAB>nDCG@10<TAB>MRR@10<TAB>unresolved: " + line);
                floors.add(cells[0]);
            }
        }
        Set<String> sets = new LinkedHashSet<>();
        sets().forEach(p -> sets.add(p.getFileName().toString().replace(".tsv", "")));
        assertEquals(sets, floors);
        assertTrue(sets.size() >= 3, "sets over three lists or more: " + sets);
    }
}
