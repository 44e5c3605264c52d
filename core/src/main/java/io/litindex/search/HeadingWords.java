package io.litindex.search;

import io.litindex.index.Analyzers;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query word that an entry holds only through its headings, against the same word written in its own text (a
 * heading covers a block of entries; a title is the paper's own claim).
 *
 * <p>A year typed as a word (`RecSys 2017`) is not found in the headings of the entries that have another year of
 * their own ({@code yearheading}): a list that files its papers by the week it read them (`2017-10-23 ~ 2017-10-29`)
 * names no year of the papers under such a heading, and the year clause finds the entries published that year. An
 * entry without a year, or of that year, still finds the word in its headings (a section "2019" over entries that state
 * none or were published then), as a venue word does ({@link Queries#outsideHeadings}). Off with {@code -Dlitindex.readings.off=yearheading}.
 *
 * <p>A word that an entry holds only through a heading whose entries mostly write the word themselves counts a step
 * less in the query's coverage than the word written ({@code headingonly}): under "Action Delay", where most titles
 * write "delay", the entry whose title does not ("Habits, action sequences and reinforcement learning") is filed there
 * for another reason, and ranks below the entries that write every word the query types. Under a heading whose titles
 * do not write its word (data sets named only by their heading: "Image Captioning" over RSICD, UCM), the heading is all
 * there is, and counts as the word. Only for a word of a query whose words are weighed against each other
 * ({@link BonusQuery.Share}), that is not the list's name (held by the headings of {@link Queries#LIST_WIDE_SHARE} of the
 * entries). Off with {@code -Dlitindex.readings.off=headingonly}.
 *
 * <p>Cost per such query word: one term lookup (the word in the headings); for a word some heading holds, a walk over
 * the index's heading keys holding its letters, each analyzed once, and two counts per heading holding the word.
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

    /** A heading whose entries write its word in their title or note at least this share of them passes it to none. */
    static final double WRITTEN_SHARE = Double.parseDouble(System.getProperty("litindex.headingonly.share", "0.5"));
    /** A heading over fewer entries than this is too small to tell. */
    static final int MIN_ENTRIES = 4;

    /**
     * What counts a query word's last step in the coverage: the entries matching its unit that write the word themselves
     * (or match another reading of it), or that stand under no heading whose entries mostly write it; scoring nothing
     * beyond the step. Null when no entry holds the word only through such a heading (or the reading is off).
     *
     * @param w the query word
     * @param unit the word's whole unit (all its readings)
     * @param readings the unit's clauses other than the word's own
     * @param forms the index's vocabulary
     * @param analyzer the stemming analyzer of the query text
     * @param listWords the stems of the generic list words (awesome, papers …)
     * @return the clause, or null
     */
    static Query written(Queries.QueryWord w, Query unit, List<BooleanClause> readings, WordForms forms, Analyzer analyzer,
            Set<String> listWords) {
        if (Queries.OFF.contains("headingonly") || w.stem() == null || forms == null || listWords.contains(w.stem())
                || w.exact().chars().anyMatch(Character::isDigit) || forms.entries() < Queries.LIST_WIDE_MIN_ENTRIES) {
            return null;
        }
        int held = forms.docFreq(new Term(Fields.SECTIONS, w.stem()));
        if (held == 0 || held >= Queries.LIST_WIDE_SHARE * forms.entries()) {
            return null;
        }
        List<String> headings = writingHeadings(w.stem(), forms, analyzer);
        if (headings.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder under = new BooleanQuery.Builder();
        headings.forEach(h -> under.add(new TermQuery(new Term(Fields.SECTION_KEY, h)), BooleanClause.Occur.SHOULD));
        BooleanQuery.Builder onlyHeading = new BooleanQuery.Builder().add(under.build(), BooleanClause.Occur.FILTER);
        for (String field : Schema.STEMMED) {
            if (!field.equals(Fields.SECTIONS)) {
                onlyHeading.add(new TermQuery(new Term(field, w.stem())), BooleanClause.Occur.MUST_NOT);
            }
        }
        onlyHeading.add(new TermQuery(new Term(Fields.TITLE_EXACT, w.exact())), BooleanClause.Occur.MUST_NOT);
        readings.forEach(c -> onlyHeading.add(c.getQuery(), BooleanClause.Occur.MUST_NOT));
        Query written = new BooleanQuery.Builder().add(unit, BooleanClause.Occur.FILTER)
                .add(onlyHeading.build(), BooleanClause.Occur.MUST_NOT).build();
        return new BoostQuery(new ConstantScoreQuery(written), 0f);
    }

    /**
     * The headings (as {@link Fields#SECTION_KEY} keys, one heading each) that hold the stem, over {@link #MIN_ENTRIES}
     * entries or more, at least {@link #WRITTEN_SHARE} of which write it in their title or note.
     */
    static List<String> writingHeadings(String stem, WordForms forms, Analyzer analyzer) {
        List<String> out = new ArrayList<>();
        try {
            Terms keys = forms.terms(Fields.SECTION_KEY);
            if (keys == null) {
                return out;
            }
            String letters = stem.length() > 3 ? stem.substring(0, stem.length() - 1) : stem;
            Query writing = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TITLE, stem)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.NOTE, stem)), BooleanClause.Occur.SHOULD).build();
            TermsEnum te = keys.iterator();
            for (BytesRef key = te.next(); key != null; key = te.next()) {
                String heading = key.utf8ToString();
                if (heading.contains(" > ") || !heading.toLowerCase(java.util.Locale.ROOT).contains(letters)) {
                    continue;
                }
                if (!Analyzers.terms(analyzer, Fields.SECTIONS, heading, new LinkedHashSet<>()).contains(stem)) {
                    continue;
                }
                Term key0 = new Term(Fields.SECTION_KEY, heading);
                int entries = forms.docFreq(key0);
                if (entries < MIN_ENTRIES) {
                    continue;
                }
                int written = forms.count(new BooleanQuery.Builder().add(new TermQuery(key0), BooleanClause.Occur.FILTER)
                        .add(writing, BooleanClause.Occur.FILTER).build());
                if (written >= WRITTEN_SHARE * entries) {
                    out.add(heading);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Adds a unit whose word some entries hold only through a heading: the unit at its share less a step, and the
     * clause that gives the step back to the entries that write the word ({@link #written}).
     */
    static void add(BooleanQuery.Builder main, Query unit, Query written, float bonus, BonusQuery.Words words, int i) {
        main.add(new BonusQuery(unit, bonus, new BonusQuery.Share(words, i, BonusQuery.Share.Part.LESS_STEP)), BooleanClause.Occur.SHOULD);
        main.add(new BonusQuery(written, bonus, new BonusQuery.Share(words, i, BonusQuery.Share.Part.STEP)), BooleanClause.Occur.SHOULD);
    }
}
