package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.ingest.JsonEntries;
import io.litindex.ingest.Sources;
import io.litindex.model.Entry;
import io.litindex.testing.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The weighted text field ({@link Fields#TEXT}) scores as the stemmed fields' BM25F ({@link CombinedFieldQuery}) did. */
class WeightedTextTest {
    private static final Schema SCHEMA = Schema.standard();
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            entries.addAll(JsonEntries.readArray(in));
        }
        Path large = SharedFiles.find(SharedFiles.LARGE_LIST);
        if (large != null) {
            entries.addAll(Sources.read(large).entries());
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SCHEMA.analyzer()).setSimilarity(SCHEMA.similarity()))) {
            for (Entry e : entries) {
                // a source paper the list holds weighs less in the text than its field's weight (Schema.sourcePaperTextWeight):
                // here every source paper is read as unlisted, so that the text is the fields' BM25F
                if (e.sourcePaper() != null && e.sourcePaper().id() != null) {
                    e = e.toBuilder().sourcePaper(e.sourcePaper().withId(null)).build();
                }
                w.addDocument(EntryDocuments.toDocument(e, SCHEMA.facetsConfig()));
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @Test
    void eachWordCountsItsFieldsWeightTwiceAndStackedPartsAreLeftOutOfTheLength() throws IOException {
        List<String> terms = new ArrayList<>();
        Map<Integer, Integer> freqs = new HashMap<>();
        try (TokenStream ts = SCHEMA.analyzer().tokenStream(Fields.TEXT, WeightFilter.value(8, "SkyEyeGPT for the remote sensing"))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute freq = ts.addAttribute(TermFrequencyAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                freqs.merge(freq.getTermFrequency(), 1, Integer::sum);
            }
            ts.end();
        }
        // the word itself with frequency 8, each of its five stacked parts 8 times with frequency 1, then remote and sens
        assertEquals("skyeyegpt", terms.get(0));
        assertEquals(1 + 5 * 8 + 2, terms.size());
        assertEquals(Map.of(8, 3, 1, 40), freqs);
        assertEquals(8, Schema.textWeight(Fields.TITLE));
        assertEquals(3, Schema.textWeight(Fields.SECTIONS));
        assertEquals(3, Schema.textWeight(Fields.SOURCE_PAPER));
        assertEquals(2, Schema.textWeight(Fields.NOTE));
        assertEquals(3, Schema.sourcePaperTextWeight(false));
        assertEquals(2, Schema.sourcePaperTextWeight(true));
        assertThrows(IllegalArgumentException.class, () -> Schema.textWeight(Fields.AUTHORS));
    }

    @Test
    void aValueWithoutItsWeightIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try (TokenStream ts = SCHEMA.analyzer().tokenStream(Fields.TEXT, "remote sensing")) {
                ts.reset();
                while (ts.incrementToken()) {
                    // consumed
                }
            }
        });
        assertTrue(e.getMessage().contains("weight|text"), e.getMessage());
    }

    @Test
    void totalFrequencyIsTheWeightedSumOfTheFieldsTotals() throws IOException {
        long weighted = 0;
        for (String field : Schema.STEMMED) {
            weighted += Schema.textWeight(field) * reader.getSumTotalTermFreq(field);
        }
        assertEquals(weighted, reader.getSumTotalTermFreq(Fields.TEXT));
        assertEquals(reader.getDocCount(Fields.TITLE), reader.getDocCount(Fields.TEXT));
    }

    /**
     * Every stem of the titles: the same entries match, and each scores what BM25F over the four fields scored,
     * up to the IDF (BM25F takes the largest document frequency of the fields, one field the entries holding the
     * word in any) and the rounding of lengths into norms (BM25F rounds each field's length, then their sum).
     */
    @Test
    void scoresAreTheFieldsBm25f() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SCHEMA.similarity());
        Terms titles = MultiTerms.getTerms(reader, Fields.TITLE);
        TermsEnum te = titles.iterator();
        int compared = 0;
        double worst = 0;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            BytesRef stem = BytesRef.deepCopyOf(t);
            CombinedFieldQuery.Builder b = new CombinedFieldQuery.Builder();
            long df = 0;
            for (String field : Schema.STEMMED) {
                b.addField(field, Schema.FIELD_WEIGHTS.get(field));
                df = Math.max(df, reader.docFreq(new Term(field, stem)));
            }
            Query bm25f = b.addTerm(stem).build();
            Query one = new TermQuery(new Term(Fields.TEXT, stem));
            Map<Integer, Float> expected = scores(searcher, bm25f);
            Map<Integer, Float> actual = scores(searcher, one);
            assertEquals(expected.keySet(), actual.keySet(), stem.utf8ToString());
            long n = reader.getDocCount(Fields.TEXT);
            double idfRatio = idf(n, reader.docFreq(new Term(Fields.TEXT, stem))) / idf(n, df);
            for (Map.Entry<Integer, Float> e : expected.entrySet()) {
                double ratio = actual.get(e.getKey()) / idfRatio / e.getValue();
                worst = Math.max(worst, Math.abs(ratio - 1));
                compared++;
            }
        }
        assertTrue(compared > 100, "compared " + compared);
        System.out.println("compared " + compared + " largest relative difference " + worst);
        assertTrue(worst < 0.05, "largest relative difference " + worst);
    }

    private static double idf(long docCount, long docFreq) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query q) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        for (ScoreDoc d : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs) {
            out.put(d.doc, d.score);
        }
        return out;
    }
}
