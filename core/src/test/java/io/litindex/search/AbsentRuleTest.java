package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static io.litindex.testing.Results.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An acronym rule of the shipped file whose long form no entry of the list writes (UMI: unique molecular identifier,
 * a biology rule, on a robotics list) reads nothing there, so the word keeps its other readings: the initials of
 * "Universal Manipulation Interface" find that paper. On a list that writes the long form the rule applies as before.
 * Fails with {@code -Dlitindex.readings.off=absent}.
 */
class AbsentRuleTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).venue("arXiv").year(2024).build();
    }

    private static final Searcher ROBOTICS = Searcher.inMemory(List.of(
            paper("r1", "Universal Manipulation Interface: In-The-Wild Robot Teaching Without In-The-Wild Robots"),
            paper("r2", "UniAff: A Unified Representation of Affordances for Tool Usage and Articulation"),
            paper("r3", "Diffusion Policy: Visuomotor Policy Learning via Action Diffusion"),
            paper("r4", "Mobile Manipulation with Whole-Body Teleoperation")), Synonyms.configured());
    private static final Searcher BIOLOGY = Searcher.inMemory(List.of(
            paper("b1", "Correcting Unique Molecular Identifier Errors in Single-Cell Sequencing"),
            paper("b2", "Universal Models of Immune Receptors"),
            paper("b3", "Batch Effects in Single-Cell Atlases")), Synonyms.configured());

    @AfterAll
    static void close() {
        ROBOTICS.close();
        BIOLOGY.close();
    }

    @Test
    void aRuleTheListNeverWritesLeavesTheInitialsReading() {
        SearchResult result = search(ROBOTICS, "UMI");
        assertEquals("r1", result.hits().get(0).entry().id(), ids(result).toString());
        assertTrue(result.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.INITIALS)), result.interpreted().toString());
        assertTrue(result.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.SYNONYM)), result.interpreted().toString());
    }

    @Test
    void aRuleTheListWritesStillApplies() {
        SearchResult result = search(BIOLOGY, "UMI");
        assertEquals("b1", result.hits().get(0).entry().id());
        assertTrue(result.interpreted().contains(new Interpretation("UMI", "unique molecular identifier", Interpretation.SYNONYM)),
                result.interpreted().toString());
    }
}
