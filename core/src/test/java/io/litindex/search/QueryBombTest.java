package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.InvalidRequestException;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.Suggestion;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Query bombs at the library: each is answered, or refused with an {@link InvalidRequestException} of one line,
 * before the search spends work on it. How long the answered ones take is measured by {@code bench/query-bombs.sh},
 * not asserted here.
 */
class QueryBombTest {
    private static final Searcher SEARCHER = Searcher.bundled();

    @AfterAll
    static void close() throws Exception {
        SEARCHER.close();
    }

    static String words(int n, String separator, IntFunction<String> word) {
        StringJoiner joiner = new StringJoiner(separator);
        for (int i = 0; i < n; i++) {
            joiner.add(word.apply(i));
        }
        return joiner.toString();
    }

    /** A megabyte of random words of letters and digits. */
    static String megabyte() {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20) - 12) {
            sb.append("abcdefghij".substring(random.nextInt(5))).append(random.nextInt(1000)).append(' ');
        }
        return sb.append("x".repeat((1 << 20) - sb.length())).toString();
    }

    /**
     * A search that must be answered in full: with a minute's time limit, so that a loaded machine cannot make the
     * answer partial at the 2 s default; what a bomb costs is the bench's measure, not this test's.
     */
    private static SearchResult search(String query) {
        SearchResult result = SEARCHER.search(SearchRequest.builder().query(query).limit(10).timeLimit(java.time.Duration.ofMinutes(1)).build());
        org.junit.jupiter.api.Assertions.assertFalse(result.partial(), query);
        return result;
    }

    private static void refused(String query, String message) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> search(query));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static final String TOO_MANY_WORDS = "query too long: more than 64 words; litindex searches queries of up to 64 words "
            + "(a phrase or a field's value counts its words)";

    @Test
    void tenThousandTermsAreRefusedBeforeAnyWork() {
        refused(words(10_000, " ", i -> "word" + i), "query too long: 88,889 characters; litindex searches queries of up to 2,000");
        refused(words(10_000, " ", i -> "a"), "query too long: 19,999 characters; litindex searches queries of up to 2,000");
        // under 2,000 characters, more than 64 words
        refused(words(300, " ", i -> "w" + i), TOO_MANY_WORDS);
        refused(words(300, " ", i -> "grounding").substring(0, 1_999), TOO_MANY_WORDS);
        // catalog words with synonyms: the synonym graph of a run this long escaped as an IllegalArgumentException
        refused(words(60, " ", i -> "remote sensing vision language model").substring(0, 1_999), TOO_MANY_WORDS);
        refused(words(200, " OR ", i -> "w" + i), TOO_MANY_WORDS);
        refused(words(300, " ", i -> "-w" + i), TOO_MANY_WORDS);
        refused("\"" + words(100, " ", i -> "w" + i) + "\"", TOO_MANY_WORDS);
        refused(words(100, " ", i -> "year:2024"), TOO_MANY_WORDS);
        // one typed word that the analyzers split into hundreds: "rs-rs-rs-…", Chinese characters
        refused("rs-".repeat(600), TOO_MANY_WORDS);
        refused("遥感".repeat(100), TOO_MANY_WORDS);
    }

    @Test
    void sixtyFourWordsAreSearched() {
        SearchResult many = search(words(64, " ", i -> List.of("vqa", "rs", "mllm", "lvlm", "grounding", "clip", "agents", "sar").get(i % 8)));
        assertTrue(many.total() > 20, "a query of the catalog's words and acronyms at the limit finds most entries: " + many.total());
        assertEquals(search("grounding").total(), search(words(64, " ", i -> "grounding")).total());
    }

    @Test
    void aOneMegabyteQueryIsRefusedBeforeAnyWork() {
        refused(megabyte(), "query too long: 1,048,576 characters; litindex searches queries of up to 2,000");
        refused("x".repeat(1 << 20), "query too long: 1,048,576 characters; litindex searches queries of up to 2,000");
        refused("\"".repeat(1 << 20), "query too long: 1,048,576 characters; litindex searches queries of up to 2,000");
    }

    @Test
    void deeplyNestedParenthesesAreIgnored() {
        SearchResult plain = search("grounding");
        SearchResult nested = search("(".repeat(990) + "grounding" + ")".repeat(990));
        assertEquals(ids(plain), ids(nested));
        assertEquals(plain.total(), nested.total());
        assertEquals(ids(plain), ids(search("(".repeat(1_990) + "grounding")));
        assertEquals(ids(search("visual grounding")), ids(search("((visual) ((((grounding)))))")));
        refused("(".repeat(100_000) + "grounding" + ")".repeat(100_000),
                "query too long: 200,009 characters; litindex searches queries of up to 2,000");
    }

    @Test
    void manyWildcardsAreSearchedUpToTheWordLimit() {
        SearchResult sky = search(words(64, " ", i -> "sky*"));
        assertEquals(ids(search("sky*")), ids(sky));
        SearchResult prefixes = search(words(64, " ", i -> (char) ('a' + i / 8 % 26) + "" + (char) ('a' + i % 26) + "*"));
        assertTrue(prefixes.total() > 0);
        refused(words(65, " ", i -> "sky*"), TOO_MANY_WORDS);
        refused(words(300, " ", i -> "a" + i + "*"), TOO_MANY_WORDS);
        refused("*sky", "leading wildcards are not supported: '*sky' (a prefix like 'sky*' is)");
    }

    @Test
    void aPrefixLongerThanFiftyCharactersIsRefusedWithOneLine() {
        // found by QueryFuzzTest at scale 10: Lucene refuses the automaton of a prefix of a thousand bytes
        String most = " is too long: a prefix* may have at most 50 characters (search for the whole word without '*')";
        refused("遥".repeat(333) + "sky*", "prefix of 336 characters" + most);
        refused("title:" + "x".repeat(51) + "*", "prefix of 51 characters" + most);
        assertEquals(0, search("遥".repeat(50) + "*").total(), "fifty characters are searched");
    }

    @Test
    void longFuzzyWordsAreAnswered() {
        // "word~" is no syntax here: the tilde is punctuation, so grounding~2 searches grounding and 2
        assertEquals("2311.15826", ids(search("grounding~")).get(0));
        assertEquals("2311.15826", ids(search("grounding~2")).get(0));
        // misspellings are searched again allowing one or two wrong letters per word (the first 8 words of up to 20 letters)
        SearchResult misspelled = search("grouding sensng visoin langage mdoel");
        assertTrue(misspelled.fuzzy());
        assertTrue(misspelled.total() > 0);
        SearchResult longWords = search(words(8, " ", i -> "qwertyuiopasdfghjkl" + (char) ('a' + i)));
        assertTrue(longWords.fuzzy(), "nothing matched as typed, so the words were searched again fuzzily");
        SearchResult longest = search(words(45, " ", i -> "groundinggroundinggroundinggrounding" + i));
        assertEquals(0, longest.total(), "words longer than 20 letters are never matched fuzzily");
    }

    @Test
    void highlightsOfAnsweredBombsAreEscapedHtml() {
        for (Hit hit : search("(((" + words(50, " ", i -> "remote") + " <script>alert(1)</script> & \"x\")))").hits()) {
            hit.highlightsHtml().values().forEach(html -> assertFalse(html.replace("<mark>", "").replace("</mark>", "").contains("<"), html));
        }
    }

    @Test
    void autocompleteRefusesBombsAndCompletesWhatPeopleType() {
        String message = "text to complete too long: litindex completes up to 64 words and 2000 characters";
        for (String bomb : new String[] {words(10_000, " ", i -> "sky" + i), megabyte(), words(65, " ", i -> "geo")}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> SEARCHER.suggest(bomb, 10));
            assertEquals(message, e.getMessage());
        }
        Suggestion first = SEARCHER.suggest("skyeye", 10).get(0);
        assertEquals("SkyEyeGPT", first.text());
        assertEquals("2401.09712", first.id());
    }
}
