package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import io.litindex.testing.FuzzTries;
import io.litindex.testing.Mutations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Hits carry their highlights as HTML ({@link Hit#highlightsHtml()}): the entry's text escaped, matches in
 * {@code <mark>}. Over titles and notes full of markup ({@code <script>}, {@code &}, quotes, a literal
 * {@code <mark>}, tags cut in two by a match), the HTML with its mark tags removed and its entities unescaped is
 * exactly the field's text, it holds no '&lt;' or '&gt;' but those of the mark tags, and each mark holds a word the
 * query looked for.
 */
@AddLifecycleHook(FuzzTries.class)
class HighlightEscapingTest {
    /** Words the query looks for: no synonyms, and no letters the filler could spell them with. */
    private static final List<String> WORDS = List.of("harbor", "glacier", "wetland", "orchard", "volcano");
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

    /** Text around the words: markup and HTML's special characters, and letters and scripts that spell no word of {@link #WORDS}. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(WORDS)),
                Tuple.of(2, Arbitraries.of(WORDS).map(w -> w.toUpperCase(Locale.ROOT))),
                Tuple.of(6, Arbitraries.of("<script>", "</script>", "<b>", "</b>", "<mark>", "</mark>", "&", "&amp;", "&lt;", "&#x27;",
                        "\"", "'", "<", ">", "<!--", "-->", "<br>", "**", "`", "<a href=\"x\" onclick='y'>", "</a>", "=", "/")),
                Tuple.of(4, Arbitraries.of(" ", " ", "  ", "\t", "-", ":", ",")),
                Tuple.of(3, Arbitraries.strings().withChars("xyzqXYZQ0123456789λж遥感é").ofMinLength(1).ofMaxLength(6)),
                // no NUL: readers never give an entry one (they read it as U+FFFD), and the highlighter takes it for the end of a value
                Tuple.of(1, Arbitraries.of("😀", "𝐓𝐢𝐭𝐥𝐞", "\u00A0", "\u2028", "\u0001", "\u202E", "\uFFFD")));
        return piece.list().ofMinSize(1).ofMaxSize(24).map(l -> String.join("", l)).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        return Arbitraries.integers().between(1, 12).flatMap(n -> texts().list().ofSize(2 * n).map(texts -> {
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(Entry.builder("e" + i, texts.get(2 * i)).note(i % 3 == 2 ? null : texts.get(2 * i + 1)).build());
            }
            return out;
        }));
    }

    @Property(tries = 100)
    void highlightsEscapeTheEntrysTextAndMarkOnlyMatches(@ForAll("entries") List<Entry> entries) throws Exception {
        try (Searcher searcher = Searcher.inMemory(entries)) {
            for (String query : List.of("harbor", "glacier wetland", "\"orchard\"", "volcano harbor glacier", "title:wetland", "orch*")) {
                SearchResult result = searcher.search(FullRequests.builder().query(query).limit(SearchRequest.MAX_LIMIT).build());
                for (Hit hit : result.hits()) {
                    for (Map.Entry<String, String> field : hit.highlightsHtml().entrySet()) {
                        String text = field.getKey().equals("title") ? hit.entry().title() : hit.entry().note();
                        checkHtml(field.getValue(), text, query);
                        Statistics.label("highlighted fields").collect(field.getKey());
                    }
                }
            }
        }
    }

    private static void checkHtml(String html, String text, String query) {
        checkEscaped(html, text);
        Matcher marks = MARK.matcher(html);
        while (marks.find()) {
            String marked = unescape(marks.group(1)).toLowerCase(Locale.ROOT);
            assertTrue(WORDS.stream().anyMatch(w -> marked.contains(w) && query.contains(w.substring(0, 4))),
                    "'" + marked + "' is marked but the query '" + query + "' does not look for it: " + html);
            Statistics.label("marks").collect("mark");
        }
    }

    /**
     * Checks that {@code html} is {@code text} escaped with matches in {@code <mark>}: no raw '&lt;', '&gt;', quote or
     * '&amp;' but in the mark tags and entities, mark tags that neither nest nor stay open, and the text itself once the
     * tags are removed and the entities unescaped.
     */
    static void checkEscaped(String html, String text) {
        String bare = html.replace("<mark>", "").replace("</mark>", "");
        assertFalse(bare.contains("<") || bare.contains(">"), "a raw '<' or '>' besides the mark tags: " + html);
        assertFalse(bare.contains("\"") || bare.contains("'"), "a raw quote: " + html);
        assertFalse(RAW_AMPERSAND.matcher(bare).find(), "a raw '&': " + html);
        assertEquals(Mutations.show(text.strip()), Mutations.show(unescape(bare)), "the HTML unescaped is the field's text");
        int depth = 0;
        for (Matcher tag = MARK_TAG.matcher(html); tag.find(); ) {
            depth += tag.group().equals("<mark>") ? 1 : -1;
            assertTrue(depth == 0 || depth == 1, "mark tags neither nest nor close unopened: " + html);
        }
        assertEquals(0, depth, "every mark is closed: " + html);
    }

    private static final Pattern RAW_AMPERSAND = Pattern.compile("&(?!(?:lt|gt|amp|quot|#x27);)");
    private static final Pattern MARK_TAG = Pattern.compile("</?mark>");

    /** The five entities the highlighter writes, back to their characters ('&amp;' last). */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
