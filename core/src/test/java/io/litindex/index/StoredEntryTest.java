package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litindex.Catalog;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Link;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import io.litindex.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoredEntryTest {
    private static Entry read(String json) throws Exception {
        byte[] bytes = ("xx" + json).getBytes(StandardCharsets.UTF_8);
        return StoredEntry.read(bytes, 2, bytes.length - 2);
    }

    @Test
    void readsEveryCatalogEntryExactlyAsDataBindingDoes() throws Exception {
        for (Entry e : Catalog.bundledEntries()) {
            String json = JsonEntries.toJson(e);
            assertEquals(JsonEntries.parseEntry(json), read(json), e.id());
            assertEquals(e, read(json));
        }
    }

    @Test
    void readsEveryFieldOfAFullEntry() throws Exception {
        Entry full = new Entry("id-1", Kind.DATASET, "T \"q\" \u00fc \u9065", List.of("TQ", "T-Q"), List.of("A", "A", "B"), true, "V", "v 2024", 2024,
                "2024-02", List.of("S > T", "S > T"), List.of(Link.of(Links.DATA, "https://d"), new Link("custom", "https://c", "Custom label"),
                        Link.of(Links.DATA, "https://d2"), Link.of(Links.DATA, "https://d/")),
                "note\nline", Map.of("Geo-Loc.", "Geo-Localization"), new PaperRef("P", "https://p", "pid"), List.of("D1", "D-2"), 968_000L, "968k",
                List.of(new Source("a.md", 3), new Source("a.md", 3)), Map.of("year", Entry.ORIGIN_HEADING));
        String json = JsonEntries.toJson(full);
        assertEquals(full, read(json));
        assertEquals(JsonEntries.parseEntry(json), read(json));
    }

    /** Every property of an entry's JSON is one this reader knows; a new one must be added there (or it falls back). */
    @Test
    void knowsEveryPropertyOfTheEntryRecord() {
        Set<String> components = Arrays.stream(Entry.class.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
        assertEquals(Set.of("id", "kind", "title", "aliases", "authors", "etAl", "venue", "venueAsWritten", "year", "date", "sections",
                "links", "note", "legend", "sourcePaper", "datasetNames", "size", "sizeAsWritten", "sources", "origins"), components,
                "Entry changed: teach StoredEntry the new field (until then it reads such documents with data binding)");
    }

    @Test
    void anUnknownFieldMeansDataBindingReadsIt() throws Exception {
        assertNull(read("{\"id\":\"x\",\"title\":\"T\",\"rating\":5}"));
        assertNull(read("{\"id\":\"x\",\"title\":\"T\",\"sourcePaper\":{\"title\":\"P\",\"doi\":\"10.1/x\"}}"));
        assertEquals(Entry.builder("x", "T").build(), read("{\"id\":\"x\",\"title\":\"T\",\"venue\":null}"));
    }

    @Test
    void linksReadInBothFormsAndAnUnknownLinkFieldFallsBack() throws Exception {
        String old = "{\"id\":\"x\",\"title\":\"T\",\"links\":{\"code\":\"https://github.com/a/b\",\"paper\":\"https://p\"}}";
        Entry expected = Entry.builder("x", "T").link(Links.PAPER, "https://p").link(Links.CODE, "https://github.com/a/b").build();
        assertEquals(expected, read(old));
        assertEquals(JsonEntries.parseEntry(old), read(old));
        String two = "{\"id\":\"x\",\"title\":\"T\",\"links\":[{\"kind\":\"code\",\"url\":\"https://github.com/a/b\"},"
                + "{\"kind\":\"code\",\"url\":\"https://github.com/c/d\",\"label\":\"PyTorch\"}]}";
        assertEquals(List.of("https://github.com/a/b", "https://github.com/c/d"), read(two).urls(Links.CODE));
        assertEquals("PyTorch", read(two).links().get(1).label());
        assertNull(read("{\"id\":\"x\",\"title\":\"T\",\"links\":[{\"kind\":\"code\",\"url\":\"https://c\",\"stars\":5}]}"));
    }
}
