package io.litindex.search;

import io.litindex.index.Schema;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A word of a term the query holds, matched apart from the term's other words, scores its BM25 with no more IDF than
 * the term's commonest word ({@code termcap}). A run of query words that a rule of the acronym, synonym or related-term
 * files takes as one input ("large language models", "self supervised") is one term: an entry writing one of its words
 * alone ("Sports Commentator Bias within a Large Corpus") uses the word in another sense, yet its word, rarer on the
 * list than the term's other words, outscored the titles writing those words together. The word's own clause now
 * scores, in an entry that holds it in no field (title, headings, note, source paper) together with another word of
 * the term and matches none of the term's rules, its BM25 times the IDF of the term's commonest word over its own
 * (IDFs of the combined text): as if it were as common as that word. The coverage (how many units the entry matches)
 * is left as it is: an entry matching the word still matches its unit.
 *
 * <p>Query planning with one {@code docFreq} per term word. Off with {@code -Dlitindex.readings.off=termcap}.
 */
final class TermWordCap {
    private TermWordCap() {}

    /** The reading's name in {@code -Dlitindex.readings.off}. */
    static final String NAME = "termcap";

    /** A term word's cap: the clause matching the entries holding it with the term, and its score's factor apart. */
    record Cap(Query together, float factor) {}

    /**
     * For each word of {@code stems} in a term of two words or more ({@code terms}, the words each rule input covers)
     * that is rarer than the term's commonest other word, its cap; by the word's index. Empty when no term covers two
     * words with stems.
     *
     * @param stems each of the run's words' stems (as typed, and as the rules read it: a typo's correction, another
     *     spelling; empty for a word left out of the terms: a venue's word)
     * @param terms the words each term covers
     * @param rules each term's rule reading (its other forms), matched by entries writing the term otherwise
     * @param docFreq how many entries hold a stem in {@link io.litindex.index.Fields#TEXT}
     * @param maxDoc the entries in all
     * @return the caps, by word index
     */
    static Map<Integer, Cap> caps(List<Set<String>> stems, List<BitSet> terms, List<Query> rules, ToIntFunction<String> docFreq,
            int maxDoc) {
        Map<Integer, BooleanQuery.Builder> out = new HashMap<>();
        Map<Integer, BitSet> others = new HashMap<>();
        for (int t = 0; t < terms.size(); t++) {
            BitSet covers = terms.get(t);
            if (covers.stream().filter(k -> k < stems.size() && !stems.get(k).isEmpty()).count() < 2) {
                continue;
            }
            for (int i = covers.nextSetBit(0); i >= 0; i = covers.nextSetBit(i + 1)) {
                if (i >= stems.size() || stems.get(i).isEmpty()) {
                    continue;
                }
                others.computeIfAbsent(i, k -> new BitSet()).or(covers);
                out.computeIfAbsent(i, k -> new BooleanQuery.Builder()).add(rules.get(t), BooleanClause.Occur.SHOULD);
            }
        }
        Map<Integer, Cap> caps = new HashMap<>();
        for (Map.Entry<Integer, BooleanQuery.Builder> e : out.entrySet()) {
            int i = e.getKey();
            BitSet other = others.get(i);
            other.clear(i);
            Set<String> mine = stems.get(i);
            int own = mine.stream().mapToInt(docFreq).max().orElse(0);
            int common = other.stream().boxed().flatMap(k -> stems.get(k).stream()).mapToInt(docFreq).max().orElse(0);
            if (own == 0 || common <= own) {
                continue;
            }
            float factor = (float) (idf(common, maxDoc) / idf(own, maxDoc));
            if (!(factor < 1)) {
                continue;
            }
            BooleanQuery.Builder b = e.getValue();
            Set<String> theirs = new LinkedHashSet<>();
            for (int k = other.nextSetBit(0); k >= 0; k = other.nextSetBit(k + 1)) {
                stems.get(k).stream().filter(st -> !mine.contains(st)).forEach(theirs::add);
            }
            if (theirs.isEmpty()) {
                continue;
            }
            for (String field : Schema.STEMMED) {
                BooleanQuery.Builder word = new BooleanQuery.Builder();
                mine.forEach(st -> word.add(new TermQuery(new Term(field, st)), BooleanClause.Occur.SHOULD));
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                theirs.forEach(st -> any.add(new TermQuery(new Term(field, st)), BooleanClause.Occur.SHOULD));
                b.add(new BooleanQuery.Builder().add(word.build(), BooleanClause.Occur.FILTER)
                        .add(any.build(), BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD);
            }
            caps.put(i, new Cap(b.build(), factor));
        }
        return caps;
    }

    /** BM25's IDF of a term held by {@code docFreq} of {@code maxDoc} entries. */
    static double idf(int docFreq, int maxDoc) {
        return Math.log(1 + (Math.max(maxDoc, docFreq) - docFreq + 0.5) / (docFreq + 0.5));
    }

    /**
     * The word's {@code own} clause capped: its score times the cap's factor, plus the rest of its score in the entries
     * matching the cap's {@code together} clause. Matches what {@code own} matches, and is bounded as it is.
     */
    static Query capped(Query own, Cap cap) {
        Query rest = new BooleanQuery.Builder().add(own, BooleanClause.Occur.MUST).add(cap.together(), BooleanClause.Occur.FILTER).build();
        return new BooleanQuery.Builder()
                .add(new BoostQuery(own, cap.factor()), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(rest, 1 - cap.factor()), BooleanClause.Occur.SHOULD)
                .build();
    }
}
