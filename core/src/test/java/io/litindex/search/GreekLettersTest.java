package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.index.GreekLetters;
import io.litindex.model.Entry;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A title's Greek letters are found by their Latin names (π0 by pi0, Σ-agent by sigma-agent), and by themselves. */
class GreekLettersTest {
    private static final Searcher SEARCHER = Searcher.inMemory(List.of(
            Entry.builder("p", "π0: A Vision-Language-Action Flow Model for General Robot Control").year(2024).build(),
            Entry.builder("s", "Σ-agent: Contrastive Imitation Learning for Language-guided Multi-Task Robotic Manipulation").year(2024).build(),
            Entry.builder("b", "β-VAE: Learning Basic Visual Concepts with a Constrained Variational Framework").year(2017).build(),
            Entry.builder("o", "Open X-Embodiment: Robotic Learning Datasets and RT-X Models").year(2023).build(),
            Entry.builder("a", "Pi-Net: A Policy Network for Robot Control").year(2022).build()), Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    private static String first(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(5).build()).hits().get(0).entry().id();
    }

    @Test
    void greekLettersAreFoundByTheirLatinNames() {
        assertEquals("p", first("pi0"));
        assertEquals("p", first("π0"));
        assertEquals("s", first("sigma-agent"));
        assertEquals("b", first("beta-VAE"));
        assertEquals("b", first("β-VAE"));
    }

    @Test
    void lettersAreSpelledOnlyWhereTheyStand() {
        assertEquals("pi0 and sigma-agent, mu-param", GreekLetters.spell("π0 and Σ-agent, µ-param"));
        assertEquals("no letters here", GreekLetters.spell("no letters here"));
        assertEquals("omega", GreekLetters.spell("ω"));
        assertEquals("sigma", GreekLetters.spell("ς"));
    }
}
