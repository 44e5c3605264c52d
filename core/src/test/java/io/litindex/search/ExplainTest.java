package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.Interpretation;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.ScorePart;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The explanation of a score: its parts are Lucene's explanations of the ranking query's clauses, named, and add up to
 * the hit's score; a reading shows as its own, smaller part; an entry outside the hits is explained too.
 */
class ExplainTest {
    private static Entry paper(String id, String title, String venue, int year, String section, String... authors) {
        return Entry.builder(id, title).venue(venue).year(year).section(section).authors(List.of(authors)).build();
    }

    private static final List<Entry> LIST = List.of(
            paper("seg1", "Panoptic Segmentation of Satellite Images", "CVPR", 2023, "Awesome > Segmentation", "A. Kirov", "B. Lund"),
            paper("seg2", "Segmentation Transformers for Aerial Scenes", "ICCV", 2023, "Awesome > Segmentation", "C. Marsh"),
            paper("det1", "Object Detection in Satellite Imagery", "T-GRS", 2022, "Awesome > Detection", "D. Segal"),
            paper("cap1", "Captioning Satellite Images with Transformers", "arXiv", 2024, "Awesome > Captioning", "E. Novak"),
            paper("cls1", "Scene Classification with Few Labels", "arXiv", 2021, "Awesome > Classification", "F. Ortiz"));

    private static final Searcher SEARCHER = Searcher.inMemory(LIST, Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    private static SearchResult explained(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).explain(true).build());
    }

    private static float sum(ScoreExplanation e) {
        return (float) e.parts().stream().mapToDouble(ScorePart::score).sum();
    }

    @Test
    void theFirstHitsLargestPartIsItsTitleAndThePartsAddUpToItsScore() {
        SearchResult result = explained("segmentation satellite");
        Hit first = result.hits().get(0);
        assertEquals("seg1", first.entry().id());
        ScoreExplanation why = first.explanation();
        assertNotNull(why);
        assertEquals(ScorePart.TITLE, why.largest().part(), why.toString());
        assertEquals("segmentation, satellite", why.part(ScorePart.TITLE).detail(), why.toString());
        assertEquals(List.of("segmentation", "satellite"), why.matched());
        assertEquals(List.of(), why.notMatched());
        assertEquals(1, why.rank());
        assertTrue(why.coverage() > 0, why.toString());
        // a word found in a section heading too, and the two words close together in the title
        assertNotNull(why.part(ScorePart.SECTIONS), why.toString());
        assertNotNull(why.part(ScorePart.PROXIMITY), why.toString());
        for (Hit hit : result.hits()) {
            assertEquals(hit.score(), sum(hit.explanation()), 1e-4f * Math.max(1, hit.score()), hit.explanation().toString());
            for (int i = 1; i < hit.explanation().parts().size(); i++) {
                assertTrue(hit.explanation().parts().get(i - 1).score() >= hit.explanation().parts().get(i).score());
            }
        }
        // a hit matching one word of two lists the other as not matched, and has no coverage of the missing one
        Hit det = result.hits().stream().filter(h -> h.entry().id().equals("det1")).findFirst().orElseThrow();
        assertEquals(List.of("satellite"), det.explanation().matched());
        assertEquals(List.of("segmentation"), det.explanation().notMatched());
        assertNull(det.explanation().part(ScorePart.PROXIMITY));
        assertTrue(det.explanation().coverage() < why.coverage());
    }

    @Test
    void aTypoShowsItsReadingAsASmallerPart() {
        SearchResult result = explained("satellite segmentaton");
        assertTrue(result.interpreted().contains(new Interpretation("segmentaton", "segmentation", Interpretation.TYPO)),
                result.interpreted().toString());
        Hit first = result.hits().get(0);
        assertEquals("seg1", first.entry().id());
        ScoreExplanation why = first.explanation();
        ScorePart typo = why.part(Interpretation.TYPO);
        assertNotNull(typo, why.toString());
        assertEquals("segmentaton → segmentation", typo.detail());
        assertTrue(why.readings().contains(new Interpretation("segmentaton", "segmentation", Interpretation.TYPO)));
        // the corrected word counts at half weight: below the title words typed right
        assertTrue(typo.score() < why.part(ScorePart.TITLE).score(), why.toString());
        assertTrue(typo.score() > 0);
        assertEquals(first.score(), sum(why), 1e-4f * Math.max(1, first.score()));
        assertEquals(List.of("satellite", "segmentaton"), why.matched());
    }

    @Test
    void anEntryOutsideTheHitsIsExplainedWithItsRank() {
        SearchRequest request = FullRequests.builder().query("satellite transformers").limit(1).build();
        SearchResult result = SEARCHER.search(request);
        assertEquals(1, result.hits().size());
        assertNull(result.hits().get(0).explanation(), "no explanation unless asked");
        String first = result.hits().get(0).entry().id();
        assertEquals("cap1", first);
        ScoreExplanation seg2 = SEARCHER.explain(request, "seg2").orElseThrow();
        assertTrue(seg2.matches());
        assertEquals(List.of("transformers"), seg2.matched());
        assertEquals(List.of("satellite"), seg2.notMatched());
        assertEquals(ScorePart.TITLE, seg2.largest().part());
        assertTrue(seg2.rank() > 1, seg2.toString());
        // its rank is its place in the full result
        List<String> all = ids(SEARCHER.search(request.toBuilder().limit(10).build()));
        assertEquals(all.indexOf("seg2") + 1, seg2.rank());
        float score = SEARCHER.search(request.toBuilder().limit(10).build()).hits().get(all.indexOf("seg2")).score();
        assertEquals(score, seg2.score(), 1e-4f * Math.max(1, score));
        assertEquals(seg2.score(), sum(seg2), 1e-4f * Math.max(1, score));

        // an entry the query does not match: no parts, no rank
        ScoreExplanation cls = SEARCHER.explain(request, "cls1").orElseThrow();
        assertFalse(cls.matches());
        assertNull(cls.rank());
        assertEquals(List.of(), cls.parts());
        assertEquals(List.of("satellite", "transformers"), cls.notMatched());

        assertEquals(Optional.empty(), SEARCHER.explain(request, "no-such-id"));
    }

    @Test
    void anAuthorAndAVenueAreTheirOwnParts() {
        ScoreExplanation segal = SEARCHER.explain(FullRequests.of("segal"), "det1").orElseThrow();
        assertEquals(ScorePart.AUTHORS, segal.largest().part(), segal.toString());
        ScoreExplanation cvpr = SEARCHER.explain(FullRequests.of("cvpr"), "seg1").orElseThrow();
        assertEquals(ScorePart.VENUE, cvpr.largest().part(), cvpr.toString());
    }

    @Test
    void aClauseWithoutANameIsShownUnderItsFieldNotDropped() throws Exception {
        org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory();
        try (io.litindex.index.Indexer indexer = io.litindex.index.LuceneIndexers.open(dir, "test")) {
            indexer.putAll(LIST);
            indexer.commit();
        }
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            searcher.setSimilarity(io.litindex.index.Schema.standard().similarity());
            Queries queries = new Queries(io.litindex.index.Schema.standard(), io.litindex.ingest.fields.Venues::standard, Synonyms.configured());
            Queries.Plan plan = queries.plan("detection", false, reader);
            // a clause some later change of the query builder adds, on a field the explainer has no name for
            org.apache.lucene.search.Query added = new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(io.litindex.index.Fields.KIND, "paper"))), 3f);
            org.apache.lucene.search.Query query = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(plan.query(), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                    .add(added, org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
            Queries.Plan extended = new Queries.Plan(query, 0, null, null, plan.words(), plan.interpreted());
            int doc = searcher.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(io.litindex.index.Fields.ID, "det1")), 1).scoreDocs[0].doc;
            ScoreExplanation why = new Explainer(searcher, extended, "detection", io.litindex.index.Schema.standard()).explain(doc, "det1", null);
            ScorePart kind = why.part(io.litindex.index.Fields.KIND);
            assertNotNull(kind, why.toString());
            assertEquals(3f, kind.score(), 1e-5f);
            assertEquals(searcher.explain(query, doc).getValue().floatValue(), sum(why), 1e-4f, why.toString());
            assertEquals(ScorePart.TITLE, why.largest().part());
        }
    }

    /** The part names a hit may show: the named parts and the readings; nothing else on these lists. */
    private static final java.util.Set<String> NAMED = java.util.Set.of(ScorePart.TITLE, ScorePart.SECTIONS, ScorePart.TOPIC, ScorePart.NOTE,
            ScorePart.SOURCE_PAPER, ScorePart.NAME, ScorePart.AUTHORS, ScorePart.VENUE, ScorePart.YEAR, ScorePart.OWNERS, ScorePart.LINK_WORDS,
            ScorePart.PROXIMITY, ScorePart.ANY_WORD, ScorePart.FUZZY, Interpretation.TYPO, Interpretation.DEFINED,
            Interpretation.INITIALS, Interpretation.SYNONYM, Interpretation.JOINED, Interpretation.SPLIT, Interpretation.FORM,
            Interpretation.KNOWN, Interpretation.RELATED, Interpretation.LONGER, Interpretation.FAMILY, Interpretation.REPOSITORY);

    @Test
    void onRealListsThePartsAddUpToEveryHitsScoreAndEachHasAName() {
        List<Entry> all = new java.util.ArrayList<>();
        for (String list : List.of("corpora/graph-classification-deep-learning.md", "corpora/diffusion-medical-imaging.md")) {
            all.addAll(new io.litindex.ingest.MarkdownListReader().read(io.litindex.testing.SharedFiles.require(list)).entries());
        }
        try (Searcher searcher = Searcher.inMemory(all, Synonyms.configured())) {
            int hits = 0;
            java.util.Set<String> seen = new java.util.TreeSet<>();
            for (String query : List.of("graph neural network", "GNN pooling", "DiffPool", "GIN", "VAE", "segmentaton mri",
                    "diffusion models for medical image segmentation", "\"graph classification\" benchmark", "gan OR vae",
                    "graph -survey", "title:graph pooling", "reinforcement learning", "explanations graph", "self supervised",
                    "MICCAI 2023 diffusion", "brain mri 2022", "denoising diffusion probabilistic", "multi-modal",
                    "superresolution", "xu", "graph kernels")) {
                SearchResult result = searcher.search(FullRequests.builder().query(query).explain(true).limit(10).build());
                for (Hit hit : result.hits()) {
                    ScoreExplanation why = hit.explanation();
                    assertNotNull(why, query);
                    assertTrue(why.matches(), query + " " + hit.entry().id());
                    assertEquals(hit.score(), sum(why), 1e-3f * Math.max(1, hit.score()), query + ": " + why);
                    for (ScorePart part : why.parts()) {
                        assertTrue(part.score() > 0, query + ": " + why);
                        assertTrue(NAMED.contains(part.part()), query + ": a part without a name: " + part + " in " + why);
                        seen.add(part.part());
                    }
                    assertTrue(result.interpreted().containsAll(why.readings()), query + ": " + why);
                    hits++;
                }
            }
            assertTrue(hits > 150, "hits explained: " + hits);
            // the readings and field parts these queries reach
            assertTrue(seen.containsAll(java.util.Set.of(ScorePart.TITLE, ScorePart.PROXIMITY, ScorePart.VENUE, ScorePart.YEAR,
                    ScorePart.AUTHORS, Interpretation.SYNONYM, Interpretation.TYPO)), seen.toString());
        }
    }
}
