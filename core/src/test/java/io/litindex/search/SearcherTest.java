package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.IndexUnavailableException;
import io.litindex.index.Indexer;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.Kind;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.SortOrder;
import io.litindex.model.YearRange;
import io.litindex.testing.FullRequests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {
    private static final String AGENTS = "Awesome Papers > Intelligent Agents for Remote Sensing";
    private static Searcher searcher;

    @BeforeAll
    static void open() {
        searcher = Searcher.bundled();
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static long count(List<FacetValue> values, String value) {
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).findFirst().orElse(-1);
    }

    @Test
    void anAliasIsSearchedAsANameOfTheEntry() throws Exception {
        Entry albert = Entry.builder("1909.11942", "A Lite Model for Self-supervised Learning of Language Representations")
                .alias("ALBERT").build();
        Entry other = Entry.builder("other", "Self-supervised Learning of Language Models").build();
        try (Searcher s = Searcher.inMemory(List.of(other, albert))) {
            SearchResult result = s.search(FullRequests.builder().query("albert").build());
            assertEquals(List.of("1909.11942"), ids(result));
            assertEquals(List.of("ALBERT"), result.hits().get(0).entry().aliases(), "the alias is stored with the entry");
        }
    }

    @Test
    void datasetsFromAPaperAreTheDatasetsThatNameIt() {
        assertEquals(List.of("skyeye-968k"), searcher.datasetsFrom("2401.09712").stream().map(e -> e.id()).toList());
        assertEquals(List.of("rs-multimodal-instruction"), searcher.datasetsFrom("2311.15826").stream().map(e -> e.id()).toList());
        assertEquals(List.of(), searcher.datasetsFrom("no-such-paper"));
        assertEquals(List.of(), searcher.datasetsFrom("skyeye-968k"), "a dataset is built from no dataset");
    }

    @Test
    void groundingRanksGeoChatFirst() {
        SearchResult result = searcher.search(FullRequests.of("grounding"));
        assertEquals("2311.15826", result.hits().get(0).entry().id());
        assertEquals("GeoChat: **Grounded** Large Vision-Language Model for Remote Sensing", result.hits().get(0).highlights().get("title"));
    }

    @Test
    void yearFilterKeepsTheOtherYearsCounted() {
        SearchRequest all = FullRequests.builder().query("remote sensing").facet(Dimension.YEAR).limit(100).build();
        SearchResult unfiltered = searcher.search(all);
        SearchResult filtered = searcher.search(all.toBuilder().year(2023).build());
        assertTrue(filtered.total() > 0);
        assertTrue(filtered.hits().stream().allMatch(h -> h.entry().year() == 2023));
        assertEquals(count(unfiltered.facet(Dimension.YEAR), "2023"), filtered.total());
        long in2024 = count(unfiltered.facet(Dimension.YEAR), "2024");
        assertTrue(in2024 > 0);
        assertEquals(in2024, count(filtered.facet(Dimension.YEAR), "2024"), "drill-sideways keeps 2024's count");
    }

    @Test
    void agentsSectionComesFirstAndVenueCountsAddUp() {
        SearchResult result = searcher.search(FullRequests.builder().query("agents").facet(Dimension.VENUE).limit(20).build());
        long inSection = Catalog.bundledEntries().stream().filter(e -> e.sections().contains(AGENTS)).count();
        assertEquals(5, inSection);
        for (int i = 0; i < inSection; i++) {
            assertTrue(result.hits().get(i).entry().sections().contains(AGENTS), "hit " + i + " is in the agents section");
        }
        assertEquals(result.total(), result.facet(Dimension.VENUE).stream().mapToLong(FacetValue::count).sum());
    }

    @Test
    void blankQueryListsEveryEntryAndSortsByDate() {
        SearchResult newest = searcher.search(FullRequests.builder().sort(SortOrder.NEWEST).limit(100).build());
        assertEquals(37, newest.total());
        assertEquals("2405.04285", newest.hits().get(0).entry().id(), "2024-05-07 is the newest date");
        List<String> dates = newest.hits().stream().map(h -> h.entry().date()).collect(Collectors.toList());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, dates);
        // equal dates are ordered by id
        assertEquals(List.of("2404.15500", "2405.00709", "rs-instructions", "rs-llava-a-large-vision-language-model-for-joint-captioning"),
                newest.hits().stream().filter(h -> "2024-04-23".equals(h.entry().date())).map(h -> h.entry().id()).collect(Collectors.toList()));
        SearchResult oldest = searcher.search(FullRequests.builder().sort(SortOrder.OLDEST).limit(1).build());
        assertEquals("the-potential-of-visual-chatgpt-for-remote-sensing", oldest.hits().get(0).entry().id());
    }

    @Test
    void filtersCombine() {
        SearchResult tgrs = searcher.search(FullRequests.builder().venue("TGRS").facet(Dimension.VENUE).build());
        assertEquals(List.of("2306.11029", "2308.12509"), ids(tgrs));
        assertEquals(2, count(tgrs.facet(Dimension.VENUE), "T-GRS"));
        assertTrue(count(tgrs.facet(Dimension.VENUE), "arXiv") > 20, "other venues keep their counts");

        SearchResult twoVenues = searcher.search(FullRequests.builder().venue("T-GRS").venue("ICLR").build());
        assertEquals(3, twoVenues.total());

        SearchResult zhan = searcher.search(FullRequests.builder().author("Zhan").limit(20).build());
        assertEquals(List.of("2308.12509", "2401.09712", "skyeye-968k"), ids(zhan), "Zhan, not Zhang");

        SearchResult datasetsWithCode = searcher.search(FullRequests.builder().kind(Kind.DATASET).hasCode(true).build());
        assertEquals(0, datasetsWithCode.total());
        SearchResult papersWithCode = searcher.search(FullRequests.builder().kind(Kind.PAPER).hasCode(true).years(YearRange.parse("2024")).build());
        assertEquals(Catalog.bundledEntries().stream().filter(e -> e.kind() == Kind.PAPER && e.hasCode() && e.year() == 2024).count(),
                papersWithCode.total());

        SearchResult inTheQuery = searcher.search(FullRequests.builder().query("kind:paper has:code year:2024").build());
        assertEquals(papersWithCode.total(), inTheQuery.total(), "has:code in the query filters like the option");
        assertTrue(papersWithCode.total() > 0);
        List<String> grounding = ids(searcher.search(FullRequests.builder().query("grounding has:code").limit(50).build()));
        assertTrue(grounding.contains("2311.15826"), "GeoChat links its code");
        List<String> without = ids(searcher.search(FullRequests.builder().query("-has:code").limit(50).build()));
        assertEquals(Catalog.bundledEntries().stream().filter(e -> !e.hasCode()).count(), without.size());
        assertFalse(without.contains("2311.15826"));

        SearchResult section = searcher.search(FullRequests.builder().section("intelligent agents for remote sensing").build());
        assertEquals(5, section.total());
        assertEquals(3, searcher.search(FullRequests.builder().section("Awesome Datasets>Datasets of Pre-Training for Alignment").build()).total());
    }

    @Test
    void pagesAreSlicesOfTheSameRanking() {
        SearchRequest request = FullRequests.builder().query("remote sensing model").limit(10).build();
        List<String> first = ids(searcher.search(request));
        List<String> second = ids(searcher.search(request.toBuilder().offset(5).limit(5).build()));
        assertEquals(first.subList(5, 10), second);
        assertEquals(0, searcher.search(request.toBuilder().offset(1000).build()).hits().size());
    }

    @Test
    void highlightsEscapeHtmlAndIndexingAnIdAgainReplacesIt(@TempDir Path dir) throws Exception {
        Entry evil = Entry.builder("x1", "Grounding <script>alert(1)</script> & more").note("a grounding note").build();
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.put(evil);
            indexer.put(evil.toBuilder().title("Grounding <script>alert(2)</script> & more").build());
            indexer.commit();
        }
        try (Searcher disk = Searcher.open(dir)) {
            SearchResult result = disk.search(FullRequests.of("grounding"));
            assertEquals(1, result.total());
            Hit hit = result.hits().get(0);
            assertEquals("<mark>Grounding</mark> &lt;script&gt;alert(2)&lt;/script&gt; &amp; more", hit.highlightsHtml().get("title"));
            assertEquals("**Grounding** <script>alert(2)</script> & more", hit.highlights().get("title"));
            assertEquals("a <mark>grounding</mark> note", hit.highlightsHtml().get("note"));
        }
    }

    @Test
    void missingIndexIsReportedAsUnavailable(@TempDir Path dir) {
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> Searcher.open(dir.resolve("nope")));
        assertTrue(e.getMessage().startsWith("no index at "), e.getMessage());
        assertThrows(IndexUnavailableException.class, () -> Searcher.open(dir));
    }

    @Test
    void searchesFromManyThreadsAgree() throws Exception {
        SearchRequest request = FullRequests.builder().query("vision language").facet(Dimension.values()).build();
        SearchResult expected = searcher.search(request);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SearchResult>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> searcher.search(request)));
            }
            for (Future<SearchResult> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertFalse(expected.hits().isEmpty());
    }
}
