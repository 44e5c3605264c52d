package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A list named after its field by the field's short form (Awesome-RS-VL-Data: RS, remote sensing) above every entry:
 * a query writing the long form inside a longer rule's run ("remote sensing image captioning", the rule RSIC) reads
 * the short form too, so the caption data sets, which never write "remote sensing", match every word of the query and
 * rank above the remote-sensing titles about other tasks. Fails with {@code -Dlitindex.readings.off=listfield}.
 */
class ListFieldTest {
    private static Entry entry(String id, String title, String heading) {
        return Entry.builder(id, title).sections(List.of("Awesome-RS-VL-Data > " + heading)).build();
    }

    private static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        out.add(entry("ucm", "UCM-Captions: an image captioning dataset", "Image Captioning"));
        out.add(entry("sydney", "Sydney-Captions: image captioning with sentences", "Image Captioning"));
        out.add(entry("rsicd", "Exploring Models and Data for Image Captioning", "Image Captioning"));
        String[] tasks = {"Segmentation", "Classification", "Retrieval", "Change Detection", "Object Detection", "Super-Resolution",
            "Scene Graphs", "Pansharpening", "Dehazing", "Denoising", "Registration"};
        for (String task : tasks) {
            out.add(entry(task.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), "Remote Sensing Image " + task + " Benchmark", task));
        }
        String[] others = {"Visual Grounding in Aerial Scenes", "Question Answering over Satellite Scenes", "Vision-Language Agents",
            "Instruction Tuning Data for Earth Observation", "Geo-Localization Across Views", "Multimodal Benchmarks for VLMs",
            "Ship Detection Data"};
        for (String other : others) {
            out.add(entry(other.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), other, "Other"));
        }
        return out;
    }

    private static final Searcher LIST = Searcher.inMemory(entries(), Synonyms.configured());

    @AfterAll
    static void close() {
        LIST.close();
    }

    @Test
    void theListsFieldDoesNotLowerItsEntries() {
        SearchResult result = LIST.search(FullRequests.builder().query("remote sensing image captioning").limit(10).build());
        List<String> ids = result.hits().stream().map(h -> h.entry().id()).toList();
        assertEquals(List.of("rsicd", "sydney", "ucm"), ids.subList(0, 3).stream().sorted().toList(), ids.toString());
        assertTrue(result.interpreted().stream().anyMatch(i -> i.word().equals("remote sensing") && i.readAs().equalsIgnoreCase("rs")
                && i.how().equals(Interpretation.SYNONYM)), result.interpreted().toString());
    }
}
