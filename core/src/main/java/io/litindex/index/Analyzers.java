package io.litindex.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of litindex's text fields, for indexing and for queries. Index-time analyzers stack the
 * parts of compound names (SkyEyeGPT → sky, eye, gpt, skyeye …) on each word; query-time analyzers take
 * the words as typed, so a query for SkyEyeGPT means SkyEyeGPT and a query for skyeye finds it too.
 */
public final class Analyzers {
    /** Positions between the values of a multi-valued field, so that no phrase spans two of them. */
    static final int VALUE_GAP = 100;

    private Analyzers() {}

    /**
     * English text for indexing: Greek letters spelled in Latin (π0 = pi0), lower-cased, accents folded (Lüddecke = Luddecke), stop words dropped,
     * Porter-stemmed, compound names also indexed by their parts.
     *
     * @return a new analyzer
     */
    public static Analyzer text() {
        return new Chain(true, true, true);
    }

    /**
     * English text for queries: as {@link #text()} without compound parts.
     *
     * @return a new analyzer
     */
    public static Analyzer textQuery() {
        return new Chain(false, true, true);
    }

    /**
     * English text for queries, with {@code synonyms} applied after stemming (the rules are parsed with
     * {@link #textQuery()}, so "VLMs" meets the rule for "vlm"); multi-word synonyms form a token graph.
     *
     * @param synonyms the parsed rules; null or empty means none
     * @return a new analyzer, as {@link #textQuery()} when there is no rule
     */
    public static Analyzer textQuery(SynonymMap synonyms) {
        if (synonyms == null || synonyms.fst == null) {
            return textQuery();
        }
        return new Chain(false, true, true) {
            @Override
            TokenStream finish(TokenStream stream) {
                return new SynonymGraphFilter(stream, synonyms, true);
            }
        };
    }

    /**
     * The weighted text ({@link Fields#TEXT}) for indexing: as {@link #text()}, each value's words given the
     * weight its first token names as their term frequency ({@link WeightFilter}).
     *
     * @return a new analyzer
     */
    public static Analyzer weightedText() {
        return new Chain(true, true, true) {
            @Override
            TokenStream finish(TokenStream stream) {
                return new WeightFilter(stream);
            }
        };
    }

    /**
     * Exact words for indexing: lower-cased and accent-folded, never stemmed, stop words kept, compound parts added.
     *
     * @return a new analyzer
     */
    public static Analyzer exact() {
        return new Chain(true, false, false);
    }

    /**
     * Exact words for queries: as {@link #exact()} without compound parts.
     *
     * @return a new analyzer
     */
    public static Analyzer exactQuery() {
        return new Chain(false, false, false);
    }

    /**
     * Names: lower-cased and accent-folded, never stemmed (Zhan must not match Zhang), split at periods
     * too, so that "H.Conghui" and "X. X. Zhu" are found by their surnames.
     *
     * @return a new analyzer
     */
    public static Analyzer names() {
        NormalizeCharMap.Builder periods = new NormalizeCharMap.Builder();
        periods.add(".", " ");
        NormalizeCharMap map = periods.build();
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(map, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /**
     * The index-time analyzer of every field: names for authors and venue; the title's words exactly as
     * written (no compound parts: a whole word counts more than a part of one); exact words with compound
     * parts for the vocabulary field and the owners; English text with compound parts for the rest.
     *
     * @return a new per-field analyzer
     */
    public static Analyzer perField() {
        Analyzer names = names();
        return new PerFieldAnalyzerWrapper(text(), Map.of(
                Fields.AUTHORS, names,
                Fields.VENUE, names,
                Fields.TITLE_EXACT, exactQuery(),
                Fields.TEXT, weightedText(),
                Fields.WORDS, exact(),
                Fields.OWNERS, exact(),
                Fields.LINK_WORDS, exactQuery()));
    }

    /** Greek letters spelled in Latin before the words are found ({@link GreekLetters}). */
    private static final NormalizeCharMap GREEK = GreekLetters.charMap();

    /** Greek letters spelled in Latin, StandardTokenizer, possessives dropped, compound parts (optional), lower case, ASCII folding, stop words and stemming (optional). */
    private static class Chain extends Analyzer {
        private final boolean parts;
        private final boolean stopWords;
        private final boolean stem;

        Chain(boolean parts, boolean stopWords, boolean stem) {
            this.parts = parts;
            this.stopWords = stopWords;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            if (parts) {
                stream = new CompoundPartsFilter(stream);
            }
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (stopWords) {
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            }
            if (stem) {
                stream = new PorterStemFilter(stream);
            }
            return new TokenStreamComponents(source, finish(stream));
        }

        TokenStream finish(TokenStream stream) {
            return stream;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(GREEK, reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new MappingCharFilter(GREEK, reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }

    /**
     * Adds the terms an analyzer makes of {@code text}, analyzed as {@code field} is (as the index holds them), to
     * {@code out}.
     *
     * @param analyzer the analyzer
     * @param field the field whose analysis applies
     * @param text the text
     * @param out where the terms go
     * @param <C> the collection's type
     * @return {@code out}
     */
    public static <C extends Collection<String>> C terms(Analyzer analyzer, String field, String text, C out) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
