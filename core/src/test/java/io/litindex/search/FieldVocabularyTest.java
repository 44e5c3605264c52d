package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pairs a field writes for one thing, from the related-terms file: SAR-to-EO and SAR-to-RGB for SAR-to-optical (EO:
 * electro-optical), next-song for music recommendation. An entry writing the query's own words still comes first.
 */
class FieldVocabularyTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).year(2024).build();
    }

    @Test
    void sarToEoIsSarToOptical() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("o1", "Zorb Diffusion for SAR-to-Optical Image Translation"),
                paper("e1", "Latent Zorb for SAR-to-EO Image Translation"),
                paper("t1", "Unpaired Image Translation of Street Scenes"),
                paper("t2", "SAR Ship Detection with Zorb Attention")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("SAR to optical translation").limit(10).build());
            assertEquals(List.of("o1", "e1"), ids(result).subList(0, 2), ids(result) + " " + result.interpreted());
            assertTrue(result.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.RELATED) && i.readAs().equals("sar eo")),
                    result.interpreted().toString());
        }
    }

    @Test
    void nextSongIsMusicRecommendation() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("m1", "Deep Content-Based Music Recommendation"),
                paper("s1", "Addressing Cold Start for Next-Song Recommendation"),
                paper("n1", "Neural News Recommendation with Attention"),
                paper("n2", "Recommendation of Zorbs at Scale")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("music recommendation").limit(10).build());
            assertEquals(List.of("m1", "s1"), ids(result).subList(0, 2), ids(result) + " " + result.interpreted());
        }
    }

    @Test
    void federatedLearningAcronymsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("v1", "Secure Vertical Federated Learning for Zorb Scoring"),
                paper("h1", "Horizontal Federated Learning of Zorb Models"),
                paper("z1", "Zorb Scoring at Scale"),
                paper("z2", "Federated Zorb Averaging")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("vfl zorb").limit(10).build());
            assertEquals("v1", ids(result).get(0), ids(result) + " " + result.interpreted());
            assertTrue(result.interpreted().contains(new Interpretation("vfl", "vertical federated learning", Interpretation.SYNONYM)),
                    result.interpreted().toString());
        }
    }

    @Test
    void analogAggregationIsOverTheAir() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("a1", "Broadband Analog Aggregation for Low-Latency Federated Edge Learning"),
                paper("o1", "Federated Learning via Over-the-Air Computation"),
                paper("s1", "Practical Zorb Aggregation for Federated Learning"),
                paper("s2", "Robust Aggregation of Zorb Updates"),
                paper("c1", "Compressed Zorb Updates for Edge Devices")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("over the air aggregation").limit(10).build());
            assertTrue(ids(result).subList(0, 3).contains("a1"), ids(result) + " " + result.interpreted());
            assertTrue(ids(result).indexOf("a1") < ids(result).indexOf("s1"), ids(result).toString());
        }
    }

    @Test
    void plugAndPlayIsPnp() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("p1", "Plug-and-Play Zorb Priors for Inverse Problems"),
                paper("z1", "Zorb Priors Learned from Data"),
                paper("z2", "Inverse Problems with Learned Zorbs")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("pnp priors").limit(10).build());
            assertEquals("p1", ids(result).get(0), ids(result) + " " + result.interpreted());
        }
    }

    @Test
    void offlineRlMethodsAreFoundByTheirNames() {
        // the Trajectory Transformer's preprint title (no "Offline"), the DQN Replay Dataset's and SPIBB's papers
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("t1", "Reinforcement Learning as One Big Sequence Modeling Problem"),
                paper("d1", "An Optimistic Perspective on Offline Reinforcement Learning"),
                paper("s1", "Safe Policy Improvement with Baseline Bootstrapping"),
                paper("z1", "Trajectory Zorbs for Offline Policies"),
                paper("z2", "Offline Zorb Datasets for Reinforcement Learning")), Synonyms.configured())) {
            assertEquals("t1", ids(searcher.search(FullRequests.builder().query("trajectory transformer").limit(10).build())).get(0));
            assertEquals("d1", ids(searcher.search(FullRequests.builder().query("DQN replay dataset").limit(10).build())).get(0));
            assertEquals("s1", ids(searcher.search(FullRequests.builder().query("SPIBB").limit(10).build())).get(0));
        }
    }

    @Test
    void theoremProvingModelsAreFoundByTheirNames() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("g1", "Generative Language Modeling for Automated Theorem Proving"),
                paper("a1", "Solving Olympiad Geometry without Human Demonstrations"),
                paper("h1", "HyperTree Proof Search for Neural Theorem Proving"),
                paper("z1", "Zorb Geometry Problems for Language Models"),
                paper("z2", "Automated Zorb Proving")), Synonyms.configured())) {
            assertEquals("g1", ids(searcher.search(FullRequests.builder().query("GPT-f").limit(10).build())).get(0));
            assertEquals("a1", ids(searcher.search(FullRequests.builder().query("AlphaGeometry").limit(10).build())).get(0));
            assertEquals("h1", ids(searcher.search(FullRequests.builder().query("HTPS").limit(10).build())).get(0));
        }
    }

    @Test
    void offlineRlAndRemoteSensingAcronymsAreRead() {
        // the long forms typed find the short forms written (the title initials read only the other way)
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("f1", "FQE for Zorb Policies"),
                paper("r1", "RRSIS with Zorb Queries"),
                paper("z1", "Fitted Zorb Policies"),
                paper("z2", "Referring Zorb Queries for Image Segmentation")), Synonyms.configured())) {
            SearchResult fqe = searcher.search(FullRequests.builder().query("fitted q evaluation zorb").limit(10).build());
            assertEquals("f1", ids(fqe).get(0), ids(fqe) + " " + fqe.interpreted());
            SearchResult rrsis = searcher.search(FullRequests.builder().query("referring remote sensing image segmentation").limit(10).build());
            assertEquals("r1", ids(rrsis).get(0), ids(rrsis) + " " + rrsis.interpreted());
        }
    }

    @Test
    void healthcareReadsHealth() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("h1", "Evaluating Zorb Algorithms in Observational Health Settings"),
                paper("z1", "Zorb Algorithms for Robot Control"),
                paper("z2", "Observational Zorb Studies")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("healthcare zorb").limit(10).build());
            assertEquals("h1", ids(result).get(0), ids(result) + " " + result.interpreted());
            assertTrue(result.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.RELATED) && i.readAs().equals("health")),
                    result.interpreted().toString());
        }
    }
}
