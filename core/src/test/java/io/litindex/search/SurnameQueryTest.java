package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A query word that only authors hold (a surname typed beside a topic, "Sainath LVCSR") scores its authors clause with
 * the weights a title word has: the author's entries rank above entries whose heading alone holds the topic, and the
 * entry by the author on the topic first. Fails with {@code -Dlitindex.readings.off=surname}.
 */
class SurnameQueryTest {
    private static Entry paper(String id, String title, List<String> authors, List<String> sections) {
        return Entry.builder(id, title).authors(authors).sections(sections).build();
    }

    private static final Searcher LIST = Searcher.inMemory(List.of(
            paper("both", "Deep Convolutional Networks for QRZT", List.of("T. Zorbson", "A. Smith"), List.of("Speech")),
            paper("by1", "Sequence Training of Recurrent Models", List.of("T. Zorbson"), List.of("Speech")),
            paper("by2", "Multichannel Front Ends for Far Speech", List.of("T. Zorbson", "B. Jones"), List.of("Speech")),
            paper("t1", "Very Deep Networks for QRZT", List.of("T. Sercu"), List.of("Speech")),
            paper("h1", "Lattice Rescoring with Long Contexts", List.of("K. Lee"), List.of("Speech", "QRZT Systems")),
            paper("h2", "Decoding Graphs at Scale", List.of("M. Mohri"), List.of("Speech", "QRZT Systems")),
            paper("f1", "Speech Recognition with Deep Recurrent Networks", List.of("A. Graves"), List.of("Speech")),
            paper("f2", "Attention Is All You Need", List.of("A. Vaswani"), List.of("Speech"))), Synonyms.configured());

    @AfterAll
    static void close() {
        LIST.close();
    }

    @Test
    void theSurnamesEntriesRankAboveEntriesWhoseHeadingAloneHoldsTheTopic() {
        List<String> ids = ids(LIST, "Zorbson QRZT");
        assertEquals("both", ids.get(0), ids.toString());
        for (String by : List.of("by1", "by2")) {
            for (String heading : List.of("h1", "h2")) {
                assertTrue(ids.indexOf(by) >= 0 && ids.indexOf(by) < ids.indexOf(heading), ids.toString());
            }
        }
    }
}
