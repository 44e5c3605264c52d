package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A misspelled word of a phrase the rules know is read through the phrase: "visual grouding" is the rule input "visual
 * grounding" but for one edit, though no title writes "grounding". Fails with {@code -Dlitindex.readings.off=ruletypo}.
 */
class RuleTyposTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static final List<Entry> LIST = List.of(
            paper("geo", "Zorbchat: Grounded Large Vision-Language Model for Remote Sensing"),
            paper("vis1", "Visual Instruction Tuning for Remote Sensing Images"),
            paper("vis2", "Visual Question Answering on Aerial Images"),
            paper("vis3", "The Potential of Visual Agents for Remote Sensing"),
            paper("cap", "Remote Sensing Image Captioning with Transformers"),
            paper("chg", "Change Detection with Siamese Networks"),
            paper("seg", "Semantic Segmentation of Aerial Scenes"),
            paper("ret", "Cross-Modal Retrieval of Satellite Images"));

    @Test
    void aMisspelledWordOfARulesPhraseIsReadThroughThePhrase() {
        try (Searcher searcher = Searcher.inMemory(LIST, Synonyms.configured())) {
            SearchResult r = searcher.search(FullRequests.builder().query("visual grouding").limit(3).build());
            assertEquals("geo", r.hits().get(0).entry().id(), r.hits().toString());
            assertTrue(r.interpreted().stream().anyMatch(i -> i.word().equals("visual grouding")), r.interpreted().toString());
        }
    }

    @Test
    void aWordTheIndexHoldsOrAPhraseTheRunDoesNotHoldIsLeftAsTyped() {
        try (Searcher searcher = Searcher.inMemory(LIST, Synonyms.configured())) {
            // "aerial" is written: no rule word stands for it, whatever rule is one edit away
            assertTrue(searcher.search(FullRequests.builder().query("visual aerial").limit(3).build()).interpreted().stream()
                    .noneMatch(i -> i.how().equals(Interpretation.TYPO)));
            // a word one edit from a rule's word, but the run does not hold the rule's other words
            assertTrue(searcher.search(FullRequests.builder().query("grouding agents").limit(3).build()).interpreted().stream()
                    .noneMatch(i -> i.word().equals("grouding agents")));
        }
    }

    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertEquals(1, RuleTypos.distance("groud", "ground", 2));
        assertEquals(1, RuleTypos.distance("segmnetation", "segmentation", 2));
        assertEquals(3, RuleTypos.distance("abc", "xyz", 2));
    }
}
