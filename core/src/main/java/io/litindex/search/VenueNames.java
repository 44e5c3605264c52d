package io.litindex.search;

import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.ingest.fields.Venues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A venue's name typed in full among the query's words ("Transactions on Intelligent Vehicles", "Neural Information
 * Processing Systems"): a run of two words or more equal to a known venue's display name, full name or alias of two words
 * or more ({@code venues.tsv}), compared as the gazetteer compares names (case, spaces and punctuation aside; a leading
 * "IEEE", "IEEE/CVF", "ACM" or "Proceedings of the" may be left out; small words such as "on" and "of" as written). The
 * run is read as that venue when some entry of the list was published there and the list's titles do not write it as
 * a topic (two titles or more: "Pattern Recognition" on a list of pattern recognition papers stays two title words, the
 * reading the words had before): its words are then one unit of the query, matched by the venue's entries
 * ({@link Fields#VENUE_KEY}), as the one-word venue reading (RecSys, KDD) matches them. Off with
 * {@code -Dlitindex.readings.off=venuename}.
 */
final class VenueNames {
    /** What a leading word of a name or a typed run may leave out: the publisher, "Proceedings of the". */
    private static final List<String> OPTIONAL_LEADS = List.of("proceedingsofthe", "proceedingsof", "ieeecvf", "ieee", "acm");
    /** The most query words a name may span (the longest names of the gazetteer have about fifteen). */
    private static final int MAX_WORDS = 16;
    /**
     * A run two titles or more write is a topic of the list, not the venue, when this many titles or more write it for each
     * entry published at the venue: 0, any two titles (diagnostics: {@code -Dlitindex.venuename.topic}; 1 would let a
     * journal the list publishes in often, MDPI's Remote Sensing, take "remote sensing" from a list's titles).
     */
    static final double TOPIC_RATIO = Double.parseDouble(System.getProperty("litindex.venuename.topic", "0"));
    /** Fewer titles than this writing a run make no topic of it: one title is no habit. */
    static final int TOPIC_MIN_TITLES = 2;

    /**
     * A run of query words read as a venue.
     *
     * @param from the index of its first word among the words searched
     * @param to the index after its last word
     * @param typed the run as typed
     * @param venue the venue it names
     * @param entries how many entries of the list were published there
     */
    record Found(int from, int to, String typed, Venues.Venue venue, int entries) {
        /** The venue's key term, as {@link Fields#VENUE_KEY} holds the venues of the entries published there. */
        Term key() {
            return new Term(Fields.VENUE_KEY, Schema.key(venue.display()));
        }
    }

    private final Map<String, Venues.Venue> byKey = new HashMap<>();

    VenueNames(Venues venues) {
        for (Map.Entry<String, Venues.Venue> name : venues.names()) {
            String written = name.getKey().strip();
            if (written.split("\\s+").length < 2) {
                continue;
            }
            String key = Venues.key(written);
            byKey.putIfAbsent(key, name.getValue());
            String shorter = withoutLead(key);
            // the name less its publisher ("IEEE Transactions on Intelligent Vehicles"), when two words or more are left
            if (shorter != null && written.split("\\s+").length >= 3) {
                byKey.putIfAbsent(shorter, name.getValue());
            }
        }
    }

    /** The key less a leading publisher or "Proceedings of the", or null when it has none. */
    private static String withoutLead(String key) {
        for (String lead : OPTIONAL_LEADS) {
            if (key.startsWith(lead) && key.length() > lead.length()) {
                return key.substring(lead.length());
            }
        }
        return null;
    }

    /** The venue a run of typed words names in full, or null. */
    private Venues.Venue named(String typed) {
        String key = Venues.key(typed);
        Venues.Venue v = byKey.get(key);
        if (v == null) {
            String shorter = withoutLead(key);
            v = shorter == null ? null : byKey.get(shorter);
        }
        return v;
    }

    /**
     * The runs of {@code words} (the run's words as analyzed, stop words too, in order) that name a venue of the list's
     * entries in full, longest first from the left, none overlapping; each counted once: a venue's entries, one term
     * lookup, and the titles writing the run, one phrase count, only for a run that names a known venue.
     *
     * @param words the words as analyzed, stop words too
     * @param text the query text
     * @param forms the index's vocabulary
     * @param textAnalyzer the stemmed fields' query analyzer, for the titles writing the run
     */
    List<Found> find(List<Queries.QueryWord> words, String text, WordForms forms, Analyzer textAnalyzer) {
        List<Found> out = new ArrayList<>();
        if (byKey.isEmpty() || words.size() < 2) {
            return out;
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = Math.min(words.size(), i + MAX_WORDS); j >= i + 2; j--) {
                String typed = text.substring(words.get(i).start(), words.get(j - 1).end());
                Venues.Venue venue = typed.chars().anyMatch(Character::isWhitespace) ? named(typed) : null;
                if (venue == null) {
                    continue;
                }
                int entries = forms.docFreq(new Term(Fields.VENUE_KEY, Schema.key(venue.display())));
                if (entries == 0 || topic(titles(typed, forms, textAnalyzer), entries)) {
                    continue;
                }
                out.add(new Found(i, j, typed, venue, entries));
                i = j - 1;
                break;
            }
        }
        return out;
    }

    /** Whether the titles writing a run make it a topic of the list rather than the venue its entries were published at. */
    static boolean topic(int titles, int entries) {
        return titles >= TOPIC_MIN_TITLES && titles >= TOPIC_RATIO * entries;
    }

    /** How many titles write the run as a phrase. */
    private static int titles(String typed, WordForms forms, Analyzer textAnalyzer) {
        Query phrase = new QueryBuilder(textAnalyzer).createPhraseQuery(Fields.TITLE, typed);
        if (phrase == null) {
            return 0;
        }
        try {
            return forms.count(phrase);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The unit of a run read as a venue: the entries published there, scored as a word read as a venue scores them (the
     * venue at the stemmed title's scale), and the entries with no venue of their own that write the name in their text
     * (a heading or a note naming where they appeared), scored as the phrase in each stemmed field at its weight.
     *
     * @param found the run
     * @param textBuilder the stemmed fields' query builder
     * @param scale what the venue scores against the other fields ({@link Queries#COMBINED_SCALE})
     */
    static Query unit(Found found, QueryBuilder textBuilder, float scale) {
        BooleanQuery.Builder unit = new BooleanQuery.Builder();
        unit.add(new BoostQuery(new TermQuery(found.key()), scale), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder written = new BooleanQuery.Builder();
        for (String field : Schema.STEMMED) {
            Query p = textBuilder.createPhraseQuery(field, found.typed());
            if (p != null) {
                written.add(new BoostQuery(p, Queries.weight(field)), BooleanClause.Occur.SHOULD);
            }
        }
        Query phrase = written.build();
        if (!((BooleanQuery) phrase).clauses().isEmpty()) {
            Query noVenue = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(new FieldExistsQuery(Fields.VENUE), BooleanClause.Occur.MUST_NOT).build();
            unit.add(new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.MUST)
                    .add(noVenue, BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD);
        }
        return unit.build();
    }
}
