package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word whose other form ends in y, which Porter stems to i (jointly → jointli, noisy → noisi), is found as the
 * titles write it: the title word of such a stem does not begin with the stem. Fails with
 * {@code -Dlitindex.readings.off=yform}.
 */
class YFormTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    @Test
    void aBaseWordFindsItsFamilyWrittenWithY() {
        List<Entry> list = List.of(
                paper("jointly", "Jointly Identifying Entities and Extracting Relations in Encyclopedia Text"),
                paper("walk", "A Walk-Based Model on Entity Graphs for Relation Extraction"),
                paper("desc", "Distant Supervision for Relation Extraction with Entity Descriptions"),
                paper("att", "Attention over Instances for Relation Extraction"),
                paper("kernel", "Kernel Methods for Relation Extraction"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            // joint and jointly (jointli) stem apart, and "jointly" does not begin with "jointli"
            SearchResult joint = searcher.search(FullRequests.builder().query("joint entity and relation extraction").limit(3).build());
            assertEquals("jointly", joint.hits().get(0).entry().id(), joint.hits().toString());
            assertTrue(joint.interpreted().contains(new Interpretation("joint", "jointly", Interpretation.FAMILY)), joint.interpreted().toString());
        }
    }
}
