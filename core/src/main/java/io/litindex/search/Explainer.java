package io.litindex.search;

import io.litindex.index.EntryDocuments;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.index.Analyzers;
import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.ScorePart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Explains one entry's score for a planned query: Lucene's {@link IndexSearcher#explain} of each clause of the ranking
 * query, each scoring leaf named by the part of the query it belongs to (a query word's own fields, a reading of it,
 * words close together) and by the field it searched. Nothing is scored here: every value is Lucene's, so the parts
 * add up to the score the search gave. A clause whose field has no name here is shown under the field's own name.
 */
final class Explainer {
    /** The part names of the fields a query word's own clauses search. */
    private static final Map<String, String> FIELD_PARTS = Map.ofEntries(
            Map.entry(Fields.TITLE, ScorePart.TITLE),
            Map.entry(Fields.TITLE_EXACT, ScorePart.TITLE),
            Map.entry(Fields.SECTIONS, ScorePart.SECTIONS),
            Map.entry(Fields.SECTION_KEY, ScorePart.SECTIONS),
            Map.entry(Fields.NOTE, ScorePart.NOTE),
            Map.entry(Fields.SOURCE_PAPER, ScorePart.SOURCE_PAPER),
            Map.entry(Fields.AUTHORS, ScorePart.AUTHORS),
            Map.entry(Fields.AUTHOR_KEY, ScorePart.AUTHORS),
            Map.entry(Fields.VENUE, ScorePart.VENUE),
            Map.entry(Fields.VENUE_KEY, ScorePart.VENUE),
            Map.entry(Fields.YEAR, ScorePart.YEAR),
            Map.entry(Fields.OWNERS, ScorePart.OWNERS),
            Map.entry(Fields.LINK_WORDS, ScorePart.LINK_WORDS),
            Map.entry(Fields.NAME, ScorePart.NAME),
            Map.entry(Fields.DATASET_NAME, ScorePart.DATASET),
            Map.entry(Fields.WORDS, ScorePart.ANY_WORD),
            Map.entry(Fields.REPOSITORY, Interpretation.REPOSITORY),
            Map.entry(Fields.TITLE_KEY, Interpretation.KNOWN),
            Map.entry(Fields.INITIALS, Interpretation.INITIALS),
            Map.entry(Fields.DEFINITIONS, Interpretation.DEFINED));

    private final IndexSearcher searcher;
    private final Queries.Plan plan;
    private final String text;
    /** Each reading's words as the query analyzers make them, to tell which reading a clause searches. */
    private final Map<Interpretation, Set<String>> readingTerms = new LinkedHashMap<>();

    /**
     * @param searcher the searcher of the index, with litindex's similarity
     * @param plan the plan the search ran
     * @param text the query text
     * @param schema the schema, for its query analyzers
     */
    Explainer(IndexSearcher searcher, Queries.Plan plan, String text, Schema schema) {
        this.searcher = searcher;
        this.plan = plan;
        this.text = text;
        for (Interpretation i : plan.interpreted()) {
            Set<String> terms = new LinkedHashSet<>();
            terms.add(i.readAs().toLowerCase(Locale.ROOT));
            Analyzers.terms(schema.textQueryAnalyzer(), Fields.TITLE, i.readAs(), terms);
            Analyzers.terms(schema.exactQueryAnalyzer(), Fields.TITLE_EXACT, i.readAs(), terms);
            Analyzers.terms(schema.namesAnalyzer(), Fields.AUTHORS, i.readAs(), terms);
            readingTerms.put(i, terms);
        }
    }

    /** What one explanation collects while walking the query. */
    private final class Walk {
        final int doc;
        final Map<String, Double> scores = new LinkedHashMap<>();
        final Map<String, Set<String>> details = new LinkedHashMap<>();
        final Set<Interpretation> readings = new LinkedHashSet<>();
        final Map<Query, Explanation> explained = new IdentityHashMap<>();

        Walk(int doc) {
            this.doc = doc;
        }

        Explanation explain(Query q) throws IOException {
            Explanation e = explained.get(q);
            if (e == null) {
                e = searcher.explain(q, doc);
                explained.put(q, e);
            }
            return e;
        }

        void add(String part, String detail, double score) {
            if (score == 0) {
                return;
            }
            scores.merge(part, score, Double::sum);
            Set<String> d = details.computeIfAbsent(part, k -> new LinkedHashSet<>());
            if (detail != null && !detail.isEmpty()) {
                d.add(detail);
            }
        }
    }

    /** Where a clause sits in the ranking query: a query word's own clauses, a reading of it, or the extras of a run. */
    private record Context(Kind kind, String word) {
        enum Kind { OWN, READING, EXTRA }
    }

    /**
     * The explanation of document {@code doc} (numbered as {@code searcher} numbers it).
     *
     * @param doc the document
     * @param id its entry id
     * @param rank its place among the matches, or null
     */
    ScoreExplanation explain(int doc, String id, Integer rank) throws IOException {
        Walk walk = new Walk(doc);
        Explanation whole = walk.explain(plan.query());
        List<String> matched = new ArrayList<>();
        List<String> notMatched = new ArrayList<>();

        if (plan.query() instanceof BooleanQuery main) {
            for (BooleanClause c : main.clauses()) {
                if (!c.isScoring()) {
                    continue;
                }
                Query q = c.getQuery();
                if (isTopic(q)) {
                    topic(walk, q);
                    continue;
                }
                boolean unit = q instanceof BonusQuery || (c.getOccur() == BooleanClause.Occur.SHOULD && !isExtra(q));
                Query inner = q instanceof BonusQuery b ? b.inner() : q;
                Explanation e = walk.explain(q);
                if (unit) {
                    (e.isMatch() ? matched : notMatched).add(label(inner));
                }
                if (!e.isMatch()) {
                    continue;
                }
                // a unit's bonus is the coverage, apart from the parts
                double value = (q instanceof BonusQuery ? walk.explain(inner) : e).getValue().doubleValue();
                walk(walk, inner, value, unit || c.getOccur() != BooleanClause.Occur.SHOULD
                        ? new Context(Context.Kind.OWN, null) : new Context(Context.Kind.EXTRA, null));
            }
        } else if (whole.isMatch()) {
            walk(walk, plan.query(), whole.getValue().doubleValue(), new Context(Context.Kind.OWN, null));
        }
        List<ScorePart> parts = new ArrayList<>();
        for (Map.Entry<String, Double> p : walk.scores.entrySet()) {
            Set<String> d = walk.details.get(p.getKey());
            parts.add(new ScorePart(p.getKey(), d.isEmpty() ? null : String.join(", ", d), p.getValue().floatValue()));
        }
        parts.sort(Comparator.comparingDouble((ScorePart p) -> -p.score()).thenComparing(ScorePart::part));
        float score = whole.isMatch() ? plan.relevance(whole.getValue().floatValue()) : 0;
        // the bonuses of the matched units, as the hit's score leaves them out (a whole number of bonuses)
        float coverage = whole.isMatch() ? whole.getValue().floatValue() - score : 0;
        return new ScoreExplanation(id, whole.isMatch(), whole.isMatch() ? rank : null, score, coverage, matched,
                notMatched, parts, List.copyOf(walk.readings));
    }

    /** Whether a clause of the main query scores a query word's topic heading ({@link TopicHeadings}): no unit of its own. */
    private static boolean isTopic(Query q) {
        if (q instanceof BonusQuery b) {
            return b.topUp();
        }
        Query first = q instanceof BooleanQuery bq && !bq.clauses().isEmpty() && bq.clauses().get(0).getOccur() == BooleanClause.Occur.MUST
                ? bq.clauses().get(0).getQuery() : q;
        return first instanceof BoostQuery b && b.getQuery() instanceof TermQuery t && t.getTerm().field().equals(Fields.SECTIONS);
    }

    /** A topic heading's score (its bonus steps count in the coverage, as a unit's do), under the word as typed. */
    private void topic(Walk walk, Query q) throws IOException {
        Query inner = q instanceof BonusQuery b ? b.inner() : q;
        Explanation e = walk.explain(inner);
        if (e.isMatch()) {
            List<String> stems = terms(inner);
            walk.add(ScorePart.TOPIC, words(stems), e.getValue().doubleValue());
        }
    }

    /** Whether a clause of the main query is no unit of it: words close together, or a run of words as a whole name. */
    private static boolean isExtra(Query q) {
        Query in = q instanceof BoostQuery b ? b.getQuery() : q;
        String field = field(in);
        return (in instanceof PhraseQuery || in instanceof SameWordQuery || in instanceof DisjunctionMaxQuery)
                        && (Fields.TITLE.equals(field) || Fields.NOTE.equals(field))
                || in instanceof ConstantScoreQuery c && c.getQuery() instanceof TermQuery t && t.getTerm().field().equals(Fields.NAME);
    }

    /**
     * Walks a query's tree, giving each scoring leaf its share of {@code value} (what the subtree adds to the score):
     * a boolean query's clauses their own scores, a disjunction's best clause its score and the others their tie-break
     * share, a wrapper (boost, same-word scaling) its inner query all of it.
     */
    private void walk(Walk walk, Query q, double value, Context ctx) throws IOException {
        if (value == 0) {
            return;
        }
        if (q instanceof BooleanQuery bq && isWordUnit(bq)) {
            String word = unitWord(bq);
            scaled(walk, bq, value, (i, c) -> new Context(i == 0 ? ctx.kind() == Context.Kind.READING ? Context.Kind.READING
                    : Context.Kind.OWN : Context.Kind.READING, word));
        } else if (q instanceof BooleanQuery bq && venueRun(bq) != null) {
            String run = venueRun(bq).word();
            scaled(walk, bq, value, (i, c) -> new Context(Context.Kind.READING, run));
        } else if (q instanceof BooleanQuery bq) {
            scaled(walk, bq, value, (i, c) -> ctx);
        } else if (q instanceof BoostQuery b) {
            walk(walk, b.getQuery(), value, ctx);
        } else if (q instanceof SameWordQuery s) {
            walk(walk, s.inner(), value, ctx);
        } else if (q instanceof BonusQuery b) {
            double inner = walk.explain(b.inner()).getValue().doubleValue();
            walk(walk, b.inner(), Math.min(value, inner), ctx);
        } else if (q instanceof DisjunctionMaxQuery d) {
            List<Query> disjuncts = new ArrayList<>(d.getDisjuncts());
            double[] v = new double[disjuncts.size()];
            int best = -1;
            double total = 0;
            for (int i = 0; i < v.length; i++) {
                Explanation e = walk.explain(disjuncts.get(i));
                v[i] = e.isMatch() ? e.getValue().doubleValue() : 0;
                best = best < 0 || v[i] > v[best] ? i : best;
            }
            for (int i = 0; i < v.length; i++) {
                total += i == best ? v[i] : d.getTieBreakerMultiplier() * v[i];
            }
            for (int i = 0; i < v.length && total > 0; i++) {
                double share = i == best ? v[i] : d.getTieBreakerMultiplier() * v[i];
                walk(walk, disjuncts.get(i), value * share / total, ctx);
            }
        } else {
            leaf(walk, q, value, ctx);
        }
    }

    private interface ClauseContext {
        Context of(int index, BooleanClause clause);
    }

    /** A boolean query's scoring clauses, each its share of {@code value} in proportion to its own score. */
    private void scaled(Walk walk, BooleanQuery bq, double value, ClauseContext contexts) throws IOException {
        List<BooleanClause> clauses = bq.clauses();
        double[] v = new double[clauses.size()];
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            BooleanClause c = clauses.get(i);
            if (c.isScoring()) {
                Explanation e = walk.explain(c.getQuery());
                v[i] = e.isMatch() ? e.getValue().doubleValue() : 0;
                total += v[i];
            }
        }
        for (int i = 0; i < v.length && total > 0; i++) {
            if (v[i] > 0) {
                walk(walk, clauses.get(i).getQuery(), value * v[i] / total, contexts.of(i, clauses.get(i)));
            }
        }
    }

    /** One scoring leaf: its part by its context and field. */
    private void leaf(Walk walk, Query q, double value, Context ctx) throws IOException {
        String field = field(q);
        List<String> terms = terms(q);
        if (ctx.kind() == Context.Kind.READING) {
            Interpretation reading = reading(ctx.word(), field, terms);
            if (reading != null) {
                walk.readings.add(reading);
                walk.add(reading.how(), reading.word() + " → " + reading.readAs(), value);
                return;
            }
            String part = FIELD_PARTS.get(field);
            walk.add(part == null ? field == null ? "other reading" : field : part, ctx.word(), value);
            return;
        }
        if (ctx.kind() == Context.Kind.EXTRA && (q instanceof PhraseQuery || q instanceof MultiPhraseQuery)) {
            walk.add(ScorePart.PROXIMITY, words(terms), value);
            return;
        }
        String detail = ctx.word() != null ? ctx.word() : q instanceof PhraseQuery || q instanceof MultiPhraseQuery
                ? "\"" + String.join(" ", terms) + "\"" : q instanceof PrefixQuery ? String.join(" ", terms) + "*" : String.join(" ", terms);
        if (q instanceof FuzzyQuery) {
            walk.add(ScorePart.FUZZY, detail, value);
        } else if (Fields.TEXT.equals(field) && terms.size() == 1) {
            text(walk, terms.get(0), detail, value);
        } else if (ctx.kind() == Context.Kind.EXTRA && Fields.NAME.equals(field)) {
            walk.add(ScorePart.NAME, words(List.of()), value);
        } else {
            String part = FIELD_PARTS.get(field);
            walk.add(part != null ? part : field != null ? field : q.getClass().getSimpleName(), detail, value);
        }
    }

    /**
     * A stemmed word's score in the combined text field (BM25F), shared among the title, sections, source paper and
     * note in proportion to its weighted frequency in each; the rest (the legend's long forms) counts as the note.
     */
    private void text(Walk walk, String stem, String detail, double value) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(walk.doc, leaves));
        int doc = walk.doc - leaf.docBase;
        Map<String, Double> weighted = new LinkedHashMap<>();
        double total = 0;
        for (String field : Schema.STEMMED) {
            PostingsEnum postings = leaf.reader().postings(new Term(field, stem), PostingsEnum.FREQS);
            if (postings != null && postings.advance(doc) == doc && doc != DocIdSetIterator.NO_MORE_DOCS) {
                double w = (double) postings.freq() * (field.equals(Fields.SOURCE_PAPER) ? sourcePaperWeight(walk) : Schema.textWeight(field));
                weighted.put(field, w);
                total += w;
            }
        }
        if (total == 0) {
            walk.add(ScorePart.NOTE, detail, value);
            return;
        }
        for (Map.Entry<String, Double> f : weighted.entrySet()) {
            walk.add(FIELD_PARTS.getOrDefault(f.getKey(), f.getKey()), detail, value * f.getValue() / total);
        }
    }

    /** The weight the entry's source-paper words have in the combined text: less when the list holds the paper. */
    private int sourcePaperWeight(Walk walk) throws IOException {
        Entry entry = EntryDocuments.fromDocument(searcher.storedFields().document(walk.doc, Set.of(Fields.ENTRY)));
        return Schema.sourcePaperTextWeight(entry.sourcePaper() != null && entry.sourcePaper().id() != null);
    }

    /** The reading a clause of a word's unit searches: the word's reading whose words the clause's terms are. */
    private Interpretation reading(String word, String field, List<String> terms) {
        Interpretation best = null;
        int bestScore = 0;
        String structural = FIELD_PARTS.get(field);
        for (Map.Entry<Interpretation, Set<String>> r : readingTerms.entrySet()) {
            Interpretation i = r.getKey();
            boolean mine = word == null || i.word().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
            int overlap = 0;
            for (String t : terms) {
                overlap += r.getValue().contains(t) ? 1 : 0;
            }
            if (overlap == 0 && i.how().equals(structural)) {
                overlap = 1; // a known name's title key, an acronym's initials: the field says which reading
            }
            int score = overlap * 2 + (mine ? 1 : 0);
            if (overlap > 0 && score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether a boolean query is a query word's unit: the word's own clauses first (the stemmed word or the exact word
     * in every field), its readings after.
     */
    private static boolean isWordUnit(BooleanQuery bq) {
        if (bq.clauses().isEmpty()) {
            return false;
        }
        Query own = bq.clauses().get(0).getQuery();
        own = own instanceof SameWordQuery s ? s.inner() : own;
        if (!(own instanceof BooleanQuery ob) || ob.clauses().isEmpty()) {
            return false;
        }
        Query first = ob.clauses().get(0).getQuery();
        first = first instanceof BoostQuery b ? b.getQuery() : first;
        return first instanceof TermQuery t && (t.getTerm().field().equals(Fields.TEXT) || t.getTerm().field().equals(Fields.WORDS));
    }

    /**
     * The venue reading of a unit that is a run of words naming a venue in full ({@link VenueNames}: its first clause the
     * venue's key), or null for any other query.
     */
    private Interpretation venueRun(BooleanQuery unit) {
        if (unit.clauses().isEmpty() || !(unit.clauses().get(0).getQuery() instanceof BoostQuery b)
                || !(b.getQuery() instanceof TermQuery t) || !t.getTerm().field().equals(Fields.VENUE_KEY)) {
            return null;
        }
        for (Interpretation i : plan.interpreted()) {
            if (i.how().equals(Interpretation.VENUE) && Schema.key(i.readAs()).equals(t.getTerm().text())
                    && i.word().chars().anyMatch(Character::isWhitespace)) {
                return i;
            }
        }
        return null;
    }

    /** The query word a unit is for, as typed. */
    private String unitWord(BooleanQuery unit) {
        Query own = unit.clauses().get(0).getQuery();
        own = own instanceof SameWordQuery s ? s.inner() : own;
        Query first = ((BooleanQuery) own).clauses().get(0).getQuery();
        first = first instanceof BoostQuery b ? b.getQuery() : first;
        Term t = ((TermQuery) first).getTerm();
        for (Queries.QueryWord w : plan.words()) {
            if (t.field().equals(Fields.TEXT) ? t.text().equals(w.stem()) : t.text().equals(w.exact())) {
                return w.end() <= text.length() ? text.substring(w.start(), w.end()) : w.exact();
            }
        }
        return t.text();
    }

    /** A unit of the query for people: the word as typed, a "phrase", a prefix*, options joined by OR. */
    private String label(Query q) {
        if (q instanceof BooleanQuery bq && isWordUnit(bq)) {
            return unitWord(bq);
        }
        if (q instanceof BooleanQuery bq && venueRun(bq) != null) {
            return venueRun(bq).word();
        }
        if (q instanceof BoostQuery b) {
            return label(b.getQuery());
        }
        if (q instanceof SameWordQuery s) {
            return label(s.inner());
        }
        if (q instanceof BonusQuery b) {
            return label(b.inner());
        }
        if (q instanceof BooleanQuery bq) {
            Set<String> options = new LinkedHashSet<>();
            for (BooleanClause c : bq.clauses()) {
                options.add(label(c.getQuery()));
            }
            return String.join(" OR ", options);
        }
        List<String> terms = terms(q);
        if (q instanceof PhraseQuery || q instanceof MultiPhraseQuery) {
            return "\"" + String.join(" ", terms) + "\"";
        }
        if (q instanceof PrefixQuery) {
            return String.join(" ", terms) + "*";
        }
        return terms.isEmpty() ? q.toString() : String.join(" ", terms);
    }

    /** The typed words whose stems are among {@code stems} (all the query's words when none is). */
    private String words(List<String> stems) {
        List<String> out = new ArrayList<>();
        for (Queries.QueryWord w : plan.words()) {
            if ((stems.isEmpty() || stems.contains(w.stem()) || stems.contains(w.exact())) && w.end() <= text.length()) {
                out.add(text.substring(w.start(), w.end()));
            }
        }
        return out.isEmpty() ? String.join(" ", stems) : String.join(" ", out);
    }

    /** The first field a query searches, or null. */
    private static String field(Query q) {
        String[] found = new String[1];
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (found[0] == null) {
                    found[0] = field;
                }
                return true;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (found[0] == null && terms.length > 0) {
                    found[0] = terms[0].field();
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (q instanceof PointRangeQuery p) {
            return p.getField();
        }
        return found[0];
    }

    /** The texts of the terms a query searches (a prefix's, a fuzzy word's own); planning reads them too. */
    static List<String> terms(Query q) {
        if (q instanceof PrefixQuery p) {
            return List.of(p.getPrefix().text());
        }
        if (q instanceof FuzzyQuery f) {
            return List.of(f.getTerm().text());
        }
        List<String> out = new ArrayList<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    out.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }

}
