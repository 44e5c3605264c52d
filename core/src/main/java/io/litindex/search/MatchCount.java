package io.litindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * The exact number of entries a query of alternatives matches, counted without walking its longest posting list.
 *
 * <p>A relevance plan matches the entries matching any clause of any of its words (stemmed text, exact title
 * word, author, venue, name, readings). Counting that union walks every clause's postings, the longest (the
 * word's stemmed text, which holds most of the others' entries) included. Here the union is counted as the
 * longest term's document frequency, known from its term states without reading postings, plus the entries
 * the other clauses match and that term does not, found by walking only the other, shorter lists and skipping
 * through the longest one. The count is the same.
 */
final class MatchCount {
    private MatchCount() {}

    /**
     * How many entries {@code query} matches; {@code query}'s term queries should carry their term states
     * ({@link SharedTermStates}), or each is looked up again.
     */
    static long count(IndexSearcher searcher, Query query) throws IOException {
        List<Query> leaves = new ArrayList<>();
        alternatives(query, leaves);
        TermQuery longest = null;
        int longestFreq = -1;
        List<Query> others = new ArrayList<>();
        for (Query leaf : leaves) {
            if (leaf instanceof TermQuery t && sharedStates(t, searcher)) {
                int df = t.getTermStates().docFreq();
                if (df == 0) {
                    continue; // matches nothing
                }
                if (df > longestFreq) {
                    if (longest != null) {
                        others.add(longest);
                    }
                    longest = t;
                    longestFreq = df;
                    continue;
                }
            }
            others.add(leaf);
        }
        if (longest == null || others.size() + 1 > IndexSearcher.getMaxClauseCount()) {
            return searcher.count(query);
        }
        long total = searcher.getIndexReader().hasDeletions() ? searcher.count(longest) : longestFreq;
        if (!others.isEmpty()) {
            BooleanQuery.Builder rest = new BooleanQuery.Builder();
            others.forEach(q -> rest.add(q, BooleanClause.Occur.SHOULD));
            rest.add(longest, BooleanClause.Occur.MUST_NOT);
            total += searcher.count(rest.build());
        }
        return total;
    }

    /**
     * The queries whose union {@code q} matches: the clauses of a boolean query of optional clauses only (any
     * one of which matches), the disjuncts of a disjunction, what a boost, constant score or bonus wraps; any
     * other query is one alternative itself.
     */
    private static void alternatives(Query q, List<Query> out) {
        if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() <= 1 && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            b.clauses().forEach(c -> alternatives(c.getQuery(), out));
        } else if (q instanceof BoostQuery b) {
            alternatives(b.getQuery(), out);
        } else if (q instanceof ConstantScoreQuery c) {
            alternatives(c.getQuery(), out);
        } else if (q instanceof BonusQuery b) {
            alternatives(b.inner(), out);
        } else if (q instanceof DisjunctionMaxQuery d) {
            d.getDisjuncts().forEach(inner -> alternatives(inner, out));
        } else {
            out.add(q);
        }
    }

    /** Whether a term query carries states built for this searcher's reader, which know its document frequency. */
    private static boolean sharedStates(TermQuery t, IndexSearcher searcher) {
        TermStates s = t.getTermStates();
        return s != null && s.wasBuiltFor(searcher.getTopReaderContext());
    }
}
