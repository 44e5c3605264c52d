package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.search.Searcher;
import io.litindex.testing.FuzzTries;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexing shortcuts taken for speed give exactly what the general way gives: the plain-ASCII key,
 * the check that a word is no compound, the facet fields written without {@link FacetsConfig#build}, and
 * the threads of {@link Indexer#putAll}.
 */
@AddLifecycleHook(FuzzTries.class)
class IndexingShortcutsTest {
    @TempDir
    Path tmp;

    /** The key as the general rule makes it: NFKD, marks removed, trimmed, white space collapsed, lower case. */
    private static String generalKey(String value) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Property(tries = 500)
    void keysAreTheGeneralRulesKeys(@ForAll("names") String value) {
        assertEquals(generalKey(value), Schema.key(value));
    }

    @Property(tries = 500)
    void aPlainWordHasNoCompoundParts(@ForAll("words") String word) {
        if (CompoundPartsFilter.plainWord(word.toCharArray(), word.length())) {
            assertEquals(List.of(), CompoundPartsFilter.expand(word), word);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(" .-'AaBbZzÉéü\t\u00a0").ofMaxLength(12),
                Arbitraries.strings().ascii().ofMaxLength(16),
                Arbitraries.of("X. X. Zhu", " Y. Zhan", "Lüddecke", "  two  spaces ", "CVPR", "Remote Sensing"));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcdefgzABCGPTRS019-.").ofMaxLength(10),
                Arbitraries.strings().withChars("ABCGPTRSVQ0129").ofMaxLength(5),
                Arbitraries.of("SkyEyeGPT", "GeoRSCLIP", "Remote", "sensing", "RSCLIP", "clip", "Gpt", "a", "LLaVA", "VQA", "RS",
                        "2024", "H2RSVLM", "GPT4", "4K"));
    }

    @Test
    void facetFieldsAreWhatFacetsConfigBuilds() throws Exception {
        Entry entry = Entry.builder("f1", "A title").kind(Kind.DATASET).venue("CVPR").year(2024)
                .authors(List.of("Y. Zhan", "X. X. Zhu")).section("Papers > Grounding").section("Data")
                .link("code", "https://github.com/a/b").build();
        FacetsConfig config = Schema.standard().facetsConfig();
        Document general = new Document();
        entry.authors().forEach(a -> general.add(new SortedSetDocValuesFacetField("author", a)));
        general.add(new SortedSetDocValuesFacetField("venue", entry.venue()));
        entry.sections().forEach(s -> general.add(new SortedSetDocValuesFacetField("section", s)));
        general.add(new SortedSetDocValuesFacetField("year", "2024"));
        general.add(new SortedSetDocValuesFacetField("kind", "dataset"));
        general.add(new SortedSetDocValuesFacetField("has_code", "true"));
        assertEquals(facetValues(config.build(general)), facetValues(EntryDocuments.toDocument(entry, config)));
    }

    /** Every sorted-set doc value and every field whose name starts with "facet" or "$facets", as field=value. */
    private static Set<String> facetValues(Document doc) {
        Set<String> out = new TreeSet<>();
        for (IndexableField f : doc.getFields()) {
            boolean facetField = f.name().startsWith("facet") || f.name().startsWith("$facets");
            if (f.fieldType().docValuesType() == DocValuesType.SORTED_SET || facetField) {
                out.add(f.name() + "=" + (f.binaryValue() != null ? f.binaryValue().utf8ToString() : f.stringValue())
                        + " " + f.fieldType().docValuesType() + " " + f.fieldType().indexOptions());
            }
        }
        return out;
    }

    @Test
    void putAllOnSeveralThreadsKeepsTheLastEntryOfEachId() throws Exception {
        List<Entry> entries = new ArrayList<>();
        int unique = 4 * Indexer.MIN_ENTRIES_PER_THREAD;
        for (int i = 0; i < unique; i++) {
            entries.add(Entry.builder("p" + i, "Paper " + i + " version 0").build());
        }
        for (int version = 1; version <= 2; version++) {
            for (int i = 0; i < unique; i += 97) {
                entries.add(Entry.builder("p" + i, "Paper " + i + " version " + version).build());
            }
        }
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.putAll(entries);
            indexer.commit();
        }
        try (Searcher searcher = Searcher.open(dir)) {
            assertEquals(unique, searcher.size());
            for (int i = 0; i < unique; i += 97) {
                assertEquals("Paper " + i + " version 2", searcher.get("p" + i).orElseThrow().title());
            }
            assertEquals("Paper 1 version 0", searcher.get("p1").orElseThrow().title());
        }
        assertTrue(Indexer.INDEXING_THREADS >= 1);
    }
}
