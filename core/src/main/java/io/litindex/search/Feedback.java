package io.litindex.search;

import io.litindex.index.EntryDocuments;
import io.litindex.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Pseudo-relevance feedback, an experiment left off by default ({@code -Dlitindex.feedback=TERMS}): the stems that
 * several of a first pass's top titles share and the list's titles rarely hold, searched in titles at a low weight.
 * It reads the top hits' stored entries, so it runs in the embedded searcher only (never on OpenSearch).
 */
final class Feedback {
    /** How many feedback terms are added; 0 (the default) leaves feedback off. */
    static final int TERMS = Integer.getInteger("litindex.feedback", 0);
    /** How many top hits of the first pass are read. */
    static final int DOCS = Integer.getInteger("litindex.feedback.docs", 5);
    /** A feedback term scores this share of what a query word in the title would. */
    static final float WEIGHT = Float.parseFloat(System.getProperty("litindex.feedback.weight", "0.2"));
    /** Feedback runs only when the first pass finds fewer hits than this (0: always). */
    static final int BELOW = Integer.getInteger("litindex.feedback.below", 0);

    private Feedback() {}

    /**
     * The feedback stems of a first-pass query: stems of the top titles held by two of them at least, not the
     * query's own, ranked by how many top titles hold them times their IDF in titles.
     */
    static List<String> terms(IndexReader reader, Query first, Set<String> own, Analyzer analyzer) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(first, Math.max(DOCS, 1));
        if (top.scoreDocs.length < 2 || BELOW > 0 && top.totalHits.value >= BELOW) {
            return List.of();
        }
        Map<String, Integer> held = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            String title = EntryDocuments.fromDocument(searcher.storedFields().document(sd.doc, Set.of(Fields.ENTRY))).title();
            Set<String> stems = new LinkedHashSet<>();
            try (TokenStream ts = analyzer.tokenStream(Fields.TITLE, title)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String s = term.toString();
                    if (s.length() >= 3 && !own.contains(s) && s.chars().anyMatch(Character::isLetter)) {
                        stems.add(s);
                    }
                }
                ts.end();
            }
            stems.forEach(s -> held.merge(s, 1, Integer::sum));
        }
        int n = reader.numDocs();
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : held.entrySet()) {
            if (e.getValue() < 2) {
                continue;
            }
            int df = reader.docFreq(new Term(Fields.TITLE, e.getKey()));
            if (df < 2) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            scored.add(Map.entry(e.getKey(), e.getValue() * idf));
        }
        scored.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : Double.compare(b.getValue(), a.getValue()));
        return scored.stream().limit(TERMS).map(Map.Entry::getKey).toList();
    }
}
