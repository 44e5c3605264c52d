package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.InvalidRequestException;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.QuerySyntax.Clause;
import io.litindex.search.QuerySyntax.FieldValue;
import io.litindex.search.QuerySyntax.Phrase;
import io.litindex.search.QuerySyntax.Prefix;
import io.litindex.search.QuerySyntax.Word;
import io.litindex.search.QuerySyntax.Words;
import io.litindex.testing.Bounded;
import io.litindex.testing.FuzzTries;
import io.litindex.testing.Mutations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The query parser and the whole search fed the real queries (the judged ones, the catalog's titles, the README's
 * examples) mutated, and text of the syntax's own characters, odd Unicode and long runs. A query parses (within the
 * length and word limits, every word where the query has it) or is refused with one line; a search answers (a
 * consistent page, facets, highlights that are escaped HTML of the entry's text) or is refused with one line; nothing
 * else is thrown, and a search's work stays within a bound (bytes allocated).
 */
@AddLifecycleHook(FuzzTries.class)
class QueryFuzzTest {
    /** The most a search of the bundled catalog may allocate: about ten times what the costliest generated query takes. */
    static final long MAX_SEARCH_BYTES = 512L << 20;
    private static final Searcher SEARCHER = Searcher.bundled();
    private static final List<String> REAL = real();

    private static List<String> real() {
        List<String> out = new ArrayList<>(Judgments.bundled().grades().keySet());
        Catalog.bundledEntries().stream().map(Entry::title).forEach(out::add);
        out.addAll(List.of("visual grounding", "\"vision-language model\"", "clip -dataset", "grounding OR vqa", "title:clip",
                "author:zhan", "author:\"X. X. Zhu\"", "venue:TGRS", "section:survey", "kind:dataset", "year:2024", "year:2023..2024",
                "year:2023..", "sky*", "author:zh*", "venue:ICLR OR venue:T-GRS", "the", "*sky", "/ab+c/", "a*", "year:20x4"));
        return out;
    }

    @AfterContainer
    static void close() throws Exception {
        SEARCHER.close();
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> mutated = Arbitraries.of(REAL).flatMap(q -> Mutations.mutations(6, 700).map(m -> Mutations.apply(q, m)));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("\"", "-", "*", " OR ", "(", ")", ":", " ", "/", "title:", "author:", "venue:", "year:",
                        "section:", "kind:", "..", "~", "~2", "^2", "\\", "&&", "||", "!", "?", "[", "]", "{", "}", "\u201C", "\u2212")),
                Tuple.of(3, Arbitraries.of(REAL)),
                Tuple.of(2, Mutations.oddText()),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(10)),
                Tuple.of(1, Arbitraries.of("a ", "rs-", "遥", "(", "\"", "x", "sky* ", "-w ", "grounding ")
                        .flatMap(p -> Arbitraries.integers().between(10, 1_200).map(p::repeat))));
        Arbitrary<String> built = piece.list().ofMaxSize(12).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(Tuple.of(1, mutated), Tuple.of(1, built));
    }

    @Property(tries = 1000)
    void anyQueryParsesWithinTheLimitsOrIsRefusedWithOneLine(@ForAll("queries") String query) {
        try {
            QuerySyntax.Parsed parsed = QuerySyntax.parse(query);
            assertTrue(query.length() <= QuerySyntax.MAX_LENGTH, "a query longer than the limit was parsed");
            int words = Stream.concat(parsed.positive().stream(), parsed.excluded().stream()).mapToInt(QueryFuzzTest::words).sum();
            assertTrue(words <= QuerySyntax.MAX_WORDS, words + " words were parsed: " + Mutations.show(query));
            Stream.concat(parsed.positive().stream(), parsed.excluded().stream()).forEach(c -> checkClause(c, query));
            Statistics.label("outcome").collect("parsed");
        } catch (InvalidRequestException e) {
            oneLine(e);
            Statistics.label("outcome").collect(e.getMessage().startsWith("query too long") ? "too long" : "refused");
        }
    }

    @Property(tries = 200)
    void anySearchAnswersOrIsRefusedWithOneLine(@ForAll("queries") String query) throws Exception {
        SearchRequest request = SearchRequest.builder().query(query).limit(5).facet(Dimension.VENUE, Dimension.YEAR).build();
        try {
            Bounded.Outcome<SearchResult> searched = Bounded.call(() -> SEARCHER.search(request));
            assertTrue(searched.allocatedBytes() <= MAX_SEARCH_BYTES, "the search allocated " + searched.allocatedBytes() + " bytes");
            Statistics.label("bytes allocated by a search").collect(searched.allocatedBytes() < (8 << 20) ? "under 8 MB"
                    : searched.allocatedBytes() < (64 << 20) ? "8 to 64 MB" : "64 MB or more");
            SearchResult result = searched.value();
            assertTrue(result.total() >= 0 && result.total() <= SEARCHER.size(), "total " + result.total());
            assertEquals(Math.min(5, result.total()), result.hits().size(), "a full first page");
            assertEquals(List.of("venue", "year"), new ArrayList<>(result.facets().keySet()));
            for (Hit hit : result.hits()) {
                for (Map.Entry<String, String> html : hit.highlightsHtml().entrySet()) {
                    HighlightEscapingTest.checkEscaped(html.getValue(), html.getKey().equals("title") ? hit.entry().title() : hit.entry().note());
                }
            }
            Statistics.label("outcome").collect(result.fuzzy() ? "answered fuzzily" : result.total() > 0 ? "answered" : "nothing found");
        } catch (InvalidRequestException e) {
            oneLine(e);
            Statistics.label("outcome").collect("refused");
        }
    }

    private static void oneLine(InvalidRequestException e) {
        assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
    }

    private static int words(Clause clause) {
        if (clause instanceof Words w) {
            return w.words().stream().mapToInt(word -> QuerySyntax.wordsIn(word.text())).sum();
        }
        if (clause instanceof Phrase p) {
            return QuerySyntax.wordsIn(p.text());
        }
        if (clause instanceof FieldValue f) {
            return QuerySyntax.wordsIn(f.value());
        }
        if (clause instanceof QuerySyntax.AnyOf any) {
            return any.options().stream().mapToInt(QueryFuzzTest::words).sum();
        }
        return 1;
    }

    /** Every plain word is where the query has it; phrases and prefixes are not empty. */
    private static void checkClause(Clause clause, String query) {
        if (clause instanceof Words w) {
            for (Word word : w.words()) {
                assertTrue(query.startsWith(word.text(), word.start()), "'" + word.text() + "' at " + word.start() + " of " + Mutations.show(query));
            }
        } else if (clause instanceof Phrase p) {
            assertFalse(p.text().isBlank());
        } else if (clause instanceof Prefix p) {
            assertTrue(p.text().codePointCount(0, p.text().length()) >= 2, p.text());
        } else if (clause instanceof QuerySyntax.AnyOf any) {
            any.options().forEach(o -> checkClause(o, query));
        }
    }
}
