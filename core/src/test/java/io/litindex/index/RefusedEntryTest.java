package io.litindex.index;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.search.LuceneSearchers;
import io.litindex.search.Searcher;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * An entry built in code (the readers never make one) with a value Lucene refuses is refused by name, and the
 * index goes on: the entries before and after it are indexed and committed.
 */
class RefusedEntryTest {
    @Test
    void anEntryWithAnImmenseValueIsRefusedByNameAndTheIndexGoesOn() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (Indexer indexer = LuceneIndexers.open(dir)) {
            indexer.put(Entry.builder("before", "An entry before").build());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> indexer.put(Entry.builder("long-author", "Title").authors(List.of("x".repeat(40_000))).build()));
            assertTrue(e.getMessage().startsWith("entry 'long-author' cannot be indexed: Document contains at least one immense term"),
                    e.getMessage());
            assertTrue(e.getMessage().indexOf('\n') < 0 && e.getMessage().length() < 300, e.getMessage());
            IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                    () -> indexer.put(Entry.builder("i".repeat(40_000), "Title").build()));
            assertTrue(id.getMessage().startsWith("entry '" + "i".repeat(60) + "…' cannot be indexed"), id.getMessage());
            indexer.put(Entry.builder("after", "An entry after").build());
            indexer.commit();
        }
        try (Searcher searcher = LuceneSearchers.open(dir)) {
            assertEquals(List.of("after", "before"), ids(searcher.search(FullRequests.builder().query("entry").build())).stream().sorted().toList());
        }
    }
}
