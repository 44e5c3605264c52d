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

/**
 * A name may leave out the second part of a hyphenated modifier that begins its title (Field-aware Factorization
 * Machines: FFM), in lower case as in capitals; elsewhere in a title the modifier keeps both letters.
 */
class ModifierInitialsTest {
    @Test
    void aModifiersSecondPartMayGiveNoLetterWhereTheTitleBegins() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                Entry.builder("z1", "Field-aware zorb machines for click prediction").year(2016).build(),
                Entry.builder("z2", "Scalable Field-Aware Zorb Machines").year(2017).build(),
                Entry.builder("z3", "Zorb machines").year(2010).build()), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("FZM").limit(10).build());
            List<String> ids = ids(result);
            assertEquals(List.of("z1"), ids, result.interpreted().toString());
            assertTrue(result.interpreted().contains(new Interpretation("FZM", "initials of title words", Interpretation.INITIALS)),
                    result.interpreted().toString());
            // both letters, as before, wherever the modifier stands
            SearchResult both = searcher.search(FullRequests.builder().query("FAZM").limit(10).build());
            assertEquals(List.of("z1", "z2"), ids(both).stream().sorted().toList());
        }
    }
}
