package io.litindex.search;

import io.litindex.index.Acronyms;
import io.litindex.index.Analyzers;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Dimension;
import io.litindex.model.Interpretation;
import io.litindex.model.Kind;
import io.litindex.model.SearchRequest;
import io.litindex.model.SortOrder;
import io.litindex.search.QuerySyntax.AnyOf;
import io.litindex.search.QuerySyntax.Clause;
import io.litindex.search.QuerySyntax.FieldValue;
import io.litindex.search.QuerySyntax.HasCode;
import io.litindex.search.QuerySyntax.KindValue;
import io.litindex.search.QuerySyntax.Phrase;
import io.litindex.search.QuerySyntax.Prefix;
import io.litindex.search.QuerySyntax.Word;
import io.litindex.search.QuerySyntax.Words;
import io.litindex.search.QuerySyntax.YearValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Turns a {@link SearchRequest} into Lucene queries and sorts.
 *
 * <p>Each plain word is searched in every full-text field (stemmed, exact and as a name), each run of
 * plain words is expanded with the synonym graph, and adjacent words found close together score more.
 * For relevance order, entries are ranked first by how many of the query's words (or phrases, prefixes,
 * OR groups) they match, a word counting as matched through a synonym too, then by BM25: each such unit
 * of the query scores a constant bonus larger than any BM25 sum the query can reach ({@link BonusQuery}),
 * so one relevance sort gives that order.
 */
final class Queries {
    /** A synonym match counts as much as the word itself. */
    static final float SYNONYM_WEIGHT = 1.0f;
    /** Adjacent query words found within {@link #PROXIMITY_SLOP} positions of each other, per unit of field weight. */
    static final float PROXIMITY_WEIGHT = 0.5f;
    static final int PROXIMITY_SLOP = 2;
    /** The score of a year typed as a plain word matching the publication year. */
    static final float YEAR_WEIGHT = 0.1f;
    private static final List<String> PROXIMITY_FIELDS = List.of(Fields.TITLE, Fields.NOTE);

    private final Schema schema;
    /** The venue names, read the first time a query names a venue (reading them costs a one-shot search time). */
    private final Supplier<Venues> venues;
    private final Analyzer synonymAnalyzer;
    private final QueryBuilder textBuilder;
    private final QueryBuilder exactBuilder;
    private final QueryBuilder namesBuilder;
    private final boolean hasSynonyms;
    private final Synonyms synonyms;
    private final KnownNames knownNames;
    /** The field vocabulary a topic is also written in (reinforcement learning → policy, reward), read at a low weight. */
    private final Synonyms related;
    private final Analyzer relatedAnalyzer;
    /**
     * Stems of the words lists name themselves with that say nothing of a field (Awesome Papers, a reading list,
     * Pre-trained Language Models; {@link ListWords}): a title writing them is no more on the list's topic than one
     * that does not.
     */
    private final Set<String> listWordStems;
    /** The venues' names of two words or more, read the first time a query of two words or more is planned with an index. */
    private volatile VenueNames venueNames;

    Queries(Schema schema, Supplier<Venues> venues, Synonyms synonyms) {
        this.schema = schema;
        this.synonyms = synonyms;
        this.venues = venues;
        this.hasSynonyms = !synonyms.isEmpty();
        this.knownNames = KnownNames.configured();
        this.related = Synonyms.related();
        this.relatedAnalyzer = related.isEmpty() ? null : Analyzers.textQuery(related.map());
        this.synonymAnalyzer = Analyzers.textQuery(synonyms.map());
        this.textBuilder = new QueryBuilder(schema.textQueryAnalyzer());
        this.exactBuilder = new QueryBuilder(schema.exactQueryAnalyzer());
        this.namesBuilder = new QueryBuilder(schema.namesAnalyzer());
        this.listWordStems = ListWords.configured().stems(word -> single(schema.textQueryAnalyzer(), Fields.TITLE, word));
    }

    /**
     * A plain query word, analyzed for each kind of field.
     *
     * @param exact lower-cased and accent-folded, as in the exact fields
     * @param stem as in the stemmed fields; null for a stop word
     * @param name as in the author and venue fields
     * @param start where the word starts in the query text
     * @param end where it ends
     * @param synonymous true when a synonym rule covers the word
     */
    record QueryWord(String exact, String stem, String name, int start, int end, boolean synonymous) {}

    /**
     * The Lucene queries for one query text.
     *
     * @param query what entries must match, scored by BM25 plus {@code bonus} for each unit of the query matched
     * @param bonus what each matched unit adds to the score (0 when the query has fewer than two units, or
     *     when its BM25 sum cannot be bounded tightly enough and {@code coverage} orders by units instead)
     * @param coverage scores each entry by how many of the query's units it matches, for sorting; null unless
     *     the query has two units or more and no bonus
     * @param highlight what the highlighter marks in the highlighted fields; null when nothing
     * @param words the plain words searched, for spelling suggestions
     * @param interpreted how words were read beyond their written form
     * @param matching what {@code query} matches, cheaper to count: without the clauses that only score entries
     *     other clauses match already (words found close together)
     */
    record Plan(Query query, float bonus, Query coverage, Query highlight, List<QueryWord> words, List<Interpretation> interpreted,
            Query matching) {
        /**
         * The plan, with {@code matching} the same as {@code query}.
         */
        Plan(Query query, float bonus, Query coverage, Query highlight, List<QueryWord> words, List<Interpretation> interpreted) {
            this(query, bonus, coverage, highlight, words, interpreted, query);
        }

        /** The BM25 part of a score, without the bonuses of the units matched. */
        float relevance(float score) {
            return Queries.relevance(score, bonus);
        }
    }

    /** The BM25 part of a score of a query whose matched units score {@code bonus} each. */
    static float relevance(float score, float bonus) {
        if (bonus == 0 || !(score >= bonus)) {
            return score;
        }
        return (float) (score - Math.floor(score / bonus) * bonus);
    }

    /**
     * The parts of the plan a group of clauses contributes: its units (a word with its synonyms, a phrase,
     * a prefix, an OR group), each a scoring query whose match means the unit is matched, and the scoring
     * clauses that are no unit (words found close together).
     */
    private static final class Parts {
        final List<Query> extras = new ArrayList<>();
        /** The extras that score words found close together: they match nothing the words' own clauses do not. */
        final List<Query> proximity = new ArrayList<>();
        final List<Query> units = new ArrayList<>();
        /** Each unit's word in the stemmed text, whose IDF weighs its bonus ({@link BonusQuery.Share}); null for a unit that counts fully. */
        final List<Term> unitWords = new ArrayList<>();
        /** What the highlighter marks in the title and note: the words, synonyms, phrases and prefixes as those fields index them. */
        final List<Query> highlight = new ArrayList<>();
        final List<QueryWord> words = new ArrayList<>();
        /**
         * Runs already analyzed, so that no run is analyzed twice in one plan; keyed by identity (a run is
         * looked up as the parser made it), which also spares a one-shot search the start-up cost of a
         * record's generated hashCode and equals.
         */
        final Map<Words, List<QueryWord>> analyzed;
        /** How many more words may be matched fuzzily in this plan (each costs automata). */
        final int[] fuzzyLeft;

        /** The index's own vocabulary, for typos, joined and split forms and defined acronyms; null when planning without an index. */
        final WordForms forms;
        /** The query text, for the words as typed. */
        final String text;
        /** What an exact name match scores: above any BM25 sum of a word's fields. */
        final float nameScore;
        /** Whether some word of the query is in the index (or some clause is no plain word): typos are read only then. */
        boolean anyKnown;
        /** How words were read beyond their written form, shared by nested groups. */
        final List<Interpretation> interpreted;
        /** Where the words read as a venue of the list's entries start in the query text. */
        final Set<Integer> venueStarts = new HashSet<>();
        /** The venue each of those words was read as, by where it starts: its {@link Fields#VENUE_KEY} term. */
        final Map<Integer, Term> venueKeys = new HashMap<>();
        /** The stems of the other spellings the words starting there were read as (personalised: personal). */
        final Map<Integer, String> variantStems = new HashMap<>();
        /** Each misspelled word's corrections, by where it starts and whether titles' stems were looked at. */
        final Map<String, List<String>> corrections = new HashMap<>();
        /** The heading clause of each unit whose word names a topic heading of the list, by the unit's index ({@link TopicHeadings}). */
        final Map<Integer, Query> topics = new HashMap<>();

        Parts(Map<Words, List<QueryWord>> analyzed, int[] fuzzyLeft, WordForms forms, String text, float nameScore,
                List<Interpretation> interpreted) {
            this.analyzed = analyzed;
            this.fuzzyLeft = fuzzyLeft;
            this.forms = forms;
            this.text = text;
            this.nameScore = nameScore;
            this.interpreted = interpreted;
        }

        Parts nested() {
            Parts nested = new Parts(analyzed, fuzzyLeft, forms, text, nameScore, interpreted);
            nested.anyKnown = anyKnown;
            return nested;
        }

        void interpret(String word, String readAs, String how) {
            Interpretation i = new Interpretation(word, readAs, how);
            if (!interpreted.contains(i)) {
                interpreted.add(i);
            }
        }

        /** Takes one word's share of the fuzzy budget; false when it is spent. */
        boolean takeFuzzy() {
            return fuzzyLeft[0]-- > 0;
        }
    }

    /**
     * Plans the query text for an index of {@code maxDoc} documents; with {@code fuzzy}, plain words also
     * match words within one or two edits.
     */
    Plan plan(String queryText, boolean fuzzy, int maxDoc) {
        return plan(queryText, fuzzy, maxDoc, null);
    }

    /**
     * Plans the query text for the index {@code reader} reads: its vocabulary also gives each word's typo
     * corrections, joined and split forms and the acronyms the list defines ({@link WordForms}).
     */
    Plan plan(String queryText, boolean fuzzy, IndexReader reader) {
        return plan(queryText, fuzzy, reader.maxDoc(), new WordForms(reader));
    }

    /**
     * Plans the query text with the vocabulary of {@code reader} (one shard of a larger index) for an index of
     * {@code maxDoc} documents in all: what {@link RankingQuery} builds on a cluster's shards.
     */
    Plan plan(String queryText, boolean fuzzy, IndexReader reader, int maxDoc) {
        return plan(queryText, fuzzy, maxDoc, new WordForms(reader));
    }

    private Plan plan(String queryText, boolean fuzzy, int maxDoc, WordForms forms) {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(queryText);
        if (parsed.isEmpty()) {
            return new Plan(new MatchAllDocsQuery(), 0, null, null, List.of(), List.of());
        }
        // a query of stop words only ("the") searches them as exact words; otherwise stop words are left out
        Parts parts = new Parts(new IdentityHashMap<>(), new int[] {fuzzy ? MAX_FUZZY_WORDS : 0}, forms, queryText,
                (float) (NAME_SCORE * maxIdf(maxDoc)), new ArrayList<>());
        if (forms != null) {
            // typos are read only among good words; a query of unknown words only is searched again fuzzily
            for (Clause c : parsed.positive()) {
                parts.anyKnown |= !(c instanceof Words) || analyzed((Words) c, parts).stream().anyMatch(w -> forms.known(w));
            }
        }
        boolean onlyWords = parsed.positive().stream().allMatch(c -> c instanceof Words);
        boolean keepStopWords = onlyWords && !parsed.positive().isEmpty()
                && parsed.positive().stream().allMatch(c -> analyzed((Words) c, parts).stream().noneMatch(w -> w.stem() != null));

        BooleanQuery.Builder main = new BooleanQuery.Builder();
        boolean required = false;
        for (Clause clause : parsed.positive()) {
            if (clause instanceof AnyOf any && any.options().stream().allMatch(Queries::isField)) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                any.options().forEach(o -> anyField.add(fieldQuery(o), BooleanClause.Occur.SHOULD));
                any.options().forEach(o -> highlightField(o, parts));
                main.add(anyField.build(), BooleanClause.Occur.MUST);
                required = true;
            } else if (isField(clause)) {
                boolean filter = clause instanceof YearValue || clause instanceof KindValue || clause instanceof HasCode;
                main.add(fieldQuery(clause), filter ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
                highlightField(clause, parts);
                required = true;
            } else {
                soft(clause, fuzzy, keepStopWords, parts);
            }
        }
        for (Clause clause : parsed.excluded()) {
            main.add(exclusion(clause), BooleanClause.Occur.MUST_NOT);
        }
        float bonus = 0;
        Query coverage = null;
        boolean shared = parts.unitWords.stream().filter(t -> t != null).count() >= 2;
        if (parts.units.size() >= 2) {
            bonus = bonus(parts, maxDoc, shared ? BonusQuery.Share.STEPS : 1);
            if (bonus == 0) {
                // the long fuzzy queries sorted by the units they match count each unit fully
                BooleanQuery.Builder count = new BooleanQuery.Builder();
                parts.units.forEach(u -> count.add(new ConstantScoreQuery(u), BooleanClause.Occur.SHOULD));
                coverage = count.build();
            }
        }
        if (!parts.units.isEmpty() || !parts.extras.isEmpty()) {
            BonusQuery.Words words = new BonusQuery.Words(parts.unitWords);
            for (int i = 0; i < parts.units.size(); i++) {
                Query unit = parts.units.get(i);
                main.add(bonus == 0 ? unit : shared ? new BonusQuery(unit, bonus, new BonusQuery.Share(words, i))
                        : new BonusQuery(unit, bonus), BooleanClause.Occur.SHOULD);
            }
            // a topic heading's entries: the heading's score, and the steps the word's share leaves out of a whole unit
            for (Map.Entry<Integer, Query> topic : parts.topics.entrySet()) {
                main.add(bonus != 0 && shared ? new BonusQuery(topic.getValue(), bonus, new BonusQuery.Share(words, topic.getKey(), true))
                        : topic.getValue(), BooleanClause.Occur.SHOULD);
            }
            parts.extras.forEach(q -> main.add(q, BooleanClause.Occur.SHOULD));
            main.setMinimumNumberShouldMatch(1);
        } else if (!required) {
            // nothing to rank by (only exclusions, or only punctuation): every entry, less the excluded ones
            main.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        BooleanQuery query = main.build();
        Query highlight = parts.highlight.isEmpty() ? null : anyOf(parts.highlight);
        return new Plan(query, bonus, coverage, highlight, List.copyOf(parts.words), List.copyOf(parts.interpreted),
                withoutScoringOnly(query, parts.proximity));
    }

    /**
     * The query less its proximity clauses: each matches only entries whose stemmed title or note holds every
     * word of its run, which the words' own clauses match already, so the matches are the same.
     */
    private static Query withoutScoringOnly(BooleanQuery query, List<Query> proximity) {
        if (proximity.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
        int should = 0;
        for (BooleanClause c : query.clauses()) {
            if (proximity.stream().noneMatch(p -> p == c.getQuery())) {
                b.add(c);
                should += c.getOccur() == BooleanClause.Occur.SHOULD ? 1 : 0;
            }
        }
        return should == 0 ? query : b.build();
    }

    /** Scores within this distance of each other may be told apart: 1/256, finer than BM25's length norms. */
    private static final float SCORE_RESOLUTION = 1f / 256;

    /** Diagnostics: {@code -Dlitindex.shape.off=share} counts every unit fully, as before the words' shares. */
    static final boolean SHARE_OFF = System.getProperty("litindex.shape.off", "").contains("share");

    /**
     * The bonus each matched unit scores (per step of its {@link BonusQuery.Share}, {@code steps} for a unit counting
     * fully): a power of two above the largest BM25 sum the query's scoring clauses can reach, so that an entry
     * matching units of more steps always scores more. 0 when that bonus would
     * leave scores too coarse in a float (long fuzzy queries): the plan then sorts by its coverage query.
     */
    private static float bonus(Parts parts, int maxDoc, int steps) {
        double idf = maxIdf(maxDoc);
        double bound = 0;
        for (Query q : parts.units) {
            bound += maxScore(q, idf);
        }
        for (Query q : parts.extras) {
            bound += maxScore(q, idf);
        }
        for (Query q : parts.topics.values()) {
            bound += maxScore(q, idf);
        }
        if (Double.isInfinite(bound)) {
            return 0;
        }
        float bonus = 1;
        while (bonus <= bound + 1) {
            bonus *= 2;
        }
        float top = (float) (parts.units.size() * (double) steps * bonus + bound);
        return Math.ulp(top) <= SCORE_RESOLUTION ? bonus : 0;
    }

    /** The largest IDF BM25 gives a term in an index of {@code maxDoc} documents (a term found in one of them). */
    static double maxIdf(int maxDoc) {
        return Math.log(1 + (Math.max(1, maxDoc) - 1 + 0.5) / 1.5);
    }

    /**
     * An upper bound of the score of {@code q} under BM25 (each term scores less than its boost times its
     * IDF), or infinity for a query this does not know how to bound (fuzzy queries, whose expansions add up).
     */
    static double maxScore(Query q, double idf) {
        return maxScore(q, term -> idf);
    }

    /**
     * An upper bound of the score of {@code q} under BM25 given each term's IDF (a BM25 score is below its
     * boost times its IDF), or infinity for a query this does not know how to bound. With the IDFs of an
     * index it bounds what a unit can score.
     */
    static double maxScore(Query q, java.util.function.ToDoubleFunction<Term> idf) {
        if (q instanceof BoostQuery b) {
            return b.getBoost() * maxScore(b.getQuery(), idf);
        }
        if (q instanceof BooleanQuery bq) {
            double sum = 0;
            for (BooleanClause c : bq.clauses()) {
                if (c.isScoring()) {
                    sum += maxScore(c.getQuery(), idf);
                }
            }
            return sum;
        }
        if (q instanceof TermQuery t) {
            return idf.applyAsDouble(t.getTerm());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            double max = 0;
            for (Query disjunct : d.getDisjuncts()) {
                max = Math.max(max, maxScore(disjunct, idf));
            }
            return max + d.getTieBreakerMultiplier() * d.getDisjuncts().size() * max;
        }
        if (q instanceof SameWordQuery s) {
            return maxScore(s.inner(), idf); // scaled by 1 at most
        }
        if (q instanceof PhraseQuery p) {
            return Arrays.stream(p.getTerms()).mapToDouble(idf).sum();
        }
        if (q instanceof MultiPhraseQuery m) {
            return Arrays.stream(m.getTermArrays()).flatMap(Arrays::stream).mapToDouble(idf).sum();
        }
        if (q instanceof ConstantScoreQuery || q instanceof PrefixQuery || q instanceof MatchAllDocsQuery
                || q instanceof PointRangeQuery) {
            return 1; // constant scores
        }
        if (q instanceof MatchNoDocsQuery) {
            return 0;
        }
        return Double.POSITIVE_INFINITY;
    }

    private static boolean isField(Clause clause) {
        return clause instanceof FieldValue || clause instanceof YearValue || clause instanceof KindValue || clause instanceof HasCode;
    }

    /** Adds an optional clause: a run of words, a phrase, a prefix or an OR group of them. */
    private void soft(Clause clause, boolean fuzzy, boolean keepStopWords, Parts parts) {
        if (clause instanceof Words words) {
            run(words, fuzzy, keepStopWords, parts);
        } else if (clause instanceof Phrase phrase) {
            parts.units.add(phrase(phrase.text()));
            parts.unitWords.add(null);
            parts.highlight.addAll(stemmedPhrase(phrase.text()));
        } else if (clause instanceof Prefix prefix) {
            parts.units.add(prefix(prefix.text()));
            parts.unitWords.add(null);
            String p = schema.textQueryAnalyzer().normalize(Fields.TITLE, prefix.text()).utf8ToString();
            Schema.HIGHLIGHTED.forEach(field -> parts.highlight.add(new PrefixQuery(new Term(field, p))));
        } else if (clause instanceof AnyOf any) {
            Parts options = parts.nested();
            for (Clause option : any.options()) {
                if (isField(option)) {
                    options.units.add(fieldQuery(option));
                    highlightField(option, options);
                } else {
                    soft(option, fuzzy, keepStopWords, options);
                }
            }
            // the group is one unit, matched when any option is, scoring as its options together
            List<Query> all = new ArrayList<>(options.units);
            all.addAll(options.extras);
            parts.units.add(anyOf(all));
            parts.unitWords.add(null);
            parts.highlight.addAll(options.highlight);
            parts.words.addAll(options.words);
        }
    }

    /** A run of plain words: each word in every field, synonym alternatives, and a bonus for the words close together. */
    private void run(Words run, boolean fuzzy, boolean keepStopWords, Parts parts) {
        List<QueryWord> words = new ArrayList<>();
        for (QueryWord w : analyzed(run, parts)) {
            if (w.stem() != null || keepStopWords) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        // a rule graph is walked only when some run of the words is a rule's whole input: the walk costs more
        // than the lookups, and most runs ("graph", a word that only begins a rule) match no rule
        List<String> stems = words.stream().map(QueryWord::stem).filter(s -> s != null).toList();
        // a misspelled word of a phrase the rules know is read as the rule's word (visual grouding: visual grounding)
        List<QueryWord> ruleWords = parts.forms == null || keepStopWords || OFF.contains("ruletypo") || stems.size() != words.size()
                || words.size() < 2 ? words : ruleTypos(words, stems, parts);
        // a misspelled word (or one in its other spelling) reads the rules of its correction, as the word typed right would
        BitSet variants = new BitSet();
        if (parts.forms != null && !keepStopWords && !OFF.contains("corrected") && stems.size() == words.size()) {
            ruleWords = correctedRuleWords(words, ruleWords, fuzzy, variants, parts);
        }
        if (ruleWords != words) {
            stems = ruleWords.stream().map(QueryWord::stem).toList();
        }
        List<Alternative> alternatives = new ArrayList<>(keepStopWords || !synonyms.matchesIn(stems) ? List.of() : alternatives(ruleWords));
        if (!alternatives.isEmpty() && parts.forms != null && !OFF.contains("venue")) {
            // a word naming a venue of this list's entries (RecSys 2017) is the venue, not a rule's long form
            alternatives.removeIf(alt -> alt.covers().cardinality() == 1 && venueWord(words.get(alt.covers().nextSetBit(0)), parts));
        }
        if (!alternatives.isEmpty() && parts.forms != null && !OFF.contains("absent")) {
            // a rule for one word whose other side no entry of this list writes (UMI: unique molecular identifier, on a
            // robotics list) reads nothing here: the word keeps its own readings (the initials of Universal Manipulation
            // Interface). A rule for a run of words still counts them fully (single cell foundation model: scFM)
            alternatives.removeIf(alt -> alt.covers().cardinality() == 1 && !parts.forms.any(alt.query()));
        }
        if (!alternatives.isEmpty() && parts.forms != null && !keepStopWords && !OFF.contains("listfield") && words.size() >= 3) {
            listField(words, alternatives, parts);
        }
        if (parts.forms != null && !keepStopWords && !OFF.contains("joined")) {
            joined(words, alternatives, parts);
        }
        if (relatedAnalyzer != null && parts.forms != null && !keepStopWords && !OFF.contains("related")
                && related.matchesIn(stems)) {
            // only the related terms some title of this list writes: the others would cost and explain nothing
            for (Alternative alt : relatedTerms(ruleWords, stems)) {
                if (parts.forms.any(alt.query())) {
                    alternatives.add(alt);
                }
            }
        }
        if (ruleWords != words) {
            ruleTypoReadings(words, ruleWords, variants, alternatives, parts);
        }
        // a run of words writing a venue's name in full (Transactions on Intelligent Vehicles) is the venue: one unit
        Map<Integer, VenueNames.Found> venueRuns = venueRuns(run, words, keepStopWords, parts);
        BitSet inVenue = new BitSet();
        venueRuns.values().forEach(f -> inVenue.set(f.from(), f.to()));
        if (!inVenue.isEmpty()) {
            alternatives.removeIf(alt -> alt.covers().intersects(inVenue));
        }
        for (Alternative alt : alternatives) {
            parts.interpret(typed(words, alt.covers(), parts), alt.readAs(), alt.how());
        }
        // the whole run as a well-known name (Segment Anything, Mask R-CNN): each of its words' units finds the paper
        Query runKnown = words.size() >= 2 && !keepStopWords
                ? knownName(parts.text.substring(words.get(0).start(), withPlusSigns(parts.text, words.get(words.size() - 1).end())), parts) : null;
        // the whole run as the name of a dataset that comes from a paper (HICO-DET): each of its words' units finds the paper
        Query runDataset = words.size() >= 2 && words.size() <= MAX_DATASET_NAME_WORDS && !OFF.contains("dataset") ? datasetName(
                Acronyms.nameKey(words.stream().map(QueryWord::exact).collect(Collectors.joining(" "))), parts, words.size()) : null;
        for (int i = 0; i < words.size(); i++) {
            QueryWord w = words.get(i);
            if (inVenue.get(i)) {
                VenueNames.Found found = venueRuns.get(i);
                if (found != null) {
                    parts.units.add(VenueNames.unit(found, textBuilder, COMBINED_SCALE));
                    parts.unitWords.add(SHARE_OFF || SHAPE_OFF.contains("venueshare") ? null : found.key());
                    parts.interpret(found.typed(), found.venue().display(), Interpretation.VENUE);
                }
                parts.words.add(new QueryWord(w.exact(), w.stem(), w.name(), w.start(), w.end(), true));
                continue;
            }
            boolean fuzzyWord = fuzzy && parts.takeFuzzy();
            // the word's unit: the word itself or any synonym covering it; a synonym covering k words
            // scores a k-th of its score in each of their units, so it counts once in all
            BooleanQuery.Builder unit = new BooleanQuery.Builder();
            boolean synonymous = false;
            // a topic's related terms count as the best of them, not their sum: an entry writing many of them
            // does not outrank one writing the topic
            List<Query> relatedTerms = new ArrayList<>();
            for (Alternative alt : alternatives) {
                if (alt.covers().get(i)) {
                    int shared = alt.covers().cardinality();
                    Query q = shared == 1 ? alt.query() : new BoostQuery(alt.query(), 1f / shared);
                    if (Interpretation.RELATED.equals(alt.how())) {
                        // a related term leaves the word's own readings (typo, word form) as they are
                        relatedTerms.add(q);
                    } else {
                        unit.add(q, BooleanClause.Occur.SHOULD);
                        // a rule read through a corrected word (RuleTypos) leaves the word's own typo reading as it is
                        synonymous |= ruleWords.get(i) == w;
                    }
                }
            }
            // an entry whose whole name (an alias, the title's leading name) is the word comes first
            if (!OFF.contains("name")) unit.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.NAME, w.exact()))), parts.nameScore),
                    BooleanClause.Occur.SHOULD);
            // the paper a dataset named so comes from, below the dataset (GazeFollow: "Where are they looking?")
            Query dataset = OFF.contains("dataset") ? null : datasetName(w.exact(), parts, 1);
            if (dataset != null) {
                unit.add(dataset, BooleanClause.Occur.SHOULD);
            }
            if (runDataset != null) {
                unit.add(runDataset, BooleanClause.Occur.SHOULD);
            }
            // a well-known name read as its paper's title leaves the word's other readings as they are
            boolean named = false;
            // a one-word repository name that no other entry writes names its entry (github.com/…/timesfm: TimesFM)
            if (!OFF.contains("repository") && parts.forms != null && !keepStopWords && parts.forms.repositoryWord(w.exact())) {
                unit.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.REPOSITORY, w.exact()))), parts.nameScore),
                        BooleanClause.Occur.SHOULD);
                parts.interpret(parts.text.substring(w.start(), w.end()), w.exact(), Interpretation.REPOSITORY);
                named = true;
            }
            // a word only the links of some entries write (github.com/robinjia/adversarial-squad: squad) is shown as read there
            if (!OFF.contains("linkwords") && parts.forms != null && !keepStopWords && linkWord(w.exact(), parts)) {
                parts.interpret(parts.text.substring(w.start(), w.end()), w.exact(), Interpretation.LINK);
            }
            if (runKnown != null) {
                unit.add(new BoostQuery(runKnown, 1f / words.size()), BooleanClause.Occur.SHOULD);
                named = true;
            }
            Query known = keepStopWords ? null : knownName(parts.text.substring(w.start(), withPlusSigns(parts.text, w.end())), parts);
            if (known != null) {
                unit.add(known, BooleanClause.Occur.SHOULD);
                named = true;
            }
            if (parts.forms != null && w.stem() != null && !keepStopWords) {
                synonymous |= readings(w, fuzzyWord, synonymous, unit, relatedTerms, parts);
            }
            if (!relatedTerms.isEmpty()) {
                unit.add(relatedTerms.size() == 1 ? relatedTerms.get(0) : new DisjunctionMaxQuery(relatedTerms, 0f), BooleanClause.Occur.SHOULD);
            }
            // a word read as a venue of the list's entries scores them as a title word would, and counts fully
            // however many entries write it elsewhere (a list named after its field: awesome-RecSys-papers)
            boolean venue = parts.venueStarts.contains(w.start());
            if (venue) {
                unit.add(new BoostQuery(new TermQuery(new Term(Fields.VENUE, w.name())), COMBINED_SCALE), BooleanClause.Occur.SHOULD);
            }
            synonymous |= named;
            // (built once the word's readings are known: a word read as a venue is not found in the headings of entries
            // that have a venue of their own)
            Query own = own(w, fuzzyWord, !keepStopWords && surname(w, parts) ? SURNAME_WEIGHT : weight(Fields.AUTHORS),
                    venue && !OFF.contains("venueheading"));
            // a word typed as one of two parts of a word the index holds joined ("multi-modal"): the parts together
            // score no more than the joined word, as a title writing the word apart does for the word typed joined
            for (Alternative alt : alternatives) {
                if (alt.joinedWord() != null && alt.covers().get(i)) {
                    List<Term> typedParts = alt.covers().stream().mapToObj(k -> new Term(Fields.TEXT, words.get(k).stem())).toList();
                    own = new SameWordQuery(own, alt.joinedWord(), typedParts, SameWordQuery.PARTS_FACTOR);
                    break;
                }
            }
            // a word nearly every entry's headings hold (the list's name: awesome-single-cell-papers) has almost no IDF
            // in the combined text, where a title writing it could not score: its title and note score it on their own
            if (parts.forms != null && w.stem() != null && !keepStopWords && !OFF.contains("listwide") && listWide(w, parts)) {
                own = new BooleanQuery.Builder().add(own, BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, w.stem())), LIST_WIDE_TITLE), BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(new TermQuery(new Term(Fields.NOTE, w.stem())), LIST_WIDE_NOTE), BooleanClause.Occur.SHOULD)
                        .build();
            }
            BooleanQuery.Builder whole = new BooleanQuery.Builder().add(own, BooleanClause.Occur.SHOULD);
            unit.build().clauses().forEach(whole::add);
            parts.units.add(whole.build());
            // a word naming a topic heading of the list ("Dexterous Manipulation"): the entries under it count the word fully
            if (parts.forms != null && !keepStopWords) {
                Query topic = TopicHeadings.clause(w, stems, parts.forms, schema.textQueryAnalyzer(), listWordStems);
                if (topic != null) {
                    parts.topics.put(parts.units.size() - 1, topic);
                }
            }
            // a word also read as other words (an acronym's long form, a name) is as common as all of them: it counts fully
            // a word read as its other spelling is as common as that spelling
            String unitStem = parts.variantStems.getOrDefault(w.start(), w.stem());
            // a year counts as little as a common word (it matches its year's entries, which the text's IDF does not tell)
            boolean year = year(w.exact()) != null && !SHAPE_OFF.contains("yearshare");
            // a venue counts as common as its entries are in the list (NeurIPS on 41 of 297 entries), not as its word in
            // the text, which a list named after its venue writes in every entry's headings (awesome-RecSys-papers)
            Term venueKey = venue && !SHAPE_OFF.contains("venueshare") ? parts.venueKeys.get(w.start()) : null;
            parts.unitWords.add(synonymous || (venue && venueKey == null) || w.stem() == null || parts.forms == null || SHARE_OFF ? null
                    : venueKey != null ? venueKey : new Term(year ? Fields.YEAR : Fields.TEXT, year ? w.exact() : unitStem));
            parts.words.add(new QueryWord(w.exact(), w.stem(), w.name(), w.start(), w.end(), synonymous));
            if (w.stem() != null) {
                for (String field : Schema.HIGHLIGHTED) {
                    parts.highlight.add(new TermQuery(new Term(field, w.stem())));
                }
                if (fuzzyWord && edits(w.stem()) > 0) {
                    parts.highlight.add(new FuzzyQuery(new Term(Fields.TITLE, w.stem()), edits(w.stem()), 1));
                }
            }
        }
        alternatives.forEach(a -> parts.highlight.addAll(a.highlight()));
        if (words.size() >= 2) {
            // the run as one whole name ("segment anything")
            String whole = Acronyms.nameKey(words.stream().map(QueryWord::exact).collect(Collectors.joining(" ")));
            parts.extras.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.NAME, whole))), parts.nameScore));
        }
        // words close together; a word typed apart ("multi-modal") for a word the index holds joined is found close
        // to the others either way, written apart with no more IDF than the word written joined (as when typed joined)
        List<String> close = nearStems(words, alternatives);
        Term joinedWord = alternatives.stream().map(Alternative::joinedWord).filter(t -> t != null).findFirst().orElse(null);
        if (stems.size() >= 2 && !SHAPE_OFF.contains("proximity")) {
            for (String field : PROXIMITY_FIELDS) {
                PhraseQuery asTyped = nearPhrase(field, stems);
                Query either = joinedWord == null ? asTyped : close.size() < 2 ? new SameWordQuery(asTyped, joinedWord)
                        : new DisjunctionMaxQuery(List.of(new SameWordQuery(asTyped, joinedWord), nearPhrase(field, close)), 0f);
                Query near = new BoostQuery(either, weight(field) * PROXIMITY_WEIGHT);
                parts.extras.add(near);
                parts.proximity.add(near);
            }
        }
    }

    private static PhraseQuery nearPhrase(String field, List<String> stems) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
        stems.forEach(s -> b.add(new Term(field, s)));
        return b.build();
    }

    /**
     * The related terms of the topics a run holds. The rule graph reads the longest topic at a place, which would hide
     * a shorter topic inside it ("time series" in "satellite image time series", "reinforcement learning" in "inverse
     * reinforcement learning"): when one topic of the run holds another, each topic is read on its own words, so that
     * both apply; a word's related terms count as the best of them, and a longer topic's terms cover more of the
     * query's words. Off with {@code -Dlitindex.readings.off=nested}.
     */
    /**
     * The run's words with a word no field holds read as a rule input's word, when the run holds that input but for
     * it ({@link RuleTypos}): the words the rule graphs are walked with. {@code words} itself when nothing is read.
     */
    private List<QueryWord> ruleTypos(List<QueryWord> words, List<String> stems, Parts parts) {
        List<java.util.Map<String, List<String[]>>> inputs = new ArrayList<>(2);
        if (hasSynonyms) {
            inputs.add(synonyms.multiWordInputs());
        }
        if (relatedAnalyzer != null) {
            inputs.add(related.multiWordInputs());
        }
        String[] fixed = RuleTypos.corrected(stems, inputs, i -> !parts.forms.known(words.get(i)));
        if (fixed == null) {
            return words;
        }
        List<QueryWord> out = new ArrayList<>(words);
        for (int i = 0; i < fixed.length; i++) {
            if (!fixed[i].equals(stems.get(i))) {
                QueryWord w = words.get(i);
                out.set(i, new QueryWord(fixed[i], fixed[i], w.name(), w.start(), w.end(), w.synonymous()));
            }
        }
        return out;
    }

    /**
     * The rule readings through a corrected word ({@link #ruleTypos}) score as a typo's correction does, at
     * {@link #TYPO_WEIGHT} of the phrase typed right: a title writing the phrase's word stays above the rule's other
     * forms and related terms as it would. They are shown under the words as typed ("visual grouding" → vg); the word's
     * own typo reading shows its correction.
     */
    private static void ruleTypoReadings(List<QueryWord> words, List<QueryWord> ruleWords, BitSet variants, List<Alternative> alternatives,
            Parts parts) {
        BitSet corrected = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            // a word read as its other spelling is the word itself: its rules score at full weight
            if (ruleWords.get(i) != words.get(i) && !variants.get(i)) {
                corrected.set(i);
            }
        }
        for (int a = 0; a < alternatives.size(); a++) {
            Alternative alt = alternatives.get(a);
            if (alt.covers().intersects(corrected)) {
                alternatives.set(a, new Alternative(new BoostQuery(alt.query(), TYPO_WEIGHT), alt.highlight(), alt.covers(), alt.readAs(),
                        alt.how(), alt.joinedWord()));
            }
        }
    }

    /**
     * The words the rule graphs are walked with, a word no field holds read as its closest correction (the typo reading's
     * first: opthalmology → ophthalmology) and a word read as its other spelling as that spelling (tumour → tumor), so that
     * the correction's acronym, synonym and related-term rules apply as they would to the word typed right; a word a
     * phrase's rule read already ({@link #ruleTypos}) is left as it is. Only where the typo reading is made (a query with a
     * word the index holds, or the fuzzy retry), so that a query of unknown words still finds nothing in its first pass and
     * is searched again fuzzily. The variants' places are set in {@code variants}. {@code ruleWords} itself when nothing is read.
     */
    private List<QueryWord> correctedRuleWords(List<QueryWord> words, List<QueryWord> ruleWords, boolean fuzzy, BitSet variants, Parts parts) {
        List<QueryWord> out = null;
        Function<String, String> stemmer = word -> single(schema.textQueryAnalyzer(), Fields.TITLE, word);
        for (int i = 0; i < words.size(); i++) {
            QueryWord w = words.get(i);
            if (ruleWords.get(i) != w || capitalsInside(parts.text.substring(w.start(), w.end()))) {
                continue;
            }
            String read;
            try {
                // (a word a rule knows as typed keeps its rules: the variant reading leaves it as it is too)
                read = OFF.contains("variant") || synonyms.matchesIn(List.of(w.stem())) ? null : parts.forms.variant(w, stemmer);
                if (read != null) {
                    variants.set(i);
                } else if ((parts.anyKnown || fuzzy) && !OFF.contains("typo") && !parts.forms.known(w)) {
                    read = corrections(w, !fuzzy, parts).stream().findFirst().orElse(null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            QueryWord rw = read == null ? null : word(read, w.start(), w.end());
            if (rw != null && rw.stem() != null && !rw.stem().equals(w.stem())) {
                out = out == null ? new ArrayList<>(ruleWords) : out;
                out.set(i, rw);
            }
        }
        if (out == null) {
            return ruleWords;
        }
        List<String> stems = out.stream().map(QueryWord::stem).toList();
        // only when a rule reads the corrected words: otherwise the run is walked as it was
        return synonyms.matchesIn(stems) || relatedAnalyzer != null && related.matchesIn(stems) ? out : ruleWords;
    }

    /** A word's typo corrections ({@link WordForms#corrections}), looked up once per plan. */
    private List<String> corrections(QueryWord w, boolean stems, Parts parts) throws IOException {
        String key = w.start() + ":" + stems;
        List<String> found = parts.corrections.get(key);
        if (found == null) {
            found = parts.forms.corrections(w, word -> single(schema.textQueryAnalyzer(), Fields.TITLE, word), stems);
            parts.corrections.put(key, found);
        }
        return found;
    }

    private List<Alternative> relatedTerms(List<QueryWord> words, List<String> stems) {
        // the topics read: the longest first (the leftmost of equal ones), then each topic inside one read or apart
        // from all of them; a topic overlapping a longer one only in part is left to it, as the graph leaves it
        List<int[]> topics = new ArrayList<>();
        boolean nested = false;
        List<int[]> found = new ArrayList<>(OFF.contains("nested") ? List.of() : related.inputsIn(stems));
        found.sort((x, y) -> x[1] - x[0] != y[1] - y[0] ? (y[1] - y[0]) - (x[1] - x[0]) : x[0] - y[0]);
        for (int[] t : found) {
            boolean inside = false;
            boolean apart = true;
            for (int[] read : topics) {
                inside |= read[0] <= t[0] && t[1] <= read[1];
                apart &= t[1] <= read[0] || read[1] <= t[0];
            }
            if (inside || apart) {
                topics.add(t);
                nested |= inside;
            }
        }
        if (!nested || words.size() != stems.size()) {
            return alternatives(words, relatedAnalyzer, related, Interpretation.RELATED, RELATED_WEIGHT);
        }
        List<Alternative> out = new ArrayList<>();
        for (int[] topic : topics) {
            for (Alternative alt : alternatives(words.subList(topic[0], topic[1]), relatedAnalyzer, related, Interpretation.RELATED,
                    RELATED_WEIGHT)) {
                BitSet covers = new BitSet();
                alt.covers().stream().forEach(k -> covers.set(k + topic[0]));
                out.add(new Alternative(alt.query(), alt.highlight(), covers, alt.readAs(), alt.how(), alt.joinedWord()));
            }
        }
        return out;
    }

    /** The stems of a run's words, two words typed apart for one word the index holds joined given as that word. */
    private static List<String> nearStems(List<QueryWord> words, List<Alternative> alternatives) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Term joined = null;
            for (Alternative alt : alternatives) {
                if (alt.joinedWord() != null && alt.covers().nextSetBit(0) == i) {
                    joined = alt.joinedWord();
                    break;
                }
            }
            if (joined != null) {
                out.add(joined.text());
                i++;
            } else if (words.get(i).stem() != null) {
                out.add(words.get(i).stem());
            }
        }
        return out;
    }

    /**
     * The runs of a run's words that name a venue of the list's entries in full ({@link VenueNames}), by the index of
     * their first word among {@code words} (the words searched, stop words left out), each with its first and last
     * index there. Empty without an index, for a run of one word, or with {@code -Dlitindex.readings.off=venuename}.
     */
    private Map<Integer, VenueNames.Found> venueRuns(Words run, List<QueryWord> words, boolean keepStopWords, Parts parts) {
        if (parts.forms == null || keepStopWords || words.size() < 2 || OFF.contains("venuename")) {
            return Map.of();
        }
        VenueNames names = venueNames;
        if (names == null) {
            names = new VenueNames(venues.get());
            venueNames = names;
        }
        List<QueryWord> all = analyzed(run, parts);
        Map<Integer, VenueNames.Found> out = new HashMap<>();
        for (VenueNames.Found f : names.find(all, parts.text, parts.forms, schema.textQueryAnalyzer())) {
            int start = all.get(f.from()).start();
            int end = all.get(f.to() - 1).end();
            int from = -1;
            int to = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() >= start && words.get(i).end() <= end) {
                    from = from < 0 ? i : from;
                    to = i + 1;
                }
            }
            if (from >= 0) {
                out.put(from, new VenueNames.Found(from, to, f.typed(), f.venue(), f.entries()));
            }
        }
        return out;
    }

    /** Whether some entry's link words hold the word and no title writes it: the links are where the list writes it. */
    private static boolean linkWord(String exact, Parts parts) {
        return parts.forms.docFreq(new Term(Fields.LINK_WORDS, exact)) > 0
                && parts.forms.docFreq(new Term(Fields.TITLE_EXACT, exact)) == 0;
    }

    /** Diagnostics: readings to leave out, comma-separated (name, dataset, repository, typo, form, family, split, joined, defined, initials, known, related, longer, inside, nested, surname, venue, venueheading, venuename, variant, absent, listwide, listfield, chain, stemtypo, topic, yform, ruletypo, linkwords, irregular, compound, corrected, yearheading, formname), to measure what each costs and buys; each name compared whole ({@link ReadingsOff}). */
    static final ReadingsOff OFF = new ReadingsOff(System.getProperty("litindex.readings.off", ""));
    /**
     * Diagnostics: parts of the query's shape to leave out, comma-separated (proximity: the words-close-together
     * clauses; tiebreak: ties in score left in index order instead of by id; names: the author, venue and owner
     * clauses of each word; exact: the exact title clause of each word; share: every unit's bonus whole, not weighed by its
     * word's IDF; yearshare: a year's unit weighed by its IDF in the text, as other words, instead of the fewest steps;
     * venueshare: a word read as a venue counting fully, instead of by the share of the list's entries published there),
     * to measure what each costs and buys. Rankings move.
     */
    static final String SHAPE_OFF = System.getProperty("litindex.shape.off", "");
    /** What an exact name match scores, in units of the index's largest IDF. */
    static final float NAME_SCORE = 6f;
    /**
     * The paper a dataset comes from, found by the dataset's name ({@link Fields#DATASET_NAME}), scores this share of
     * what its own name would: below the dataset, whose title the name is, above entries that only write a word of it.
     */
    static final float DATASET_NAME_WEIGHT = 0.5f;

    /** A run of more words than this is no dataset's name. */
    static final int MAX_DATASET_NAME_WORDS = 6;

    /**
     * The papers the datasets named {@code key} come from, as one of {@code units} words' units' share of their score;
     * null when the index knows that no paper has a dataset so named (most words: no clause is added).
     */
    private static Query datasetName(String key, Parts parts, int units) {
        if (parts.forms != null && parts.forms.docFreq(new Term(Fields.DATASET_NAME, key)) == 0) {
            return null;
        }
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.DATASET_NAME, key))),
                parts.nameScore * DATASET_NAME_WEIGHT / units);
    }

    /** A typo correction scores this share of what the word would. */
    static final float TYPO_WEIGHT = 0.5f;
    /** How many titles may write a short name itself for it to be read as the longer names holding it (diagnostics: -Dlitindex.inside.titles). */
    static final int INSIDE_TITLES = Integer.getInteger("litindex.inside.titles", WordForms.MAX_NAME_TITLES);
    /** A run of title words whose initials spell a capitalised query word, per unit of IDF. */
    static final float INITIALS_WEIGHT = 2f;

    /** Whether a typed word is a short name in capitals (RSVQA, UAV, GNN): three to ten letters or digits, every letter a capital. */
    static boolean isCapitalName(String typed) {
        int n = typed.length();
        if (n < 3 || n > 10 || !Character.isLetter(typed.charAt(0))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = typed.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a typed word has a capital after its first letter (InternVL, GPT, BERTs): a name or an acronym, not a word with forms. */
    static boolean capitalsInside(String typed) {
        for (int i = 1; i < typed.length(); i++) {
            if (Character.isUpperCase(typed.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a word's other readings from the index's vocabulary to its unit: its nearest words when no field
     * holds it, its split form, the long forms the list defines for it, and, when nothing defines it, the
     * title runs its capitals are the initials of; the readings that count as the best of them and the related terms
     * go to {@code bestOf}. Returns whether any but a typo correction was added (a corrected word is still offered
     * as a "did you mean").
     */
    private boolean readings(QueryWord w, boolean fuzzyWord, boolean synonymous, BooleanQuery.Builder unit, List<Query> bestOf,
            Parts parts) {
        String typed = parts.text.substring(w.start(), w.end());
        boolean added = false;
        try {
            // a word a synonym rule knows is no typo (LVLM); when no word of the query is known, the fuzzy
            // retry also searches the nearest words, so that the closest spelling (memorisation →
            // memorization) outranks words that only share a stem's letters (memory)
            boolean looked = false;
            boolean corrected = false;
            // the word's other spelling, British or American (personalised → personalized, tumour → tumor), when the
            // list writes that one and not this one, or far less often: the same word, scoring as the word itself
            String variant = synonymous || capitalsInside(typed) || OFF.contains("variant") ? null
                    : parts.forms.variant(w, word -> single(schema.textQueryAnalyzer(), Fields.TITLE, word));
            if (variant != null) {
                QueryWord vw = word(variant, w.start(), w.end());
                unit.add(own(vw, false), BooleanClause.Occur.SHOULD);
                parts.highlight.add(new TermQuery(new Term(Fields.TITLE, vw.stem())));
                parts.interpret(typed, variant, Interpretation.VARIANT);
                parts.variantStems.put(w.start(), vw.stem());
                looked = true;
                corrected = true;
            }
            if (variant == null && !synonymous && (parts.anyKnown || fuzzyWord) && !OFF.contains("typo")) {
                looked = true;
                // corrections come closest first; two that stem alike (instruction, instructions for "instrution")
                // would score the same stemmed text twice: the first of them stands for both
                Set<String> correctedStems = new HashSet<>();
                // the titles' stems too, for a word among others that match (the fuzzy retry, when nothing matches,
                // searches the closest written words itself)
                for (String c : corrections(w, !fuzzyWord, parts)) {
                    corrected = true;
                    QueryWord cw = word(c, w.start(), w.end());
                    if (cw.stem() != null && correctedStems.add(cw.stem())) {
                        unit.add(new BoostQuery(own(cw, false), TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
                        parts.highlight.add(new TermQuery(new Term(Fields.TITLE, cw.stem())));
                        parts.interpret(typed, c, Interpretation.TYPO);
                    }
                }
            }
            // the word's other forms the stemmer leaves apart (synthesis, synthesizing), scoring as a typo's
            // correction: for a word the index holds, or one it does not hold that has no closer spelling
            // (not for a word typed as a name, capitals inside it: InternVL is no form of InternVid)
            Function<String, String> stemmer = word -> single(schema.textQueryAnalyzer(), Fields.TITLE, word);
            Set<String> read = new HashSet<>();
            if (!synonymous && !capitalsInside(typed) && (looked && !corrected || parts.forms.known(w))) {
                for (WordForms.Form form : OFF.contains("form") ? List.<WordForms.Form>of() : parts.forms.forms(w.stem(), stemmer)) {
                    unit.add(new BoostQuery(stemmed(form.stem()), TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
                    parts.highlight.add(new TermQuery(new Term(Fields.TITLE, form.stem())));
                    parts.interpret(typed, form.word(), Interpretation.FORM);
                    read.add(form.stem());
                }
                // the word's family the stemmer leaves apart (explanation, explain; detection, detector), scoring as
                // a word form, below the word itself, and counting as the best of it and the word's related terms
                // (explainability → explanation is both): an entry writing another word of the family or topic does
                // not outrank one writing the word
                for (WordForms.Form form : OFF.contains("family") ? List.<WordForms.Form>of() : parts.forms.family(w.stem(), stemmer, read)) {
                    bestOf.add(new BoostQuery(stemmed(form.stem()), TYPO_WEIGHT));
                    parts.highlight.add(new TermQuery(new Term(Fields.TITLE, form.stem())));
                    parts.interpret(typed, form.word(), Interpretation.FAMILY);
                    read.add(form.stem());
                }
            }
            // the word's irregular forms (jailbreak, jailbroken; handwritten, handwriting), as a word of its family:
            // at half the word's weight and with no more IDF than the word's own, so that a form rarer than the word
            // (two titles write "Jailbroken", seventy "Jailbreak") does not score an entry above one writing the word;
            // also for a word no entry writes (a list writing only "Jailbroken"), unless a typo correction was read
            if (!synonymous && !capitalsInside(typed) && !corrected && !OFF.contains("irregular")) {
                for (WordForms.Form form : parts.forms.irregular(w.stem(), stemmer, read)) {
                    Query scaled = new SameWordQuery(stemmed(form.stem()), new Term(Fields.TEXT, w.stem()),
                            List.of(new Term(Fields.TEXT, form.stem())), IRREGULAR_FACTOR);
                    bestOf.add(new BoostQuery(scaled, TYPO_WEIGHT));
                    parts.highlight.add(new TermQuery(new Term(Fields.TITLE, form.stem())));
                    parts.interpret(typed, form.word(), Interpretation.FORM);
                }
            }
            String[] split = OFF.contains("split") ? null : parts.forms.split(w.exact());
            if (split != null) {
                String a = single(schema.textQueryAnalyzer(), Fields.TITLE, split[0]);
                String b = single(schema.textQueryAnalyzer(), Fields.TITLE, split[1]);
                if (a != null && b != null) {
                    List<BytesRef> path = List.of(new BytesRef(a), new BytesRef(b));
                    unit.add(alternativeQuery(path, Schema.STEMMED, new Term(Fields.TEXT, w.stem())), BooleanClause.Occur.SHOULD);
                    parts.highlight.addAll(alternativeQueries(path, Schema.HIGHLIGHTED));
                    parts.interpret(typed, split[0] + " " + split[1], Interpretation.SPLIT);
                    added = true;
                }
            }
            for (String longForm : OFF.contains("defined") ? List.<String>of() : parts.forms.definitions(w.exact())) {
                List<Query> options = new ArrayList<>();
                for (String field : Schema.STEMMED) {
                    add(options, textBuilder.createPhraseQuery(field, longForm), weight(field) * SYNONYM_WEIGHT);
                    if (Schema.HIGHLIGHTED.contains(field)) {
                        add(parts.highlight, textBuilder.createPhraseQuery(field, longForm), 1f);
                    }
                }
                if (!options.isEmpty()) {
                    unit.add(anyOf(options), BooleanClause.Occur.SHOULD);
                    parts.interpret(typed, longForm, Interpretation.DEFINED);
                    added = true;
                }
            }
            // a short name typed in capitals also finds the longer names it begins (RSVQA → RSVQAxBEN, UAV → UAVid),
            // scoring as a typo's correction: below the name itself, and an entry named exactly so stays first
            if (!OFF.contains("longer") && isCapitalName(typed)) {
                for (String longer : parts.forms.longerNames(w.exact())) {
                    QueryWord lw = word(longer, w.start(), w.end());
                    unit.add(new BoostQuery(own(lw, false), TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
                    parts.highlight.add(new TermQuery(new Term(Fields.TITLE, lw.stem() == null ? longer : lw.stem())));
                    parts.interpret(typed, longer, Interpretation.LONGER);
                }
                // and the longer names that end with it or hold it inside (RSVQA → CRSVQA), as compounds the index
                // did not split at the name
                for (String longer : OFF.contains("inside") ? List.<String>of() : parts.forms.insideNames(w.exact(), INSIDE_TITLES)) {
                    QueryWord lw = word(longer, w.start(), w.end());
                    unit.add(new BoostQuery(own(lw, false), TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
                    parts.highlight.add(new TermQuery(new Term(Fields.TITLE, lw.stem() == null ? longer : lw.stem())));
                    parts.interpret(typed, longer, Interpretation.LONGER);
                }
            }
            // initials are the last resort, for acronyms neither the synonym files nor the list define
            String initials = synonymous || added ? null : capitalInitials(typed);
            List<String> blendedPieces = synonymous || added || initials != null ? null : blendPieces(typed);
            // a venue of the list's entries (RecSys, CVPR) is no acronym of title words nor a name blended from them
            // (a word a rule covered was looked up when the rule was left out)
            boolean venue = parts.venueStarts.contains(w.start())
                    || (initials != null || blendedPieces != null) && !OFF.contains("venue") && venueWord(w, parts);
            if (venue) {
                initials = null;
            }
            Query runs = initials == null || OFF.contains("initials") ? null : parts.forms.initials(initials);
            if (runs != null) {
                unit.add(new BoostQuery(runs, INITIALS_WEIGHT), BooleanClause.Occur.SHOULD);
                parts.interpret(typed, "initials of title words", Interpretation.INITIALS);
                added = true;
            }
            // a name blended from its words' beginnings (DiffPool, SAGPool, CapsGNN): the initials of its
            // capitalised pieces, each piece of three letters or more beginning its title word
            List<String> pieces = venue || OFF.contains("initials") ? null : blendedPieces;
            if (pieces != null) {
                StringBuilder key = new StringBuilder();
                pieces.forEach(p -> key.append(Character.toLowerCase(p.charAt(0))));
                Query blendRuns = parts.forms.initials(key.toString());
                if (blendRuns != null) {
                    BooleanQuery.Builder blend = new BooleanQuery.Builder()
                            .add(blendRuns, BooleanClause.Occur.MUST);
                    List<String> beginnings = new ArrayList<>();
                    for (String p : pieces) {
                        if (p.length() >= 3) {
                            String lower = p.toLowerCase(java.util.Locale.ROOT);
                            blend.add(new PrefixQuery(new Term(Fields.TITLE_EXACT, lower)), BooleanClause.Occur.FILTER);
                            beginnings.add(lower + "…");
                        }
                    }
                    Query blended = blend.build();
                    if (parts.forms.any(blended)) {
                        unit.add(new BoostQuery(blended, INITIALS_WEIGHT), BooleanClause.Occur.SHOULD);
                        parts.interpret(typed, "title words " + String.join(" ", beginnings), Interpretation.INITIALS);
                        added = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    /**
     * Where a word typed ends with the plus signs written right after it, which the analyzer leaves out: SVD++ and
     * UNet++ are names of their own, not SVD and U-Net ({@link KnownNames#key}).
     */
    static int withPlusSigns(String text, int end) {
        int e = end;
        while (e < text.length() && text.charAt(e) == '+') {
            e++;
        }
        return e;
    }

    /**
     * The entries whose title is the title of the paper that introduced a well-known name typed (GIN → "How
     * Powerful are Graph Neural Networks?", from {@link KnownNames}), scoring as an entry named so; null when the
     * name is unknown or no entry has such a title. A title matches when it is the paper's title (case and
     * punctuation aside), or its part after the colon ("BERT: Pre-training of …" written without "BERT:"), or
     * either with a short name put before it ("GIN: How Powerful …"), each also in its loose form; and, scoring as a
     * typo's correction of the name, the papers of its later versions (Tacotron → Tacotron 2).
     */
    private Query knownName(String typed, Parts parts) {
        if (parts.forms == null || OFF.contains("known")) {
            return null;
        }
        Query named = knownTitles(typed, knownNames.titles(typed), parts);
        // a later version's paper (Tacotron → Tacotron 2) is that name's too, below the name's own paper
        Query later = knownTitles(typed, knownNames.laterVersions(typed), parts);
        if (later == null) {
            return named == null ? null : new BoostQuery(named, parts.nameScore);
        }
        BooleanQuery.Builder both = new BooleanQuery.Builder().add(new BoostQuery(later, parts.nameScore * TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
        if (named != null) {
            both.add(new BoostQuery(named, parts.nameScore), BooleanClause.Occur.SHOULD);
        }
        return both.build();
    }

    /** The entries whose title is one of these titles (as {@link #knownName} compares them), scoring 1; null for none. */
    private Query knownTitles(String typed, List<String> titles, Parts parts) {
        if (titles.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder ids = new BooleanQuery.Builder();
        int found = 0;
        for (String title : titles) {
            int colon = title.indexOf(':');
            String whole = Acronyms.nameKey(title);
            String rest = Acronyms.nameKey(colon > 0 ? title.substring(colon + 1) : title);
            // the whole title, its part after the colon, and their loose forms, which lists copying the journal's
            // or the preprint's title still write (Toward / Towards, "with an adaptive" / "with adaptive"); each
            // also with one of the paper's names before it
            Set<String> keys = new LinkedHashSet<>();
            for (String end : List.of(whole, rest, Acronyms.looseTitle(title),
                    colon > 0 ? Acronyms.looseTitle(title.substring(colon + 1)) : "")) {
                if (!end.isEmpty()) {
                    keys.add(end);
                    for (String name : knownNames.names(title)) {
                        keys.add(name + " " + end);
                    }
                }
            }
            for (String key : keys) {
                Term term = new Term(Fields.TITLE_KEY, key);
                if (parts.forms.docFreq(term) > 0) {
                    ids.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
                    parts.interpret(typed, title, Interpretation.KNOWN);
                    found++;
                }
            }
        }
        return found == 0 ? null : new ConstantScoreQuery(ids.build());
    }

    /**
     * The lower-case initials a query word stands for when it is written as an acronym: 2 to 6 characters,
     * at least two of them capitals, the others capitals or digits but for a plural s (GAN, GANs, VAE, RL,
     * 3DGS); null otherwise.
     */
    static String capitalInitials(String typed) {
        String s = typed.length() > 2 && typed.endsWith("s") ? typed.substring(0, typed.length() - 1) : typed;
        if (s.length() < 2 || s.length() > Acronyms.MAX_INITIALS) {
            return null;
        }
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return null;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 2 ? s.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /**
     * The pieces of a name blended from the beginnings of words, split where a capital follows a letter
     * (DiffPool → Diff, Pool; SAGPool → S, A, G, Pool; CapsGNN → Caps, G, N, N), and around one digit between
     * letters, which names write for a small word (Seq2Seq → Seq, 2, Seq; LLM4Rec → L, L, M, 4, Rec): 2 to
     * {@link Acronyms#MAX_INITIALS} pieces, at least one of three letters or more and one a capital alone or
     * starting a piece after the first; null for a word of another shape (an acronym, a plural, a plain word).
     */
    static List<String> blendPieces(String typed) {
        int n = typed.length();
        if (n < 4 || n > 24 || !Character.isLetter(typed.charAt(0))) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < n; i++) {
            char c = typed.charAt(i);
            if (Character.isDigit(c) && i + 1 < n && Character.isLetter(typed.charAt(i + 1)) && Character.isLetter(typed.charAt(i - 1))) {
                // one digit between letters stands for a small word (Seq2Seq: sequence to sequence; LLM4Rec)
                pieces.add(typed.substring(start, i));
                pieces.add(typed.substring(i, i + 1));
                start = i + 1;
            } else if (!Character.isLetter(c)) {
                return null;
            } else if (Character.isUpperCase(c) && i > start) {
                pieces.add(typed.substring(start, i));
                start = i;
            }
        }
        pieces.add(typed.substring(start));
        if (pieces.size() < 2 || pieces.size() > Acronyms.MAX_INITIALS) {
            return null;
        }
        boolean long3 = pieces.stream().anyMatch(p -> p.length() >= 3);
        String last = pieces.get(pieces.size() - 1);
        boolean plural = last.length() == 2 && last.endsWith("s") && pieces.stream().limit(pieces.size() - 1L).allMatch(p -> p.length() == 1);
        return long3 && !plural ? pieces : null;
    }

    /**
     * Adjacent words the index also holds joined ("super resolution", "pre-training" → superresolution,
     * pretraining): the joined word in the stemmed and exact title fields, covering both.
     */
    private void joined(List<QueryWord> words, List<Alternative> alternatives, Parts parts) {
        for (int i = 0; i + 1 < words.size(); i++) {
            QueryWord a = words.get(i);
            QueryWord b = words.get(i + 1);
            if (a.stem() == null || b.stem() == null || !WordForms.isWord(a.exact()) || !WordForms.isWord(b.exact())) {
                continue;
            }
            String joined = a.exact() + b.exact();
            // the list may write the joined word only in its plural ("hyper network": Hypernetworks), which its stem finds;
            // two look-ups of the vocabulary, no analysis, for the many pairs whose joined word the list never writes
            if (joined.length() > MAX_FUZZY_LENGTH || parts.forms.docFreq(joined) == 0 && parts.forms.docFreq(joined + "s") == 0) {
                continue;
            }
            QueryWord j = word(joined, a.start(), b.end());
            if (j.stem() == null) {
                continue;
            }
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            q.add(stemmed(j.stem()), BooleanClause.Occur.SHOULD);
            q.add(boosted(new TermQuery(new Term(Fields.TITLE_EXACT, joined)), Fields.TITLE_EXACT), BooleanClause.Occur.SHOULD);
            q.add(boosted(new TermQuery(new Term(Fields.OWNERS, joined)), Fields.OWNERS), BooleanClause.Occur.SHOULD);
            BitSet covers = new BitSet();
            covers.set(i);
            covers.set(i + 1);
            List<Query> highlight = alternativeQueries(List.of(new BytesRef(j.stem())), Schema.HIGHLIGHTED);
            alternatives.add(new Alternative(q.build(), highlight, covers, joined, Interpretation.JOINED,
                    SHAPE_OFF.contains("sameword") ? null : new Term(Fields.TEXT, j.stem())));
        }
    }

    /** The words an alternative covers, as typed. */
    private static String typed(List<QueryWord> words, BitSet covers, Parts parts) {
        int first = covers.nextSetBit(0);
        int last = covers.previousSetBit(covers.length());
        return parts.text.substring(words.get(first).start(), words.get(last).end());
    }

    /** A word of the vocabulary analyzed as a query word at these offsets. */
    private QueryWord word(String exact, int start, int end) {
        return new QueryWord(exact, single(schema.textQueryAnalyzer(), Fields.TITLE, exact), nameForm(exact), start, end, false);
    }

    private List<QueryWord> analyzed(Words run, Parts parts) {
        return parts.analyzed.computeIfAbsent(run, this::analyze);
    }

    /** The words of a run as the analyzers see them: exact form with offsets, stem (null for stop words), name form. */
    private List<QueryWord> analyze(Words run) {
        List<QueryWord> out = new ArrayList<>();
        for (Word word : run.words()) {
            try (TokenStream ts = schema.exactQueryAnalyzer().tokenStream(Fields.WORDS, word.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String exact = term.toString();
                    out.add(new QueryWord(exact, single(schema.textQueryAnalyzer(), Fields.TITLE, exact),
                            nameForm(exact), word.start() + offset.startOffset(), word.start() + offset.endOffset(), false));
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private String nameForm(String exact) {
        String name = single(schema.namesAnalyzer(), Fields.AUTHORS, exact);
        return name == null ? exact : name;
    }

    /** The one token {@code analyzer} makes of {@code word}; null when it makes none or several. */
    static String single(Analyzer analyzer, String field, String word) {
        try (TokenStream ts = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? term.toString() : null;
            boolean more = first != null && ts.incrementToken();
            ts.end();
            return more ? null : first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the authors clause of a word weighs when the word is in no entry's text but in some entry's authors (a
     * surname, "Sainath"): the weights of the stemmed text and the exact title, which it would have as a title word.
     * With the authors field's own weight, an author scored about a fifth of a title word of the same IDF (one
     * occurrence in a short field saturates at BM25's k1, a title word counts its weight in frequencies), and an
     * entry found by the query's rare surname alone ranked below entries found by one of its title words alone.
     */
    static final float SURNAME_WEIGHT = Queries.COMBINED_SCALE + Schema.FIELD_WEIGHTS.get(Fields.TITLE_EXACT);

    /** A word the headings of at least this share of the entries hold is list-wide ({@link #listWide}). */
    static final double LIST_WIDE_SHARE = 0.9;
    /** The weight of a list-wide word's own title clause (its stemmed title scores about 8.5 times as much in the text). */
    static final float LIST_WIDE_TITLE = 6f;
    /** The weight of a list-wide word's own note clause. */
    static final float LIST_WIDE_NOTE = 2f;
    /** Below this many entries no word is list-wide: in a handful of entries a shared heading word is no list's name. */
    static final int LIST_WIDE_MIN_ENTRIES = 20;

    /**
     * Whether the headings of nearly every entry hold the word ({@link #LIST_WIDE_SHARE}): the list's name above all of
     * them ("awesome-deep-learning-single-cell-papers", "Must-Read Papers on Pre-trained Language Models"), whose words
     * every entry then matches in the combined text, where they get almost no IDF. Two term lookups.
     */
    private boolean listWide(QueryWord w, Parts parts) {
        if (listWordStems.contains(w.stem())) {
            return false;
        }
        int entries = parts.forms.entries();
        return entries >= LIST_WIDE_MIN_ENTRIES && parts.forms.docFreq(new Term(Fields.TEXT, w.stem())) >= LIST_WIDE_SHARE * entries
                && parts.forms.docFreq(new Term(Fields.SECTIONS, w.stem())) >= LIST_WIDE_SHARE * entries;
    }

    /**
     * The short form a list names its field with, read for a run of the query's words that a longer rule hides: the
     * rule graph reads the longest rule at a place ("remote sensing image captioning": RSIC), so the shorter rule inside
     * it ("remote sensing": RS) is not read; when that shorter rule's one-word form is list-wide in the headings (the
     * list's name, Awesome-RS-VL-Data, above every entry), it is added as a synonym of its words: every entry of the
     * list matches them, as the list says, and a caption data set that never writes "remote sensing" matches all
     * four words. Only such a form is added: a hidden rule whose form the list does not name its field with reads
     * nothing more. One rule-graph walk per run of two words or more inside a run a rule covers, made only when one does.
     */
    private void listField(List<QueryWord> words, List<Alternative> alternatives, Parts parts) {
        int entries = parts.forms.entries();
        if (entries < LIST_WIDE_MIN_ENTRIES) {
            return;
        }
        List<Alternative> added = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 2; j <= words.size(); j++) {
                if (j - i == words.size()) {
                    continue;
                }
                int from = i;
                int to = j;
                // a run some rule reads already, or one inside no longer rule's run, is left as the graph read it
                boolean read = alternatives.stream().anyMatch(a -> a.covers().nextSetBit(0) == from && a.covers().length() == to
                        && a.covers().cardinality() == to - from);
                boolean hidden = alternatives.stream().anyMatch(a -> a.covers().nextSetBit(0) <= from && a.covers().length() >= to
                        && a.covers().cardinality() > to - from);
                if (read || !hidden || words.subList(i, j).stream().anyMatch(w -> w.stem() == null)) {
                    continue;
                }
                for (Alternative alt : alternatives(words.subList(i, j))) {
                    if (alt.covers().cardinality() != j - i) {
                        continue;
                    }
                    Set<String> stems = new HashSet<>(Explainer.terms(alt.query()));
                    if (stems.size() == 1 && !listWordStems.contains(stems.iterator().next())
                            && parts.forms.docFreq(new Term(Fields.SECTIONS, stems.iterator().next())) >= LIST_WIDE_SHARE * entries) {
                        BitSet covers = new BitSet();
                        alt.covers().stream().forEach(k -> covers.set(k + from));
                        added.add(new Alternative(alt.query(), alt.highlight(), covers, alt.readAs(), alt.how(), alt.joinedWord()));
                    }
                }
            }
        }
        alternatives.addAll(added);
    }

    /** Whether a word is in the authors of some entry and in no entry's text or title: a name, found only as a name. */
    private static boolean surname(QueryWord w, Parts parts) {
        if (parts.forms == null || w.stem() == null || OFF.contains("surname")) {
            return false;
        }
        // most query words are in the text: one lookup settles them
        return parts.forms.docFreq(new Term(Fields.TEXT, w.stem())) == 0 && parts.forms.docFreq(new Term(Fields.TITLE_EXACT, w.exact())) == 0
                && parts.forms.docFreq(new Term(Fields.AUTHORS, w.name())) > 0;
    }

    /**
     * Whether a query word is the name or short form of a known venue that some entry of the index was published
     * at (noted as a {@link Interpretation#VENUE} reading); the venue names are read only for a word a rule covers.
     */
    private boolean venueWord(QueryWord w, Parts parts) {
        Optional<Venues.Venue> venue = venues.get().lookup(w.exact());
        if (venue.isEmpty() || parts.forms.docFreq(new Term(Fields.VENUE_KEY, Schema.key(venue.get().display()))) == 0) {
            return false;
        }
        parts.interpret(parts.text.substring(w.start(), w.end()), venue.get().display(), Interpretation.VENUE);
        parts.venueStarts.add(w.start());
        parts.venueKeys.put(w.start(), new Term(Fields.VENUE_KEY, Schema.key(venue.get().display())));
        return true;
    }

    private Query own(QueryWord w, boolean fuzzy) {
        return own(w, fuzzy, weight(Fields.AUTHORS), false);
    }

    /**
     * One word in every full-text field: stemmed, exact in the title, as a name ({@code authors} the weight of the
     * authors clause), as a code owner; with {@code fuzzy} also within an edit or two.
     */
    private Query own(QueryWord w, boolean fuzzy, float authors, boolean venue) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (w.stem() != null) {
            b.add(venue ? outsideHeadings(w.stem()) : HeadingWords.stemmed(w.stem(), year(w.exact())), BooleanClause.Occur.SHOULD);
        } else {
            b.add(new TermQuery(new Term(Fields.WORDS, w.exact())), BooleanClause.Occur.SHOULD);
        }
        if (!SHAPE_OFF.contains("exact")) {
            b.add(boosted(new TermQuery(new Term(Fields.TITLE_EXACT, w.exact())), Fields.TITLE_EXACT), BooleanClause.Occur.SHOULD);
        }
        if (!SHAPE_OFF.contains("names")) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.AUTHORS, w.name())), authors), BooleanClause.Occur.SHOULD);
            b.add(boosted(new TermQuery(new Term(Fields.VENUE, w.name())), Fields.VENUE), BooleanClause.Occur.SHOULD);
            // the owner of the entry's code on a code host (OpenGVLab, haotian-liu): counts as the word, below the title
            b.add(boosted(new TermQuery(new Term(Fields.OWNERS, w.exact())), Fields.OWNERS), BooleanClause.Occur.SHOULD);
        }
        if (!OFF.contains("linkwords")) {
            // a word of the name of a repository, model or data set the entry links, which its text does not write
            b.add(boosted(new TermQuery(new Term(Fields.LINK_WORDS, w.exact())), Fields.LINK_WORDS), BooleanClause.Occur.SHOULD);
        }
        Integer year = year(w.exact());
        if (year != null) {
            // a year typed as a word ("grounding 2024") matches the publication year too, scoring little:
            // it counts as a matched word, and words found in the text weigh more
            b.add(new BoostQuery(new ConstantScoreQuery(IntPoint.newExactQuery(Fields.YEAR, year)), YEAR_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        if (fuzzy) {
            // the stem in each stemmed field, and the exact word in the vocabulary of every field (authors,
            // names); each fuzzy query builds its own automaton, so the exact title field is left to the vocabulary
            if (w.stem() != null && edits(w.stem()) > 0) {
                for (String field : Schema.STEMMED) {
                    b.add(boosted(new FuzzyQuery(new Term(field, w.stem()), edits(w.stem()), 1), field), BooleanClause.Occur.SHOULD);
                }
            }
            if (edits(w.exact()) > 0) {
                b.add(new FuzzyQuery(new Term(Fields.WORDS, w.exact()), edits(w.exact()), 1), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * A stem in the stemmed text fields scored as one field: BM25F, as plain BM25 on {@link Fields#TEXT}, where
     * each field's words count its weight in frequencies and lengths; then scaled. One posting list per word,
     * with its per-block score bounds, so that dynamic pruning skips a one-word query's entries too.
     */
    /**
     * An irregular form's clause, at {@link #TYPO_WEIGHT} as the word forms and the word family score, is scaled by at
     * most this many times the query word's IDF over the form's own, and never above 1: with the word's IDF when the
     * form is rarer. 2 (a rare form scoring as the word) and no scaling (the form's own IDF at half weight) were
     * measured and not kept (docs/evaluation.md, "Irregular forms and field acronyms").
     */
    static final double IRREGULAR_FACTOR = Double.parseDouble(System.getProperty("litindex.irregular.factor", "1"));

    static Query stemmed(String stem) {
        return new BoostQuery(new TermQuery(new Term(Fields.TEXT, stem)), COMBINED_SCALE);
    }

    /**
     * A word read as a venue in the stemmed text fields, for the entries that write it outside their headings or
     * have no venue of their own: a heading's mention of a venue ("Top-tier Conferences (ICML, NeurIPS, ICLR)")
     * names no venue of the entries under it that have one, and the venue clause finds those published there.
     */
    static Query outsideHeadings(String stem) {
        BooleanQuery.Builder where = new BooleanQuery.Builder();
        for (String field : Schema.STEMMED) {
            if (!field.equals(Fields.SECTIONS)) {
                where.add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD);
            }
        }
        where.add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(Fields.VENUE), BooleanClause.Occur.MUST_NOT).build(), BooleanClause.Occur.SHOULD);
        return new BooleanQuery.Builder().add(stemmed(stem), BooleanClause.Occur.MUST).add(where.build(), BooleanClause.Occur.FILTER).build();
    }

    /** What a stemmed match scores against the exact, name and venue clauses (which keep their own weights). */
    static final float COMBINED_SCALE = 5.0f;

    /** The year a word names (1900–2099), or null. */
    static Integer year(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && word.chars().allMatch(Character::isDigit)
                ? Integer.valueOf(word) : null;
    }

    /** At most this many words of a query are matched fuzzily (the first ones). */
    static final int MAX_FUZZY_WORDS = 8;

    /** Words longer than this are never matched fuzzily: their automata cost much and they are rarely mistyped names. */
    static final int MAX_FUZZY_LENGTH = 20;

    /** Edits allowed in a fuzzy match: none below three characters or above {@link #MAX_FUZZY_LENGTH}, one up to five, else two. */
    static int edits(String word) {
        int length = word.codePointCount(0, word.length());
        return length < 3 || length > MAX_FUZZY_LENGTH ? 0 : length <= 5 ? 1 : 2;
    }

    /**
     * A synonym of some of a run's words, as a query over the stemmed fields; {@code joinedWord} is the stem in
     * {@link Fields#TEXT} of the one word two adjacent query words write apart ("multi-modal": multimodal), else null.
     */
    private record Alternative(Query query, List<Query> highlight, BitSet covers, String readAs, String how, Term joinedWord) {
        Alternative(Query query, List<Query> highlight, BitSet covers, String readAs, String how) {
            this(query, highlight, covers, readAs, how, null);
        }
    }

    /**
     * The synonym alternatives of a run: the run is analyzed into a synonym graph; each stretch of the
     * graph that offers other paths than the words themselves yields those paths, each covering the words
     * of its stretch.
     */
    private List<Alternative> alternatives(List<QueryWord> words) {
        if (!hasSynonyms) {
            return List.of();
        }
        return alternatives(words, synonymAnalyzer, synonyms, Interpretation.SYNONYM, SYNONYM_WEIGHT);
    }

    /** A related term scores this share of what the topic's own words would: entries that write the topic come first. */
    static final float RELATED_WEIGHT = 0.25f;
    /** Where a related term is looked for. */
    private static final List<String> RELATED_FIELDS = List.of(Fields.TITLE);

    /** The alternatives {@code analyzer}'s rule graph gives a run, each scoring {@code weight} of the word itself. */
    private List<Alternative> alternatives(List<QueryWord> words, Analyzer analyzer, Synonyms rules, String how, float weight) {
        // the words joined by single spaces: word k starts at starts[k]
        String text = words.stream().map(QueryWord::exact).collect(Collectors.joining(" "));
        int[] starts = new int[words.size()];
        for (int k = 1; k < words.size(); k++) {
            starts[k] = starts[k - 1] + words.get(k - 1).exact().length() + 1;
        }
        List<Alternative> out = new ArrayList<>();
        try (TokenStream source = analyzer.tokenStream(Fields.TITLE, text);
             CachingTokenFilter stream = new CachingTokenFilter(source)) {
            // which words a stretch of the graph covers is told by offsets: a rule's outputs carry the
            // offsets of the words they replace (and rules mark the words they keep as synonyms too)
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            List<int[]> tokens = new ArrayList<>(); // position, start offset, end offset
            boolean anySynonym = false;
            int position = -1;
            stream.reset();
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                anySynonym |= SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                tokens.add(new int[] {position, offset.startOffset(), offset.endOffset()});
            }
            if (!anySynonym) {
                return List.of();
            }
            stream.reset();
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
            int[] points = graph.articulationPoints();
            int last = 0;
            for (int i = 0; i <= points.length; i++) {
                int start = last;
                int end = i < points.length ? points[i] : -1;
                last = end;
                BitSet covered = new BitSet();
                for (int[] token : tokens) {
                    if (token[0] >= start && (end == -1 || token[0] < end)) {
                        for (int k = 0; k < starts.length; k++) {
                            if (starts[k] >= token[1] && starts[k] < token[2]) {
                                covered.set(k);
                            }
                        }
                    }
                }
                List<BytesRef> original = new ArrayList<>();
                covered.stream().forEach(k -> original.add(new BytesRef(words.get(k).stem())));
                for (List<BytesRef> path : paths(graph, start, end)) {
                    if (!path.equals(original) && !covered.isEmpty()) {
                        // a related term is looked for in titles only: a long note or a heading names many topics;
                        // a synonym that writes a word apart or joins two scores as the word (SameWordQuery)
                        boolean synonym = weight == SYNONYM_WEIGHT;
                        boolean sameWord = synonym && !SHAPE_OFF.contains("sameword");
                        Query q = alternativeQuery(path, synonym ? Schema.STEMMED : RELATED_FIELDS,
                                sameWord ? spelledApart(words, covered, path) : null);
                        out.add(new Alternative(synonym ? q : new BoostQuery(q, weight),
                                alternativeQueries(path, synonym ? Schema.HIGHLIGHTED : RELATED_FIELDS),
                                covered, rules.spelled(path.stream().map(BytesRef::utf8ToString).collect(Collectors.joining(" "))), how,
                                sameWord ? writtenApart(words, covered, path) : null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<List<BytesRef>> paths(GraphTokenStreamFiniteStrings graph, int start, int end) throws IOException {
        List<List<BytesRef>> paths = new ArrayList<>();
        if (graph.hasSidePath(start)) {
            Iterator<TokenStream> it = graph.getFiniteStrings(start, end);
            while (it.hasNext()) {
                try (TokenStream path = it.next()) {
                    TermToBytesRefAttribute term = path.addAttribute(TermToBytesRefAttribute.class);
                    List<BytesRef> terms = new ArrayList<>();
                    path.reset();
                    while (path.incrementToken()) {
                        terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
                    }
                    path.end();
                    paths.add(terms);
                }
            }
        } else {
            for (Term term : graph.getTerms(Fields.TITLE, start)) {
                paths.add(List.of(BytesRef.deepCopyOf(term.bytes())));
            }
        }
        return paths;
    }

    /** A synonym path (stemmed terms) as a term or phrase in each of these fields, weighted. */
    private static Query alternativeQuery(List<BytesRef> path, List<String> fields) {
        return alternativeQuery(path, fields, null);
    }

    /**
     * A synonym path as {@link #alternativeQuery(List, List)}; when it writes one query word apart ({@code word}, its
     * stem in {@link Fields#TEXT}: multi modal for multimodal), each phrase scores with no more IDF than the word
     * ({@link SameWordQuery}).
     */
    private static Query alternativeQuery(List<BytesRef> path, List<String> fields, Term word) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : alternativeQueries(path, fields)) {
            String field = q instanceof TermQuery t ? t.getTerm().field() : ((PhraseQuery) q).getField();
            Query scored = word != null && q instanceof PhraseQuery p ? new SameWordQuery(p, word) : q;
            b.add(new BoostQuery(scored, weight(field) * SYNONYM_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The stem of the one word {@code covered} holds when {@code path} writes that word apart (its terms joined stem as
     * the word: multi modal for multimodal, pre train for pretraining); null otherwise.
     */
    private Term spelledApart(List<QueryWord> words, BitSet covered, List<BytesRef> path) {
        if (covered.cardinality() != 1 || path.size() < 2) {
            return null;
        }
        QueryWord w = words.get(covered.nextSetBit(0));
        if (w.stem() == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        path.forEach(t -> joined.append(t.utf8ToString()));
        String stem = single(schema.textQueryAnalyzer(), Fields.TITLE, joined.toString());
        return w.stem().equals(stem) || w.exact().equals(joined.toString()) ? new Term(Fields.TEXT, w.stem()) : null;
    }

    /**
     * The one-term {@code path} as a term of {@link Fields#TEXT} when the words {@code covered} holds are that word
     * written apart (two adjacent words joining to it: "pre training" for pretraining); null otherwise.
     */
    private Term writtenApart(List<QueryWord> words, BitSet covered, List<BytesRef> path) {
        if (covered.cardinality() != 2 || path.size() != 1) {
            return null;
        }
        int first = covered.nextSetBit(0);
        int second = covered.nextSetBit(first + 1);
        if (second != first + 1 || words.get(first).stem() == null || words.get(second).stem() == null) {
            return null;
        }
        String term = path.get(0).utf8ToString();
        String joined = words.get(first).exact() + words.get(second).exact();
        return term.equals(single(schema.textQueryAnalyzer(), Fields.TITLE, joined)) ? new Term(Fields.TEXT, term) : null;
    }

    private static List<Query> alternativeQueries(List<BytesRef> path, List<String> fields) {
        List<Query> out = new ArrayList<>();
        for (String field : fields) {
            out.add(path.size() == 1
                    ? new TermQuery(new Term(field, path.get(0)))
                    : new PhraseQuery(SYNONYM_SLOP, field, path.toArray(BytesRef[]::new)));
        }
        return out;
    }

    /**
     * How far apart the words of a multi-word synonym may stand: a rule's long form is matched with a small
     * word left out (the rules hold no stop words: "out of distribution" is the rule's "out distribution") or
     * put in ("graph attention neural network" for GAT), a looser match scoring less than the exact phrase.
     */
    static final int SYNONYM_SLOP = 2;

    /** An exact phrase: the exact words in order in the title, anywhere in the entry's text, or in an author's name. */
    private Query phrase(String text) {
        List<Query> options = new ArrayList<>();
        add(options, exactBuilder.createPhraseQuery(Fields.TITLE_EXACT, text), weight(Fields.TITLE) + weight(Fields.TITLE_EXACT));
        add(options, exactBuilder.createPhraseQuery(Fields.WORDS, text), 1f);
        add(options, namesBuilder.createPhraseQuery(Fields.AUTHORS, text), weight(Fields.AUTHORS));
        return anyOf(options);
    }

    /** The phrase in the stemmed title and note: what the highlighter marks for an exact phrase. */
    private List<Query> stemmedPhrase(String text) {
        List<Query> out = new ArrayList<>();
        for (String field : Schema.HIGHLIGHTED) {
            add(out, textBuilder.createPhraseQuery(field, text), 1f);
        }
        return out;
    }

    /** A prefix of a word of the title (counting most), of an author's name, or of any word of the entry. */
    private Query prefix(String text) {
        String p = schema.exactQueryAnalyzer().normalize(Fields.WORDS, text).utf8ToString();
        String name = schema.namesAnalyzer().normalize(Fields.AUTHORS, text).utf8ToString();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(new PrefixQuery(new Term(Fields.TITLE_EXACT, p)), weight(Fields.TITLE) + weight(Fields.TITLE_EXACT)), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(new PrefixQuery(new Term(Fields.AUTHORS, name)), weight(Fields.AUTHORS)), BooleanClause.Occur.SHOULD);
        b.add(new PrefixQuery(new Term(Fields.WORDS, p)), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    /** What title:… marks in the title. */
    private void highlightField(Clause clause, Parts parts) {
        if (clause instanceof FieldValue f && f.field() == QuerySyntax.Field.TITLE) {
            if (f.prefix()) {
                parts.highlight.add(new PrefixQuery(new Term(Fields.TITLE, schema.textQueryAnalyzer().normalize(Fields.TITLE, f.value()).utf8ToString())));
            } else {
                add(parts.highlight, textBuilder.createPhraseQuery(Fields.TITLE, f.value()), 1f);
            }
        }
    }

    /** field:value, year:…, kind:… and has:code */
    private Query fieldQuery(Clause clause) {
        if (clause instanceof HasCode) {
            return new TermQuery(new Term(Fields.HAS_CODE, "true"));
        }
        if (clause instanceof YearValue y) {
            return IntPoint.newRangeQuery(Fields.YEAR, y.years().from(), y.years().to());
        }
        if (clause instanceof KindValue k) {
            return new TermQuery(new Term(Fields.KIND, k.kind().id()));
        }
        FieldValue f = (FieldValue) clause;
        String v = f.value();
        List<Query> options = new ArrayList<>();
        switch (f.field()) {
            case TITLE -> {
                if (f.prefix()) {
                    options.add(new PrefixQuery(new Term(Fields.TITLE_EXACT, schema.exactQueryAnalyzer().normalize(Fields.TITLE_EXACT, v).utf8ToString())));
                } else {
                    add(options, textBuilder.createPhraseQuery(Fields.TITLE, v), weight(Fields.TITLE));
                    add(options, exactBuilder.createPhraseQuery(Fields.TITLE_EXACT, v), weight(Fields.TITLE_EXACT));
                }
            }
            case AUTHOR -> {
                if (f.prefix()) {
                    options.add(new PrefixQuery(new Term(Fields.AUTHORS, schema.namesAnalyzer().normalize(Fields.AUTHORS, v).utf8ToString())));
                } else {
                    options.add(new TermQuery(new Term(Fields.AUTHOR_KEY, Schema.key(v))));
                    add(options, namesBuilder.createPhraseQuery(Fields.AUTHORS, v), weight(Fields.AUTHORS));
                }
            }
            case VENUE -> {
                if (f.prefix()) {
                    options.add(new PrefixQuery(new Term(Fields.VENUE, schema.namesAnalyzer().normalize(Fields.VENUE, v).utf8ToString())));
                } else {
                    options.add(new TermQuery(new Term(Fields.VENUE_KEY, Schema.key(venues.get().displayName(v)))));
                    add(options, namesBuilder.createPhraseQuery(Fields.VENUE, v), weight(Fields.VENUE));
                }
            }
            case SECTION -> {
                if (f.prefix()) {
                    options.add(new PrefixQuery(new Term(Fields.SECTIONS, schema.textQueryAnalyzer().normalize(Fields.SECTIONS, v).utf8ToString())));
                } else {
                    options.add(new TermQuery(new Term(Fields.SECTION_KEY, sectionKey(v))));
                    add(options, textBuilder.createPhraseQuery(Fields.SECTIONS, v), weight(Fields.SECTIONS));
                }
            }
            default -> throw new IllegalStateException("not a text field: " + f.field());
        }
        return options.isEmpty() ? new MatchNoDocsQuery() : anyOf(options);
    }

    /** What a -clause excludes: the word or phrase anywhere in the entry's text or names (not its synonyms). */
    private Query exclusion(Clause clause) {
        if (isField(clause)) {
            return fieldQuery(clause);
        }
        if (clause instanceof Phrase p) {
            return phrase(p.text());
        }
        if (clause instanceof Prefix p) {
            return prefix(p.text());
        }
        String text = ((Words) clause).text();
        List<Query> options = new ArrayList<>();
        for (String field : Schema.STEMMED) {
            add(options, textBuilder.createPhraseQuery(field, text), 1f);
        }
        add(options, exactBuilder.createPhraseQuery(Fields.WORDS, text), 1f);
        add(options, namesBuilder.createPhraseQuery(Fields.AUTHORS, text), 1f);
        // an entry named so (an alias, a leading name, its code repository) is excluded as it is found
        String name = Acronyms.nameKey(text);
        if (!name.isEmpty()) {
            options.add(new TermQuery(new Term(Fields.NAME, name)));
        }
        return options.isEmpty() ? new MatchNoDocsQuery() : anyOf(options);
    }

    /**
     * The request's filters, one query per filtered dimension (several values of one filter mean either),
     * in a fixed order: the search keeps entries matching all of them, and the counts of a filtered
     * dimension are taken with its own filter left out (drill-sideways).
     */
    Map<Dimension, Query> filters(SearchRequest request) {
        Map<Dimension, Query> filters = new EnumMap<>(Dimension.class);
        if (!request.venues().isEmpty()) {
            filters.put(Dimension.VENUE, anyOf(Fields.VENUE_KEY, request.venues(), v -> Schema.key(venues.get().displayName(v))));
        }
        if (request.years() != null) {
            filters.put(Dimension.YEAR, IntPoint.newRangeQuery(Fields.YEAR, request.years().from(), request.years().to()));
        }
        if (!request.sections().isEmpty()) {
            filters.put(Dimension.SECTION, anyOf(Fields.SECTION_KEY, request.sections(), Queries::sectionKey));
        }
        if (!request.kinds().isEmpty()) {
            filters.put(Dimension.KIND, anyOf(Fields.KIND, request.kinds().stream().map(Kind::id).toList(), k -> k));
        }
        if (request.hasCode()) {
            filters.put(Dimension.HAS_CODE, new TermQuery(new Term(Fields.HAS_CODE, "true")));
        }
        if (!request.authors().isEmpty()) {
            filters.put(Dimension.AUTHOR, anyOf(Fields.AUTHOR_KEY, request.authors(), Schema::key));
        }
        return filters;
    }

    /** Whether {@code query} enumerates the terms of the index (a prefix, a fuzzy word), which costs time that grows with the index. */
    static boolean expands(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    /** The text query restricted by every filter but the one of {@code except} (null: by all). */
    static Query filtered(Query text, Map<Dimension, Query> filters, Dimension except) {
        if (filters.isEmpty() || filters.size() == 1 && filters.containsKey(except)) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filters.forEach((dim, filter) -> {
            if (dim != except) {
                b.add(filter, BooleanClause.Occur.FILTER);
            }
        });
        return b.build();
    }

    /**
     * Sort order with ties broken by id, so equal scores or dates always come back in the same order.
     * By relevance with a {@code coverage} query, entries matching more of the query come first, then
     * the higher score. The sort must be rewritten against the searcher before use.
     */
    static Sort sort(SortOrder order, Query coverage) {
        SortField byId = new SortField(Fields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> coverage == null
                    ? (SHAPE_OFF.contains("tiebreak") ? new Sort(SortField.FIELD_SCORE) : new Sort(SortField.FIELD_SCORE, byId))
                    : new Sort(DoubleValuesSource.fromQuery(coverage).getSortField(true), SortField.FIELD_SCORE, byId);
            case NEWEST -> {
                SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, true);
                date.setMissingValue(Long.MIN_VALUE);
                yield new Sort(date, SortField.FIELD_SCORE, byId);
            }
            case OLDEST -> {
                SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, false);
                date.setMissingValue(Long.MAX_VALUE);
                yield new Sort(date, SortField.FIELD_SCORE, byId);
            }
        };
    }

    static Sort sort(SortOrder order) {
        return sort(order, null);
    }

    private static Query boosted(Query q, String field) {
        return new BoostQuery(q, weight(field));
    }

    static float weight(String field) {
        return Schema.FIELD_WEIGHTS.getOrDefault(field, 1f);
    }

    private static void add(List<Query> options, Query q, float boost) {
        if (q != null) {
            options.add(boost == 1f ? q : new BoostQuery(q, boost));
        }
    }

    private static Query anyOf(List<Query> options) {
        if (options.size() == 1) {
            return options.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        options.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static Query anyOf(String field, List<String> values, Function<String, String> toKey) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        values.stream().map(toKey).distinct().forEach(v -> b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** "Awesome Papers>Others" and "awesome papers > others" are the same section. */
    static String sectionKey(String section) {
        return Schema.key(Arrays.stream(section.split(">")).map(String::strip).collect(Collectors.joining(" > ")));
    }
}
