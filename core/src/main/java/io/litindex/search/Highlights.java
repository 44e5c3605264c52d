package io.litindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted text in the two forms hits carry: plain text with {@code **match**} markers, and HTML in
 * which the entry's own text is escaped and matches are wrapped in {@code <mark>}.
 */
record Highlights(String plain, String html) {
    static final String PLAIN_OPEN = "**";
    static final String PLAIN_CLOSE = "**";

    /**
     * Highlights whole field texts as hits carry them (the whole text, one passage, no text when nothing matches),
     * the texts given by {@code textOf} (document, field) instead of read from stored fields.
     *
     * @return per field, one {@link Highlights} (or null) per document, in the order of {@code docs}
     */
    static Map<String, Object[]> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, String[] fields, int[] docs,
            BiFunction<Integer, String, CharSequence> textOf) throws IOException {
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        return new GivenTexts(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Formatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0), textOf).highlight(fields, query, docs, passages);
    }

    /** The UnifiedHighlighter over texts given per document and field. */
    private static final class GivenTexts extends UnifiedHighlighter {
        private final BiFunction<Integer, String, CharSequence> textOf;

        GivenTexts(UnifiedHighlighter.Builder builder, BiFunction<Integer, String, CharSequence> textOf) {
            super(builder);
            this.textOf = textOf;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    values[f] = textOf.apply(doc, fields[f]);
                }
                out.add(values);
            }
            return out;
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }

    /** A formatter for the UnifiedHighlighter that renders both forms at once from the matched offsets. */
    static final class Formatter extends PassageFormatter {
        private static final String ELLIPSIS = "… ";

        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder plain = new StringBuilder();
            StringBuilder html = new StringBuilder();
            int last = 0;
            for (Passage passage : passages) {
                if (passage.getStartOffset() > last && last > 0) {
                    plain.append(ELLIPSIS);
                    html.append(ELLIPSIS);
                }
                int pos = passage.getStartOffset();
                for (int[] match : merged(passage)) {
                    if (match[0] < pos) {
                        continue;
                    }
                    appendBoth(plain, html, content, pos, match[0]);
                    plain.append(PLAIN_OPEN).append(content, match[0], match[1]).append(PLAIN_CLOSE);
                    html.append("<mark>");
                    escape(html, content, match[0], match[1]);
                    html.append("</mark>");
                    pos = match[1];
                }
                appendBoth(plain, html, content, pos, passage.getEndOffset());
                last = passage.getEndOffset();
            }
            return new Highlights(plain.toString().strip(), html.toString().strip());
        }

        /** Matches of a passage as [start, end) pairs, overlapping or touching ones joined. */
        private static List<int[]> merged(Passage passage) {
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (!out.isEmpty() && start <= out.get(out.size() - 1)[1]) {
                    int[] prev = out.get(out.size() - 1);
                    prev[1] = Math.max(prev[1], end);
                } else {
                    out.add(new int[] {start, end});
                }
            }
            return out;
        }

        private static void appendBoth(StringBuilder plain, StringBuilder html, String content, int from, int to) {
            if (to > from) {
                plain.append(content, from, to);
                escape(html, content, from, to);
            }
        }

        static void escape(StringBuilder out, String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#x27;");
                    default -> out.append(c);
                }
            }
        }
    }
}
