package io.litindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The term states of one search's term queries, looked up once in the index's term dictionaries and shared by
 * every pass of the search (the unscored count, the facet passes, the pruned top pass).
 *
 * <p>Each pass builds its own weights, and a {@link TermQuery} without states looks its term up again in every
 * segment each time; a term query given its {@link TermStates} uses them as long as they were built for the
 * searcher's reader. The statistics (document frequency, total term frequency) are the index's own, so the
 * scores are unchanged.
 */
final class SharedTermStates {
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();
    /** Queries already rebuilt: the count and top queries share their clauses. */
    private final Map<Query, Query> rebuilt = new IdentityHashMap<>();

    SharedTermStates(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** {@code query} with each of its term queries (inside boolean, boost, constant-score, disjunction-max and bonus queries) carrying its term states. */
    Query withStates(Query query) throws IOException {
        Query done = rebuilt.get(query);
        if (done == null) {
            done = rebuild(query);
            rebuilt.put(query, done);
        }
        return done;
    }

    private Query rebuild(Query q) throws IOException {
        if (q instanceof TermQuery t) {
            TermStates s = states.get(t.getTerm());
            if (s == null) {
                s = TermStates.build(searcher, t.getTerm(), true);
                states.put(t.getTerm(), s);
            }
            return new TermQuery(t.getTerm(), s);
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : b.clauses()) {
                Query inner = withStates(c.getQuery());
                changed |= inner != c.getQuery();
                out.add(inner, c.getOccur());
            }
            return changed ? out.build() : b;
        }
        if (q instanceof BoostQuery b) {
            Query inner = withStates(b.getQuery());
            return inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof ConstantScoreQuery c) {
            Query inner = withStates(c.getQuery());
            return inner == c.getQuery() ? c : new ConstantScoreQuery(inner);
        }
        if (q instanceof BonusQuery b) {
            Query inner = withStates(b.inner());
            return inner == b.inner() ? b : b.withInner(inner);
        }
        if (q instanceof SameWordQuery s) {
            Query inner = withStates(s.inner());
            return inner == s.inner() ? s : s.withInner(inner);
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Query> disjuncts = new ArrayList<>();
            boolean changed = false;
            for (Query inner : d.getDisjuncts()) {
                Query r = withStates(inner);
                changed |= r != inner;
                disjuncts.add(r);
            }
            return changed ? new DisjunctionMaxQuery(disjuncts, d.getTieBreakerMultiplier()) : d;
        }
        return q; // phrases, points, prefixes, fuzzy words: they look their terms up themselves
    }
}
