package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A topic also found, at a low weight, through the words its field writes it with (related-terms.txt). */
class RelatedTermsTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static final List<Entry> LIST = List.of(
            paper("rl", "Reinforcement Learning for Molecule Design"),
            paper("policy", "Graph Convolutional Policy Network for Goal-Directed Molecular Graph Generation"),
            paper("many", "Policy, Reward and Agent: Three Views of Molecule Design"),
            paper("dl1", "Deep Learning on Graphs"),
            paper("dl2", "Learning Graph Representations"),
            paper("dl3", "Learning to Rank Molecules"),
            paper("mol", "Convolutional Networks on Graphs for Learning Molecular Fingerprints"),
            paper("img", "Image Classification with Residual Networks"));

    private static final Searcher SEARCHER = Searcher.inMemory(LIST, Synonyms.configured());

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(10).build());
    }

    @Test
    void aTopicFindsTitlesWritingItsRelatedTermsBelowTitlesWritingIt() {
        SearchResult r = search("reinforcement learning");
        List<String> ids = ids(r);
        assertEquals("rl", ids.get(0), ids.toString());
        // the two titles speaking of policies come next, above titles matching "learning" alone,
        // and the one writing three related terms does not outrank the one writing the topic
        assertEquals(List.of("policy", "many"), ids.subList(1, 3).stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids.toString());
        assertTrue(r.interpreted().contains(new Interpretation("reinforcement learning", "policy", Interpretation.RELATED)), r.interpreted().toString());
    }

    @Test
    void aTopicInsideALongerTopicStillReadsItsRelatedTerms() {
        // "inverse reinforcement learning" is a topic (reward learning, apprenticeship learning) holding the topic
        // "reinforcement learning" (policy, reward, agent): both apply, the longer one's terms covering more words
        List<Entry> list = List.of(
                paper("irl", "Apprenticeship Learning for Zorb Control"),
                paper("policy", "Zorb Policy Search"),
                paper("inverse", "Inverse Problems in Zorb Imaging"),
                paper("learn", "Zorb Embeddings"),
                paper("img", "Image Classification with Residual Networks"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult r = searcher.search(FullRequests.builder().query("inverse reinforcement learning").limit(10).build());
            assertEquals(List.of("irl", "policy", "inverse"), ids(r), r.interpreted().toString());
            assertTrue(r.interpreted().contains(new Interpretation("reinforcement learning", "policy", Interpretation.RELATED)),
                    r.interpreted().toString());
        }
    }

    @Test
    void aTopicNoTitleWritesIsFoundThroughItsField() {
        // no title says "drug discovery": the molecular ones are what the field means
        List<String> ids = ids(search("drug discovery"));
        assertEquals(java.util.Set.of("policy", "mol", "rl", "many", "dl3"), java.util.Set.copyOf(ids), ids.toString());
    }

    @Test
    void aWordWithoutRulesIsNotChanged() {
        SearchResult r = search("residual networks");
        assertTrue(r.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.RELATED)), r.interpreted().toString());
        assertEquals("img", ids(r).get(0));
    }
}
