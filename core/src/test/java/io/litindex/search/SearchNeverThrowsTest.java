package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.InvalidRequestException;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Any query text either searches or is refused with one line: never another exception. */
class SearchNeverThrowsTest {
    private static final Searcher SEARCHER = Searcher.bundled();

    @AfterContainer
    static void close() throws Exception {
        SEARCHER.close();
    }

    @Property(tries = 100)
    void anyQuerySearchesOrIsAnInvalidRequest(@ForAll("queries") String query) {
        try {
            SearchResult result = SEARCHER.search(SearchRequest.builder().query(query).limit(5).build());
            assertTrue(result.total() >= result.hits().size());
            assertTrue(result.total() <= 37);
            SEARCHER.suggest(query, 3);
        } catch (InvalidRequestException e) {
            assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"), e.getMessage());
        }
    }

    /** The syntax's own characters and words, catalog words and typos, mixed with arbitrary text. */
    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("\"", "-", "*", " OR ", "(", ")", ":", " ", "/", "title:", "year:", "kind:", "author:",
                        "venue:", "section:", "..", "2023", "2024", "dataset", "sky", "clip", "grouding", "remote sensing",
                        "vqa", "Zhan", "the", "é", "\u201C", "中文"),
                Arbitraries.strings().ofMaxLength(8));
        return pieces.list().ofMaxSize(10).map(l -> String.join("", l));
    }
}
