package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A word of a term the rules read as one ("large language models", "self supervised") that an entry holds apart from
 * the term's other words counts half its share of the coverage ({@link TermWords}): "Large Corpus" is no large language
 * model, and its rare word no longer outranks the titles writing the term's common words together. Fails with
 * {@code -Dlitindex.readings.off=termapart} (the first two tests; the third is the guard).
 */
class TermApartTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static final Searcher SEARCHER = Searcher.inMemory(List.of(
            paper("corpus", "Investigating Commentator Bias within a Large Corpus of Football Broadcasts"),
            paper("release", "Release Strategies and the Social Impacts of Language Models"),
            paper("fewshot", "Language Models are Few-Shot Learners"),
            paper("stereo", "Measuring Stereotypical Bias in Pretrained Language Models"),
            paper("toxic", "Evaluating Toxic Degeneration in Language Models"),
            paper("reporting", "Do Neural Language Models Overcome Reporting Bias?"),
            paper("parrots", "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?"),
            paper("hate", "Racial Bias in Hate Speech Detection"),
            paper("corrected", "Predicting Reactions with a Self-Corrected Transformer"),
            paper("flows", "Molecular Graph Generation with Discrete Flows"),
            paper("conformation", "Predicting Molecular Conformation via Graph Score Matching"),
            paper("motif", "Motif-based Graph Self-Supervised Learning for Molecular Property Prediction"),
            paper("properties", "Molecular Property Prediction with Transformers"),
            paper("docking", "Protein Docking with Graph Networks"),
            paper("jailbreak", "Jailbreaking Large Language Models"),
            paper("llm", "Red Teaming LLM Assistants")), Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(10).explain(true).build());
    }

    private static int rank(SearchResult r, String id) {
        List<String> ids = r.hits().stream().map(Hit::entry).map(Entry::id).toList();
        return ids.indexOf(id);
    }

    @Test
    void aRuleTermsWordAloneRanksBelowTheTermsOtherWordsTogether() {
        SearchResult r = search("risks of large language models");
        assertTrue(rank(r, "corpus") > rank(r, "release"), r.hits().toString());
        assertTrue(rank(r, "corpus") > rank(r, "parrots"), r.hits().toString());
        Hit corpus = r.hits().get(rank(r, "corpus"));
        Hit release = r.hits().get(rank(r, "release"));
        assertTrue(corpus.explanation().coverage() < release.explanation().coverage(), r.hits().toString());
    }

    @Test
    void aRelatedTopicsWordAloneRanksBelowTheQuerysOtherWords() {
        SearchResult r = search("self supervised molecular graph");
        assertEquals("motif", r.hits().get(0).entry().id(), r.hits().toString());
        assertTrue(rank(r, "corrected") > rank(r, "flows"), r.hits().toString());
        assertTrue(rank(r, "corrected") > rank(r, "conformation"), r.hits().toString());
    }

    @Test
    void theTermWrittenWholeOrAsItsRuleCountsFully() {
        SearchResult r = search("risks of large language models");
        Hit jailbreak = r.hits().get(rank(r, "jailbreak"));
        Hit llm = r.hits().get(rank(r, "llm"));
        assertEquals(jailbreak.explanation().coverage(), llm.explanation().coverage(), r.hits().toString());
        assertTrue(llm.explanation().coverage() > r.hits().get(rank(r, "release")).explanation().coverage(), r.hits().toString());
        assertEquals(List.of("jailbreak", "llm"), r.hits().subList(0, 2).stream().map(h -> h.entry().id()).sorted().toList());
    }
}
