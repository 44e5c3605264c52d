package io.litindex.search;

import io.litindex.index.Indexer;
import io.litindex.index.LuceneIndexers;
import io.litindex.testing.FullRequests;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.YearRange;
import io.litindex.testing.SharedFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding the top hits by pruning (the matches counted unscored, the top found by block-max WAND / MaxScore
 * over the units' bonuses) gives exactly what scoring every match gives: the same total, the same hits in
 * the same order with the same scores, the same facet counts. Checked over the five real lists of
 * ../shared, with queries of one to three title words (some with a year filter, some with facets) and
 * the pages after the first.
 */
class PruningTest {
    private static Searcher searcher;
    private static List<String> queries;
    private static List<Entry> entries;

    @BeforeAll
    static void open() throws Exception {
        List<Entry> all = new ArrayList<>();
        for (String list : List.of(SharedFiles.LARGE_LIST, "corpora/diffusion-medical-imaging.md",
                "corpora/graph-classification-deep-learning.md", "corpora/single-cell-deep-learning.md",
                "corpora/thunlp-PLMpapers.md")) {
            for (Entry e : new MarkdownListReader().read(SharedFiles.require(list)).entries()) {
                all.add(e);
            }
        }
        entries = List.copyOf(all);
        searcher = Searcher.inMemory(all);
        // query words drawn from the titles, so that common words are common in queries too
        List<String> words = new ArrayList<>();
        for (Entry e : all) {
            for (String w : e.title().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (w.length() >= 3) {
                    words.add(w);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(13);
        Set<String> qs = new LinkedHashSet<>(List.of("model", "language model", "large language model",
                "graph neural network", "diffusion segmentation", "vision language model", "VQA", "llava", "GAN",
                "\"language model\" pretraining", "bert OR gpt", "cell -graph"));
        while (qs.size() < 120) {
            int n = 1 + random.nextInt(3);
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < n; i++) {
                q.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            qs.add(q.toString());
        }
        queries = List.copyOf(qs);
    }

    @AfterAll
    static void close() {
        if (searcher != null) {
            searcher.close();
        }
    }

    @Test
    void prunedSearchesEqualFullyScoredOnes() {
        int compared = 0;
        int withHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            SearchRequest.Builder b = FullRequests.builder().query(queries.get(i)).limit(10);
            if (i % 3 == 1) {
                b.facets(List.of(Dimension.VENUE, Dimension.YEAR, Dimension.KIND, Dimension.HAS_CODE, Dimension.AUTHOR)).facetLimit(100_000);
            }
            if (i % 4 == 2) {
                b.years(new YearRange(2021, 2023));
            }
            if (i % 5 == 3) {
                b.offset(10);
            }
            SearchRequest request = b.build();
            SearchResult full = with(false, () -> searcher.search(request));
            SearchResult pruned = with(true, () -> searcher.search(request));
            String q = queries.get(i);
            assertEquals(full.total(), pruned.total(), q);
            assertEquals(ids(full.hits()), ids(pruned.hits()), q);
            assertEquals(scores(full.hits()), scores(pruned.hits()), q);
            assertEquals(full.facets(), pruned.facets(), q);
            assertEquals(full.missing(), pruned.missing(), q);
            for (Dimension dim : List.of(Dimension.VENUE, Dimension.KIND, Dimension.HAS_CODE)) {
                if (request.facets().contains(dim)) {
                    // one value per entry: every match is counted under its value or as missing
                    long counted = pruned.facets().get(dim.id()).stream().mapToLong(v -> v.count()).sum();
                    assertEquals(pruned.total(), counted + pruned.missing(dim), q + " " + dim);
                }
            }
            compared++;
            withHits += full.hits().isEmpty() ? 0 : 1;
        }
        assertEquals(queries.size(), compared);
        assertTrue(withHits > 70, "queries with hits: " + withHits);
        // both ways of ordering a pruned top by score then id were compared: ids read for the page only, and the
        // sort by id throughout when entries tie across the page's end
        assertTrue(Searcher.byScoreThenIds.get() > 0 && Searcher.tiesAcrossPage.get() > 0,
                "ids for the page: " + Searcher.byScoreThenIds.get() + ", ties across its end: " + Searcher.tiesAcrossPage.get());
    }

    /**
     * The equality above would hold too if nothing were pruned; this checks that the ranking query, as built, lets
     * Lucene skip while collecting a top 10 (it scores fewer entries than match), which the two-pass search relies on.
     * It does not tell which bound does the skipping: with each unit's bonus bound made infinite, Lucene still scored
     * 212 of 1,195 matches here.
     */
    @Test
    void theRankingQueryLetsLuceneSkipEntriesThatCannotReachTheTop() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (Indexer indexer = LuceneIndexers.open(dir)) {
                indexer.putAll(entries);
                indexer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher lucene = new IndexSearcher(reader);
                Query query = new RankingQuery(Synonyms.bundled()).build("large language model", false, reader, reader.maxDoc()).query();
                int matches = lucene.count(query);
                TopDocs top = lucene.search(query, new TopScoreDocCollectorManager(10, null, 10));
                assertTrue(matches > 200, "matches: " + matches);
                assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, top.totalHits.relation);
                assertTrue(top.totalHits.value < matches / 2, "scored " + top.totalHits.value + " of " + matches + " matches");
            }
        }
    }

    private static SearchResult with(boolean prune, Supplier<SearchResult> search) {
        boolean before = Searcher.pruning;
        Searcher.pruning = prune;
        try {
            return search.get();
        } finally {
            Searcher.pruning = before;
        }
    }

    private static List<Float> scores(List<Hit> hits) {
        return hits.stream().map(Hit::score).toList();
    }
}
