package io.litindex.search;

import io.litindex.index.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * One word written apart, scored with no more IDF than the word written joined: a phrase that writes a query word
 * apart ("multi modal", "pre training" for multimodal, pretraining), or a query word typed as one of two parts of a
 * word the index holds joined ("multi-modal", "fine tuning" for multimodal, finetuning). A phrase's IDF is the sum of
 * its words', and two parts rarer than the word they make would score the split form far above the joined one,
 * though a researcher writes both for one word; whichever way the query and the title write it, the split form
 * scores about as the joined one.
 *
 * <p>The inner query's score is scaled by a factor times the word's IDF in {@link Fields#TEXT} (how the word's own
 * clause scores it) over the sum of the parts' IDFs, at most 1, from the searcher's statistics when the weight is
 * made (on a cluster, the whole index's). A word no entry holds leaves the inner query as it is (kspace,
 * superresolution: the split form is all there is). Off with {@code -Dlitindex.shape.off=sameword}.
 */
final class SameWordQuery extends Query {
    private final Query inner;
    /** The word the inner query writes apart, as its stem in {@link Fields#TEXT}. */
    private final Term word;
    /** The parts whose IDFs the inner query sums: the phrase's terms, or the typed parts' stems in {@link Fields#TEXT}. */
    private final List<Term> parts;
    private final double factor;

    /**
     * The phrase's IDF is at most this many times the word's. A word's own clauses (the stemmed text at
     * {@link Queries#COMBINED_SCALE}, where a title's word saturates, and the exact title) score about 1.6 times what a
     * phrase in the title scores at the title's weight with the same IDF; 4 leaves a title's split form above an entry
     * whose heading alone writes the word joined ("Fine-tuning" in a title, "Finetuning" in every entry's heading).
     */
    static final double FACTOR = 4;

    /**
     * The typed parts' own clauses score at most this many times the joined word's IDF: the phrase's {@link #FACTOR}
     * over the 1.6 its own clauses score above a title phrase, so that a title writing the word apart scores the same
     * for the query written joined and the query written apart.
     */
    static final double PARTS_FACTOR = FACTOR / 1.6;

    /** A phrase writing {@code word} apart, its IDF summed over its own terms. */
    SameWordQuery(PhraseQuery phrase, Term word) {
        this(phrase, word, Arrays.asList(phrase.getTerms()), FACTOR);
    }

    /**
     * {@code inner} (a typed part's clauses) scaled by {@code factor} times {@code word}'s IDF over the sum of {@code parts}' IDFs.
     */
    SameWordQuery(Query inner, Term word, List<Term> parts, double factor) {
        this.inner = Objects.requireNonNull(inner, "inner == null");
        this.word = Objects.requireNonNull(word, "word == null");
        this.parts = List.copyOf(parts);
        this.factor = factor;
    }

    Query inner() {
        return inner;
    }

    /** The same scaling of another inner query. */
    SameWordQuery withInner(Query other) {
        return new SameWordQuery(other, word, parts, factor);
    }

    /** What the inner query's score is multiplied by in the index {@code searcher} searches: 1 when the word is no rarer than its parts. */
    double scale(IndexSearcher searcher) throws IOException {
        double mine = factor * BonusQuery.idf(searcher, word);
        if (Double.isNaN(mine)) {
            return 1;
        }
        double sum = 0;
        for (Term t : parts) {
            double idf = BonusQuery.idf(searcher, t);
            if (Double.isNaN(idf)) {
                return 1; // the phrase matches nothing, or a part no stemmed text holds
            }
            sum += idf;
        }
        return sum <= 0 ? 1 : Math.min(1, mine / sum);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        float scaled = scoreMode.needsScores() ? (float) (boost * scale(searcher)) : boost;
        return inner.createWeight(searcher, scoreMode, scaled);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : withInner(rewritten);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "sameWord(" + inner.toString(field) + ", as " + word + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((SameWordQuery) other).inner) && word.equals(((SameWordQuery) other).word)
                && parts.equals(((SameWordQuery) other).parts) && factor == ((SameWordQuery) other).factor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), inner, word, parts, factor);
    }
}
