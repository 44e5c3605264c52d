package io.litindex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a text, as the index holds them. */
public final class Tokens {
    private Tokens() {}

    /**
     * Adds the terms of {@code text}, analyzed as {@code field} is, to {@code out}.
     *
     * @param analyzer the analyzer
     * @param field the field whose analysis applies
     * @param text the text
     * @param out where the terms go
     * @param <C> the collection's type
     * @return {@code out}
     */
    public static <C extends Collection<String>> C of(Analyzer analyzer, String field, String text, C out) {
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
