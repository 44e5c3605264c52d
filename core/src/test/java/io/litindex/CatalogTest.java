package io.litindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final List<Entry> entries = Catalog.bundledEntries();

    private Entry byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no entry " + id));
    }

    @Test
    void holdsTheSeedsThirtySevenDistinctEntries() {
        assertEquals(37, entries.size());
        assertEquals(27, entries.stream().filter(e -> e.kind() == Kind.PAPER).count());
        assertEquals(10, entries.stream().filter(e -> e.kind() == Kind.DATASET).count());
        assertEquals(37, entries.stream().map(Entry::id).collect(Collectors.toSet()).size(), "ids are unique");
    }

    @Test
    void rs5mIsOneEntryListedInTwoSections() {
        Entry rs5m = byId("2306.11300");
        assertEquals(List.of(
                "Awesome Papers > Vision-Language Pre-training Models for Remote Sensing",
                "Awesome Datasets > Datasets of Pre-Training for Alignment"), rs5m.sections());
        assertEquals(2, rs5m.sources().size());
        assertEquals("https://github.com/om-ai-lab/RS5M", rs5m.link(Links.CODE));
    }

    @Test
    void misEncodedNamesAreRepaired() {
        assertTrue(byId("2311.14656").authors().contains("T. Lüddecke"));
        assertTrue(byId("the-potential-of-visual-chatgpt-for-remote-sensing").authors().contains("W. N. Gonçalves"));
        assertEquals("Parameter-Efficient Transfer Learning for Remote Sensing Image–Text Retrieval", byId("2308.12509").title());
        assertTrue(entries.stream().noneMatch(e -> e.title().contains("√") || e.authors().stream().anyMatch(a -> a.contains("√"))));
    }

    @Test
    void fieldsOfARowAreStructured() {
        Entry skyeye = byId("2401.09712");
        assertEquals("SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model", skyeye.title());
        assertEquals(List.of("Y. Zhan", "Z. Xiong", "Y. Yuan"), skyeye.authors());
        assertEquals("arXiv", skyeye.venue());
        assertEquals(2024, skyeye.year());
        assertEquals("2024-01-18", skyeye.date());
        assertEquals("https://github.com/ZhanYang-nwpu/SkyEyeGPT", skyeye.link(Links.CODE));
        assertEquals("https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k", skyeye.link(Links.DATA));

        Entry dataset = byId("skyeye-968k");
        assertEquals(Kind.DATASET, dataset.kind());
        assertEquals(968_000L, dataset.size());
        assertEquals("2401.09712", dataset.sourcePaper().id());

        Entry geochat = byId("2311.15826");
        assertEquals("accepted by CVPR-24", geochat.note());
        Entry jiao = byId("brain-inspired-remote-sensing-foundation-models-and-open");
        assertEquals(List.of("L. Jiao"), jiao.authors());
        assertTrue(jiao.etAl());
        assertEquals(Set.of("arXiv", "T-GRS", "Remote Sensing", "ICLR", "AAAI", "MGRS", "JSTARS"),
                entries.stream().map(Entry::venue).collect(Collectors.toSet()));
    }

    @Test
    void roundTripsThroughJackson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonEntries.writeArray(entries, out);
        List<Entry> back = JsonEntries.readArray(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(entries, back);
        Path file = Path.of("..", "index-data", "rs-mllms.json");
        if (Files.exists(file)) {
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8),
                    "the catalog file is exactly what writing its entries produces");
        }
    }
}
