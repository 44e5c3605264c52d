package io.litindex.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.ingest.Sources;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.SortOrder;
import io.litindex.model.YearRange;
import io.litindex.search.Evaluation;
import io.litindex.search.Judgments;
import io.litindex.search.Searcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Parity of the OpenSearch searcher with the embedded one on the same entries: the judged query sets give the same
 * nDCG@10 (within {@value #NDCG_TOLERANCE}), and on the large shared list the top 10, the totals, every facet count,
 * the scores, highlights and word readings of filtered queries are the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchParityTest {
    static final double NDCG_TOLERANCE = 0.02;
    static final Path SETS = Path.of("..", "core", "src", "test", "resources", "io", "litindex", "eval");

    private OpenSearchTarget target;
    private OpenSearchClient admin;
    private final List<String> aliases = new ArrayList<>();

    @BeforeAll
    void cluster() {
        target = TestCluster.target();
        admin = target.client();
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (admin != null) {
            for (String alias : aliases) {
                TestCluster.deleteAlias(admin, alias);
            }
            admin._transport().close();
        }
    }

    /** Indexes {@code entries} into a fresh alias (1 shard, 1 replica, as litindex makes them) and opens a searcher on it. */
    private OpenSearchSearcher indexed(String prefix, List<Entry> entries) {
        return indexed(prefix, entries, OpenSearchSchema.standard());
    }

    private OpenSearchSearcher indexed(String prefix, List<Entry> entries, OpenSearchSchema schema) {
        String alias = TestCluster.uniqueName(prefix);
        aliases.add(alias);
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, alias, schema, OpenSearchIndexer.Options.defaults())) {
            OpenSearchIndexer.Report report = indexer.index(entries, false, n -> {});
            assertEquals(List.of(), report.failed());
        }
        return OpenSearchSearcher.open(target, alias);
    }

    static Path shared(String relative) {
        for (String base : new String[] {"../../shared", "../shared"}) {
            Path p = Path.of(base, relative);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Assumptions.abort("skipped: ../shared/" + relative + " is not present on this machine");
        throw new IllegalStateException("unreachable");
    }

    @Test
    void judgedSetsGiveTheSameNdcg() throws Exception {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        Map<String, Judgments> judged = new LinkedHashMap<>();
        lists.put("bundled", Catalog.bundledEntries());
        judged.put("bundled", Judgments.bundled());
        for (String line : Files.readAllLines(SETS.resolve("floors.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String set = line.split("\t")[0];
            lists.put(set, Sources.read(shared("corpora/" + set + ".md")).entries());
            judged.put(set, Judgments.load(SETS.resolve(set + ".tsv")));
        }
        List<String> differences = new ArrayList<>();
        for (String set : lists.keySet()) {
            List<Entry> entries = lists.get(set);
            Evaluation.Report embedded;
            try (Searcher local = Searcher.inMemory(entries)) {
                embedded = Evaluation.run(local, judged.get(set));
            }
            Evaluation.Report cluster;
            try (OpenSearchSearcher remote = indexed("judged", entries)) {
                cluster = Evaluation.run(remote, entries, judged.get(set));
            }
            int sameTop10 = 0;
            for (int i = 0; i < embedded.queries().size(); i++) {
                Evaluation.QueryScore e = embedded.queries().get(i);
                Evaluation.QueryScore c = cluster.queries().get(i);
                if (e.ranking().equals(c.ranking())) {
                    sameTop10++;
                } else {
                    differences.add(set + " '" + e.query() + "': embedded " + e.ranking() + ", OpenSearch " + c.ranking());
                }
            }
            System.out.printf(Locale.ROOT, "parity %s: %d queries, nDCG@10 embedded %.4f OpenSearch %.4f (diff %.4f), MRR@10 %.4f / %.4f, "
                            + "same top 10 for %d%n", set, embedded.queries().size(), embedded.litindex().ndcg(), cluster.litindex().ndcg(),
                    Math.abs(embedded.litindex().ndcg() - cluster.litindex().ndcg()), embedded.litindex().mrr(), cluster.litindex().mrr(), sameTop10);
            assertTrue(Math.abs(embedded.litindex().ndcg() - cluster.litindex().ndcg()) <= NDCG_TOLERANCE,
                    set + ": nDCG@10 embedded " + embedded.litindex().ndcg() + " vs OpenSearch " + cluster.litindex().ndcg());
        }
        differences.forEach(d -> System.out.println("parity difference: " + d));
    }

    /** The filtered and sorted requests compared on the large list; filter values are read from its own facets. */
    private static List<SearchRequest> requests(SearchResult all) {
        String venue = all.facet(Dimension.VENUE).get(0).value();
        String secondVenue = all.facet(Dimension.VENUE).get(1).value();
        String section = all.facet(Dimension.SECTION).get(0).value();
        String otherSection = all.facet(Dimension.SECTION).get(2).value();
        // a list without authors (this one has none) is filtered by the author of the bundled catalog's first entry: no match
        String author = all.facet(Dimension.AUTHOR).isEmpty() ? "Y. Zhan" : all.facet(Dimension.AUTHOR).get(0).value();
        List<UnaryOperator<SearchRequest.Builder>> filters = List.of(
                b -> b,
                b -> b.venue(venue),
                b -> b.venue(venue).venue(secondVenue),
                b -> b.years(new YearRange(2023, 2024)),
                b -> b.section(section),
                b -> b.author(author),
                b -> b.hasCode(true),
                b -> b.venue(venue).years(new YearRange(2024, 2025)).hasCode(true),
                b -> b.section(otherSection).venue(venue),
                b -> b.sort(SortOrder.NEWEST).years(new YearRange(2022, 2024)),
                b -> b.sort(SortOrder.OLDEST).offset(10));
        List<String> queries = List.of("", "visual grounding", "llava", "instruction tuning", "video understanding", "VLM",
                "segmnet anything", "hallucination benchmark", "\"large language model\"", "agent*", "multimodal -video",
                "title:reasoning", "RLHF", "gpt 4v", "audio OR speech", "grounding has:code", "instruction -has:code");
        List<SearchRequest> out = new ArrayList<>();
        for (String q : queries) {
            for (UnaryOperator<SearchRequest.Builder> f : filters) {
                out.add(f.apply(SearchRequest.builder().query(q).limit(10).facets(List.of(Dimension.values())).facetLimit(1000)).build());
            }
        }
        return out;
    }

    @Test
    void largeListTopTenAndEveryFacetCountMatch() {
        List<Entry> entries = Sources.read(shared("corpora/awesome-multimodal-llms.md")).entries();
        try (Searcher local = Searcher.inMemory(entries); OpenSearchSearcher remote = indexed("large", entries)) {
            List<String> differences = compare(local, remote, "awesome-multimodal-llms");
            assertEquals(List.of(), differences);
        }
    }

    /**
     * On two shards each shard reads the query with its own vocabulary (see docs/opensearch.md, known differences):
     * the differences are printed, and only queries with readings from the vocabulary may have any.
     */
    @Test
    void largeListOnTwoShards() {
        List<Entry> entries = Sources.read(shared("corpora/awesome-multimodal-llms.md")).entries();
        try (Searcher local = Searcher.inMemory(entries);
             OpenSearchSearcher remote = indexed("shards", entries, OpenSearchSchema.standard().withShards(2, 1))) {
            List<String> differences = compare(local, remote, "awesome-multimodal-llms on 2 shards");
            differences.forEach(d -> System.out.println("two shards: " + d));
            // only queries with a reading taken from the vocabulary (a typo, joined or split word, a defined acronym,
            // title initials, a related term kept because some title writes it, a longer name, a word of the family some
            // title writes, a known name's paper the shard holds: a name with two papers in the file, LLaVA and its later
            // version LLaVA-1.5, or GPT and GPT-4's report, is read on each shard as the paper found there; a venue word,
            // read as the venue only where the shard holds a paper of it) may differ:
            // each shard reads them from its own; every other request matches exactly
            java.util.Set<String> vocabulary = java.util.Set.of(Interpretation.TYPO, Interpretation.JOINED, Interpretation.SPLIT,
                    Interpretation.DEFINED, Interpretation.INITIALS, Interpretation.RELATED, Interpretation.LONGER,
                    Interpretation.FAMILY, Interpretation.KNOWN, Interpretation.VENUE, Interpretation.VARIANT);
            java.util.Set<String> readFromVocabulary = new java.util.HashSet<>();
            for (SearchRequest r : requests(local.search(SearchRequest.builder().limit(0).facets(List.of(Dimension.values())).facetLimit(1000).build()))) {
                if (local.search(r).interpreted().stream().anyMatch(i -> vocabulary.contains(i.how()))) {
                    readFromVocabulary.add("'" + r.query() + "' ");
                }
            }
            assertEquals(List.of(), differences.stream().filter(d -> readFromVocabulary.stream().noneMatch(d::startsWith)).toList(),
                    "requests without readings from the vocabulary answer on two shards as on one index");
        }
    }

    /** Runs every request of {@link #requests} on both and lists what differs. */
    private List<String> compare(Searcher local, OpenSearchSearcher remote, String label) {
        SearchResult all = local.search(SearchRequest.builder().limit(0).facets(List.of(Dimension.values())).facetLimit(1000).build());
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int withHits = 0;
        for (SearchRequest request : requests(all)) {
            SearchResult e = local.search(request);
            SearchResult c = remote.search(request);
            compared++;
            withHits += e.hits().isEmpty() ? 0 : 1;
            String what = "'" + request.query() + "' " + describe(request) + ": ";
            if (e.total() != c.total()) {
                differences.add(what + "total " + e.total() + " vs " + c.total());
            }
            if (!ids(e).equals(ids(c))) {
                differences.add(what + "top 10 " + ids(e) + " vs " + ids(c));
            }
            for (Dimension dim : Dimension.values()) {
                if (!e.facet(dim).equals(c.facet(dim)) || e.missing(dim) != c.missing(dim)) {
                    differences.add(what + dim.id() + " counts " + diff(e.facet(dim), c.facet(dim)) + " missing " + e.missing(dim) + " vs " + c.missing(dim));
                }
            }
            for (int i = 0; i < Math.min(e.hits().size(), c.hits().size()); i++) {
                Hit a = e.hits().get(i);
                Hit b = c.hits().get(i);
                if (a.entry().id().equals(b.entry().id())) {
                    if (Math.abs(a.score() - b.score()) > 1e-3 * Math.max(1, Math.abs(a.score()))) {
                        differences.add(what + "score of " + a.entry().id() + " " + a.score() + " vs " + b.score());
                    }
                    if (!a.highlights().equals(b.highlights()) || !a.highlightsHtml().equals(b.highlightsHtml())) {
                        differences.add(what + "highlights of " + a.entry().id() + " " + a.highlightsHtml() + " vs " + b.highlightsHtml());
                    }
                }
            }
            if (e.fuzzy() != c.fuzzy() || !e.interpreted().equals(c.interpreted())) {
                differences.add(what + "fuzzy " + e.fuzzy() + " vs " + c.fuzzy() + ", readings " + e.interpreted() + " vs " + c.interpreted());
            }
            if (!java.util.Objects.equals(e.suggestion(), c.suggestion())) {
                differences.add(what + "did you mean " + e.suggestion() + " vs " + c.suggestion());
            }
        }
        System.out.printf(Locale.ROOT, "parity %s: %d requests (%d with hits), %d differences%n", label, compared, withHits,
                differences.size());
        assertTrue(withHits > compared / 2, "most requests find entries: " + withHits + " of " + compared);
        return differences;
    }

    @Test
    void anIndexScoringWithOpenSearchsOwnBm25IsRefused() throws Exception {
        String index = TestCluster.uniqueName("legacy");
        com.fasterxml.jackson.databind.node.ObjectNode body = OpenSearchSchema.standard().createIndexBody();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("settings").path("index").path("similarity")).remove("default");
        Answer created = Answer.send(admin, org.opensearch.client.opensearch.generic.Requests.builder().method("PUT")
                .endpoint("/" + index).json(body.toString()).build());
        assertEquals(200, created.status(), created.body());
        try {
            io.litindex.IndexUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(io.litindex.IndexUnavailableException.class,
                    () -> OpenSearchSearcher.open(target, index));
            assertEquals(io.litindex.IndexUnavailableException.Reason.OTHER_VERSION, e.reason());
            assertTrue(e.getMessage().endsWith("scores with OpenSearch's own BM25, not litindex's (litindex_bm25): it was built by an older"
                    + " litindex; rebuild it with index --replace"), e.getMessage());
        } finally {
            Answer.send(admin, org.opensearch.client.opensearch.generic.Requests.builder().method("DELETE").endpoint("/" + index).build());
        }
    }

    @Test
    void replaceDuringSearchesAnswersFromTheOldOrTheNewIndex() throws Exception {
        List<Entry> entries = Catalog.bundledEntries();
        String alias = TestCluster.uniqueName("swap");
        aliases.add(alias);
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, alias, OpenSearchSchema.standard(), OpenSearchIndexer.Options.defaults())) {
            assertEquals(List.of(), indexer.index(entries, false, n -> {}).failed());
            long expected;
            try (Searcher local = Searcher.inMemory(entries)) {
                expected = local.search(SearchRequest.builder().query("remote sensing").limit(5).build()).total();
            }
            try (OpenSearchSearcher searcher = OpenSearchSearcher.open(target, alias)) {
                java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
                java.util.concurrent.ConcurrentLinkedQueue<String> problems = new java.util.concurrent.ConcurrentLinkedQueue<>();
                java.util.concurrent.atomic.AtomicInteger searches = new java.util.concurrent.atomic.AtomicInteger();
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    Thread thread = new Thread(() -> {
                        while (!stop.get()) {
                            try {
                                SearchResult r = searcher.search(SearchRequest.builder().query("remote sensing").limit(5)
                                        .facet(Dimension.VENUE).build());
                                if (r.total() != expected || r.hits().isEmpty()) {
                                    problems.add("total " + r.total() + ", " + r.hits().size() + " hits");
                                }
                                searches.incrementAndGet();
                            } catch (RuntimeException e) {
                                problems.add(e.toString());
                            }
                        }
                    });
                    thread.start();
                    threads.add(thread);
                }
                int swaps = 2;
                for (int i = 0; i < swaps; i++) {
                    OpenSearchIndexer.Report report = indexer.index(entries, true, n -> {});
                    assertTrue(report.swapped(), "the alias moved to the new index");
                    assertEquals(List.of(), report.failed());
                }
                stop.set(true);
                for (Thread thread : threads) {
                    thread.join();
                }
                System.out.printf(Locale.ROOT, "replace during searches: %d searches from 3 threads across %d swaps, %d problems%n",
                        searches.get(), swaps, problems.size());
                assertTrue(searches.get() >= 10, "searches ran during the swaps: " + searches.get());
                assertEquals(List.of(), List.copyOf(problems));
            }
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.entry().id()).toList();
    }

    private static String describe(SearchRequest r) {
        return "[venues " + r.venues() + ", years " + r.years() + ", sections " + r.sections() + ", authors " + r.authors()
                + ", code " + r.hasCode() + ", sort " + r.sort() + ", offset " + r.offset() + "]";
    }

    private static String diff(List<FacetValue> a, List<FacetValue> b) {
        List<FacetValue> onlyA = new ArrayList<>(a);
        onlyA.removeAll(b);
        List<FacetValue> onlyB = new ArrayList<>(b);
        onlyB.removeAll(a);
        return onlyA + " vs " + onlyB;
    }
}
