package io.litindex.search;

import java.io.IOException;
import java.util.Objects;
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

    BonusQuery(Query inner, float bonus) {
        this.inner = Objects.requireNonNull(inner, "inner == null");
        if (!(bonus > 0) || Float.isInfinite(bonus)) {
            throw new IllegalArgumentException("bonus must be positive and finite: " + bonus);
        }
        this.bonus = bonus;
    }

    Query inner() {
        return inner;
    }

    float bonus() {
        return bonus;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new BonusQuery(rewritten, bonus);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight weight = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return weight;
        }
        return new BonusWeight(this, weight, bonus * boost, Double.POSITIVE_INFINITY);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "bonus(" + inner.toString(field) + ", " + bonus + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((BonusQuery) other).inner) && bonus == ((BonusQuery) other).bonus;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + inner.hashCode()) + Float.hashCode(bonus);
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
