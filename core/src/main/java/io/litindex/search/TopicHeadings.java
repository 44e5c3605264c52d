package io.litindex.search;

import io.litindex.index.Acronyms;
import io.litindex.index.Fields;
import io.litindex.index.Analyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query word that names a topic heading of the list (a heading over a few of its entries that the query names:
 * "Dexterous Manipulation" for "dexterous hand", "Task Planning" for "LLM task planning"): the entries listed under it
 * are about the word, however many of them write it.
 *
 * <p>In the combined text a heading's word is held by every entry under it, so it is more common than a word only a few
 * titles write, and it counts less in the query's coverage ({@link BonusQuery.Share}): "dexterous hand" ranked the
 * "In-Hand" titles of other headings above the "Dexterous" titles under "Dexterous Manipulation". For a topic word an
 * entry under a heading the query names counts the word's unit fully (the rest of its steps, {@link BonusQuery.Share#rest}),
 * and the heading scores on its own IDF among the headings ({@link #TOPIC_WEIGHT}): an entry under the query's topic
 * ranks above one that only shares a word with it in the title.
 *
 * <p>A word names a topic heading when: the list has {@link Queries#LIST_WIDE_MIN_ENTRIES} entries or more; the headings
 * of some entries, at most {@link #TOPIC_SHARE} of them, hold it (not the list's name, not a heading over most of the
 * list); at least {@link #TOPIC_CONCENTRATION} of the entries that write it in their title or note stand under such a
 * heading (the heading is where the list puts the word: "Document-Level Relation Extraction" is no topic of "relation"
 * in a list of relation extraction papers); it has no digit (headings that are years, venues of a year, week dates);
 * and the query holds more than half of the heading's own words (those of the list's name, which nearly every heading
 * holds, the words lists name themselves with, and the second part of a hyphenated modifier, Tactile-based, left out):
 * "multimodal benchmark" does not name "Multimodal Large Language Models", nor "voice cloning" "Voice Conversion", nor
 * "learning from human videos" "Human-Robot Interaction and Collaboration". Off with
 * {@code -Dlitindex.readings.off=topic}.
 *
 * <p>Cost per query word: one term lookup; for a word some heading holds, two counts; for a word that passes them, a
 * walk over the index's heading keys that hold its letters, each such heading analyzed once.
 */
final class TopicHeadings {
    /** A word the headings of more than this share of the entries hold names no topic among others. */
    static final double TOPIC_SHARE = 0.25;
    /** Of the entries that write a topic word themselves, at least this share stand under a heading holding it. */
    static final double TOPIC_CONCENTRATION = 0.5;
    /** The weight of a topic word's heading clause ({@link Fields#SECTIONS}, its own IDF). */
    static final float TOPIC_WEIGHT = 3f;

    private TopicHeadings() {}

    /** The most entries that may write a word for {@code under} of them under its headings to make the share. */
    static int mostWriting(int under) {
        int most = (int) Math.floor(under / TOPIC_CONCENTRATION);
        while (most > 0 && !(under >= TOPIC_CONCENTRATION * most)) {
            most--;
        }
        while (under >= TOPIC_CONCENTRATION * (most + 1)) {
            most++;
        }
        return most;
    }

    /**
     * The clause that scores a query word's topic headings: the word in the headings of the entries listed under a
     * heading the query names, with the IDF the word has among the headings; null when the word names no topic heading
     * of the list (or the reading is off).
     *
     * @param w the query word
     * @param queryStems the stems of the query's words
     * @param forms the index's vocabulary
     * @param analyzer the stemming analyzer of the query text
     * @param listWords the stems of the generic list words (awesome, papers …), never a topic
     * @return the heading clause, or null
     */
    static Query clause(Queries.QueryWord w, Collection<String> queryStems, WordForms forms, Analyzer analyzer, Set<String> listWords) {
        if (Queries.OFF.contains("topic") || w.stem() == null || !isTopic(w, forms, listWords)) {
            return null;
        }
        List<String> named = namedHeadings(w.stem(), queryStems, forms, analyzer, listWords);
        if (named.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder under = new BooleanQuery.Builder();
        named.forEach(h -> under.add(new TermQuery(new Term(Fields.SECTION_KEY, h)), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(Fields.SECTIONS, w.stem())), TOPIC_WEIGHT), BooleanClause.Occur.MUST)
                .add(under.build(), BooleanClause.Occur.FILTER).build();
    }

    /** Whether a few entries' headings hold the word, and a good share of the entries writing it stand under them. */
    static boolean isTopic(Queries.QueryWord w, WordForms forms, Set<String> listWords) {
        int entries = forms.entries();
        if (entries < Queries.LIST_WIDE_MIN_ENTRIES || listWords.contains(w.stem())
                || w.exact().chars().anyMatch(Character::isDigit)) {
            return false;
        }
        try {
            Term heading = new Term(Fields.SECTIONS, w.stem());
            int held = forms.docFreq(heading);
            if (held == 0 || held > TOPIC_SHARE * entries) {
                return false;
            }
            // (without deleted entries, which term counts include) at least the larger field's count write the word, at most `held` of them stand under the heading:
            // when that cannot make the share, no count is needed (a common title word at 1M entries costs its postings)
            int written0 = Math.max(forms.docFreq(new Term(Fields.TITLE, w.stem())), forms.docFreq(new Term(Fields.NOTE, w.stem())));
            if (!forms.hasDeletions() && held < TOPIC_CONCENTRATION * written0) {
                return false;
            }
            Query written = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TITLE, w.stem())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.NOTE, w.stem())), BooleanClause.Occur.SHOULD).build();
            // the entries under the heading that write it first: at most twice as many may write it, so that count
            // stops there (a word common in titles at 1M entries, most of them under no heading holding it)
            int under = forms.count(new BooleanQuery.Builder().add(written, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(heading), BooleanClause.Occur.FILTER).build());
            if (under == 0) {
                return false;
            }
            int writing = forms.countUpTo(written, mostWriting(under) + 1);
            return writing > 0 && under >= TOPIC_CONCENTRATION * writing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The headings (as {@link Fields#SECTION_KEY} keys) that hold the stem and whose own words the query holds more than
     * half of, the list's name's words, the generic list words and combining forms (-based) aside.
     */
    static List<String> namedHeadings(String stem, Collection<String> queryStems, WordForms forms, Analyzer analyzer, Set<String> listWords) {
        List<String> out = new ArrayList<>();
        try {
            Terms keys = forms.terms(Fields.SECTION_KEY);
            if (keys == null) {
                return out;
            }
            // a stem's letters but its last are in the word it comes from (happi: happy; dexter: dexterous)
            String letters = stem.length() > 3 ? stem.substring(0, stem.length() - 1) : stem;
            int entries = forms.entries();
            TermsEnum te = keys.iterator();
            for (BytesRef key = te.next(); key != null; key = te.next()) {
                String heading = key.utf8ToString();
                if (heading.contains(" > ") || !heading.contains(letters)) {
                    continue;
                }
                Set<String> own = stems(analyzer, withoutCombiningForms(heading));
                if (!own.contains(stem)) {
                    continue;
                }
                int words = 0;
                int named = 0;
                for (String s : own) {
                    if (listWords.contains(s)
                            || forms.docFreq(new Term(Fields.SECTIONS, s)) >= Queries.LIST_WIDE_SHARE * entries) {
                        continue;
                    }
                    words++;
                    named += queryStems.contains(s) ? 1 : 0;
                }
                if (words > 0 && 2 * named > words) {
                    out.add(heading);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A heading without the second parts of its hyphenated modifiers (Tactile-based Manipulation: Tactile Manipulation). */
    private static String withoutCombiningForms(String heading) {
        String out = heading;
        for (String form : Acronyms.COMBINING) {
            out = out.replace("-" + form, "");
        }
        return out;
    }

    private static Set<String> stems(Analyzer analyzer, String text) {
        return Analyzers.terms(analyzer, Fields.SECTIONS, text, new LinkedHashSet<>());
    }
}
