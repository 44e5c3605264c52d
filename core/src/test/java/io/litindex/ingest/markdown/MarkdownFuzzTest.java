package io.litindex.ingest.markdown;

import io.litindex.index.Indexer;
import io.litindex.index.LuceneIndexers;
import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.ListChecker;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Source;
import io.litindex.testing.Bounded;
import io.litindex.testing.FuzzTries;
import io.litindex.testing.Mutations;
import io.litindex.testing.Mutations.Mutation;
import io.litindex.testing.SharedFileHook;
import io.litindex.testing.SharedFileHook.UsesSharedFile;
import io.litindex.testing.SharedFiles;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.lucene.store.ByteBuffersDirectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Markdown reader fed the real lists mutated (characters deleted, Markdown metacharacters and line breaks put in,
 * lines duplicated, swapped, truncated or dropped, odd Unicode, mis-encoded runs, very long runs) and documents of
 * random pieces. For every input: {@link MarkdownListReader#read(String, String)} returns (it documents no
 * exception); every entry-like row ({@link RowOracle}) is an entry read from its line or an error on it; entries and
 * diagnostics point at real lines; reading in pieces gives the same entries; the checker and the indexer take the
 * result; and the work stays within a bound linear in the input (bytes allocated, see {@link Bounded}).
 */
@AddLifecycleHook(FuzzTries.class)
class MarkdownFuzzTest {
    /**
     * The most a read may allocate per character of input, plus {@link #BASE_BYTES}: about ten times what the real
     * lists and the mutated inputs take (the seed about 1 KB a character, long runs less), so only work that grows
     * faster than the input fails it.
     */
    static final long BYTES_PER_CHAR = 16_384;
    static final long BASE_BYTES = 64L << 20;

    private static final String SEED = SharedFileHook.read(SharedFiles.SEED);
    /** Takes every input's entries, never committed: indexing is where over-long values would fail. */
    private static final Indexer INDEXER = LuceneIndexers.open(new ByteBuffersDirectory());
    private static final String LARGE = SharedFileHook.read(SharedFiles.LARGE_LIST);

    @AfterContainer
    static void closeIndexer() throws Exception {
        INDEXER.rollback(); // the fuzz only checks that Lucene accepts what the readers make: nothing is committed
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.mutations(12, 20_000);
    }

    @Property(tries = 200)
    @UsesSharedFile(SharedFiles.SEED)
    void mutatedSeedListLosesNoRow(@ForAll("mutations") List<Mutation> mutations, @ForAll @IntRange(min = 1, max = 5000) int pieceChars)
            throws Exception {
        check(Mutations.apply(SEED, mutations), pieceChars);
    }

    @Property(tries = 150)
    @UsesSharedFile(SharedFiles.LARGE_LIST)
    void mutatedStretchesOfTheLargeListLoseNoRow(@ForAll @DoubleRange(min = 0, max = 1) double from,
            @ForAll @IntRange(min = 1, max = 250) int lineCount, @ForAll("mutations") List<Mutation> mutations,
            @ForAll @IntRange(min = 1, max = 20_000) int pieceChars) throws Exception {
        String[] lines = LARGE.split("\n", -1);
        int start = (int) Math.min(lines.length - 1, from * lines.length);
        String stretch = String.join("\n", Arrays.copyOfRange(lines, start, Math.min(lines.length, start + lineCount)));
        check(Mutations.apply(stretch, mutations), pieceChars);
    }

    @Property(tries = 10)
    @UsesSharedFile(SharedFiles.LARGE_LIST)
    void theWholeLargeListMutatedLosesNoRow(@ForAll("mutations") List<Mutation> mutations,
            @ForAll @IntRange(min = 2_000, max = 60_000) int pieceChars) throws Exception {
        check(Mutations.apply(LARGE, mutations), pieceChars);
    }

    /** Documents of random pieces: Markdown syntax, odd Unicode, real lines of the seed's shape and very long runs. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(Mutations.META)),
                net.jqwik.api.Tuple.of(3, Mutations.oddText()),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("\n", "| ", " |", "**Title of a Paper**", "[**Linked Title**](https://arxiv.org/abs/2401.00001)",
                        "[Paper](https://a.b/c.pdf)", "NeurIPS 2025", "2024-04-23", "- ", "Title | Venue | Date\n|---|---|---|\n",
                        "# Papers\n", "## News\n", "<font size=5>", "<h2>", "</h2>", "L√ºddecke", "Ã¼", "\r\n", "\r")),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("**", "[", "|", "*_", "<", "`", "> ", "  - ").flatMap(
                        p -> Arbitraries.integers().between(100, 20_000).map(p::repeat))));
        return piece.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void randomDocumentsLoseNoRow(@ForAll("documents") String text, @ForAll @IntRange(min = 1, max = 2000) int pieceChars) throws Exception {
        check(text, pieceChars);
    }

    /** Inputs the properties above once failed on (fixed since), checked on every build. */
    @Example
    void inputsFoundByFuzzing() throws Exception {
        // a bold span holding text and a link: the item vanished without a word
        check("\n- **|[**Linked Title**](https://arxiv.org/abs/2401.00001)**", 2000);
        // a list nested 100 deep: past commonmark's limit of open blocks the next line reads otherwise, so no piece may start there
        check("  " + "-   ".repeat(99) + "- ||\n\n- *Title | Venue | Date\n|---|---|---|\n**", 105);
        // a paragraph in a large font too long to be a heading leaves the section as it was ("News": no entries)
        check("## News\n||\n&\u3d9a\t" + "   -".repeat(19_999) + " <font size=5>\u200b\u0301\u9065\u611f\n"
                + "- &amp;[**Linked Title**](https://arxiv.org/abs/2401.00001)", 54);
    }

    /** Reads the text whole and in pieces, and checks everything the class promises. */
    static void check(String mutated, int pieceChars) throws Exception {
        // the reader takes \r and \r\n as line ends, as CommonMark does; the oracle counts lines on \n only
        String text = mutated.replace("\r\n", "\n").replace('\r', '\n');
        Bounded.Outcome<ImportResult> read = Bounded.call(() -> new MarkdownListReader().read("m.md", text));
        ImportResult result = read.value();
        long bound = BASE_BYTES + BYTES_PER_CHAR * text.length();
        assertTrue(read.allocatedBytes() <= bound, "reading " + text.length() + " characters allocated " + read.allocatedBytes()
                + " bytes, more than the bound of " + bound);
        Statistics.label("bytes allocated per character read").collect(Bounded.perCharBucket(read.allocatedBytes(), text.length()));
        int lineCount = text.split("\n", -1).length;
        for (Entry e : result.entries()) {
            assertTrue(!e.title().isBlank() && !e.id().isBlank(), e.toString());
            for (Source s : e.sources()) {
                assertTrue(s.line() >= 1 && s.line() <= lineCount, s + " of " + lineCount + " lines");
            }
        }
        assertEquals(result.entries().size(), new HashSet<>(result.entries().stream().map(Entry::id).collect(Collectors.toList())).size(),
                "ids are unique");
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.line() >= 1 && d.line() <= lineCount, d + " of " + lineCount + " lines");
            assertTrue(d.message().indexOf('\n') < 0 && d.message().indexOf('\r') < 0, "one line: " + d);
        }
        assertEquals(result.skipped(), result.diagnostics().stream().filter(d -> d.message().endsWith("skipped")).count(),
                "every skipped row is reported");
        int marks = RowOracle.mostMarksInOnePiece(RowOracle.limited(text));
        assertTrue(marks <= MarkLimit.MAX_MARKS, marks + " emphasis marks reach the inline parser in one piece of text: " + Mutations.show(text));
        List<RowOracle.Expected> lost = RowOracle.lost(text, result);
        assertTrue(lost.isEmpty(), "entry-like rows that became neither an entry nor an error: " + lost.stream()
                .map(e -> e.what() + " on line " + e.line() + ": " + excerpt(text, e.line())).collect(Collectors.joining("; ")));
        List<Entry> whole = MarkdownWalker.parse("m.md", text, List.of(), Venues.standard(), MarkdownWalker.CHUNK_CHARS).rows();
        List<Entry> pieces = Bounded.call(() -> MarkdownWalker.parse("m.md", text, List.of(), Venues.standard(), pieceChars).rows()).value();
        assertEquals(whole, pieces, "reading in pieces of " + pieceChars + " characters changes nothing: "
                + Mutations.show(text));
        Bounded.call(() -> new ListChecker().check("m.md", text));
        Bounded.call(() -> {
            INDEXER.deleteAll();
            INDEXER.putAll(result.entries()); // throws when an entry cannot be indexed
            return null;
        });
    }

    private static String excerpt(String text, int line) {
        String l = text.split("\n", -1)[line - 1];
        return l.length() > 160 ? l.substring(0, 160) + "…" : l;
    }
}
