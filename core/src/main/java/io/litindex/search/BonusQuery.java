package io.litindex.search;

import io.litindex.index.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query that matches what its inner query matches and scores a constant bonus on top of the inner
 * score. With a bonus larger than any score the rest of the query can reach, each unit of a query
 * (a word, a phrase, an OR group) wrapped this way makes entries matching more units rank first, with
 * BM25 deciding among entries matching as many: one pass, no per-hit re-evaluation of the units.
 */
final class BonusQuery extends Query {
    private final Query inner;
    private final float bonus;
    /** How this unit's bonus is weighted by the IDF of its word among the query's words; null for the whole bonus. */
    private final Share share;

    BonusQuery(Query inner, float bonus) {
        this(inner, bonus, null);
    }

    /**
     * A unit whose bonus is {@code bonus} times its {@link Share#steps(IndexSearcher) steps}, from the index's statistics
     * as the searcher reports them (on a cluster, the whole index's).
     */
    BonusQuery(Query inner, float bonus, Share share) {
        this.inner = Objects.requireNonNull(inner, "inner == null");
        if (!(bonus > 0) || Float.isInfinite(bonus)) {
            throw new IllegalArgumentException("bonus must be positive and finite: " + bonus);
        }
        this.bonus = bonus;
        this.share = share;
    }

    /**
     * The weight of one unit of a query in steps of the query's bonus: {@link #STEPS} for a unit that counts fully, down
     * to {@link #MIN_STEPS} for a word whose IDF is a small share of the rarest word's (the words of a query most
     * entries hold count less than its rarest: "concept based explanations" in a list of explanation methods). A unit
     * with no word of its own (a phrase, a prefix, an OR group), or a word also read as other words (an acronym's long
     * form, a name), counts fully and leaves the others' shares as they are. A year counts {@link #MIN_STEPS}; a word read
     * as a venue counts by the IDF of the entries published there ({@link Words#venueIdf}), not of its word in the text.
     *
     * @param words each unit's word in {@link Fields#TEXT} ({@link Fields#YEAR} for a year, {@link Fields#VENUE_KEY} for a
     *     venue), null for a unit that counts fully
     * @param unit which of them this unit is
     * @param rest true for the steps the unit's share leaves out of {@link #STEPS} (a topic heading's entries count the
     *     word fully: {@link TopicHeadings}), false for the share itself
     */
    record Share(Words words, int unit, boolean rest) {
        /** The unit's own share. */
        Share(Words words, int unit) {
            this(words, unit, false);
        }

        /** A unit that counts fully scores this many steps. */
        static final int STEPS = 4;
        /** A matched unit counts at least this many steps: two matched units never count less than one. */
        static final int MIN_STEPS = 2;

        /** The unit's steps in the index {@code searcher} searches, from its IDFs (BM25's); with {@link #rest}, what they leave of {@link #STEPS}. */
        int steps(IndexSearcher searcher) throws IOException {
            return rest ? STEPS - share(searcher) : share(searcher);
        }

        private int share(IndexSearcher searcher) throws IOException {
            Term word = words.terms().get(unit);
            if (word == null) {
                return STEPS;
            }
            if (Words.year(word)) {
                return MIN_STEPS;
            }
            double[] idfs = words.idfs(searcher);
            double max = 0;
            for (double idf : idfs) {
                if (!Double.isNaN(idf)) {
                    max = Math.max(max, idf);
                }
            }
            double mine = idfs[unit];
            if (Double.isNaN(mine) || max <= 0) {
                return STEPS;
            }
            return (int) Math.max(MIN_STEPS, Math.min(STEPS, Math.round(mine / max * STEPS)));
        }
    }

    /**
     * BM25's IDF of a term as {@code searcher}'s statistics give it (written here: {@code BM25Similarity.idf} is
     * protected); NaN when the field or the term is in no entry.
     *
     * @param searcher the searcher whose statistics count (on a cluster, the whole index's)
     * @param t the term
     * @return the IDF, or NaN
     * @throws IOException when the index cannot be read
     */
    static double idf(IndexSearcher searcher, Term t) throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(t.field());
        if (collection == null) {
            return Double.NaN;
        }
        TermStates states = TermStates.build(searcher, t, true);
        if (states.docFreq() == 0) {
            return Double.NaN;
        }
        TermStatistics stats = searcher.termStatistics(t, states.docFreq(), states.totalTermFreq());
        return Math.log(1 + (collection.docCount() - stats.docFreq() + 0.5) / (stats.docFreq() + 0.5));
    }

    /**
     * The words of a query's units (null for a unit counting fully), shared by its units: their IDFs are looked up
     * once per searcher, not once per unit.
     */
    static final class Words {
        private final List<Term> terms;
        private IndexSearcher searcher;
        private double[] idfs;

        Words(List<Term> terms) {
            this.terms = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(terms));
        }

        List<Term> terms() {
            return terms;
        }

        /**
         * Whether a unit's word is a year ({@link Fields#YEAR}): it matches the entries of that year, a large part of
         * most lists, which its IDF in the text (where few entries write a year, often none) does not tell.
         */
        static boolean year(Term word) {
            return word.field().equals(Fields.YEAR);
        }

        /**
         * Whether a unit's word is a venue ({@link Fields#VENUE_KEY}): it matches the entries published there, and counts
         * as common as they are in the list.
         */
        static boolean venue(Term word) {
            return word.field().equals(Fields.VENUE_KEY);
        }

        /**
         * A venue's IDF among all the entries of the index (those with text, not only those with a venue): BM25's IDF of
         * the entries published there, so that a venue counts against the query's words as a word that many entries
         * write would. NaN when no entry was published there.
         */
        static double venueIdf(IndexSearcher searcher, Term venue) throws IOException {
            CollectionStatistics all = searcher.collectionStatistics(Fields.TEXT);
            if (all == null) {
                return Double.NaN;
            }
            TermStates states = TermStates.build(searcher, venue, true);
            if (states.docFreq() == 0) {
                return Double.NaN;
            }
            long docFreq = searcher.termStatistics(venue, states.docFreq(), states.totalTermFreq()).docFreq();
            return Math.log(1 + (all.docCount() - docFreq + 0.5) / (docFreq + 0.5));
        }

        /** Each word's IDF in {@link Fields#TEXT} as {@code searcher}'s statistics give it; NaN for none, or a word no entry holds. */
        synchronized double[] idfs(IndexSearcher searcher) throws IOException {
            if (this.searcher == searcher) {
                return idfs;
            }
            double[] out = new double[terms.size()];
            java.util.Arrays.fill(out, Double.NaN);
            for (int i = 0; i < out.length; i++) {
                if (terms.get(i) != null && !year(terms.get(i))) {
                    out[i] = venue(terms.get(i)) ? venueIdf(searcher, terms.get(i)) : idf(searcher, terms.get(i));
                }
            }
            this.searcher = searcher;
            this.idfs = out;
            return out;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Words w && terms.equals(w.terms);
        }

        @Override
        public int hashCode() {
            return terms.hashCode();
        }
    }

    Query inner() {
        return inner;
    }

    /** The same bonus (and share) on another inner query. */
    BonusQuery withInner(Query other) {
        return new BonusQuery(other, bonus, share);
    }

    float bonus() {
        return bonus;
    }

    /** Whether this clause only tops a unit's share up to a whole unit (a topic heading's entries): no unit of its own. */
    boolean topUp() {
        return share != null && share.rest();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new BonusQuery(rewritten, bonus, share);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight weight = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return weight;
        }
        float steps = share == null ? 1 : share.steps(searcher);
        return new BonusWeight(this, weight, bonus * steps * boost, Double.POSITIVE_INFINITY);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "bonus(" + inner.toString(field) + ", " + bonus + (share == null ? "" : (share.rest() ? " × rest of share of " : " × share of ")
                + share.words().terms().get(share.unit())) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((BonusQuery) other).inner) && bonus == ((BonusQuery) other).bonus
                && Objects.equals(share, ((BonusQuery) other).share);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * classHash() + inner.hashCode()) + Float.hashCode(bonus)) + Objects.hashCode(share);
    }

    private static final class BonusWeight extends Weight {
        private final Weight inner;
        private final float bonus;
        /** An upper bound of the inner score (infinity when unknown). */
        private final float bound;

        BonusWeight(Query query, Weight inner, float bonus, double bound) {
            super(query);
            this.inner = inner;
            this.bonus = bonus;
            // a margin above the bound for the rounding of float sums of the inner scores
            double padded = bound * (1 + 1e-5) + 1e-5;
            float b = (float) padded;
            this.bound = b < padded ? Math.nextUp(b) : b;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            ScorerSupplier supplier = inner.scorerSupplier(context);
            if (supplier == null) {
                return null;
            }
            Weight self = this;
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    return new BonusScorer(supplier.get(leadCost), self, bonus, bound);
                }

                @Override
                public long cost() {
                    return supplier.cost();
                }
            };
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            ScorerSupplier supplier = scorerSupplier(context);
            return supplier == null ? null : supplier.get(Long.MAX_VALUE);
        }

        /**
         * The inner query's own bulk scorer (a disjunction over fields scores window by window, much faster
         * than doc by doc), its scores raised by the bonus.
         */
        @Override
        public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
            BulkScorer bulk = inner.bulkScorer(context);
            if (bulk == null) {
                return null;
            }
            float add = bonus;
            return new BulkScorer() {
                @Override
                public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                    return bulk.score(new FilterLeafCollector(collector) {
                        @Override
                        public void setScorer(Scorable scorer) throws IOException {
                            super.setScorer(new FilterScorable(scorer) {
                                @Override
                                public float score() throws IOException {
                                    return add + in.score();
                                }
                            });
                        }
                    }, acceptDocs, min, max);
                }

                @Override
                public long cost() {
                    return bulk.cost();
                }
            };
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return inner.matches(context, doc);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Explanation e = inner.explain(context, doc);
            if (!e.isMatch()) {
                return e;
            }
            return Explanation.match(e.getValue().floatValue() + bonus, "sum of:",
                    Explanation.match(bonus, "bonus for matching this part of the query"), e);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return inner.isCacheable(context);
        }
    }

    private static final class BonusScorer extends FilterScorer {
        private final float bonus;
        private final float bound;

        BonusScorer(Scorer in, Weight weight, float bonus, float bound) {
            super(in, weight);
            this.bonus = bonus;
            this.bound = bound;
        }

        @Override
        public float score() throws IOException {
            return bonus + in.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            // rounded up, so that the sum is never below a score the inner query reaches
            return Math.nextUp(bonus + Math.min(bound, in.getMaxScore(upTo)));
        }
    }
}
