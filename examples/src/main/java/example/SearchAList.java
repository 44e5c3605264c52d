package example;

import io.litindex.LitindexException;
import io.litindex.index.Indexer;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.Sources;
import io.litindex.model.Dimension;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A program using litindex-core as a dependency: it reads an awesome list, indexes it on disk, searches it with a
 * facet, prints what it found, and checks what it printed (exit code 1 when a check fails, 2 when the list is missing).
 *
 * <p>The list is the system property {@code example.list}, else the environment variable {@code LITINDEX_EXAMPLE_LIST};
 * the POM points it at {@code ../../shared/corpora/awesome-multimodal-llms.md} beside the repository.
 */
public final class SearchAList {
    private SearchAList() {}

    public static void main(String[] args) throws IOException {
        Path list = list();
        List<String> printed = new ArrayList<>();
        Path dir = Files.createTempDirectory("litindex-example");
        try {
            ImportResult read = Sources.read(list);
            say(printed, "read " + read.entries().size() + " entries from " + list.getFileName() + " (" + read.skipped() + " rows skipped)");

            try (Indexer indexer = Indexer.open(dir.resolve("index"))) {
                indexer.putAll(read.entries());
                indexer.commit();
            }
            try (Searcher searcher = Searcher.open(dir.resolve("index"))) {
                SearchResult result = searcher.search(SearchRequest.builder()
                        .query("video benchmark")
                        .facet(Dimension.VENUE, Dimension.YEAR)
                        .facetLimit(1000)
                        .limit(3)
                        .build());
                say(printed, result.total() + " entries match 'video benchmark'");
                for (Hit hit : result.hits()) {
                    Integer year = hit.entry().year();
                    say(printed, "  " + hit.entry().title() + " (" + (hit.entry().venue() == null ? "no venue" : hit.entry().venue())
                            + ", " + (year == null ? "no year" : year) + ")");
                }
                for (FacetValue venue : result.facet(Dimension.VENUE).subList(0, Math.min(3, result.facet(Dimension.VENUE).size()))) {
                    say(printed, "  venue " + venue.value() + ": " + venue.count());
                }
                say(printed, "  without a venue: " + result.missing(Dimension.VENUE));

                check(read.entries().size() > 100, "a list of hundreds of papers gives more than 100 entries", printed);
                check(result.total() > 0 && result.hits().size() == Math.min(3, result.total()), "the search finds entries", printed);
                check(result.hits().get(0).entry().title().toLowerCase().contains("video"), "the best hit is about video", printed);
                long venues = result.facet(Dimension.VENUE).stream().mapToLong(FacetValue::count).sum();
                check(venues + result.missing(Dimension.VENUE) == result.total(), "venue counts plus missing add up to the total", printed);
                long years = result.facet(Dimension.YEAR).stream().mapToLong(FacetValue::count).sum();
                check(years + result.missing(Dimension.YEAR) == result.total(), "year counts plus missing add up to the total", printed);
                check(searcher.size() == read.entries().size(), "the index holds every entry read", printed);
            }
        } catch (LitindexException e) {
            System.err.println("example: " + e.getMessage());
            System.exit(1);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.out.println("example: every check passed");
    }

    /** The list to read: -Dexample.list, else $LITINDEX_EXAMPLE_LIST; exits with a clear message when it is missing. */
    private static Path list() {
        String named = System.getProperty("example.list");
        String from = "-Dexample.list";
        if (named == null || named.isBlank()) {
            named = System.getenv("LITINDEX_EXAMPLE_LIST");
            from = "LITINDEX_EXAMPLE_LIST";
        }
        if (named == null || named.isBlank()) {
            System.err.println("example: no list to index; name one with -Dexample.list=PATH or LITINDEX_EXAMPLE_LIST=PATH");
            System.exit(2);
        }
        Path path = Path.of(named).normalize();
        if (!Files.isRegularFile(path)) {
            System.err.println("example: the list " + path + " (from " + from + ") does not exist; name another with "
                    + "-Dexample.list=PATH or LITINDEX_EXAMPLE_LIST=PATH");
            System.exit(2);
        }
        return path;
    }

    private static void say(List<String> printed, String line) {
        System.out.println(line);
        printed.add(line);
    }

    private static void check(boolean holds, String what, List<String> printed) {
        if (!holds) {
            System.err.println("example: check failed: " + what + "; it printed:");
            printed.forEach(line -> System.err.println("  | " + line));
            System.exit(1);
        }
    }
}
