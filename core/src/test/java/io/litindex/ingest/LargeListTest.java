package io.litindex.ingest;

import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Link;
import io.litindex.model.Kind;
import io.litindex.model.PaperRef;
import io.litindex.model.SearchResult;
import io.litindex.model.Source;
import io.litindex.search.Searcher;
import io.litindex.testing.FullRequests;
import io.litindex.testing.SharedFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The large real list ../shared/corpora/awesome-multimodal-llms.md, read in place.
 *
 * <p>Counted by hand, without litindex, in the shared directory:
 * <pre>
 *   # table rows: every non-blank line with a pipe after a delimiter row, up to the next blank line
 *   awk '/^[ \t]*$/{t=0; next} /^\|[ :|-]+$/ &amp;&amp; index($0,"-"){t=1; next} t &amp;&amp; index($0,"|"){n++} END{print n}' awesome-multimodal-llms.md
 *   599        (598 rows start with a pipe; line 286 does not)
 *   # bullet entries: top-level items with a bold title (the table of contents items are links to #anchors)
 *   grep -c '^- .*\*\*' awesome-multimodal-llms.md
 *   10
 * </pre>
 * 609 entry-like rows in all: 16 tables (9 of papers, 7 of datasets) and 10 bullets at the top of the page.
 */
class LargeListTest {
    static final int HAND_COUNTED_ROWS = 599 + 10;
    private static final String NAME = "awesome-multimodal-llms.md";
    private static final Pattern DELIMITER = Pattern.compile("^\\|[ :|-]+$");
    private static final Pattern BOLD_BULLET = Pattern.compile("^- .*\\*\\*.*");

    private static Path file;
    private static ImportResult result;

    @BeforeAll
    static void read() throws Exception {
        file = SharedFiles.require(SharedFiles.LARGE_LIST);
        result = new MarkdownListReader().read(file);
    }

    private static int rowsRead(List<Entry> entries) {
        return entries.stream().mapToInt(e -> e.sources().size()).sum();
    }

    @Test
    void readsTheHandCountedRowsWithinTwoPercent() {
        int rows = rowsRead(result.entries());
        assertTrue(Math.abs(rows - HAND_COUNTED_ROWS) <= HAND_COUNTED_ROWS * 0.02,
                rows + " rows read, " + HAND_COUNTED_ROWS + " counted by hand");
        assertEquals(0, result.skipped());
        long duplicates = new ListChecker().check(file).stream().filter(d -> d.message().startsWith("duplicate ")).count();
        assertEquals(rows - duplicates, result.entries().size(), "each row is an entry, duplicates folded into one");
        assertEquals(result.entries().size(), result.entries().stream().map(Entry::id).distinct().count(), "ids are unique");
    }

    /** The same rules as the awk and grep above, in Java: the line of every entry-like row of the file. */
    static List<Integer> handCountedLines(Path path) throws Exception {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<Integer> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                inTable = false;
            } else if (DELIMITER.matcher(line).matches() && line.contains("-")) {
                inTable = true;
            } else if (inTable && line.contains("|")) {
                out.add(i + 1);
            } else if (BOLD_BULLET.matcher(line).matches()) {
                out.add(i + 1);
            }
        }
        return out;
    }

    @Test
    void everyRowIsAnEntryOrAnErrorOnItsLine() throws Exception {
        List<Integer> lines = handCountedLines(file);
        assertEquals(HAND_COUNTED_ROWS, lines.size());
        Set<Integer> read = result.entries().stream().flatMap(e -> e.sources().stream()).map(Source::line).collect(Collectors.toSet());
        Set<Integer> reported = result.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR)
                .map(Diagnostic::line).collect(Collectors.toSet());
        List<Integer> lost = lines.stream().filter(l -> !read.contains(l) && !reported.contains(l)).collect(Collectors.toList());
        assertEquals(List.of(), lost, "rows neither read nor reported");
        assertEquals(new HashSet<>(lines), read, "every row of the file, and nothing else, became (part of) an entry");
    }

    private static Entry at(int line) {
        return result.entries().stream().filter(e -> e.sources().contains(new Source(NAME, line))).findFirst()
                .orElseThrow(() -> new AssertionError("no entry from line " + line));
    }

    @Test
    void sampleRowsFieldByField() {
        String tuning = "Awesome Papers > Multimodal Instruction Tuning (& Latest Works)";
        assertEquals(Entry.builder("2607.00248", "Seed2.0 Model Card: Towards Intelligence Frontier for Real-World Complexity")
                .venue("arXiv").year(2026).date("2026-06-30").section(tuning)
                .links(Map.of("paper", "https://arxiv.org/pdf/2607.00248")).source(new Source(NAME, 87)).build(), at(87));
        assertEquals(Entry.builder("2606.14702", "OmniVideo-100K: A Dataset for Audio-Visual Reasoning through Structured Scripts and Evidence Chains")
                .venue("arXiv").year(2026).date("2026-06-12").section(tuning)
                .links(Map.of("paper", "https://arxiv.org/pdf/2606.14702", "code", "https://github.com/MiG-NJU/OmniVideo-100K",
                        "demo", "https://yzlmhzz.github.io/OmniVideo-100K/")).source(new Source(NAME, 90)).build(), at(90));
        assertEquals("https://github.com/nvidia/cosmos", at(91).link("code"), "a star badge without .svg names the repository");
        assertEquals(Entry.builder("2304.08485", "Visual Instruction Tuning").venue("NeurIPS").year(2023).date("2023-04-17").section(tuning)
                .links(Map.of("paper", "https://arxiv.org/pdf/2304.08485.pdf", "code", "https://github.com/haotian-liu/LLaVA",
                        "demo", "https://llava.hliu.cc/")).datasetName("LLaVA-Instruct-150K").source(new Source(NAME, 345)).build(), at(345));
        Entry pink = at(286);
        assertEquals("Pink: Unveiling the Power of Referential Comprehension for Multi-modal LLMs", pink.title(), "a row without its leading pipe");
        assertEquals("2023-10-01", pink.date());

        Entry mmeSurvey = at(11);
        assertEquals("MME-Survey: A Comprehensive Survey on Evaluation of Multimodal LLMs", mmeSurvey.title());
        assertEquals("arXiv", mmeSurvey.venue());
        assertEquals("arXiv 2025", mmeSurvey.venueAsWritten());
        assertEquals(2025, mmeSurvey.year());
        assertEquals(List.of(new Source(NAME, 11), new Source(NAME, 49)), mmeSurvey.sources(), "listed twice in the highlights");
        assertEquals(List.of(Link.of("paper", "https://arxiv.org/pdf/2411.15296.pdf"),
                Link.of("project", "https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models/tree/Benchmarks")), mmeSurvey.links());

        Entry vita = at(26);
        assertEquals("VITA-1.5: Towards GPT-4o Level Real-Time Vision and Speech Interaction", vita.title());
        assertEquals(List.of(new Source(NAME, 26), new Source(NAME, 161)), vita.sources(), "the bullet and the table row are one entry");
        assertEquals(List.of("Awesome-Multimodal-Large-Language-Models > Highlights of NJU-MiG", tuning), vita.sections());
        assertEquals("NeurIPS 2025 Highlight", vita.venueAsWritten());

        assertEquals(Entry.builder("sharegpt4video", "ShareGPT4Video").kind(Kind.DATASET)
                .section("Awesome Datasets > Datasets of Pre-Training for Alignment").note("Type: Caption; Modalities: Video-Text")
                .sourcePaper(new PaperRef("ShareGPT4Video: Improving Video Understanding and Generation with Better Captions",
                        "https://arxiv.org/pdf/2406.04325v1", null))
                // no year in the row, and its paper is no row of the list: the paper's arXiv id gives June 2024
                .year(2024).date("2024-06").origin("year", Entry.ORIGIN_ARXIV_ID).origin("date", Entry.ORIGIN_ARXIV_ID)
                .source(new Source(NAME, 602)).build(), at(602));
        Entry mmbench = at(736);
        assertEquals(new PaperRef("MMBench: Is Your Multi-modal Model an All-around Player?", "https://arxiv.org/pdf/2307.06281.pdf", "2307.06281"),
                mmbench.sourcePaper());
        assertEquals("2023-07-12", mmbench.date(), "from its paper's row");
        assertEquals("A benchmark for multi-modal information retrieval in the science domain", at(710).note(),
                "the text of the cell beyond the header is kept");
    }

    @Test
    void reportsWhatItCouldNotReadExactly() {
        List<String> lines = result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
        assertTrue(lines.contains(NAME + ":690: error: header has 4 cells but 1 row (line 710) has more; all read: the cells beyond the header "
                + "hold text in 1 (kept in the row's note)"), lines.toString());
        assertTrue(lines.contains(NAME + ":381: warning: empty link [Comins Soon]()"), lines.toString());
        assertTrue(lines.contains(NAME + ":41: warning: list item 'Video-MME-v2: Towards the Next Stage in Video Understanding…' "
                + "has a title but no web link or venue; read as an entry with its title only"), lines.toString());
    }

    @Test
    void parsingInPiecesGivesTheSameEntriesAsParsingWhole() throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ImportResult whole = new MarkdownListReader().read(NAME, text);
        for (int chunk : new int[] {1, 2_000, 16_000}) {
            ImportResult pieces = new MarkdownListReader(Venues.standard(), chunk).read(NAME, text);
            assertEquals(whole.entries(), pieces.entries(), "chunks of " + chunk + " characters");
            assertEquals(whole.diagnostics(), pieces.diagnostics(), "chunks of " + chunk + " characters");
        }
    }

    @Test
    void theEntriesIndexAndSearch() throws Exception {
        try (Searcher searcher = Searcher.inMemory(result.entries())) {
            assertEquals(result.entries().size(), searcher.size());
            SearchResult hits = searcher.search(FullRequests.builder().query("hallucination").limit(3).build());
            assertTrue(hits.total() >= 40, "the hallucination section alone has 48 rows: " + hits.total());
            assertTrue(hits.hits().get(0).entry().title().toLowerCase(java.util.Locale.ROOT).contains("hallucination"));
        }
    }

    @Test
    void importingAgainGivesTheSameIds() throws Exception {
        assertEquals(result.entries().stream().map(Entry::id).collect(Collectors.toList()),
                new MarkdownListReader().read(file).entries().stream().map(Entry::id).collect(Collectors.toList()));
    }
}
