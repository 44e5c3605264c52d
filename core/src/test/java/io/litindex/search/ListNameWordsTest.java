package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.model.Entry;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word of the list's name, which every entry's sections hold (awesome-single-cell-papers), still ranks the entries
 * whose titles write it above those that do not: in the combined text it has almost no IDF, so a list-wide word's
 * title scores it on its own. Fails with
 * {@code -Dlitindex.readings.off=listwide}.
 */
class ListNameWordsTest {
    /** The shared single-cell list, named awesome-deep-learning-single-cell-papers above all its 350 entries. */
    @Test
    void onTheSingleCellListTheSingleCellFoundationModelsComeFirst() throws Exception {
        List<Entry> entries = new io.litindex.ingest.MarkdownListReader()
                .read(io.litindex.testing.SharedFiles.require("corpora/single-cell-deep-learning.md")).entries();
        try (Searcher searcher = Searcher.inMemory(entries, Synonyms.configured())) {
            List<String> titles = searcher.search(FullRequests.builder().query("single-cell foundation model").limit(3).build())
                    .hits().stream().map(h -> h.entry().title()).toList();
            // without the reading "GET: a foundation model of transcription across human cell types" is second
            assertEquals(3, titles.stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains("single-cell")).count(), titles.toString());
        }
    }
}
