package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Source;
import io.litindex.testing.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-field accuracy of title, authors, venue and year on the hand-checked field truth of each list in
 * ../shared/corpora (core/src/test/resources/io/litindex/ingest/truth/, 34 entries per list drawn with a fixed
 * seed before litindex's output was looked at; each file's header says how and what "correct" means).
 *
 * <p>Prints the accuracy table and the coverage table; with {@code -Dlitindex.lists.doc=PATH} it also writes
 * both into that page between its {@code <!-- fields:begin -->} and {@code <!-- fields:end -->} markers:
 * {@code mvn -B -q test -pl core -Dtest=FieldTruthTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlitindex.lists.doc=$PWD/docs/lists.md}.
 */
class FieldTruthTest {
    static final List<String> LISTS = List.of("thunlp-PLMpapers.md", "graph-classification-deep-learning.md",
            "diffusion-medical-imaging.md", "single-cell-deep-learning.md", "awesome-multimodal-llms.md");
    static final double REQUIRED = 0.97;
    static final double REQUIRED_FILL = 0.95;
    static final long SEED = 16;

    /** One hand-checked row. */
    record Truth(int line, String title, List<String> authors, String venue, Integer year) {}

    /** The scores of one list. */
    record Score(String list, int n, int title, int authors, int venue, int year, int venueCarried, int venueFilled,
            int yearCarried, int yearFilled, int entries, int withAuthors, int withVenue, int withYear,
            List<String> misses) {
        double rate(int k) {
            return n == 0 ? 0 : (double) k / n;
        }
    }

    static List<Truth> truth(String list) throws IOException {
        String resource = "truth/" + list.replaceFirst("\\.md$", ".tsv");
        try (InputStream in = FieldTruthTest.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            List<Truth> out = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] f = row.split("\t", -1);
                List<String> authors = f[2].isBlank() ? List.of() : List.of(f[2].split("\\s*;\\s*"));
                out.add(new Truth(Integer.parseInt(f[0]), f[1], authors, f[3].isBlank() ? null : f[3],
                        f[4].isBlank() ? null : Integer.valueOf(f[4])));
            }
            return out;
        }
    }

    static String norm(String s) {
        return s == null ? null : s.replaceAll("(?U)\\s+", " ").strip();
    }

    static Score score(String list) throws IOException {
        Path file = SharedFiles.require("corpora/" + list);
        List<Truth> truth = truth(list);
        ImportResult result = Sources.read(file);
        Map<Integer, Entry> byLine = new LinkedHashMap<>();
        for (Entry e : result.entries()) {
            for (Source s : e.sources()) {
                if (s.list().equals(list)) {
                    byLine.putIfAbsent(s.line(), e);
                }
            }
        }
        int title = 0;
        int authors = 0;
        int venue = 0;
        int year = 0;
        int venueCarried = 0;
        int venueFilled = 0;
        int yearCarried = 0;
        int yearFilled = 0;
        List<String> misses = new ArrayList<>();
        for (Truth t : truth) {
            Entry e = byLine.get(t.line());
            if (t.title().equals("-")) {
                // a line that is no entry (commented out, say): right when litindex reads none there
                int right = e == null ? 1 : 0;
                title += right;
                authors += right;
                venue += right;
                year += right;
                if (e != null) {
                    misses.add(list + ":" + t.line() + " is no entry but was read as '" + e.title() + "'");
                }
                continue;
            }
            if (e == null) {
                misses.add(list + ":" + t.line() + " no entry");
                venueCarried += t.venue() == null ? 0 : 1;
                yearCarried += t.year() == null ? 0 : 1;
                continue;
            }
            if (Objects.equals(norm(t.title()), norm(e.title()))) {
                title++;
            } else {
                misses.add(list + ":" + t.line() + " title '" + e.title() + "' != '" + t.title() + "'");
            }
            List<String> got = e.authors().stream().map(FieldTruthTest::norm).toList();
            if (got.equals(t.authors())) {
                authors++;
            } else {
                misses.add(list + ":" + t.line() + " authors " + got + " != " + t.authors());
            }
            if (Objects.equals(t.venue(), norm(e.venue()))) {
                venue++;
            } else {
                misses.add(list + ":" + t.line() + " venue '" + e.venue() + "' != '" + t.venue() + "'");
            }
            if (Objects.equals(t.year(), e.year())) {
                year++;
            } else {
                misses.add(list + ":" + t.line() + " year " + e.year() + " != " + t.year());
            }
            if (t.venue() != null) {
                venueCarried++;
                venueFilled += e.venue() == null ? 0 : 1;
            }
            if (t.year() != null) {
                yearCarried++;
                yearFilled += e.year() == null ? 0 : 1;
            }
        }
        List<Entry> all = result.entries();
        return new Score(list, truth.size(), title, authors, venue, year, venueCarried, venueFilled, yearCarried,
                yearFilled, all.size(), (int) all.stream().filter(e -> !e.authors().isEmpty()).count(),
                (int) all.stream().filter(e -> e.venue() != null).count(),
                (int) all.stream().filter(e -> e.year() != null).count(), misses);
    }

    /** The two tables, as Markdown. */
    static String tables(List<Score> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append("| list | truth entries | title | authors | venue | year | venue filled | year filled |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %d/%d | %d/%d |%n", s.list(),
                    s.n(), s.rate(s.title()), s.rate(s.authors()), s.rate(s.venue()), s.rate(s.year()),
                    s.venueFilled(), s.venueCarried(), s.yearFilled(), s.yearCarried()));
        }
        sb.append("\n| list | entries | with authors | with venue | with year |\n|---|---|---|---|---|\n");
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", s.list(), s.entries(),
                    s.withAuthors(), s.withVenue(), s.withYear()));
        }
        return sb.toString();
    }

    @Test
    void theTruthRowsAreTheSeededDraw() throws IOException {
        for (String list : LISTS) {
            Path file = SharedFiles.require("corpora/" + list);
            List<Integer> drawn = FieldTruthSample.draw(Files.readAllLines(file, StandardCharsets.UTF_8), SEED, 34);
            assertEquals(drawn, truth(list).stream().map(Truth::line).toList(), list);
        }
    }

    @Test
    void everyFieldIsRightForAtLeast97PercentOfEachListsTruth() throws IOException {
        List<Score> scores = new ArrayList<>();
        for (String list : LISTS) {
            scores.add(score(list));
        }
        String tables = tables(scores);
        System.out.println(tables);
        scores.forEach(s -> s.misses().forEach(m -> System.out.println("  miss " + m)));
        String doc = System.getProperty("litindex.lists.doc");
        if (doc != null && !doc.isBlank()) {
            writeInto(Path.of(doc), tables);
        }
        for (Score s : scores) {
            String why = s.list() + ": " + s.misses();
            assertTrue(s.rate(s.title()) >= REQUIRED, "title " + why);
            assertTrue(s.rate(s.authors()) >= REQUIRED, "authors " + why);
            assertTrue(s.rate(s.venue()) >= REQUIRED, "venue " + why);
            assertTrue(s.rate(s.year()) >= REQUIRED, "year " + why);
            assertTrue(s.venueFilled() >= REQUIRED_FILL * s.venueCarried(), "venue fill " + why);
            assertTrue(s.yearFilled() >= REQUIRED_FILL * s.yearCarried(), "year fill " + why);
        }
    }

    private static void writeInto(Path doc, String tables) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String begin = "<!-- fields:begin -->";
        String end = "<!-- fields:end -->";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalStateException(doc + " has no " + begin + " ... " + end + " markers");
        }
        Files.writeString(doc, text.substring(0, b + begin.length()) + "\n" + tables + text.substring(e),
                StandardCharsets.UTF_8);
    }
}
