package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.model.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A query's rare word is not outweighed by its common ones: in a list of explanation methods, most of whose titles
 * say "…-based explanations", the titles about concepts rank right after the one holding every word, above the
 * titles holding only the two common words ({@link BonusQuery.Share}).
 */
class RareWordShareTest {
    private static final Searcher LIST = Searcher.inMemory(entries(), Synonyms.configured());

    private static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        String[] kinds = {"Motif", "Rule", "Prototype", "View", "Flow", "Path", "Decomposition", "Removal", "Gradient",
            "Perturbation", "Mask", "Walk"};
        for (String kind : kinds) {
            out.add(Entry.builder(kind.toLowerCase(java.util.Locale.ROOT), kind + "-based Explanations for Graph Networks").build());
        }
        out.add(Entry.builder("counterfactual", "Counterfactual Explanations for Graph Networks").build());
        out.add(Entry.builder("all", "Concept-based Explanations for Graph Networks").build());
        out.add(Entry.builder("logic", "Logic Combination of Learned Concepts for Graph Networks").build());
        out.add(Entry.builder("hierarchy", "Hierarchical Concepts in Message Passing").build());
        return out;
    }

    @AfterAll
    static void close() {
        LIST.close();
    }

    @Test
    void theRareWordAloneRanksAboveTheTwoCommonOnes() {
        List<String> top = ids(LIST, "concept based explanations");
        assertEquals("all", top.get(0));
        assertEquals(Set.of("logic", "hierarchy"), Set.copyOf(top.subList(1, 3)));
    }

    @Test
    void wordsAsCommonAsEachOtherStillCountOneEach() {
        // two rare words with a common one: the entries holding a rare word and the common one come first
        List<String> three = ids(LIST, "motif rule explanations");
        assertEquals(Set.of("motif", "rule"), Set.copyOf(three.subList(0, 2)));
    }
}
