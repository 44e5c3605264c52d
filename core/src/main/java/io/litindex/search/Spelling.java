package io.litindex.search;

import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.search.Queries.QueryWord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": corrects the query words the index does not know, from the index's own vocabulary
 * (DirectSpellChecker, no side index): the exact words of every field, then the stems of the title. A word is known when it is found exactly, stemmed, as a name, or
 * through a synonym; only unknown words are replaced, so "Zhan" is never turned into "Zhang".
 */
final class Spelling {
    /** How many words sharing a stem are looked at to find the stem's most common written form. */
    private static final int MAX_SURFACE_FORMS = 64;
    /** At most this many unknown words of a query are looked up (each costs automata). */
    static final int MAX_CORRECTIONS = 8;

    /** Checkers by the edits they allow (1 or 2), as many as a fuzzy query allows for the word's length. */
    private final DirectSpellChecker[] checkers = {null, checker(1), checker(2)};
    private final Analyzer stemmer;

    Spelling(Schema schema) {
        this.stemmer = schema.textQueryAnalyzer();
    }

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinQueryLength(3);
        checker.setMaxQueryLength(Queries.MAX_FUZZY_LENGTH);
        return checker;
    }

    /** The query with its unknown words replaced by their corrections; null when there is nothing to correct. */
    String suggest(IndexReader reader, String query, List<QueryWord> words) throws IOException {
        StringBuilder corrected = new StringBuilder(query);
        boolean changed = false;
        int checks = 0;
        for (int i = words.size() - 1; i >= 0; i--) {
            QueryWord w = words.get(i);
            if (w.synonymous() || known(reader, w) || checks++ >= MAX_CORRECTIONS) {
                continue;
            }
            String correction = correct(reader, w);
            if (correction != null && !correction.equals(w.exact())) {
                corrected.replace(w.start(), w.end(), correction);
                changed = true;
            }
        }
        return changed ? corrected.toString() : null;
    }

    /** True when any field holds the word in the form that field searches. */
    static boolean known(IndexReader reader, QueryWord w) throws IOException {
        if (reader.docFreq(new Term(Fields.WORDS, w.exact())) > 0 || reader.docFreq(new Term(Fields.AUTHORS, w.name())) > 0) {
            return true;
        }
        if (w.stem() == null || Queries.year(w.exact()) != null) {
            return true; // stop words and years are never corrected
        }
        for (String field : Schema.STEMMED) {
            if (reader.docFreq(new Term(field, w.stem())) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closest word of the vocabulary: first among the exact words; else among the stems, turned back
     * into the word most often written with that stem ("grouding" → stem "groud" → "ground" → "grounded").
     */
    private String correct(IndexReader reader, QueryWord w) throws IOException {
        int edits = Queries.edits(w.exact());
        if (edits > 0) {
            SuggestWord[] exact = checkers[edits].suggestSimilar(new Term(Fields.WORDS, w.exact()), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (exact.length > 0) {
                return exact[0].string;
            }
        }
        // the stems of the title, where the words that matter most are
        int stemEdits = Queries.edits(w.stem());
        if (stemEdits == 0) {
            return null;
        }
        SuggestWord[] stems = checkers[stemEdits].suggestSimilar(new Term(Fields.TITLE, w.stem()), 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        for (SuggestWord stem : stems) {
            String written = writtenForm(reader, stem.string);
            if (written != null) {
                return written;
            }
        }
        return null;
    }

    /** The exact word with this stem that most entries hold (ties: the first in order); null when none starts with the stem. */
    private String writtenForm(IndexReader reader, String stem) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
        if (terms == null) {
            return null;
        }
        TermsEnum it = terms.iterator();
        if (it.seekCeil(new BytesRef(stem)) == TermsEnum.SeekStatus.END) {
            return null;
        }
        String best = null;
        int bestFreq = 0;
        int seen = 0;
        for (BytesRef term = it.term(); term != null && seen < MAX_SURFACE_FORMS; term = it.next(), seen++) {
            String word = term.utf8ToString();
            if (!word.startsWith(stem)) {
                break;
            }
            if (stem.equals(stemOf(word)) && it.docFreq() > bestFreq) {
                best = word;
                bestFreq = it.docFreq();
            }
        }
        return best;
    }

    private String stemOf(String word) {
        try (TokenStream ts = stemmer.tokenStream(Fields.TITLE, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
