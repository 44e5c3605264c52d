package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.testing.FullRequests;
import io.litindex.model.SearchResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A verb's irregular forms, which the Porter stemmer leaves apart from it (jailbreak / jailbroken, freezing / frozen,
 * handwritten / handwriting), read as word forms through the titles' stems; a word with no irregular form is read as
 * typed. Fails with {@code -Dlitindex.readings.off=irregular}.
 */
class IrregularFormTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).venue("arXiv").year(2023).build();
    }

    private static final Searcher LIST = Searcher.inMemory(List.of(
            paper("j1", "Jailbroken: How Does Zorb Training Fail?"),
            paper("s1", "Safety Benchmarks for Zorb Chat Models"),
            paper("s2", "Harmful Prompts and Zorb Refusals"),
            paper("f1", "Frozen Zorb Encoders for Retrieval"),
            paper("f2", "Zorb Encoders Trained End to End"),
            paper("h1", "Handwriting Recognition with Zorb Networks"),
            paper("h2", "Speech Recognition with Zorb Networks"),
            paper("k1", "Kert Training at Scale")), Synonyms.configured());

    @AfterAll
    static void close() {
        LIST.close();
    }

    private static SearchResult search(String query) {
        return LIST.search(FullRequests.builder().query(query).limit(10).build());
    }

    @Test
    void aVerbFindsItsIrregularParticiple() {
        // without the reading, only the related terms of "jailbreak" (safety, harmful) find anything
        SearchResult result = search("jailbreak");
        assertEquals("j1", ids(result).get(0), ids(result) + " " + result.interpreted());
        assertTrue(result.interpreted().contains(new Interpretation("jailbreak", "jailbroken", Interpretation.FORM)),
                result.interpreted().toString());
    }

    @Test
    void anInflectedVerbFindsTheParticipleAndBack() {
        SearchResult frozen = search("freezing zorb encoders");
        assertEquals("f1", ids(frozen).get(0), ids(frozen) + " " + frozen.interpreted());
        SearchResult written = search("handwritten recognition");
        assertEquals("h1", ids(written).get(0), ids(written) + " " + written.interpreted());
        assertTrue(written.interpreted().contains(new Interpretation("handwritten", "handwriting", Interpretation.FORM)),
                written.interpreted().toString());
    }

    @Test
    void aWordWithoutIrregularFormsIsReadAsTyped() {
        SearchResult result = search("zorb training");
        assertTrue(result.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.FORM)), result.interpreted().toString());
        assertEquals("j1", ids(result).get(0), ids(result).toString());
    }
}
