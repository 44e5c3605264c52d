package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static io.litindex.testing.Results.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A venue's name typed in full ("Transactions on Intelligent Vehicles", "Neural Information Processing Systems") is read as
 * that venue when some entry of the list was published there: its words are one unit, matched by the venue's entries,
 * not title words. A name the list's titles write as a topic more often than the list publishes there stays words
 * ("pattern recognition"), and part of a name ("intelligent vehicles") is no venue. Fails with
 * {@code -Dlitindex.readings.off=venuename}.
 */
class VenueNameTest {
    private static Entry paper(String id, String title, String venue, int year) {
        return Entry.builder(id, title).venue(venue).year(year).build();
    }

    private static final Searcher SEARCHER = Searcher.inMemory(List.of(
            paper("n1", "Scaling Laws for Sparse Mixtures of Experts", "NeurIPS", 2022),
            paper("n2", "Contrastive Learning of Visual Representations Revisited", "NeurIPS", 2020),
            paper("w1", "Neural Systems for Information Processing in Sensory Cortex", "ICML", 2021),
            paper("w2", "Information Processing in Neural Systems: A Review", "arXiv", 2022),
            paper("c1", "Diffusion Models for Image Inpainting", "CVPR", 2023),
            paper("c2", "Video Diffusion with Latent Transformers", "CVPR", 2023),
            paper("c3", "Efficient Vision Transformers for Pattern Recognition", "CVPR", 2022),
            paper("c4", "Diffusion Probabilistic Models for Computer Vision and Pattern Recognition", "arXiv", 2023),
            paper("c5", "Diffusion Models Beat GANs on Image Synthesis", "ICCV", 2023),
            paper("v1", "Occupancy Prediction from Surround Cameras", "T-IV", 2023),
            paper("v2", "Self-supervised LiDAR Pre-training for Occupancy", "T-IV", 2023),
            paper("v3", "Planning for Intelligent Vehicles in Dense Traffic", "ICRA", 2023),
            paper("v4", "Transactions of Intelligent Vehicles on Highways", "arXiv", 2024)), Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    @Test
    void aConferenceTypedInFullFindsItsEntries() {
        SearchResult result = search(SEARCHER, "Neural Information Processing Systems");
        assertEquals(List.of("n1", "n2"), ids(result).subList(0, 2).stream().sorted().toList(), ids(result).toString());
        assertTrue(result.interpreted().contains(new Interpretation("Neural Information Processing Systems", "NeurIPS", Interpretation.VENUE)),
                result.interpreted().toString());
    }

    @Test
    void aJournalTypedWithoutItsPublisherFindsItsEntries() {
        SearchResult result = search(SEARCHER, "Transactions on Intelligent Vehicles");
        assertEquals(List.of("v1", "v2"), ids(result).subList(0, 2).stream().sorted().toList(), ids(result).toString());
        assertTrue(result.interpreted().contains(new Interpretation("Transactions on Intelligent Vehicles", "T-IV", Interpretation.VENUE)),
                result.interpreted().toString());
        // with its publisher too
        assertEquals(List.of("v1", "v2"), ids(search(SEARCHER, "IEEE Transactions on Intelligent Vehicles")).subList(0, 2).stream().sorted().toList());
    }

    @Test
    void theNameIsOneUnitBesideTheOtherWords() {
        SearchResult result = search(SEARCHER, "Computer Vision and Pattern Recognition 2023 diffusion");
        assertEquals(List.of("c1", "c2"), ids(result).subList(0, 2).stream().sorted().toList(), ids(result).toString());
        assertTrue(result.interpreted().contains(new Interpretation("Computer Vision and Pattern Recognition", "CVPR", Interpretation.VENUE)),
                result.interpreted().toString());
    }

    @Test
    void explainNamesTheVenueReading() {
        SearchResult result = SEARCHER.search(FullRequests.builder().query("Transactions on Intelligent Vehicles").explain(true).build());
        ScoreExplanation e = result.hits().get(0).explanation();
        assertTrue(e.matched().contains("Transactions on Intelligent Vehicles"), e.matched().toString());
        assertTrue(e.parts().stream().anyMatch(p -> p.part().equals("venue") && p.detail().contains("Transactions on Intelligent Vehicles → T-IV")),
                e.parts().toString());
    }

    @Test
    void partOfANameIsNoVenue() {
        SearchResult result = search(SEARCHER, "intelligent vehicles");
        assertEquals(List.of("v3", "v4"), ids(result).subList(0, 2).stream().sorted().toList(), ids(result).toString());
        assertTrue(result.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.VENUE)), result.interpreted().toString());
    }

    @Test
    void aNameTheTitlesWriteAsATopicStaysWords() {
        try (Searcher topics = Searcher.inMemory(Stream.of(
                paper("p1", "Statistical Pattern Recognition: A Review", "TPAMI", 2000),
                paper("p2", "Deep Learning for Pattern Recognition in Images", "arXiv", 2019),
                paper("p3", "Pattern Recognition with Kernel Machines", "JMLR", 2004),
                paper("j1", "Graph Matching Networks for Shapes", "Pattern Recognition", 2021),
                paper("o1", "Language Models are Few-Shot Learners", "NeurIPS", 2020)).toList(), Synonyms.configured())) {
            SearchResult result = search(topics, "pattern recognition");
            assertEquals(List.of("p1", "p2", "p3"), ids(result).subList(0, 3).stream().sorted().toList(), ids(result).toString());
            assertTrue(result.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.VENUE)), result.interpreted().toString());
        }
    }

    @Test
    void aListWritingTheNameInFullIsFoundByIt() {
        String markdown = """
                # Occupancy papers

                | Title | Venue | Year |
                |---|---|---|
                | [Occupancy Prediction from Surround Cameras](https://example.org/a) | IEEE Transactions on Intelligent Vehicles | 2023 |
                | [Planning for Intelligent Vehicles in Dense Traffic](https://example.org/b) | ICRA | 2023 |
                | [Transactions of Intelligent Vehicles on Highways](https://example.org/c) | arXiv | 2024 |
                """;
        List<Entry> entries = new MarkdownListReader().read("occupancy.md", markdown).entries();
        assertEquals("T-IV", entries.get(0).venue(), entries.toString());
        try (Searcher written = Searcher.inMemory(entries, Synonyms.configured())) {
            for (String query : List.of("Transactions on Intelligent Vehicles", "IEEE Transactions on Intelligent Vehicles", "T-IV")) {
                SearchResult result = search(written, query);
                assertEquals(entries.get(0).id(), ids(result).get(0), query + " " + ids(result));
            }
        }
    }
}
