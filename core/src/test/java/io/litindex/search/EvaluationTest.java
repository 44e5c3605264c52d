package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.InvalidRequestException;
import io.litindex.model.Entry;
import io.litindex.model.Links;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    /** litindex's nDCG@10 on the bundled judgments when this test was written (measured 0.933); a change that drops below fails. */
    static final double MIN_NDCG = 0.93;
    /** litindex's MRR@10 on the bundled judgments: the first hit is relevant for every query. */
    static final double MIN_MRR = 1.0;

    @Test
    void litindexKeepsItsLevelOnTheBundledJudgmentsAndBeatsTheBaseline() throws Exception {
        Judgments judgments = Judgments.bundled();
        assertTrue(judgments.size() >= 30, "at least 30 judged queries: " + judgments.size());
        try (Searcher searcher = Searcher.bundled()) {
            Evaluation.Report report = Evaluation.run(searcher, judgments);
            assertEquals(judgments.size(), report.queries().size());
            assertEquals(java.util.Set.of(), report.unknownIds(), "every judged id is in the catalog");
            assertTrue(report.litindex().ndcg() >= MIN_NDCG, "nDCG@10 " + report.litindex().ndcg() + " fell below " + MIN_NDCG);
            assertTrue(report.litindex().mrr() >= MIN_MRR - 1e-9, "MRR@10 " + report.litindex().mrr() + " fell below " + MIN_MRR);
            // the baseline is deterministic: StandardAnalyzer, BM25, concatenated text
            assertEquals(0.652, report.baseline().ndcg(), 0.0005);
            assertEquals(0.725, report.baseline().mrr(), 0.0005);
            Evaluation.QueryScore clip = report.queries().stream().filter(q -> q.query().equals("clip")).findFirst().orElseThrow();
            assertEquals(List.of(), clip.baselineRanking(), "the baseline cannot find RemoteCLIP by 'clip'");
            assertEquals(0, clip.baselineNdcg());
            assertTrue(clip.ranking().containsAll(List.of("2306.11029", "2306.11300")));
        }
    }

    @Test
    void ndcgUsesGradedGainsAndTheIdealOrder() {
        Map<String, Integer> grades = Map.of("a", 2, "b", 1, "c", 1);
        assertEquals(1.0, Evaluation.ndcg(List.of("a", "b", "c"), grades, 10), 1e-12);
        assertEquals(1.0, Evaluation.ndcg(List.of("a", "c", "b", "x"), grades, 10), 1e-12, "equal grades in any order");
        double idcg = 3 + 1 / log2(3) + 1 / log2(4);
        assertEquals((1 + 3 / log2(3)) / idcg, Evaluation.ndcg(List.of("b", "a"), grades, 10), 1e-12);
        assertEquals(0, Evaluation.ndcg(List.of("x", "y"), grades, 10));
        assertEquals(0, Evaluation.ndcg(List.of("x", "a"), grades, 1), "cut-off");
        assertEquals(0, Evaluation.ndcg(List.of("a"), Map.of(), 10), "nothing judged relevant");
    }

    @Test
    void reciprocalRankIsOfTheFirstRelevantHitWithinTheCutOff() {
        Map<String, Integer> grades = Map.of("a", 2, "b", 1, "z", 0);
        assertEquals(1.0, Evaluation.reciprocalRank(List.of("b", "a"), grades, 10));
        assertEquals(1.0 / 3, Evaluation.reciprocalRank(List.of("x", "z", "a"), grades, 10), 1e-12);
        assertEquals(0, Evaluation.reciprocalRank(List.of("x", "y", "a"), grades, 2));
    }

    @Test
    void judgmentsAreReadStrictlyNamingTheLine() {
        Judgments j = Judgments.parse("t", "# comment\n\nclip\t2306.11029\t2\nclip\tx\t0\nvqa\ty\t1\n");
        assertEquals(Map.of("clip", Map.of("2306.11029", 2, "x", 0), "vqa", Map.of("y", 1)), j.grades());
        assertEquals(List.of("clip", "vqa"), List.copyOf(j.grades().keySet()));
        for (String[] bad : new String[][] {
            {"clip\t2306.11029", "t line 1: expected query<TAB>entry id or URL<TAB>grade"},
            {"clip\t2306.11029\t3", "t line 1: grade must be 0, 1 or 2"},
            {"\nclip\ta\ttwo", "t line 2: grade must be 0, 1 or 2"},
            {"clip\ta\t1\nclip\ta\t2", "t line 2: 'a' is judged twice for 'clip'"}}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Judgments.parse("t", bad[0]));
            assertTrue(e.getMessage().startsWith(bad[1]), e.getMessage());
        }
    }

    @Test
    void targetsResolveToEntriesByIdFirstThenByAnyOfTheirLinks() throws Exception {
        List<Entry> entries = List.of(
                Entry.builder("graph-u-nets", "Graph U-Nets").link(Links.PAPER, "https://arxiv.org/abs/1905.05178")
                        .link(Links.CODE, "https://github.com/HongyangGao/Graph-U-Nets").build(),
                Entry.builder("self-attention-graph-pooling", "Self-Attention Graph Pooling")
                        .link(Links.PAPER, "https://arxiv.org/abs/1904.08082/").build(),
                // an entry whose code link is another entry's paper link: the paper link wins
                Entry.builder("pooling-benchmark", "A Benchmark of Graph Pooling").link(Links.PAPER, "https://example.org/bench")
                        .link(Links.CODE, "https://arxiv.org/abs/1905.05178").build());
        try (Searcher searcher = Searcher.inMemory(entries)) {
            Judgments judged = Judgments.parse("t", String.join("\n",
                    "graph pooling\thttps://arxiv.org/abs/1905.05178\t2", // the paper link
                    "graph pooling\thttps://arxiv.org/abs/1904.08082\t2", // written without the list's trailing slash
                    "graph pooling\thttps://example.org/bench/\t1", // with a trailing slash the list does not write
                    "graph pooling\thttps://example.org/gone\t1", // names no entry
                    "u-nets\tgraph-u-nets\t2", // an id
                    "u-nets\thttps://github.com/HongyangGao/Graph-U-Nets\t1", // the same entry by its code link: once, grade 2
                    "u-nets\tno-such-id\t1"));
            Evaluation.Report report = Evaluation.run(searcher, judged);
            assertEquals(java.util.Set.of("https://example.org/gone", "no-such-id"), report.unknownIds());
            Evaluation.QueryScore pooling = report.queries().get(0);
            Evaluation.QueryScore unets = report.queries().get(1);
            assertEquals("graph pooling", pooling.query());
            // every entry is judged relevant, so nDCG depends only on the order of the grades in the ranking and
            // the missed target; MRR is 1 as soon as the first hit is one of the resolved entries
            assertEquals(3, pooling.ranking().size(), pooling.ranking().toString());
            assertEquals(1.0, pooling.mrr(), 1e-12);
            Map<String, Integer> resolved = Map.of("graph-u-nets", 2, "self-attention-graph-pooling", 2, "pooling-benchmark", 1,
                    "https://example.org/gone", 1);
            assertEquals(Evaluation.ndcg(pooling.ranking(), resolved, 10), pooling.ndcg(), 1e-12);
            assertTrue(pooling.ndcg() < 1, "the missed target keeps nDCG below 1: " + pooling.ndcg());
            assertEquals(List.of("graph-u-nets"), unets.ranking());
            assertEquals(Evaluation.ndcg(List.of("graph-u-nets"), Map.of("graph-u-nets", 2, "no-such-id", 1), 10), unets.ndcg(), 1e-12);
        }
    }

    @Test
    void theResolverPrefersIdsThenPaperLinksThenOtherLinks() {
        List<Entry> entries = List.of(
                Entry.builder("a", "A").link(Links.CODE, "https://github.com/x/shared").build(),
                Entry.builder("b", "B").link(Links.PAPER, "https://github.com/x/shared").link(Links.CODE, "https://github.com/x/b")
                        .alias("Merged Row").alias("C").build(),
                // an id that is also the URL of another entry's link: the id wins
                Entry.builder("https://github.com/x/b", "C").build());
        java.util.function.Function<String, String> resolve = Evaluation.resolver(entries);
        assertEquals("b", resolve.apply("https://github.com/x/shared"), "the entry that has it as its paper link");
        assertEquals("b", resolve.apply(" https://github.com/x/shared/ "), "spaces and one trailing slash aside");
        assertEquals("https://github.com/x/b", resolve.apply("https://github.com/x/b"));
        assertEquals("a", resolve.apply("a"));
        assertEquals(null, resolve.apply("https://github.com/x/SHARED"), "links are compared exactly otherwise");
        assertEquals(null, resolve.apply("A"), "a bare title is no target");
        assertEquals("b", resolve.apply("title:B"), "a title named as one");
        assertEquals("https://github.com/x/b", resolve.apply(" Title:  c "), "case and spacing aside");
        assertEquals(null, resolve.apply("title:D"));
        assertEquals("b", resolve.apply("title:merged row"), "a row merged into another is named by its own title, an alias now");
        assertEquals("https://github.com/x/b", resolve.apply("title:C"), "an entry's title before another's alias");
    }

    @Test
    void aLinkCopiedFromTheMarkdownSourceWithItsBackslashEscapesNamesTheEntryReadFromIt() {
        // "[[pdf]](https://pdfs.example.org/b554.pdf?\\_ga=2.9)" in a list is read as the link "…pdf?_ga=2.9"
        List<Entry> entries = List.of(Entry.builder("p", "P").link(Links.PAPER, "https://pdfs.example.org/b554.pdf?_ga=2.9").build(),
                Entry.builder("q", "Q").link(Links.PAPER, "https://example.org/a\\b").build());
        java.util.function.Function<String, String> resolve = Evaluation.resolver(entries);
        assertEquals("p", resolve.apply("https://pdfs.example.org/b554.pdf?\\_ga=2.9"), "as the list's source writes it");
        assertEquals("p", resolve.apply("https://pdfs.example.org/b554.pdf?_ga=2.9"), "as it is read");
        assertEquals("q", resolve.apply("https://example.org/a\\\\b"), "an escaped backslash is one backslash");
        assertEquals(null, resolve.apply("https://pdfs.example.org/b554.pdf?\\-ga=2.9"), "the escaped character still counts");
    }

    @Test
    void aLinkCopiedFromTheSourceWithoutItsSchemeNamesTheEntryReadFromIt() {
        // "[[pdf]](www.kdd.org/kdd2016/shan.pdf)" in a list is read as the link "https://www.kdd.org/kdd2016/shan.pdf"
        List<Entry> entries = List.of(Entry.builder("p", "P").link(Links.PAPER, "https://www.kdd.org/kdd2016/shan.pdf").build());
        java.util.function.Function<String, String> resolve = Evaluation.resolver(entries);
        assertEquals("p", resolve.apply("www.kdd.org/kdd2016/shan.pdf"), "as the list's source writes it");
        assertEquals("p", resolve.apply("https://www.kdd.org/kdd2016/shan.pdf"), "as it is read");
        assertEquals(null, resolve.apply("http://www.kdd.org/kdd2016/shan.pdf"), "another scheme is another link");
    }

    @Test
    void aDatasetRowsPaperLinkNamesTheDatasetUnlessThePaperIsAnEntryOfItsOwn() {
        // "| **HICO-Det** | [Learning to Detect …](paper) | WACV | 2018 | [Dataset](…) |" is read as a dataset from that paper
        List<Entry> entries = List.of(
                Entry.builder("hico-det", "HICO-Det").kind(io.litindex.model.Kind.DATASET).link(Links.DATA, "https://example.org/hico-det")
                        .sourcePaper(new io.litindex.model.PaperRef("Learning to Detect Human-Object Interactions", "https://arxiv.org/abs/1702.05448", null))
                        .build(),
                Entry.builder("vat", "VAT").kind(io.litindex.model.Kind.DATASET)
                        .sourcePaper(new io.litindex.model.PaperRef("Detecting Attended Visual Targets in Video", "https://example.org/vat.html", null))
                        .build(),
                Entry.builder("vat-paper", "Detecting Attended Visual Targets in Video").link(Links.PAPER, "https://example.org/vat.html").build());
        java.util.function.Function<String, String> resolve = Evaluation.resolver(entries);
        assertEquals("hico-det", resolve.apply("https://arxiv.org/abs/1702.05448"), "the row's paper link names the dataset read from it");
        assertEquals("hico-det", resolve.apply("https://example.org/hico-det/"), "and its own link still does");
        assertEquals("vat-paper", resolve.apply("https://example.org/vat.html"), "a paper listed as an entry of its own keeps its link");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
