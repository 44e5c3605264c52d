package io.litindex.search;

import io.litindex.index.Acronyms;
import io.litindex.index.Fields;
import io.litindex.search.Queries.QueryWord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
     * when the word is known (a correctly spelled word is never changed) or too short to correct.
     */
    List<String> corrections(QueryWord w) throws IOException {
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
        return out;
    }

    /** Whether some field holds the word (stop words and years count as known). */
    boolean known(QueryWord w) {
        try {
            return Spelling.known(reader, w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many entries hold the word exactly, in any field. */
    int docFreq(String exact) throws IOException {
        return reader.docFreq(new Term(Fields.WORDS, exact));
    }

    /**
     * The word as two words of the vocabulary ("superresolution" → super, resolution), when the index holds
     * both parts at least as often as the whole: the split that keeps the rarer part most common; null when none.
     */
    String[] split(String exact) throws IOException {
        int n = exact.length();
        if (n < 2 * MIN_PART || n > Queries.MAX_FUZZY_LENGTH || !isWord(exact)) {
            return null;
        }
        int whole = docFreq(exact);
        String[] best = null;
        int bestFreq = Math.max(whole, 1) - 1;
        for (int i = MIN_PART; i <= n - MIN_PART; i++) {
            String a = exact.substring(0, i);
            int fa = docFreq(a);
            if (fa <= bestFreq) {
                continue;
            }
            String b = exact.substring(i);
            int fb = docFreq(b);
            int min = Math.min(fa, fb);
            if (min > bestFreq) {
                bestFreq = min;
                best = new String[] {a, b};
            }
        }
        return best;
    }

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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -freqs.get(i)).thenComparing(forms::get));
        List<String> out = new ArrayList<>();
        for (int i : order) {
            if (out.size() < MAX_DEFINITIONS && !out.contains(forms.get(i))) {
                out.add(forms.get(i));
            }
        }
        return out;
    }

    /** Whether some title has a run of words with these initials. */
    boolean hasInitials(String initials) throws IOException {
        return reader.docFreq(new Term(Fields.INITIALS, initials)) > 0;
    }

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
