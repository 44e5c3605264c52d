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
 * A corrected word (a typo, a word in its other spelling) reads the related terms and rules of its correction as the word
 * typed right does, at the typo's weight: "opthalmology" finds the retinal and fundus papers (ophthalmology's related
 * terms) below the papers writing "ophthalmology". Fails with {@code -Dlitindex.readings.off=corrected}.
 */
class CorrectedRelatedTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).venue("arXiv").year(2024).build();
    }

    private static final Searcher SEARCHER = Searcher.inMemory(List.of(
            paper("o1", "Large Language Models in Ophthalmology: A Review"),
            paper("o2", "Ophthalmology Question Answering with Multimodal Models"),
            paper("r1", "Retinal Image Analysis with Foundation Models"),
            paper("r2", "Fundus Photograph Grading by Vision Language Models"),
            paper("r3", "A Chatbot for Glaucoma Triage"),
            paper("c1", "A Chatbot for Medication Questions"),
            paper("t1", "Tumor Segmentation in Brain MRI"),
            paper("t2", "Cancer Staging from Pathology Reports"),
            paper("t3", "Lesion Detection in Chest CT"),
            paper("x1", "Clinical Notes Summarization with Language Models"),
            paper("x2", "Radiology Report Generation with Vision Transformers")), Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    @Test
    void aTypoReadsItsCorrectionsRelatedTerms() {
        SearchResult result = search(SEARCHER, "opthalmology");
        List<String> ids = ids(result);
        assertEquals(List.of("o1", "o2"), ids.subList(0, 2).stream().sorted().toList(), ids.toString());
        assertTrue(ids.containsAll(List.of("r1", "r2", "r3")), ids.toString());
        assertTrue(result.interpreted().contains(new Interpretation("opthalmology", "ophthalmology", Interpretation.TYPO)),
                result.interpreted().toString());
        assertTrue(result.interpreted().contains(new Interpretation("opthalmology", "fundus", Interpretation.RELATED)),
                result.interpreted().toString());
    }

    @Test
    void aTypoAmongGoodWordsRanksAsTheWordTypedRight() {
        List<String> typedRight = ids(search(SEARCHER, "ophthalmology chatbot"));
        List<String> typo = ids(search(SEARCHER, "opthalmology chatbot"));
        assertEquals("r3", typedRight.get(0), typedRight.toString());
        assertEquals(typedRight.subList(0, 2), typo.subList(0, 2), typo.toString());
    }

    @Test
    void theWordTypedRightIsUnchanged() {
        SearchResult result = search(SEARCHER, "ophthalmology");
        List<String> ids = ids(result);
        assertEquals(List.of("o1", "o2"), ids.subList(0, 2).stream().sorted().toList(), ids.toString());
        assertTrue(ids.containsAll(List.of("r1", "r2", "r3")), ids.toString());
        assertTrue(result.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.TYPO)), result.interpreted().toString());
    }

    @Test
    void aWordInItsOtherSpellingReadsTheRelatedTermsOfThatSpelling() {
        SearchResult result = search(SEARCHER, "tumour");
        List<String> ids = ids(result);
        assertEquals("t1", ids.get(0), ids.toString());
        assertTrue(ids.containsAll(List.of("t2", "t3")), ids.toString());
        assertTrue(result.interpreted().contains(new Interpretation("tumour", "cancer", Interpretation.RELATED)), result.interpreted().toString());
    }
}
