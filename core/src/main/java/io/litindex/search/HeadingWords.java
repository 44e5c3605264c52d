package io.litindex.search;

import io.litindex.index.Fields;
import io.litindex.index.Schema;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;

/**
 * A query word that an entry holds only through its headings, against the same word written in its own text.
 *
 * <p>A year typed as a word (`RecSys 2017`) is not found in the headings of the entries that have another year of
 * their own ({@code yearheading}): a list that files its papers by the week it read them (`2017-10-23 ~ 2017-10-29`)
 * names no year of the papers under such a heading, and the year clause finds the entries published that year. An
 * entry without a year, or of that year, still finds the word in its headings (a section "2019" over entries that state
 * none or were published then), as a venue word does ({@link Queries#outsideHeadings}). Off with {@code -Dlitindex.readings.off=yearheading}.
 */
final class HeadingWords {
    private HeadingWords() {}

    /**
     * A query word's stem in the stemmed text fields: for a year, only in the entries that write it outside their
     * headings, have no year of their own or are of that year; for any other word, everywhere ({@link Queries#stemmed}).
     *
     * @param stem the word's stem
     * @param year the year the word names, or null
     * @return the clause
     */
    static Query stemmed(String stem, Integer year) {
        if (year == null || Queries.OFF.contains("yearheading")) {
            return Queries.stemmed(stem);
        }
        BooleanQuery.Builder where = new BooleanQuery.Builder();
        for (String field : Schema.STEMMED) {
            if (!field.equals(Fields.SECTIONS)) {
                where.add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD);
            }
        }
        where.add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(IntPoint.newRangeQuery(Fields.YEAR, Integer.MIN_VALUE, Integer.MAX_VALUE), BooleanClause.Occur.MUST_NOT).build(),
                BooleanClause.Occur.SHOULD);
        where.add(IntPoint.newExactQuery(Fields.YEAR, year), BooleanClause.Occur.SHOULD);
        return new BooleanQuery.Builder().add(Queries.stemmed(stem), BooleanClause.Occur.MUST)
                .add(where.build(), BooleanClause.Occur.FILTER).build();
    }
}
