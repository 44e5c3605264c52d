package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.InvalidRequestException;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The time limit of a search: a search that runs out stops, keeps what it found and says so
 * ({@link SearchResult#partial()}); one that finishes in time is complete. A limit of one nanosecond
 * has always run out by the time scoring starts, so these tests never depend on how fast the machine is.
 */
class TimeLimitTest {
    private static final Duration RUN_OUT = Duration.ofNanos(1);
    private static Searcher searcher;

    @BeforeAll
    static void open() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            entries.add(Entry.builder("t" + i, "Remote sensing model " + i + " for visual grounding part" + i)
                    .venue(i % 2 == 0 ? "CVPR" : "arXiv")
                    .year(2020 + i % 5)
                    .build());
        }
        searcher = Searcher.inMemory(entries);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static SearchRequest.Builder request(String query) {
        return SearchRequest.builder().query(query).facet(Dimension.VENUE, Dimension.YEAR);
    }

    @Test
    void aSearchThatRunsOutSaysSoAndKeepsLessThanTheWholeAnswer() {
        SearchResult complete = searcher.search(request("remote grounding").build());
        assertFalse(complete.partial());
        assertEquals(3000, complete.total());
        assertEquals(10, complete.hits().size());
        assertEquals(1500, complete.facet(Dimension.VENUE).get(0).count());

        SearchResult cut = searcher.search(request("remote grounding").timeLimit(RUN_OUT).build());
        assertTrue(cut.partial());
        assertTrue(cut.total() < complete.total(), "partial total " + cut.total());
        assertEquals(cut.total(), cut.facet(Dimension.VENUE).stream().mapToLong(v -> v.count()).sum(),
                "the counts are those of the entries looked at");
    }

    @Test
    void aFilteredSearchThatRunsOutSaysSo() {
        SearchResult cut = searcher.search(request("grounding").year(2021).timeLimit(RUN_OUT).build());
        assertTrue(cut.partial());
        assertTrue(cut.total() < 600, "partial total " + cut.total());
        assertFalse(searcher.search(request("grounding").year(2021).build()).partial());
        assertEquals(600, searcher.search(request("grounding").year(2021).build()).total());
    }

    @Test
    void aPrefixThatRunsOutWhileEnumeratingTermsSaysSo() {
        // part* enumerates 3000 distinct terms through the reader that stops at the deadline
        SearchResult complete = searcher.search(request("part*").build());
        assertFalse(complete.partial());
        assertEquals(3000, complete.total());
        SearchResult cut = searcher.search(request("part*").timeLimit(RUN_OUT).build());
        assertTrue(cut.partial());
        assertTrue(cut.total() < 3000, "partial total " + cut.total());
    }

    @Test
    void aFuzzySecondSearchThatRunsOutSaysSoAndSuggestsNothing() {
        SearchResult complete = searcher.search(request("grundingg").build());
        assertTrue(complete.fuzzy(), "the misspelling is found by the fuzzy second search");
        assertEquals(3000, complete.total());
        assertEquals("grounding", complete.suggestion());
        // the search as typed finds nothing at once (no such word); the fuzzy one runs out
        SearchResult cut = searcher.search(request("grundingg").timeLimit(RUN_OUT).build());
        assertTrue(cut.fuzzy());
        assertTrue(cut.partial());
        assertTrue(cut.total() < 3000, "partial total " + cut.total());
        assertNull(cut.suggestion());
    }

    @Test
    void queriesThatEnumerateTermsAreTheOnesReadThroughTheStoppingReader() {
        Queries queries = new Queries(io.litindex.index.Schema.standard(), io.litindex.ingest.fields.Venues::standard, Synonyms.configured());
        assertTrue(Queries.expands(queries.plan("part*", false, 100).query()));
        assertTrue(Queries.expands(queries.plan("remote -part*", false, 100).query()));
        assertTrue(Queries.expands(queries.plan("grundingg", true, 100).query()));
        assertFalse(Queries.expands(queries.plan("remote \"visual grounding\"", false, 100).query()));
    }

    @Test
    void termEnumerationStopsOnceTheDeadlineOfTheSearchOnThisThreadHasPassed() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 100; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("f", "term" + i, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = new ExitableDirectoryReader(DirectoryReader.open(dir), Deadline.OF_THREAD)) {
                assertEquals(100, countTerms(reader), "no search on this thread: nothing stops");
                Deadline.CURRENT.set(new Deadline(RUN_OUT));
                try {
                    assertThrows(ExitableDirectoryReader.ExitingReaderException.class, () -> countTerms(reader));
                } finally {
                    Deadline.CURRENT.remove();
                }
                Deadline.CURRENT.set(new Deadline(Duration.ofHours(1)));
                try {
                    assertEquals(100, countTerms(reader), "a deadline not yet reached stops nothing");
                } finally {
                    Deadline.CURRENT.remove();
                }
            }
        }
    }

    private static int countTerms(DirectoryReader reader) throws java.io.IOException {
        TermsEnum terms = reader.leaves().get(0).reader().terms("f").iterator();
        int n = 0;
        while (terms.next() != null) {
            n++;
        }
        return n;
    }

    @Test
    void partialIsInTheJsonOnlyWhenTrue() throws Exception {
        JsonNode cut = JsonEntries.mapper().readTree(JsonEntries.toJson(searcher.search(request("remote").timeLimit(RUN_OUT).build())));
        assertTrue(cut.get("partial").asBoolean());
        JsonNode complete = JsonEntries.mapper().readTree(JsonEntries.toJson(searcher.search(request("remote").build())));
        assertFalse(complete.has("partial"));
    }

    @Test
    void theDefaultLimitIsTwoSecondsAndALimitMustBePositive() {
        assertEquals(Duration.ofSeconds(2), SearchRequest.of("x").timeLimit());
        InvalidRequestException zero = assertThrows(InvalidRequestException.class,
                () -> SearchRequest.builder().timeLimit(Duration.ZERO).build());
        assertEquals("invalid time limit 0 ms: must be more than 0", zero.getMessage());
        assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().timeLimit(Duration.ofMillis(-5)).build());
    }
}
