package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.ImportResult;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Hit;
import io.litindex.model.SearchResult;
import io.litindex.model.Suggestion;
import io.litindex.testing.FullRequests;
import io.litindex.testing.SharedFiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search features on a large real list (awesome-multimodal-llms, read in place from ../shared). */
class LargeListSearchTest {
    private static Searcher searcher;
    private static int size;

    @BeforeAll
    static void open() throws Exception {
        ImportResult list = new MarkdownListReader().read(SharedFiles.require(SharedFiles.LARGE_LIST));
        size = list.entries().size();
        searcher = Searcher.inMemory(list.entries());
    }

    @AfterAll
    static void close() throws Exception {
        if (searcher != null) {
            searcher.close();
        }
    }

    private static List<String> titles(SearchResult result) {
        return result.hits().stream().map(h -> h.entry().title()).collect(Collectors.toList());
    }

    @Test
    void modelNamesAreFoundByTheirParts() {
        List<String> minigpt = titles(searcher.search(FullRequests.builder().query("minigpt").limit(2).build()));
        assertTrue(minigpt.stream().allMatch(t -> t.startsWith("MiniGPT-")), minigpt.toString());
        SearchResult llava = searcher.search(FullRequests.of("llava"));
        assertTrue(llava.total() >= 15, "LLaVA and its many descendants: " + llava.total());
        // each names LLaVA in its title or is the paper whose code repository is LLaVA (Visual Instruction Tuning)
        assertTrue(llava.hits().stream().map(h -> h.entry()).allMatch(e -> e.title().toLowerCase(java.util.Locale.ROOT).contains("llava")
                || "LLaVA".equals(io.litindex.index.Acronyms.repositoryName(e.links()))), titles(llava).toString());
    }

    @Test
    void acronymsMisspellingsAndExclusionsWorkAtScale() {
        SearchResult vqa = searcher.search(FullRequests.of("VQA"));
        assertTrue(vqa.total() >= 10);
        // a generous time limit: this checks the reading at scale, not its speed (a loaded machine took over the default 2 s)
        SearchResult typo = searcher.search(FullRequests.builder().query("halucination").timeLimit(java.time.Duration.ofSeconds(60)).build());
        assertTrue(typo.fuzzy());
        assertEquals("hallucination", typo.suggestion());
        assertEquals(searcher.search(FullRequests.of("hallucination")).total(), typo.total());
        long withLlava = searcher.search(FullRequests.builder().query("llava").limit(0).build()).total();
        assertEquals(size - withLlava, searcher.search(FullRequests.builder().query("-llava").limit(0).build()).total());
    }

    @Test
    void relatedAndAutocompleteOverTheLargeList() {
        List<Hit> related = searcher.related(searcher.search(FullRequests.of("\"MiniGPT-4\"")).hits().get(0).entry().id(), 5);
        assertEquals(5, related.size());
        assertTrue(related.stream().anyMatch(h -> h.entry().title().startsWith("MiniGPT-v2")), related.toString());
        List<Suggestion> mini = searcher.suggest("minig", 5);
        assertFalse(mini.isEmpty());
        assertEquals(Set.of(Suggestion.Type.NAME), mini.stream().limit(2).map(Suggestion::type).collect(Collectors.toSet()));
        assertTrue(mini.get(0).text().startsWith("MiniG"), mini.toString());
    }
}
