package io.litindex.ingest;

import io.litindex.ingest.fields.Authors;
import io.litindex.ingest.fields.EntryLimits;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.search.Searcher;
import io.litindex.testing.FullRequests;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Inputs the fuzz tests ({@link io.litindex.ingest.markdown.MarkdownFuzzTest}) found the reader mishandling, each kept as an example. */
class ReaderLimitsTest {
    /** A piece started at a table's header row that was indented as a paragraph's continuation, and read it as code. */
    @Test
    void aTableHeaderIndentedUnderAParagraphReadsTheSameInPieces() {
        String text = "|\n    | **Title** | Venue |\n|---|---|\n| [**A Paper**](https://arxiv.org/abs/2401.00001) | CVPR |";
        ImportResult whole = new MarkdownListReader().read("m.md", text);
        assertEquals(List.of("A Paper"), whole.entries().stream().map(Entry::title).collect(Collectors.toList()));
        for (int pieceChars = 1; pieceChars < text.length(); pieceChars++) {
            assertEquals(whole.entries(), new MarkdownListReader(Venues.standard(), pieceChars).read("m.md", text).entries(),
                    "pieces of " + pieceChars);
        }
    }

    /**
     * An author cell of thousands of characters without a comma made an author name longer than Lucene takes as a facet
     * label, and the list could not be indexed; so could a heading run on for pages, or a DOI link of 40,000 characters.
     */
    @Test
    void namesHeadingsAndIdsTooLongToIndexAreLeftOutOrShortenedAndReported() throws Exception {
        String author = "](".repeat(4_100);
        String heading = "Section ".repeat(200);
        String doi = "https://doi.org/10.1234/" + "x".repeat(40_000);
        String text = "## " + heading + "\n| Title | Authors | Venue |\n|---|---|---|\n"
                + "| [**A Paper**](" + doi + ") | Y. Zhan, " + author + " | " + "CVPR ".repeat(100) + "|\n";
        ImportResult result = new MarkdownListReader().read("m.md", text);
        Entry e = result.entries().get(0);
        assertEquals("a-paper", e.id());
        assertEquals(List.of("Y. Zhan"), e.authors());
        assertEquals(null, e.venue());
        assertEquals(EntryLimits.MAX_SECTION, e.sections().get(0).length());
        assertEquals(List.of("m.md:4: error: id of 40,008 characters is too long; the entry's id is 'a-paper'",
                "m.md:4: error: author name of 8,200 characters ('](](](](](](](](](](](](](](](](](](](](](](](](](](](](](]…') is not a name; left out",
                "m.md:4: error: venue of 499 characters ('CVPR CVPR CVPR CVPR CVPR CVPR CVPR CVPR CVPR CVPR CVPR CVPR…') is not a venue; left out",
                "m.md:4: error: section path of 1,599 characters shortened to 500"),
                result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
        try (Searcher searcher = Searcher.inMemory(result.entries())) {
            assertEquals(1, searcher.size());
        }
    }

    /** The same limits hold for entries read from JSON, whoever wrote them. */
    @Test
    void jsonEntriesTooLongToIndexAreFittedAndReported() throws Exception {
        String json = "{\"id\": \"" + "i".repeat(300) + "\", \"title\": \"A Paper\", \"authors\": [\"" + "a".repeat(9_000)
                + "\", \"X. Zhu\"], \"sections\": [\"" + "s".repeat(9_000) + "\"]}\n";
        ImportResult result = JsonSourceReader.readLines("e.jsonl", SourceText.of("e.jsonl", json));
        Entry e = result.entries().get(0);
        assertEquals("a-paper", e.id());
        assertEquals(List.of("X. Zhu"), e.authors());
        assertEquals(List.of("e.jsonl:1: error: id of 300 characters is too long; the entry's id is 'a-paper'",
                "e.jsonl:1: error: author name of 9,000 characters ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…') is not a name; left out",
                "e.jsonl:1: error: section path of 9,000 characters shortened to 500"),
                result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
        try (Searcher searcher = Searcher.inMemory(result.entries())) {
            assertEquals(1, searcher.size());
        }
    }

    /**
     * commonmark-java pairs emphasis marks that do not pair up in time quadratic in their number: 120 KB of "*_* _" took
     * 25 s to read, a megabyte would take hours. The marks beyond the limit are read as text, the paragraph or cell is
     * reported, and the entries around it are read as ever.
     */
    @Test
    void emphasisMarksBeyondTheLimitAreReadAsTextAndReported() {
        String text = "| Title | Venue |\n|---|---|\n| [**A Paper**](https://arxiv.org/abs/2401.00001) " + "*_* _".repeat(300)
                + " | CVPR |\n\nSome text " + "*_* _\n".repeat(20_000) + "\n- **A Listed Paper** [Paper](https://arxiv.org/abs/2401.00002)\n";
        ImportResult result = new MarkdownListReader().read("m.md", text);
        assertEquals(List.of("A Paper", "A Listed Paper"), result.entries().stream().map(Entry::title).collect(Collectors.toList()));
        assertEquals(List.of("m.md:3: warning: 1,204 emphasis marks (* and _) in one paragraph or cell; those after the first 1,000 "
                        + "are read as text, so that reading stays fast",
                "m.md:5: warning: 80,000 emphasis marks (* and _) in one paragraph or cell; those after the first 1,000 "
                        + "are read as text, so that reading stays fast"),
                result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
        // which marks are escaped: MarkLimitTest
    }

    /** A JSON entry's year of -358 reached the index, whose date sort key could not be made of it. */
    @Test
    void jsonYearsThatAreNotFourDigitsAreLeftOutAndReported() throws Exception {
        String json = "{\"title\": \"A Paper\", \"year\": -358}\n{\"title\": \"Another Paper\", \"year\": 123456, \"date\": \"2024-04\"}\n"
                + "{\"title\": \"Old Paper\", \"year\": 1999}\n";
        ImportResult result = JsonSourceReader.readLines("e.jsonl", SourceText.of("e.jsonl", json));
        assertEquals(List.of("A Paper:null", "Another Paper:2024", "Old Paper:1999"),
                result.entries().stream().map(e -> e.title() + ":" + e.year()).collect(Collectors.toList()));
        assertEquals(List.of("e.jsonl:1: error: year -358 is not a four-digit year; the entry has no year",
                "e.jsonl:2: error: year 123456 is not a four-digit year; the entry has no year"),
                result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
        try (Searcher searcher = Searcher.inMemory(result.entries())) {
            assertEquals(3, searcher.size());
        }
    }

    /**
     * A lone surrogate in a list handed over as a string, or NUL and lone surrogates written as JSON escapes, reached
     * the index: the stored entry read '?' where the highlighted title read U+FFFD, and a highlighter takes NUL for the
     * end of a value, so a title's highlight lost its text after one. They are read as U+FFFD and reported.
     */
    @Test
    void nulAndLoneSurrogatesAreReadAsReplacementCharactersAndReported() throws Exception {
        ImportResult markdown = new MarkdownListReader().read("m.md", "- **Harbor \uD83D Watch: a \u0000 Survey** [Paper](https://arxiv.org/abs/2401.00001)\n");
        assertEquals(List.of("Harbor \uFFFD Watch: a \uFFFD Survey"), markdown.entries().stream().map(Entry::title).collect(Collectors.toList()));
        assertEquals(List.of("m.md:1: warning: 2 characters that are not text (NUL, or half a UTF-16 surrogate pair) read as U+FFFD"),
                markdown.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
        ImportResult json = JsonSourceReader.readLines("e.jsonl", SourceText.of("e.jsonl",
                "{\"title\": \"Harbor \\ud83d Watch\", \"authors\": [\"A. \\u0000Zhu\"], \"note\": \"\\ude00 \\ud83d\\ude00\"}\n"));
        Entry e = json.entries().get(0);
        assertEquals("Harbor \uFFFD Watch", e.title());
        assertEquals(List.of("A. \uFFFDZhu"), e.authors());
        assertEquals("\uFFFD \uD83D\uDE00", e.note(), "a whole surrogate pair is kept");
        assertEquals(List.of("e.jsonl:1: warning: 3 characters that are not text (NUL, or half a UTF-16 surrogate pair, written as \\u escapes) read as U+FFFD"),
                json.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
        try (Searcher searcher = Searcher.inMemory(List.of(markdown.entries().get(0), e))) {
            for (Entry entry : List.of(markdown.entries().get(0), e)) {
                assertEquals(entry, searcher.get(entry.id()).orElseThrow(), "the index gives back the entry read");
            }
            String html = searcher.search(FullRequests.of("harbor")).hits().get(0).highlightsHtml().get("title");
            assertEquals("<mark>Harbor</mark> \uFFFD Watch", html);
        }
    }

    /** JSON null parsed as a null entry, and an array with a null element as a list holding null, where callers expect entries. */
    @Test
    void nullIsNotAnEntry() {
        assertEquals("expected an entry object, found null",
                assertThrows(SourceException.class, () -> JsonEntries.parseEntry("null")).getMessage());
        assertEquals("element 2 of the array is null, not an entry", assertThrows(SourceException.class,
                () -> JsonEntries.readArray(new ByteArrayInputStream("[{\"id\": \"a\", \"title\": \"A\"}, null]".getBytes(StandardCharsets.UTF_8))))
                .getMessage());
        assertEquals("expected a JSON array of entries, found null", assertThrows(SourceException.class,
                () -> JsonEntries.readArray(new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8)))).getMessage());
    }
}
