package io.litindex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * The tokens of one text value analyzed once, by the exact chain with compound parts ({@link Analyzers#exact()}),
 * and replayed into every field that indexes the value: as they are for the vocabulary field, without the
 * compound parts for the exact title ({@link Analyzers#exactQuery()}), through the stop-word and stemming filters
 * for the stemmed fields ({@link Analyzers#text()}). Those chains differ only by what follows the shared part, so
 * each replay gives exactly the tokens, positions and offsets the field's own analyzer gives (AnalyzersTest
 * compares them over the shared lists), for one tokenization and one compound split instead of up to three.
 */
final class ValueTokens {
    /** The shared part of the chains: words exactly, lower-cased, accent-folded, with compound parts. */
    private static final Analyzer SHARED = Analyzers.exact();

    private String[] terms = new String[16];
    private int[] increments = new int[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] parts = new boolean[16];
    private int size;
    private int finalOffset;
    private int finalIncrement;
    private final String text;

    private ValueTokens(String text) {
        this.text = text;
    }

    /**
     * The value as written.
     *
     * @return the text these tokens come from
     */
    String text() {
        return text;
    }

    /**
     * Analyzes {@code text} once.
     *
     * @param field the field name passed to the analyzer (the shared chain does not depend on it)
     * @param text the value
     * @return its tokens, ready to be replayed into any number of fields of one document
     */
    static ValueTokens of(String field, String text) {
        ValueTokens v = new ValueTokens(text);
        try (TokenStream ts = SHARED.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                v.add(term.toString(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset(),
                        CompoundPartsFilter.PART_TYPE.equals(type.type()));
            }
            ts.end();
            v.finalOffset = offset.endOffset();
            v.finalIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a string never reads from anything that can fail
        }
        return v;
    }

    private void add(String term, int increment, int start, int end, boolean part) {
        if (size == terms.length) {
            int n = size * 2;
            terms = Arrays.copyOf(terms, n);
            increments = Arrays.copyOf(increments, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            parts = Arrays.copyOf(parts, n);
        }
        terms[size] = term;
        increments[size] = increment;
        starts[size] = start;
        ends[size] = end;
        parts[size] = part;
        size++;
    }

    /**
     * Adds this value's terms as the vocabulary field's analyzer gives them ({@link Analyzers#exact()}: words with
     * their compound parts) to {@code out}, as {@link Analyzers#terms} would, without analyzing the value again.
     *
     * @param out where the terms go
     * @param <C> the collection's type
     * @return {@code out}
     */
    <C extends java.util.Collection<String>> C addTerms(C out) {
        for (int i = 0; i < size; i++) {
            out.add(terms[i]);
        }
        return out;
    }

    /** Which tokens of a value a field indexes: the chain that follows the shared part of the field's analyzer. */
    enum Mode {
        /** As the vocabulary field's analyzer gives them ({@link Analyzers#exact()}). */
        EXACT_WITH_PARTS,
        /** As the exact title's analyzer gives them ({@link Analyzers#exactQuery()}): without compound parts. */
        EXACT,
        /** As the stemmed fields' analyzer gives them ({@link Analyzers#text()}): stop words dropped, stemmed. */
        STEMMED,
        /** Stemmed, each word counting a weight as its term frequency ({@link WeightFilter}): the weighted text. */
        WEIGHTED
    }

    /**
     * The tokens as the vocabulary field's analyzer gives them ({@link Analyzers#exact()}).
     *
     * @return a new token stream over this value
     */
    TokenStream exactWithParts() {
        return new Stream(Mode.EXACT_WITH_PARTS).of(this, 0);
    }

    /**
     * The tokens as the exact title's analyzer gives them ({@link Analyzers#exactQuery()}): without compound parts.
     *
     * @return a new token stream over this value
     */
    TokenStream exact() {
        return new Stream(Mode.EXACT).of(this, 0);
    }

    /**
     * The tokens as the stemmed fields' analyzer gives them ({@link Analyzers#text()}): stop words dropped, stemmed.
     *
     * @return a new token stream over this value
     */
    TokenStream stemmed() {
        return new Stream(Mode.STEMMED).of(this, 0);
    }

    /**
     * A field indexing this value's tokens as {@code mode} gives them, whose string value is the text as written
     * (a document sent to another engine carries the text, analyzed there). The index writer hands a field the
     * token stream it used for the field's previous value on the same thread; a replay takes that stream over
     * when it replays the same way, so that a thread builds each field's chain (attributes, stop and stem
     * filters) once, not once per value.
     *
     * @param name the field
     * @param mode which tokens it indexes
     * @param weight for {@link Mode#WEIGHTED}, how much each word counts (at least 1); else ignored
     * @param type the field's type
     * @return the field
     */
    Field field(String name, Mode mode, int weight, FieldType type) {
        return new Replayed(name, mode == Mode.WEIGHTED ? WeightFilter.value(weight, text) : text, type, this, mode, weight);
    }

    /** A field indexed from a value's recorded tokens, reusing the stream the writer last used for the field. */
    private static final class Replayed extends Field {
        private final ValueTokens value;
        private final Mode mode;
        private final int weight;

        Replayed(String name, String text, FieldType type, ValueTokens value, Mode mode, int weight) {
            super(name, text, type);
            this.value = value;
            this.mode = mode;
            this.weight = weight;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            Stream stream = reuse instanceof Stream s && s.mode == mode ? s : new Stream(mode);
            return stream.of(value, weight);
        }
    }

    /**
     * A replay and the filters that follow it for one {@link Mode}, built once and pointed at one value after
     * another; the writer consumes and closes each field's stream before it asks for the next.
     */
    private static final class Stream extends TokenFilter {
        private final Mode mode;
        private final Replay source;
        private final WeightFilter weights;

        Stream(Mode mode) {
            this(mode, new Replay(mode != Mode.EXACT));
        }

        private Stream(Mode mode, Replay source) {
            this(mode, source, chain(mode, source));
        }

        private Stream(Mode mode, Replay source, TokenStream chain) {
            super(chain);
            this.mode = mode;
            this.source = source;
            this.weights = chain instanceof WeightFilter w ? w : null;
        }

        private static TokenStream chain(Mode mode, Replay source) {
            return switch (mode) {
                case EXACT, EXACT_WITH_PARTS -> source;
                case STEMMED -> stem(source);
                case WEIGHTED -> new WeightFilter(stem(source), 1);
            };
        }

        private static TokenStream stem(TokenStream source) {
            return new PorterStemFilter(new StopFilter(source, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        }

        /** Points the stream at {@code value}; the writer resets it before reading. */
        Stream of(ValueTokens value, int weight) {
            source.value = value;
            if (weights != null) {
                weights.weight(weight);
            }
            return this;
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }
    }

    /** Replays the recorded tokens, with or without the compound parts (which sit at increment 0 on their word). */
    private static final class Replay extends TokenStream {
        private final boolean withParts;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private ValueTokens value;
        private int next;

        Replay(boolean withParts) {
            this.withParts = withParts;
        }

        @Override
        public boolean incrementToken() {
            ValueTokens v = value;
            while (next < v.size && !withParts && v.parts[next]) {
                next++;
            }
            if (next >= v.size) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(v.terms[next]);
            increment.setPositionIncrement(v.increments[next]);
            offset.setOffset(v.starts[next], v.ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(value.finalOffset, value.finalOffset);
            increment.setPositionIncrement(value.finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
