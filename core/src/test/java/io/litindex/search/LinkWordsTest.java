package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.index.LinkWords;
import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.ScorePart;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words an entry's links write that its text does not (github.com/robinjia/adversarial-squad: squad). */
class LinkWordsTest {
    private static final List<Entry> LIST = List.of(
            Entry.builder("squad1", "Adversarial Examples for Evaluating Reading Comprehension Systems")
                    .link("paper", "https://www.aclweb.org/anthology/D17-1215")
                    .link("code", "https://github.com/robinjia/adversarial-squad").build(),
            Entry.builder("squad2", "Improving the Robustness of Question Answering Systems to Question Paraphrasing")
                    .link("data", "https://github.com/nusnlp/paraphrasing-squad").build(),
            Entry.builder("comp", "Robust Machine Comprehension Models via Adversarial Training")
                    .link("data", "https://drive.google.com/drive/folders/xyz").build(),
            Entry.builder("cloud", "An Interactive Perception Network for Large Language Models")
                    .link("code", "https://github.com/someone/LingCloud").build(),
            Entry.builder("ling", "Point Cloud Understanding with Language Models").build(),
            Entry.builder("gan", "Zorbic Graph Attention Networks")
                    .link("code", "https://github.com/lab/zorbic-graph-attention").build(),
            Entry.builder("gat2", "Graph Attention for Zorbic Lattices").build());

    @Test
    void aWordOnlyALinkWritesFindsItsEntries() {
        try (Searcher s = Searcher.inMemory(LIST, Synonyms.configured())) {
            SearchResult r = s.search(FullRequests.of("SQuAD"));
            assertEquals(List.of("squad1", "squad2"), ids(r).stream().sorted().toList(),
                    "the two entries whose code or data repository writes squad, and no other");
            assertTrue(r.interpreted().contains(new Interpretation("SQuAD", "squad", Interpretation.LINK)), r.interpreted().toString());
            ScoreExplanation e = s.explain(FullRequests.of("SQuAD"), "squad1").orElseThrow();
            assertTrue(e.parts().stream().anyMatch(p -> p.part().equals(ScorePart.LINK_WORDS)), e.parts().toString());
            // with a word of the titles: the entry whose title writes it and whose link writes squad comes first
            assertEquals("squad1", s.search(FullRequests.of("squad adversarial")).hits().get(0).entry().id());
        }
    }

    @Test
    void aWordItsOwnTextWritesIsNotCountedTwice() {
        Entry gan = LIST.get(5);
        assertEquals(List.of(), LinkWords.of(gan), "zorbic, graph and attention are the title's words already");
        assertEquals(List.of("squad"), LinkWords.of(LIST.get(1)), "paraphrasing is the title's");
        assertEquals(List.of("squad"), LinkWords.of(LIST.get(0)));
        try (Searcher s = Searcher.inMemory(LIST, Synonyms.configured())) {
            ScoreExplanation e = s.explain(FullRequests.of("zorbic"), "gan").orElseThrow();
            assertTrue(e.parts().stream().noneMatch(p -> p.part().equals(ScorePart.LINK_WORDS)), e.parts().toString());
            SearchResult r = s.search(FullRequests.of("zorbic"));
            assertTrue(r.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.LINK)), r.interpreted().toString());
        }
    }

    @Test
    void aNamesWordsAreWhatItsBreaksSeparate() {
        // LingCloud is a name: its parts are no words of the repository (a point cloud query does not find it)
        assertEquals(List.of("lingcloud"), LinkWords.of(LIST.get(3)));
        try (Searcher s = Searcher.inMemory(LIST, Synonyms.configured())) {
            assertEquals(List.of("ling"), ids(s.search(FullRequests.of("cloud"))));
        }
        // a paper's link, an awesome list, an account's page and build words say nothing of the entry
        Entry other = Entry.builder("x", "Something Else")
                .link("paper", "https://github.com/a/paper-squad")
                .link("other", "https://github.com/a/awesome-squad")
                .link("code", "https://github.com/zorbnetlab")
                .link("model", "https://huggingface.co/org/Zorb-Base-v2")
                .link("data", "https://huggingface.co/datasets/org/lattice_qa")
                .link("project", "https://someone.github.io/ZorbPage/")
                .link("demo", "https://github.com/b/zorbnet-pytorch-official").build();
        assertEquals(java.util.Set.of("zorb", "base", "lattice", "zorbpage", "zorbnet"), java.util.Set.copyOf(LinkWords.of(other)));
    }
}
