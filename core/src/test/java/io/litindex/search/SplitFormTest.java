package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.model.Entry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A word written apart ("Multi-Modal") scores as the word written joined ("multimodal"), not as two rarer words
 * ({@link SameWordQuery}): in a list where most titles say "Multimodal", a long title writing "Multi-Modal" does not
 * outrank a short one writing "Multimodal" beside the query's other word, whether the query writes the word joined or
 * apart ("multi-modal"). Fails with {@code -Dlitindex.shape.off=sameword}.
 */
class SplitFormTest {
    private static final Searcher LIST = Searcher.inMemory(entries(), Synonyms.configured());

    private static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        String[] topics = {"Dialogue Systems", "Retrieval", "Reasoning Benchmarks", "Instruction Tuning", "Video Understanding",
            "Hallucination", "Agents", "Document Parsing", "Chart Question Answering", "Speech Translation"};
        for (String topic : topics) {
            out.add(Entry.builder(topic.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), "Multimodal " + topic).build());
        }
        out.add(Entry.builder("joined", "Multimodal Zorb Alignment").build());
        out.add(Entry.builder("split", "Learning Multi-Modal Representations for Zorb Alignment at Scale").build());
        out.add(Entry.builder("ksplit", "Accelerated Super-Resolution of Zorb Scans").build());
        out.add(Entry.builder("other", "Zorb Alignment without Labels").build());
        return out;
    }

    @AfterAll
    static void close() {
        LIST.close();
    }

    @Test
    void theSplitFormOfACommonWordScoresAsTheJoinedWord() {
        assertEquals(List.of("joined", "split"), ids(LIST, "multimodal zorb").subList(0, 2));
    }

    @Test
    void theWordTypedApartScoresTheJoinedTitleAsTheSplitOne() {
        // the query written apart, the titles both ways: the order is the one of the query written joined
        assertEquals(List.of("joined", "split"), ids(LIST, "multi-modal zorb").subList(0, 2));
        assertEquals(List.of("joined", "split"), ids(LIST, "multi modal zorb").subList(0, 2));
    }

    @Test
    void aWordNoEntryHoldsStillFindsItsSplitFormFirst() {
        // nothing writes "superresolution" joined: the split form is all there is, and counts whole
        assertEquals("ksplit", ids(LIST, "superresolution zorb").get(0));
    }
}
