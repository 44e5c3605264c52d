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
 * A word of a term the rules read as one ("large" of "large language models") that an entry holds apart from the
 * term's other words scores with no more IDF than the term's commonest word ({@link TermWordCap}): "Large Corpus" is no
 * large language model, and its rare word no longer outranks the titles writing the term's common words together.
 * The first test fails with {@code -Dlitindex.readings.off=termcap}; the others are guards.
 */
class TermWordCapTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static final Searcher SEARCHER = Searcher.inMemory(List.of(
            Entry.builder("corpus", "Investigating Commentator Bias within a Large Corpus of Football Broadcasts")
                    .section("Data, Models, and Metrics").build(),
            paper("release", "Release Strategies and the Social Impacts of Language Models"),
            paper("fewshot", "Language Models are Few-Shot Learners"),
            paper("stereo", "Measuring Stereotypical Bias in Pretrained Language Models"),
            paper("toxic", "Evaluating Toxic Degeneration in Language Models"),
            paper("reporting", "Do Neural Language Models Overcome Reporting Bias?"),
            paper("parrots", "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?"),
            paper("hate", "Racial Bias in Hate Speech Detection"),
            paper("vision", "Scaling Vision Models"),
            paper("graph", "Graph Models of Speech"),
            paper("jailbreak", "Jailbreaking Large Language Models"),
            paper("llm", "Red Teaming LLM Assistants")), Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(12).explain(true).build());
    }

    private static int rank(SearchResult r, String id) {
        return r.hits().stream().map(Hit::entry).map(Entry::id).toList().indexOf(id);
    }

    @Test
    void aRuleTermsRareWordAloneRanksBelowTheTermsOtherWordsTogether() {
        SearchResult r = search("risks of large language models");
        assertTrue(rank(r, "corpus") > rank(r, "release"), r.hits().toString());
        assertTrue(rank(r, "corpus") > rank(r, "parrots"), r.hits().toString());
    }

    @Test
    void theCoverageIsLeftAsItIs() {
        SearchResult r = search("risks of large language models");
        Hit corpus = r.hits().get(rank(r, "corpus"));
        Hit release = r.hits().get(rank(r, "release"));
        assertEquals(release.explanation().coverage(), corpus.explanation().coverage(), r.hits().toString());
    }

    @Test
    void theTermWrittenWholeOrAsItsRuleComesFirst() {
        SearchResult r = search("risks of large language models");
        assertEquals(List.of("jailbreak", "llm"), r.hits().subList(0, 2).stream().map(h -> h.entry().id()).sorted().toList(),
                r.hits().toString());
    }
}
