package io.litindex.search;

import io.litindex.index.Fields;
import java.io.IOException;
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
 * A phrase that writes one query word apart ("multi modal", "pre training" for multimodal, pretraining), scored with
 * no more IDF than the word itself has: a phrase's IDF is the sum of its words', and two parts rarer than the word
 * they make would score the split form far above the joined one, though a researcher writes both for one word.
 *
 * <p>The phrase's score is scaled by {@link #FACTOR} times the word's IDF in {@link Fields#TEXT} (how the word's own
 * clause scores it) over the sum of the phrase's terms' IDFs in the phrase's field, at most 1, from the searcher's
 * statistics when the weight is made (on a cluster, the whole index's). A word no entry holds leaves the phrase as
 * it is (kspace, superresolution: the split form is all there is). Off with {@code -Dlitindex.shape.off=sameword}.
 */
final class SameWordQuery extends Query {
    private final PhraseQuery phrase;
    /** The word the phrase writes apart, as its stem in {@link Fields#TEXT}. */
    private final Term word;

    /**
     * The phrase's IDF is at most this many times the word's. A word's own clauses (the stemmed text at
     * {@link Queries#COMBINED_SCALE}, where a title's word saturates, and the exact title) score about 1.6 times what a
     * phrase in the title scores at the title's weight with the same IDF; 4 leaves a title's split form above an entry
     * whose heading alone writes the word joined ("Fine-tuning" in a title, "Finetuning" in every entry's heading).
     */
    static final double FACTOR = 4;

    SameWordQuery(PhraseQuery phrase, Term word) {
        this.phrase = Objects.requireNonNull(phrase, "phrase == null");
        this.word = Objects.requireNonNull(word, "word == null");
    }

    PhraseQuery phrase() {
        return phrase;
    }

    /** What the phrase's score is multiplied by in the index {@code searcher} searches: 1 when the word is no rarer than its parts. */
    double scale(IndexSearcher searcher) throws IOException {
        double mine = FACTOR * BonusQuery.idf(searcher, word);
        if (Double.isNaN(mine)) {
            return 1;
        }
        double parts = 0;
        for (Term t : phrase.getTerms()) {
            double idf = BonusQuery.idf(searcher, t);
            if (Double.isNaN(idf)) {
                return 1; // the phrase matches nothing
            }
            parts += idf;
        }
        return parts <= 0 ? 1 : Math.min(1, mine / parts);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        float scaled = scoreMode.needsScores() ? (float) (boost * scale(searcher)) : boost;
        return phrase.createWeight(searcher, scoreMode, scaled);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = phrase.rewrite(searcher);
        if (rewritten == phrase) {
            return this;
        }
        return rewritten instanceof PhraseQuery p ? new SameWordQuery(p, word) : rewritten;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "sameWord(" + phrase.toString(field) + ", as " + word + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && phrase.equals(((SameWordQuery) other).phrase) && word.equals(((SameWordQuery) other).word);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + phrase.hashCode()) + word.hashCode();
    }
}
