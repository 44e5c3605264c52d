package io.litindex.search;

import io.litindex.index.Acronyms;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.search.Queries.QueryWord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Other forms of a query word that the index being searched holds: its nearest words when it is not in
 * the vocabulary (a typo), its split or joined forms, and the long forms of the acronyms the list defines.
 * Every lookup reads the term dictionary of the reader at hand, so what is found comes from the list
 * searched, never from a hand list; each is bounded (a few expansions per word).
 */
final class WordForms {
    /** At most this many corrections of one misspelled word are searched. */
    static final int MAX_CORRECTIONS = 2;
    /** At most this many long forms of one acronym are searched. */
    static final int MAX_DEFINITIONS = 2;
    /** A part of a split word has at least this many letters (pre, fine, super). */
    static final int MIN_PART = 3;

    private static final DirectSpellChecker ONE_EDIT = checker(1);
    private static final DirectSpellChecker TWO_EDITS = checker(2);

    private final IndexReader reader;

    WordForms(IndexReader reader) {
        this.reader = reader;
    }

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1); // the first letter is kept
        checker.setMinQueryLength(4);
        checker.setMaxQueryLength(Queries.MAX_FUZZY_LENGTH);
        checker.setMaxInspections(5);
        return checker;
    }

    /** Edits a typo may have: none below 4 letters, one up to 7, two from 8 (Algolia's and Meilisearch's rule). */
    static int typoEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length < 4 || length > Queries.MAX_FUZZY_LENGTH ? 0 : length < 8 ? 1 : 2;
    }

    /**
     * The nearest words of the vocabulary to a word no field holds, closest and most common first; empty
     * when the word is known (a correctly spelled word is never changed) or too short to correct. When no written word
     * is that close and {@code stems} is true, the title words whose stem is that close to the word's stem (grouding:
     * "Ground", whose stem is one edit from groud).
     */
    List<String> corrections(QueryWord w, java.util.function.Function<String, String> stemmer, boolean stems) throws IOException {
        int edits = typoEdits(w.exact());
        if (edits == 0 || !isWord(w.exact()) || Spelling.known(reader, w)) {
            return List.of();
        }
        DirectSpellChecker checker = edits == 1 ? ONE_EDIT : TWO_EDITS;
        SuggestWord[] found = checker.suggestSimilar(new Term(Fields.WORDS, w.exact()), MAX_CORRECTIONS, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        List<String> out = new ArrayList<>();
        for (SuggestWord s : found) {
            out.add(s.string);
        }
        if (out.isEmpty() && stems && w.stem() != null && !Queries.OFF.contains("stemtypo")) {
            // no written word is that close, but a stem of the titles is (grouding: groud, one edit from ground, which
            // the titles write as "Grounded"): the misspelled word in another form than the list's; its title word stands for it
            int stemEdits = Math.min(edits, typoEdits(w.stem()));
            Terms exact = MultiTerms.getTerms(reader, Fields.TITLE_EXACT);
            if (stemEdits > 0 && exact != null) {
                for (SuggestWord s : (stemEdits == 1 ? ONE_EDIT : TWO_EDITS).suggestSimilar(new Term(Fields.TITLE, w.stem()),
                        MAX_CORRECTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                    String word = written(exact, s.string, stemmer);
                    if (word != null) {
                        out.add(word);
                    }
                }
            }
        }
        return out;
    }

    /** A spelling variant is read only when the list writes it this many times as often as the word typed, or the word not at all. */
    static final int VARIANT_RATIO = 3;

    /**
     * The word's other spelling by the rules of British and American spelling ({@link SpellingVariants}: personalised →
     * personalized, tumour → tumor, oesophagus → esophagus) that the list writes and the typed one it does not write, or
     * {@link #VARIANT_RATIO} times less often; the most common such spelling, and only one that stems apart from the
     * word (modelling and modeling are one stem already), and only one some title writes. Null when there is none.
     */
    String variant(QueryWord w, java.util.function.Function<String, String> stemmer) throws IOException {
        List<String> candidates = SpellingVariants.candidates(w.exact());
        if (candidates.isEmpty()) {
            return null;
        }
        int typed = docFreq(w.exact());
        String best = null;
        int bestFreq = 0;
        for (String c : candidates) {
            int freq = docFreq(c);
            // a title must write it: the vocabulary also holds authors' names (Michel, Michael; Saeed, seed)
            if (freq > bestFreq && freq >= VARIANT_RATIO * typed && reader.docFreq(new Term(Fields.TITLE_EXACT, c)) > 0) {
                String stem = stemmer.apply(c);
                if (stem != null && !stem.equals(w.stem())) {
                    best = c;
                    bestFreq = freq;
                }
            }
        }
        return best;
    }

    /** Whether some field holds the word (stop words and years count as known). */
    boolean known(QueryWord w) {
        try {
            return Spelling.known(reader, w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * How many entries hold the word exactly, in any field ({@link Fields#WORDS}).
     *
     * @param exact the word, lower case
     * @return its document frequency in this index
     * @throws UncheckedIOException when the index cannot be read (an {@link IOException} wrapped, as every look-up of
     *     an index searched holds it)
     */
    int docFreq(String exact) {
        return docFreq(new Term(Fields.WORDS, exact));
    }

    /**
     * The word as two words of the vocabulary that the index also holds side by side ("superresolution" →
     * super resolution, "finetuning" → fine tuning, "kspace" → k space): the split whose rarer part is most
     * common. A word the index holds is split only when its parts are at least a tenth as common as it (a
     * list whose headings say "Finetuning" still finds its titles' "Fine-tuning"); a one-letter first part
     * only for a word the index does not hold. Null when there is none.
     */
    String[] split(String exact) throws IOException {
        int n = exact.length();
        if (n < 2 * MIN_PART || n > Queries.MAX_FUZZY_LENGTH || !isWord(exact)) {
            return null;
        }
        int whole = docFreq(exact);
        int least = Math.max(1, whole / 10);
        List<String[]> candidates = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        for (int i = whole == 0 ? 1 : MIN_PART; i <= n - MIN_PART; i++) {
            if (i > 1 && i < MIN_PART) {
                continue;
            }
            String a = exact.substring(0, i);
            int fa = docFreq(a);
            if (fa < least) {
                continue;
            }
            String b = exact.substring(i);
            int min = Math.min(fa, docFreq(b));
            if (min >= least) {
                candidates.add(new String[] {a, b});
                freqs.add(min);
            }
        }
        // the most common first, and only a split the index writes as two adjacent words
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -freqs.get(i)));
        for (int k = 0; k < Math.min(order.size(), MAX_SPLITS_CHECKED); k++) {
            String[] c = candidates.get(order.get(k));
            if (any(new PhraseQuery(Fields.WORDS, c[0], c[1]))) {
                return c;
            }
        }
        return null;
    }

    /** At most this many splits of one word are looked up as adjacent words. */
    static final int MAX_SPLITS_CHECKED = 3;

    /** The long forms the list defines for an acronym (lower case), the most often defined first. */
    List<String> definitions(String exact) throws IOException {
        if (exact.length() < 2 || exact.length() > 10) {
            return List.of();
        }
        Terms terms = MultiTerms.getTerms(reader, Fields.DEFINITIONS);
        if (terms == null) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        for (String shortForm : exact.endsWith("s") && exact.length() > 2
                ? List.of(exact, exact.substring(0, exact.length() - 1)) : List.of(exact)) {
            BytesRef prefix = new BytesRef(shortForm + Acronyms.SEPARATOR);
            TermsEnum it = terms.iterator();
            if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef t = it.term(); t != null && startsWith(t, prefix) && forms.size() < 16; t = it.next()) {
                forms.add(t.utf8ToString().substring(prefix.length));
                freqs.add(it.docFreq());
            }
        }
        List<String> out = new ArrayList<>();
        for (String form : mostCommonFirst(forms, freqs)) {
            if (out.size() < MAX_DEFINITIONS && !out.contains(form)) {
                out.add(form);
            }
        }
        return out;
    }

    /** A stem and its other forms share at least this many leading letters. */
    static final int MIN_FORM_PREFIX = 6;
    /** At most this many other forms of one word are searched. */
    static final int MAX_FORMS = 2;

    /** Another form of a word: its stem in the stemmed fields, and a title word of that stem as written. */
    record Form(String stem, String word) {}

    /**
     * Other forms of a word that the stemmer leaves apart (synthesis, synthesizing → synthesi, synthes;
     * molecule, molecular → molecul, molecular): stems of the title field that share the stem's letters but
     * for its last one, at least {@link #MIN_FORM_PREFIX} of them, and add at most two; each with a title word
     * of that stem, the most common first. Short stems are left alone (graph is not graphic).
     *
     * @param stem the query word's stem
     * @param stemmer a word's stem as the stemmed fields index it (null when it has none)
     */
    List<Form> forms(String stem, java.util.function.Function<String, String> stemmer) throws IOException {
        int n = stem.length();
        if (n < MIN_FORM_PREFIX || n > Queries.MAX_FUZZY_LENGTH || !isWord(stem)) {
            return List.of();
        }
        Terms terms = MultiTerms.getTerms(reader, Fields.TITLE);
        Terms exact = MultiTerms.getTerms(reader, Fields.TITLE_EXACT);
        if (terms == null || exact == null) {
            return List.of();
        }
        String shared = stem.substring(0, Math.max(MIN_FORM_PREFIX, n - 1));
        List<Form> out = new ArrayList<>();
        int checked = 0;
        for (String form : mostCommonStartingWith(terms, new BytesRef(shared), 64,
                f -> !f.equals(stem) && f.length() <= n + 2 && isWord(f))) {
            if (out.size() == MAX_FORMS) {
                break;
            }
            String word = written(exact, form, stemmer);
            if (word == null) {
                continue;
            }
            // a name the titles write as a compound (SpatialDE, WeatherQA, FactorVAE: capitals inside, the word's parts
            // stacked on it) is no form of the word: its entry is found by the part already ("formname")
            if (!Queries.OFF.contains("formname") && checked++ < FORM_NAMES_CHECKED && compound(word)) {
                continue;
            }
            out.add(new Form(form, word));
        }
        return out;
    }

    /** How many of a word's other forms are checked for a compound name's shape, at most (the most common first). */
    static final int FORM_NAMES_CHECKED = 4;

    /** At most this many words of a query word's family are searched. */
    static final int MAX_FAMILY = 2;

    /**
     * A derivational alternation of English that the Porter stemmer leaves apart, as the endings of two stems: a
     * stem ending in {@code a} after a root of at least {@code minRoot} letters (whose last letter is one of
     * {@code rootEnds}, when given) has the family member root + {@code b}, and the other way round.
     */
    private record Derivation(String a, String b, int minRoot, String rootEnds) {}

    private static final String VOWELS = "aeiouy";
    /**
     * The alternations read: each is a rule of English word formation (Latin and agent-noun endings), never a list
     * of words; which pairs exist is told by the index's own title stems.
     */
    private static final List<Derivation> DERIVATIONS = List.of(
            new Derivation("ain", "an", 4, null),         // explain, explainable / explanation, explanatory
            new Derivation("ct", "ctor", 3, null),        // detect, detection / detector; predict / predictor
            new Derivation("ss", "ssor", 4, null),        // regress, regression / regressor; compress / compressor
            new Derivation("si", "t", 5, VOWELS),         // analysis / analytic; synthesis / synthetic
            new Derivation("si", "st", 5, VOWELS),        // diagnosis / diagnostic; prognosis / prognostic
            new Derivation("si", "s", 5, VOWELS),         // diagnosis / diagnose; analysis / analyse
            new Derivation("si", "z", 5, VOWELS),         // analysis / analyze; catalysis / catalyze
            new Derivation("t", "z", 5, VOWELS),          // analytic / analyze
            new Derivation("st", "z", 5, VOWELS),         // catalyst / catalyze
            new Derivation("d", "s", 4, VOWELS + "n"),    // decide / decision; extend / extension; occlude / occlusion
            new Derivation("uc", "uct", 3, null),         // reduce / reduction; produce / production
            new Derivation("eiv", "ept", 3, null),        // perceive / perception; receive / reception
            new Derivation("olv", "olut", 1, null),       // solve / solution; evolve / evolution
            new Derivation("ib", "ipt", 4, null),         // describe / description; transcribe / transcription
            new Derivation("graphi", "gram", 3, null),    // mammography / mammogram; echocardiography / echocardiogram
            new Derivation("i", "", 4, null),             // noisy / noise; biology / biological; strategy / strategic
            new Derivation("li", "", 4, null),            // jointly / joint; efficiently / efficient
            new Derivation("ment", "", 5, null));         // treatment / treat; placement / place (Porter keeps -ment
                                                          // after a root of one vowel-consonant sequence)

    /**
     * The words of a word's family that the stemmer leaves apart (explanation for explain, explainable; detector
     * for detection; analytic and analyze for analysis): the title stems that {@link #DERIVATIONS} make of the
     * word's stem, the most common first, at most {@link #MAX_FAMILY}, each with the title word of that stem the
     * titles write most; none of {@code skip} (the stems already read).
     *
     * @param stem the query word's stem
     * @param stemmer a word's stem as the stemmed fields index it (null when it has none)
     * @param skip stems not to give (the word's other forms, already searched)
     */
    List<Form> family(String stem, java.util.function.Function<String, String> stemmer, java.util.Set<String> skip) throws IOException {
        if (stem.length() < 5 || stem.length() > Queries.MAX_FUZZY_LENGTH || !isWord(stem)) {
            return List.of();
        }
        Terms exact = MultiTerms.getTerms(reader, Fields.TITLE_EXACT);
        if (exact == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        for (Derivation d : DERIVATIONS) {
            for (int way = 0; way < 2; way++) {
                String from = way == 0 ? d.a() : d.b();
                String to = way == 0 ? d.b() : d.a();
                if (!stem.endsWith(from)) {
                    continue;
                }
                String root = stem.substring(0, stem.length() - from.length());
                if (root.length() < d.minRoot() || d.rootEnds() != null && d.rootEnds().indexOf(root.charAt(root.length() - 1)) < 0) {
                    continue;
                }
                String other = root + to;
                if (other.equals(stem) || skip.contains(other) || found.contains(other)) {
                    continue;
                }
                addIfTitled(other, found, freqs);
            }
        }
        return commonest(found, freqs, MAX_FAMILY, exact, stemmer);
    }

    /** Adds the title stem {@code other} to {@code found}, with its document count to {@code freqs}, when some title holds it. */
    private void addIfTitled(String other, List<String> found, List<Integer> freqs) throws IOException {
        int freq = reader.docFreq(new Term(Fields.TITLE, other));
        if (freq > 0) {
            found.add(other);
            freqs.add(freq);
        }
    }

    /**
     * The stems {@code found} (with their document counts {@code freqs}) as forms, the most common first, at most
     * {@code max}, each with the title word of that stem the titles write most; a stem no title word gives is left out.
     */
    private List<Form> commonest(List<String> found, List<Integer> freqs, int max, Terms exact,
            java.util.function.Function<String, String> stemmer) throws IOException {
        List<Form> out = new ArrayList<>();
        for (String other : mostCommonFirst(found, freqs)) {
            if (out.size() == max) {
                break;
            }
            String word = written(exact, other, stemmer);
            if (word != null) {
                out.add(new Form(other, word));
            }
        }
        return out;
    }

    /** At most this many irregular forms of one query word are searched. */
    static final int MAX_IRREGULAR = 2;

    /**
     * English verbs whose past tense or participle the Porter stemmer cannot join to the verb (broken, break; written,
     * write; known, know), each row a verb and its irregular forms: a general table of English, not of a field.
     * Left out are forms that are also common words of another sense in titles (bound, found, ground, left, led,
     * fed, shot, thought, rose, saw, fell, won, held, built, meant, lost, born), which would read a topic as a verb;
     * participles that titles write mostly as adjectives (data-driven, LLM-driven; hidden state, hidden Markov), which
     * would read "autonomous driving" as "data-driven"; and the British past forms in -t (learnt, spelt, burnt), which
     * would read nearly every query's "learning" as "learnt".
     */
    private static final List<List<String>> IRREGULAR = List.of(
            List.of("break", "broke", "broken"), List.of("speak", "spoke", "spoken"), List.of("steal", "stole", "stolen"),
            List.of("freeze", "froze", "frozen"), List.of("choose", "chose", "chosen"),
            List.of("write", "wrote", "written"), List.of("ride", "rode", "ridden"),
            List.of("bite", "bitten"), List.of("take", "took", "taken"), List.of("shake", "shook", "shaken"),
            List.of("give", "gave", "given"), List.of("forget", "forgot", "forgotten"), List.of("tear", "tore", "torn"),
            List.of("wear", "wore", "worn"), List.of("weave", "wove", "woven"), List.of("fall", "fallen"),
            List.of("see", "seen"), List.of("know", "knew", "known"), List.of("grow", "grew", "grown"),
            List.of("throw", "threw", "thrown"), List.of("show", "shown"), List.of("draw", "drawn"),
            List.of("fly", "flew", "flown"), List.of("blow", "blew", "blown"), List.of("begin", "began", "begun"),
            List.of("drink", "drank", "drunk"), List.of("sink", "sank", "sunk"), List.of("shrink", "shrank", "shrunk"),
            List.of("spin", "spun"), List.of("strike", "struck", "stricken"), List.of("stick", "stuck"),
            List.of("swell", "swollen"), List.of("seek", "sought"), List.of("teach", "taught"), List.of("catch", "caught"),
            List.of("buy", "bought"), List.of("bring", "brought"), List.of("fight", "fought"), List.of("tell", "told"),
            List.of("sell", "sold"), List.of("stand", "stood"), List.of("keep", "kept"), List.of("sleep", "slept"));

    /** {@link #IRREGULAR} as stems, computed once with the query analyzer's stemmer. */
    private static volatile List<List<String>> irregularStems;

    private static List<List<String>> irregularStems(java.util.function.Function<String, String> stemmer) {
        List<List<String>> stems = irregularStems;
        if (stems == null) {
            List<List<String>> out = new ArrayList<>();
            for (List<String> row : IRREGULAR) {
                List<String> s = new ArrayList<>();
                for (String w : row) {
                    String st = stemmer.apply(w);
                    s.add(st == null ? w : st);
                }
                out.add(List.copyOf(s));
            }
            irregularStems = stems = List.copyOf(out);
        }
        return stems;
    }

    /**
     * The irregular forms of a verb that a query word's stem ends with (jailbreak, jailbreaking → jailbroken;
     * handwritten → handwriting; withdrawn → withdraw), by {@link #IRREGULAR}: the stem's letters before that form kept
     * (none, or two or more: jail-, hand-, with-, over-), each other form of the verb put after them, and only the
     * title stems so made that some title holds, the most common first, at most {@link #MAX_IRREGULAR}, each with the
     * title word of that stem the titles write most; none of {@code skip}.
     *
     * @param stem the query word's stem
     * @param stemmer a word's stem as the stemmed fields index it (null when it has none)
     * @param skip stems not to give (the word's other forms, already searched)
     */
    List<Form> irregular(String stem, java.util.function.Function<String, String> stemmer, java.util.Set<String> skip) throws IOException {
        if (stem.length() < 3 || stem.length() > Queries.MAX_FUZZY_LENGTH || !isWord(stem)) {
            return List.of();
        }
        Terms exact = MultiTerms.getTerms(reader, Fields.TITLE_EXACT);
        if (exact == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        List<List<String>> stems = irregularStems(stemmer);
        for (int r = 0; r < stems.size(); r++) {
            List<String> row = stems.get(r);
            for (int i = 0; i < row.size(); i++) {
                // the form's stem, or without its final e, which Porter keeps on a short word only (writ-ing → write,
                // handwrit-ing → handwrit)
                String from = row.get(i);
                String bare = from.length() > 3 && from.endsWith("e") ? from.substring(0, from.length() - 1) : from;
                String end = stem.endsWith(from) ? from : stem.endsWith(bare) ? bare : null;
                if (end == null || stem.length() - end.length() == 1) {
                    continue;
                }
                String before = stem.substring(0, stem.length() - end.length());
                for (int j = 0; j < row.size(); j++) {
                    String other = before.isEmpty() ? row.get(j) : stemmer.apply(before + IRREGULAR.get(r).get(j));
                    if (j == i || other == null || other.equals(stem) || skip.contains(other) || found.contains(other)) {
                        continue;
                    }
                    addIfTitled(other, found, freqs);
                }
            }
        }
        return commonest(found, freqs, MAX_IRREGULAR, exact, stemmer);
    }

    /**
     * The terms beginning with {@code prefix} (the first {@code seen} of them, in term order) that {@code keep}
     * accepts, the most common first, then in term order.
     */
    private static List<String> mostCommonStartingWith(Terms terms, BytesRef prefix, int seen,
            java.util.function.Predicate<String> keep) throws IOException {
        TermsEnum it = terms.iterator();
        if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        int looked = 0;
        for (BytesRef t = it.term(); t != null && startsWith(t, prefix) && looked++ < seen; t = it.next()) {
            String term = t.utf8ToString();
            if (keep.test(term)) {
                found.add(term);
                freqs.add(it.docFreq());
            }
        }
        return mostCommonFirst(found, freqs);
    }

    /** {@code words} the most common first by their {@code freqs} (same order), then in alphabetical order. */
    private static List<String> mostCommonFirst(List<String> words, List<Integer> freqs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -freqs.get(i)).thenComparing(words::get));
        return order.stream().map(words::get).toList();
    }

    /** How many longer names a short name typed in capitals is also read as, at most. */
    static final int MAX_LONGER = 4;
    /**
     * What English adds to a word: a title word that is the name plus one of these is a word, not a longer name
     * (GAT → gated, BERT → berts' forms).
     */
    private static final java.util.Set<String> ENGLISH_ENDINGS = java.util.Set.of("es", "ed", "er", "ers", "ing", "ings", "ion",
            "ions", "ive", "ly", "al", "est", "ism", "ist", "ists", "ity", "able", "ment", "ness", "ous", "ic", "ics", "ish");
    /**
     * A name more titles than this write is read as itself only: its own entries answer it, and its longer names
     * (BERTRAM for BERT) would only crowd them.
     */
    static final int MAX_NAME_TITLES = 3;
    /** How many title words beginning with such a name are looked at, at most (the most common of them are kept). */
    private static final int LONGER_SEEN = 64;

    /**
     * The title words (as written, exact field) that begin with a short name and go on for two letters or more
     * (RSVQA → rsvqaxben, UAV → uavid, uavvg): the longer names built on it, the most common first, at most
     * {@link #MAX_LONGER}; none when more than {@link #MAX_NAME_TITLES} titles write the name itself. The name with
     * an English ending (gated for GAT, a plural) is a word, not a longer name, and so is a word no title writes as a
     * compound (sampling, sample for SAM).
     *
     * @param exact the name, lower case, as the exact fields index it
     */
    List<String> longerNames(String exact) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.TITLE_EXACT);
        if (terms == null || reader.docFreq(new Term(Fields.TITLE_EXACT, exact)) > MAX_NAME_TITLES) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int checked = 0;
        for (String word : mostCommonStartingWith(terms, new BytesRef(exact), LONGER_SEEN, word -> {
            String rest = word.substring(exact.length());
            return rest.length() >= 2 && !ENGLISH_ENDINGS.contains(rest) && Character.isLetterOrDigit(rest.charAt(0));
        })) {
            if (out.size() == MAX_LONGER || checked++ == INSIDE_CHECKED) {
                break;
            }
            // a word the titles write as a compound: SAM is no beginning of sampling or sample
            if (Queries.OFF.contains("compound") || compound(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** How many title words holding a short name after their first letter are read, at most. */
    static final int MAX_INSIDE = 4;
    /** How many title words holding such a name are looked at, at most (the most common of them are checked). */
    private static final int INSIDE_SEEN = 64;
    /** How many title words a name begins or holds are checked for a compound's shape, at most (the most common first). */
    private static final int INSIDE_CHECKED = 12;

    /**
     * The title words (as written, exact field) that end with a short name or hold it inside (CRSVQA for RSVQA,
     * XyzSAM2 for SAM), written as a compound where the name stands apart, and not found by the name already: the most
     * common first, at most {@link #MAX_INSIDE}; none when more than {@code maxTitles} titles write the name itself.
     *
     * <p>Only a word some title writes as a compound is read (capitals inside, digits: the index stacked its parts
     * on it), so an ordinary word that holds the letters (sample, balsam for SAM) is not; a word whose parts include
     * the name (MedSAM: med, sam) is found by the name as it is. A name followed by more letters is read only when
     * what follows is a part of the word (the name ends where a part begins).
     *
     * @param exact the name, lower case, as the exact fields index it
     * @param maxTitles how many titles may write the name itself
     */
    List<String> insideNames(String exact, int maxTitles) throws IOException {
        if (exact.length() < TitleSuffixes.MIN_NAME || !lettersOrDigits(exact)
                || reader.docFreq(new Term(Fields.TITLE_EXACT, exact)) > maxTitles) {
            return List.of();
        }
        java.util.Map<String, Integer> holding = new java.util.LinkedHashMap<>();
        for (TitleSuffixes segment : TitleSuffixes.all(reader)) {
            segment.holding(exact, INSIDE_SEEN, holding);
        }
        List<String> words = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        for (String word : holding.keySet()) {
            int freq = reader.docFreq(new Term(Fields.TITLE_EXACT, word));
            if (freq > 0) {
                words.add(word);
                freqs.add(freq);
            }
        }
        List<String> out = new ArrayList<>();
        int checked = 0;
        for (String word : mostCommonFirst(words, freqs)) {
            if (out.size() == MAX_INSIDE || checked++ == INSIDE_CHECKED) {
                break;
            }
            if (standsApart(word, holding.get(word), exact)) {
                out.add(word);
            }
        }
        return out;
    }

    /** Whether a title word holding a name at {@code at} is a compound where the name stands apart (see {@link #insideNames}). */
    private boolean standsApart(String word, int at, String name) throws IOException {
        if (stacked(word, List.of(name))) {
            return false; // found by the name already
        }
        String rest = word.substring(at + name.length());
        if (!rest.isEmpty()) {
            return rest.length() >= 2 && stacked(word, List.of(rest));
        }
        return compound(word);
    }

    /**
     * Whether some title writes the word as a compound (capitals inside, digits: RSVQAxBEN, UAVid, CRSVQA), told by
     * the parts the index stacked on it, or the word is an entry's name or whole title (UAVVG, whose capitals the
     * index could not split); an ordinary word (sampling, balsam) is neither. Each part is a beginning or an end of the word.
     */
    private boolean compound(String word) throws IOException {
        if (reader.docFreq(new Term(Fields.NAME, word)) > 0 || reader.docFreq(new Term(Fields.TITLE_KEY, word)) > 0) {
            return true; // an entry's name, or a whole title (UAVVG, a data set's row: capitals the index could not split)
        }
        List<String> parts = new ArrayList<>();
        for (int k = 2; k <= word.length() - 2; k++) {
            parts.add(word.substring(0, k));
            parts.add(word.substring(k));
        }
        return stacked(word, parts);
    }

    /** How many entries writing a word are looked at for parts stacked on it, at most. */
    private static final int STACKED_DOCS = 3;

    /**
     * Whether one of the first entries writing {@code word} (at most {@link #STACKED_DOCS}) has one of {@code parts}
     * stacked on it (at its position) in the vocabulary field: read from those entries' positions directly, a term
     * look-up per part and segment, no query.
     */
    private boolean stacked(String word, List<String> parts) throws IOException {
        BytesRef w = new BytesRef(word);
        int looked = 0;
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.WORDS);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(w)) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.index.PostingsEnum pe = te.postings(null, org.apache.lucene.index.PostingsEnum.POSITIONS);
            List<int[]> docs = new ArrayList<>(); // doc, then the word's positions in it
            for (int doc = pe.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS && looked < STACKED_DOCS;
                    doc = pe.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int[] at = new int[pe.freq() + 1];
                at[0] = doc;
                for (int k = 1; k < at.length; k++) {
                    at[k] = pe.nextPosition();
                }
                docs.add(at);
                looked++;
            }
            for (String part : parts) {
                if (docs.isEmpty() || !te.seekExact(new BytesRef(part))) {
                    continue;
                }
                org.apache.lucene.index.PostingsEnum pp = te.postings(null, org.apache.lucene.index.PostingsEnum.POSITIONS);
                for (int[] at : docs) {
                    int doc = pp.docID() >= at[0] ? pp.docID() : pp.advance(at[0]);
                    if (doc == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (doc == at[0]) {
                        for (int k = 0, f = pp.freq(); k < f; k++) {
                            int p = pp.nextPosition();
                            for (int j = 1; j < at.length; j++) {
                                if (at[j] == p) {
                                    return true;
                                }
                            }
                        }
                    }
                }
            }
            if (looked >= STACKED_DOCS) {
                break;
            }
        }
        return false;
    }

    private static boolean lettersOrDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The most common title word as written (exact field) whose stem is {@code stem}; null when none (a compound's part).
     * A stem ending in i may be a word ending in y (Porter's rule: jointly → jointli, noisy → noisi, biology → biologi),
     * which does not begin with its stem: the words beginning with the stem's other letters are looked through then.
     */
    private static String written(Terms exact, String stem, java.util.function.Function<String, String> stemmer) throws IOException {
        BytesRef prefix = new BytesRef(stem.length() > 3 && stem.endsWith("i") && !Queries.OFF.contains("yform")
                ? stem.substring(0, stem.length() - 1) : stem);
        TermsEnum it = exact.iterator();
        if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return null;
        }
        int seen = 0;
        String best = null;
        int bestFreq = 0;
        for (BytesRef t = it.term(); t != null && startsWith(t, prefix) && seen++ < 16; t = it.next()) {
            String word = t.utf8ToString();
            if (it.docFreq() > bestFreq && stem.equals(stemmer.apply(word))) {
                best = word;
                bestFreq = it.docFreq();
            }
        }
        return best;
    }

    /**
     * Whether {@code exact} is some entry's one-word repository name ({@link Fields#REPOSITORY}: github.com/…/timesfm)
     * that reads as its name: no other entry's words (titles, notes, sections, authors, venues, owners) hold it, so it is
     * no word of the list's vocabulary ("transformers", "moment" in a list that writes them are words).
     *
     * @param exact the query word, lower case
     * @return true when the word names the entries whose repository it is
     * @throws UncheckedIOException when the index cannot be read (the {@link IOException} wrapped)
     */
    boolean repositoryWord(String exact) {
        Term repository = new Term(Fields.REPOSITORY, exact);
        if (docFreq(repository) == 0) {
            return false;
        }
        Term word = new Term(Fields.WORDS, exact);
        if (docFreq(word) == 0) {
            return true;
        }
        return !any(new BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermQuery(word), BooleanClause.Occur.FILTER)
                .add(new org.apache.lucene.search.TermQuery(repository), BooleanClause.Occur.MUST_NOT).build());
    }

    /**
     * Whether some entry matches the query (a reading worth searching and showing).
     *
     * @param query the query
     * @return true when one entry at least matches it
     * @throws UncheckedIOException when the index cannot be read (the {@link IOException} wrapped)
     */
    boolean any(org.apache.lucene.search.Query query) {
        try {
            // the first live match settles it: counting them all (a rule's long form, a related term) costs their postings
            return countUpTo(query, 1) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many entries match the query, counted only up to {@code limit}: the count when it is below, else
     * {@code limit} (the matches past it are not visited).
     */
    int countUpTo(org.apache.lucene.search.Query query, int limit) throws IOException {
        // (through the searcher's query cache, as a count was: a check the cache holds is counted from it)
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        int found = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            if (found >= limit) {
                return limit;
            }
            int count = weight.count(leaf);
            if (count >= 0) {
                found += count;
                continue;
            }
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator matches = scorer.iterator();
            for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && found < limit; doc = matches.nextDoc()) {
                if (live == null || live.get(doc)) {
                    found++;
                }
            }
        }
        return Math.min(found, limit);
    }

    /** The terms of a field in this index, or null when no entry holds it. */
    Terms terms(String field) throws IOException {
        return MultiTerms.getTerms(reader, field);
    }

    /** How many entries match the query. */
    int count(org.apache.lucene.search.Query query) throws IOException {
        return new IndexSearcher(reader).count(query);
    }

    /**
     * How many entries hold a term (deleted ones too, until merged away: {@link #hasDeletions}). Unchecked, so that
     * the readings of a query ask it without a try block each.
     *
     * @param term the term
     * @return its document frequency in this index
     * @throws UncheckedIOException when the index cannot be read (the {@link IOException} wrapped)
     */
    int docFreq(Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some entries are deleted but still counted by {@link #docFreq(Term)}. */
    boolean hasDeletions() {
        return reader.hasDeletions();
    }

    /** How many entries this index holds. */
    int entries() {
        return reader.numDocs();
    }

    /**
     * The titles with a run of words whose initials are {@code initials}, scoring as a term of
     * {@link Fields#INITIALS} that all of them hold would score in BM25 (its IDF, one occurrence, no length
     * norm); null when no title has such a run. The field holds one token per run start, so a run's initials
     * are a prefix of a token ({@link Acronyms#initialsPrefixes}), and how many titles have them is counted here.
     */
    Query initials(String initials) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.INITIALS);
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int prefixes = 0;
        for (String p : Acronyms.initialsPrefixes(initials)) {
            BytesRef prefix = new BytesRef(p);
            if (te.seekCeil(prefix) != TermsEnum.SeekStatus.END && startsWith(te.term(), prefix)) {
                any.add(new PrefixQuery(new Term(Fields.INITIALS, prefix)), BooleanClause.Occur.SHOULD);
                prefixes++;
            }
        }
        if (prefixes == 0) {
            return null;
        }
        Query match = new ConstantScoreQuery(any.build());
        int docFreq = new IndexSearcher(reader).count(match);
        int docCount = terms.getDocCount();
        double idf = Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
        return new BoostQuery(match, (float) (idf * ONE_OCCURRENCE));
    }

    /**
     * BM25's share of a term's IDF for one occurrence in a field without length norms, k1 and b as everywhere:
     * 1 - 1 / (1 + 1 / (k1 (1 - b))).
     */
    static final double ONE_OCCURRENCE = 1 - 1 / (1 + 1 / (Schema.K1 * (1 - Schema.B)));

    private static boolean startsWith(BytesRef t, BytesRef prefix) {
        if (t.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Letters only: numbers, ids and mixed tokens are not corrected or split. */
    static boolean isWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
