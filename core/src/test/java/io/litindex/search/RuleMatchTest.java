package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a run of query words reaches a rule: the check that spares a query the pass through the rule graph. */
class RuleMatchTest {
    private static final Synonyms RULES = Synonyms.parse("test", "reinforcement learning => policy, reward\ngraph neural network, gnn\nquantization => low bit\n");

    @Test
    void aRunMatchesOnlyWhenSomeRunOfItsWordsIsARulesWholeInput() {
        // stems, as the query analyzer makes them
        assertTrue(RULES.matchesIn(List.of("reinforc", "learn")));
        assertTrue(RULES.matchesIn(List.of("deep", "reinforc", "learn", "agent")));
        assertTrue(RULES.matchesIn(List.of("gnn")));
        assertTrue(RULES.matchesIn(List.of("graph", "neural", "network", "pool")));
        assertTrue(RULES.matchesIn(List.of("quantiz")));
        // a word that only begins a rule, or the rule's words apart, reach no rule
        assertFalse(RULES.matchesIn(List.of("reinforc")));
        assertFalse(RULES.matchesIn(List.of("graph")));
        assertFalse(RULES.matchesIn(List.of("graph", "neural")));
        assertFalse(RULES.matchesIn(List.of("learn", "reinforc")));
        assertFalse(RULES.matchesIn(List.of()));
        assertFalse(Synonyms.none().matchesIn(List.of("gnn")));
    }

    @Test
    void theBundledRulesAgreeWithTheirGraph() {
        Synonyms related = Synonyms.bundledRelated();
        assertTrue(related.matchesIn(List.of("reinforc", "learn")));
        assertFalse(related.matchesIn(List.of("reinforc")));
        assertFalse(related.matchesIn(List.of("imag")));
    }
}
