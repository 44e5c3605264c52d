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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The words of a term the query holds, matched apart from the term's other words ({@code termapart}). A run of query
 * words that a rule of the acronym, synonym or related-term files takes as one input ("large language models",
 * "graph neural network", "skin lesion", "self supervised") is one term: an entry writing one of its words alone
 * ("Sports Commentator Bias within a Large Corpus", "Self-Corrected Transformer") uses the word in another sense, yet
 * counted it as fully as an entry writing the term, and its word, rare on the list, outscored the term's common words
 * by BM25. Now such a word counts half its share in the query's coverage ({@link BonusQuery.Share.Part#APART}) unless
 * the entry holds it together with another word of the term in one field (the title, the headings, the note, the source
 * paper's title) or matches the term's rule itself (LLM written in the title); then the other half is added
 * ({@link BonusQuery.Share.Part#TOGETHER}), scoring nothing beyond the steps.
 *
 * <p>Query planning only; no index lookups (the clauses are term queries of the words already searched). Off with
 * {@code -Dlitindex.readings.off=termapart}.
 */
final class TermWords {
    private TermWords() {}

    /**
     * A term's word counts half when held apart only when the term's commonest other word is at least this many times as
     * common (entries holding it in {@link io.litindex.index.Fields#TEXT}): a common word of the term ("model" of "language
     * model") held alone already scores less than the term's words together, and a foundation model is still a model.
     */
    static final int RARER = Integer.getInteger("litindex.termapart.rarer", 2);

    /** The reading's name in {@code -Dlitindex.readings.off}. */
    static final String NAME = "termapart";

    /**
     * For each word of {@code stems} (each word's stems: as typed, and as the rules read it when a typo's correction or
     * another spelling was read for them: "meta learnig" is the term "meta learning") in a term of two words or more ({@code terms}, the words each rule input covers), the
     * clause an entry matches when it holds the word together with another word of its terms, or matches one of the terms'
     * rules ({@code rules}, parallel to {@code terms}); by the word's index. Empty when no term covers two words with stems.
     *
     * @param stems each of the run's words' stems (empty for a word left out of the terms: a venue's word)
     * @param terms the words each term covers
     * @param rules each term's rule reading (its other forms), matched by entries writing the term otherwise
     * @param docFreq how many entries hold a stem in {@link io.litindex.index.Fields#TEXT}
     * @return the clauses, by word index
     */
    static Map<Integer, Query> together(List<Set<String>> stems, List<BitSet> terms, List<Query> rules, ToIntFunction<String> docFreq) {
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
                BitSet other = others.computeIfAbsent(i, k -> new BitSet());
                other.or(covers);
                out.computeIfAbsent(i, k -> new BooleanQuery.Builder()).add(rules.get(t), BooleanClause.Occur.SHOULD);
            }
        }
        Map<Integer, Query> clauses = new HashMap<>();
        for (Map.Entry<Integer, BooleanQuery.Builder> e : out.entrySet()) {
            int i = e.getKey();
            BitSet other = others.get(i);
            other.clear(i);
            // only a word rarer than the term's commonest other word: alone, it outscores the term's words together
            int mine0 = stems.get(i).stream().mapToInt(docFreq).max().orElse(0);
            int common = other.stream().boxed().flatMap(k -> stems.get(k).stream()).mapToInt(docFreq).max().orElse(0);
            if ((long) mine0 * RARER > common) {
                continue;
            }
            BooleanQuery.Builder b = e.getValue();
            for (String field : Schema.STEMMED) {
                Set<String> mine = stems.get(i);
                Set<String> theirs = new LinkedHashSet<>();
                for (int k = other.nextSetBit(0); k >= 0; k = other.nextSetBit(k + 1)) {
                    stems.get(k).stream().filter(st -> !mine.contains(st)).forEach(theirs::add);
                }
                if (!theirs.isEmpty()) {
                    BooleanQuery.Builder word = new BooleanQuery.Builder();
                    mine.forEach(st -> word.add(new TermQuery(new Term(field, st)), BooleanClause.Occur.SHOULD));
                    BooleanQuery.Builder any = new BooleanQuery.Builder();
                    theirs.forEach(st -> any.add(new TermQuery(new Term(field, st)), BooleanClause.Occur.SHOULD));
                    b.add(new BooleanQuery.Builder().add(word.build(), BooleanClause.Occur.FILTER)
                            .add(any.build(), BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD);
                }
            }
            clauses.put(i, b.build());
        }
        return clauses;
    }

    /**
     * The clause that adds a term word's other half of its share: the entries matching the word's {@code unit} and
     * {@code together}, scoring nothing.
     */
    static Query topUp(Query unit, Query together) {
        return new BoostQuery(new ConstantScoreQuery(new BooleanQuery.Builder().add(unit, BooleanClause.Occur.FILTER)
                .add(together, BooleanClause.Occur.FILTER).build()), 0f);
    }
}
