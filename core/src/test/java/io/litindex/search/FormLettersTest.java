package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A title stem that only shares letters with a query word is no form of it: survey (Porter's survei) is not read on
 * into surveillance (surveil), nor prediction (predict) cut back to predicate (predic). A form that leaves out a vowel
 * Porter kept (biology, biological) is still read. Fails with {@code -Dlitindex.readings.off=formletters}.
 */
class FormLettersTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static final Searcher SEARCHER = Searcher.inMemory(List.of(
            paper("survey", "Anomaly Detection: A Survey"),
            paper("surveillance", "Anomaly Detection in Surveillance Videos"),
            paper("prediction", "Gaze Target Prediction in the Wild"),
            paper("predicate", "Visual Relationship Detection with Predicate Features"),
            paper("biology", "Deep Learning for Biology"),
            paper("biological", "Embedding Biological Networks"),
            paper("other", "Graph Networks for Traffic")), Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(10).build());
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.entry().id()).toList();
    }

    @Test
    void aWordEndingInYIsNotReadOnIntoALongerWord() {
        SearchResult r = search("survey");
        assertFalse(ids(r).contains("surveillance"), r.hits().toString());
        assertFalse(r.interpreted().contains(new Interpretation("survey", "surveillance", Interpretation.FORM)), r.interpreted().toString());
    }

    @Test
    void aStemIsNotCutBeforeAConsonant() {
        SearchResult r = search("prediction");
        assertFalse(ids(r).contains("predicate"), r.hits().toString());
    }

    @Test
    void aFormLeavingOutAVowelIsStillRead() {
        SearchResult r = search("biology");
        assertTrue(ids(r).contains("biological"), r.hits().toString());
        assertTrue(r.interpreted().contains(new Interpretation("biology", "biological", Interpretation.FORM)), r.interpreted().toString());
    }
}
