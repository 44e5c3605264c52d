package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.testing.SharedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;

/** One analysis replayed into several fields gives exactly what each field's own analyzer gives. */
class ValueTokensTest {
    /** Every token as term/increment/start-end, then the state after end(): what the index writer reads. */
    private static List<String> read(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TermFrequencyAttribute frequency = ts.addAttribute(TermFrequencyAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset()
                        + "/" + frequency.getTermFrequency());
            }
            ts.end();
            out.add("end/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
        }
        return out;
    }

    private static void assertSame(String text, Analyzer text1, Analyzer exact, Analyzer exactWithParts) throws IOException {
        ValueTokens v = ValueTokens.of("f", text);
        assertEquals(read(text1.tokenStream("f", text)), read(v.stemmed()), () -> "stemmed: " + text);
        assertEquals(read(exact.tokenStream("f", text)), read(v.exact()), () -> "exact: " + text);
        assertEquals(read(exactWithParts.tokenStream("f", text)), read(v.exactWithParts()), () -> "exact with parts: " + text);
        // the terms LinkWords reads as the words a text writes, without analyzing it again
        assertEquals(Analyzers.terms(exactWithParts, "f", text, new ArrayList<>()), v.addTerms(new ArrayList<>()), () -> "terms: " + text);
    }

    @Test
    void replaysAreTheFieldAnalyzersTokensOnTrickyValues() throws IOException {
        try (Analyzer text = Analyzers.text(); Analyzer exact = Analyzers.exactQuery(); Analyzer parts = Analyzers.exact()) {
            for (String value : List.of("", "   ", "of the and", "SkyEyeGPT's Grounding of the RS-LLaVA (GeoRSCLIP)",
                    "Lüddecke’s Image–Text Retrieval", "H2RSVLM: a 3DGS benchmark; MMRS-1M", "x".repeat(300) + " after LongWord",
                    "The Sky is the limit", "数据集 SkyEye-968k GeoChat", "kspace k-space DiffPool")) {
                assertSame(value, text, exact, parts);
            }
            // a compound is split and its parts kept out of the exact replay
            List<String> withParts = read(ValueTokens.of("f", "SkyEyeGPT").exactWithParts());
            List<String> without = read(ValueTokens.of("f", "SkyEyeGPT").exact());
            assertEquals(List.of("skyeyegpt/1/0-9/1", "end/0/9-9"), without);
            assertTrue(withParts.contains("eyegpt/0/0-9/1"), withParts::toString);
        }
    }

    @Test
    void replaysAreTheFieldAnalyzersTokensOnEveryTextOfTheSharedLists() throws IOException {
        Set<String> values = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>(Catalog.bundledEntries());
        for (String list : List.of(SharedFiles.LARGE_LIST, "corpora/diffusion-medical-imaging.md",
                "corpora/graph-classification-deep-learning.md", "corpora/single-cell-deep-learning.md", "corpora/thunlp-PLMpapers.md")) {
            entries.addAll(new MarkdownListReader().read(SharedFiles.require(list)).entries());
        }
        for (Entry e : entries) {
            values.add(e.title());
            values.addAll(e.aliases());
            values.addAll(e.sections());
            if (e.note() != null) {
                values.add(e.note());
            }
            if (e.sourcePaper() != null) {
                values.add(e.sourcePaper().title());
            }
        }
        assertTrue(values.size() > 2000, "values: " + values.size());
        try (Analyzer text = Analyzers.text(); Analyzer exact = Analyzers.exactQuery(); Analyzer parts = Analyzers.exact()) {
            for (String value : values) {
                assertSame(value, text, exact, parts);
            }
        }
        assertReusedStreamsGiveTheAnalyzersTokens(List.copyOf(values));
    }

    /**
     * Fields replayed one after another, each handed the stream of the one before as the index writer hands it
     * (one stream per field and thread, pointed at value after value), give each value's own analyzer's tokens:
     * nothing of a longer value, a weight or a stop-word gap carries over into the next (the weighted text as a
     * weight filter over a fresh stemmed replay gives it).
     */
    private static void assertReusedStreamsGiveTheAnalyzersTokens(List<String> values) throws IOException {
        try (Analyzer text = Analyzers.text(); Analyzer exact = Analyzers.exactQuery(); Analyzer parts = Analyzers.exact()) {
            TokenStream[] reuse = new TokenStream[ValueTokens.Mode.values().length];
            int i = 0;
            for (String value : values) {
                ValueTokens v = ValueTokens.of("f", value);
                int weight = 1 + i++ % 8;
                for (ValueTokens.Mode mode : ValueTokens.Mode.values()) {
                    Field field = v.field("f", mode, weight, TextField.TYPE_NOT_STORED);
                    TokenStream stream = field.tokenStream(null, reuse[mode.ordinal()]);
                    if (i > 1) {
                        assertTrue(stream == reuse[mode.ordinal()], "the stream of the field's previous value is reused");
                    }
                    reuse[mode.ordinal()] = stream;
                    List<String> expected = switch (mode) {
                        case EXACT_WITH_PARTS -> read(parts.tokenStream("f", value));
                        case EXACT -> read(exact.tokenStream("f", value));
                        case STEMMED -> read(text.tokenStream("f", value));
                        case WEIGHTED -> read(new WeightFilter(v.stemmed(), weight));
                    };
                    assertEquals(expected, read(stream), () -> mode + ": " + value);
                    assertEquals(mode == ValueTokens.Mode.WEIGHTED ? WeightFilter.value(weight, value) : value, field.stringValue());
                }
            }
        }
    }
}
