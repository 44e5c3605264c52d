package io.litindex.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Gives every token of a value the weight its first token names, as its term frequency: the stemmed text of
 * several fields indexed as one field ({@link Fields#TEXT}) where a title word counts as its field's weight, so
 * that plain BM25 on that field is the fields' BM25F (frequencies and lengths counted by weight).
 *
 * <p>A value is written {@code weight|text} ({@link #value}); the weight, a whole number, is read from the
 * first token and left out. A token stacked on the one before it (a compound part, position increment 0) is
 * emitted {@code weight} times with frequency 1 instead: Lucene adds each token's frequency to the field's
 * length and leaves stacked tokens out of the norm one by one, so the norm is the weighted length of the
 * unstacked tokens, as each field's own norm leaves its stacked tokens out. Index-time only (frequencies need
 * a field indexed without positions).
 */
final class WeightFilter extends TokenFilter {
    /** Separates a value's weight from its text. */
    static final char SEPARATOR = '|';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private int weight;
    private int repeats;
    private State stacked;
    /** The weight of every value, or 0 when each value names its own. */
    private int fixed;

    WeightFilter(TokenStream input) {
        super(input);
    }

    /**
     * Gives every token of {@code input} the weight {@code weight}: for a value analyzed already
     * ({@link ValueTokens#stemmed()}), without the {@code weight|} prefix.
     *
     * @param input the stemmed tokens of one value
     * @param weight how much each of its words counts, at least 1
     */
    WeightFilter(TokenStream input, int weight) {
        super(input);
        if (weight < 1) {
            throw new IllegalArgumentException("weight < 1: " + weight);
        }
        this.fixed = weight;
    }

    /**
     * A value of the weighted field.
     *
     * @param weight how much each of its words counts, at least 1
     * @param text the text, analyzed as the stemmed fields are
     * @return {@code weight|text}
     */
    static String value(int weight, String text) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight < 1: " + weight);
        }
        return weight + String.valueOf(SEPARATOR) + text;
    }

    /**
     * Sets the weight of the next value this filter reads (from its next {@link #reset()}), for a stream
     * replayed value after value.
     *
     * @param weight how much each word counts, at least 1
     */
    void weight(int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight < 1: " + weight);
        }
        this.fixed = weight;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (repeats > 0) {
            repeats--;
            restoreState(stacked);
            return true;
        }
        if (weight == 0) {
            if (!input.incrementToken()) {
                return false;
            }
            weight = weightOf(term);
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (position.getPositionIncrement() == 0) {
            frequency.setTermFrequency(1);
            if (weight > 1) {
                stacked = captureState();
                repeats = weight - 1;
            }
        } else {
            frequency.setTermFrequency(weight);
        }
        return true;
    }

    private static int weightOf(CharTermAttribute term) {
        int w = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < '0' || c > '9' || w > 1000) {
                throw new IllegalArgumentException("a value of the weighted text must start with its weight (weight|text): " + term);
            }
            w = w * 10 + (c - '0');
        }
        if (w < 1) {
            throw new IllegalArgumentException("a value of the weighted text must start with its weight (weight|text): " + term);
        }
        return w;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        weight = fixed;
        repeats = 0;
        stacked = null;
    }
}
