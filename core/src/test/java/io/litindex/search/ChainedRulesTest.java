package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.model.Entry;
import io.litindex.testing.FullRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An acronym rule's multi-word form is also read through the one-word rules of its words: "bilstm, bidirectional
 * lstm" with "lstm, long short term memory" finds "Bidirectional Long Short-Term Memory Networks …" for BiLSTM, which
 * Lucene's synonym rules, applied once, do not.
 */
class ChainedRulesTest {
    private static final String RULES = "lstm, long short term memory\nbilstm, bidirectional lstm\ngcn, graph convolutional network\n";

    @Test
    void aRulesFormIsReadThroughTheRuleOfItsWord() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                Entry.builder("b", "Bidirectional Long Short-Term Memory Networks for Relation Classification").year(2015).build(),
                Entry.builder("c", "Relation Classification via Convolutional Deep Neural Network").year(2014).build(),
                Entry.builder("a", "Attention-Based Relation Classification").year(2016).build()), Synonyms.parse("test rules", RULES))) {
            List<String> ids = ids(searcher.search(FullRequests.builder().query("BiLSTM relation classification").limit(5).build()));
            assertEquals("b", ids.get(0), ids.toString());
        }
    }

    @Test
    void onlyMultiWordFormsOfOtherRulesAreChained() {
        Map<String, List<String>> oneWord = Map.of("lstm", List.of("long short term memory"), "gcn", List.of("graph convolutional network"));
        assertEquals("bilstm, bidirectional lstm, bidirectional long short term memory",
                Synonyms.chained("bilstm, bidirectional lstm", oneWord));
        // the rule's own acronym inside its forms is not read again, and explicit rules and comments are left as written
        assertEquals("lstm, long short term memory", Synonyms.chained("lstm, long short term memory", oneWord));
        assertEquals("x => bidirectional lstm\n# bi lstm, lstm", Synonyms.chained("x => bidirectional lstm\n# bi lstm, lstm", oneWord));
    }
}
