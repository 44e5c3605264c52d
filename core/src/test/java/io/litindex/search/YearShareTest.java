package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.model.Entry;
import io.litindex.testing.Results;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A year typed as a query word counts the fewest steps of the coverage ({@link BonusQuery.Share#MIN_STEPS}): it matches
 * the entries of that year through their publication year, a large part of most lists, although few titles write it.
 * Weighed by its IDF in the text, where no entry writes "2020", it counted as the query's rarest word, so that with
 * a venue it made the venue's papers of that year outrank the papers on the query's topic from other years
 * (offline RL list, {@code NeurIPS 2020 model-based}). Fails with {@code -Dlitindex.shape.off=yearshare}.
 */
class YearShareTest {
    private static Entry paper(String id, String title, String venue, int year) {
        return Entry.builder(id, title).venue(venue).year(year).build();
    }

    private static final Searcher LIST = Searcher.inMemory(List.of(
            paper("mopo", "MOPO: Model-based Offline Policy Optimization", "NeurIPS", 2020),
            paper("planning", "Model-Based Offline Planning", "ICLR", 2021),
            paper("combo", "COMBO: Conservative Offline Model-Based Policy Optimization", "arXiv", 2021),
            paper("cql", "Conservative Q-Learning for Offline Reinforcement Learning", "NeurIPS", 2020),
            paper("crr", "Critic Regularized Regression", "NeurIPS", 2020),
            paper("coindice", "CoinDICE: Off-Policy Confidence Interval Estimation", "NeurIPS", 2020),
            paper("bail", "BAIL: Best-Action Imitation Learning for Batch Deep Reinforcement Learning", "NeurIPS", 2020),
            paper("minimax", "Minimax Value Interval for Off-Policy Evaluation and Policy Optimization", "NeurIPS", 2020),
            paper("latent", "Offline Reinforcement Learning from Images with Latent Space Models", "arXiv", 2020),
            paper("dynamics", "Autoregressive Dynamics Models for Offline Policy Evaluation", "ICLR", 2021),
            paper("value", "Value-based Methods for Batch Reinforcement Learning", "arXiv", 2019),
            paper("bcq", "Off-Policy Deep Reinforcement Learning without Exploration", "ICML", 2019),
            paper("spibb", "Safe Policy Improvement with Baseline Bootstrapping", "ICML", 2019),
            paper("bear", "Stabilizing Off-Policy Q-Learning via Bootstrapping Error Reduction", "NeurIPS", 2019),
            paper("d4rl", "D4RL: Datasets for Deep Data-Driven Reinforcement Learning", "arXiv", 2020),
            paper("tutorial", "Offline Reinforcement Learning: Tutorial, Review, and Perspectives on Open Problems", "arXiv", 2020),
            paper("awac", "AWAC: Accelerating Online Reinforcement Learning with Offline Datasets", "arXiv", 2020),
            paper("rem", "An Optimistic Perspective on Offline Reinforcement Learning", "ICML", 2020),
            paper("brac", "Behavior Regularized Offline Reinforcement Learning", "arXiv", 2019),
            paper("cds", "Conservative Data Sharing for Multi-Task Offline Reinforcement Learning", "NeurIPS", 2021)),
            Synonyms.configured());

    @AfterAll
    static void close() {
        LIST.close();
    }

    private static List<String> ids(String query) {
        return Results.ids(LIST, query, 20);
    }

    @Test
    void theTopicOfAnotherYearRanksAboveTheVenueAndYearAlone() {
        List<String> ids = ids("NeurIPS 2020 model-based");
        assertEquals("mopo", ids.get(0), ids.toString());
        // the model-based papers of 2021 before the NeurIPS 2020 papers on other topics
        assertEquals(List.of("combo", "planning"), ids.subList(1, 3).stream().sorted().toList(), ids.toString());
        assertEquals(List.of("bail", "coindice", "cql", "crr", "minimax"),
                ids.stream().filter(id -> List.of("bail", "coindice", "cql", "crr", "minimax").contains(id)).sorted().toList());
    }

    @Test
    void theYearStillCountsAsAMatchedWord() {
        // among the entries writing the topic, the one of the year typed comes first
        List<String> ids = ids("2020 model-based");
        assertEquals("mopo", ids.get(0), ids.toString());
        assertEquals(List.of("combo", "planning"), ids.subList(1, 3).stream().sorted().toList(), ids.toString());
    }
}
