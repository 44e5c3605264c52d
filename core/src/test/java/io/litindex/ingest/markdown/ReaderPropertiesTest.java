package io.litindex.ingest.markdown;

import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.ListChecker;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Source;
import io.litindex.search.Searcher;
import io.litindex.testing.FuzzTries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the Markdown reader over generated and mutated lists: nothing throws, and no row vanishes unreported. */
@AddLifecycleHook(FuzzTries.class)
class ReaderPropertiesTest {
    private static final List<String> HEADERS = List.of("Title", "Paper", "Venue", "Date", "Year", "Code", "Link", "Note",
            "Publication", "Affiliation", "Size", "Resolution");
    private static final List<String> SEED_LINES = List.of(
            "# Awesome Papers", "## Multimodal Large Language Models for Remote Sensing",
            "|  Title  |   Venue  |   Date   |   Code   |   Note   |", "|:--------|:--------:|:--------:|:--------:|:--------:|",
            "| ![Star](https://img.shields.io/github/stars/ZhanYang-nwpu/SkyEyeGPT.svg?style=social&label=Star) <br> [**SkyEyeGPT: Unifying Remote Sensing**](https://arxiv.org/abs/2401.09712.pdf) <br>Y. Zhan, Z. Xiong, and Y. Yuan. <br>| arXiv | 2024-01-18 | [Github](https://github.com/ZhanYang-nwpu/SkyEyeGPT) | [Dataset](https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k) |",
            "| [**Charting New Territories**](https://arxiv.org/abs/2311.14656.pdf) <br>J. Roberts, T. L√ºddecke, and S. Albanie. <br>| arXiv | 2023-11-24 | - | - |",
            "| **MMShip** | [Popeye: A Unified Visual-Language Model](https://arxiv.org/abs/2403.03790.pdf) | [Link]() | 81k |",
            "- **VITA-1.5: Towards GPT-4o Level Real-Time Vision and Speech Interaction**  ",
            "NeurIPS 2025 Highlight, [Paper](https://arxiv.org/pdf/2501.01957.pdf), [Project](https://github.com/VITA-MLLM/VITA)",
            "- 2025-CVPR. [Paper](https://arxiv.org/abs/2412.00001) | [Code](https://github.com/example/geo-agent)",
            "  **GeoAgent: Tool-Using Agents for Earth Observation**", "- [Surveys](#surveys)", "", "```", "<!--", "-->",
            "<font size=5><center><b> Table of Contents </b> </center></font>", "> quoted", "    indented code");

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.of("-", "N/A", "null", "", "2024-04-23", "May-22-2024", "2024.02", "2023", "TGRS2021", "arxiv 2023",
                        "CVPR 2024 Highlight", "Remote Sensing 2025", "968k", "7,058", ">1M", "[Github](https://github.com/a/b)",
                        "[Link]()", "**Bold Title Here**", "[**Linked Title**](https://arxiv.org/abs/2401.00001)", "遥感大模型",
                        "L√ºddecke", "a \\| b", "<br>", "`code`", "[arXiv](https://arxiv.org/abs/2402.00002v3)"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30).map(s -> s.replace("|", "\\|")));
    }

    /** A table with a random header (one title-like column among others, any order) and random rows. */
    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<List<String>> header = Arbitraries.of(HEADERS).list().ofMinSize(1).ofMaxSize(6).uniqueElements()
                .filter(h -> h.contains("Title") || h.contains("Paper"));
        return header.flatMap(h -> cells().list().ofSize(h.size()).list().ofMinSize(1).ofMaxSize(8).map(rows -> {
            List<List<String>> table = new ArrayList<>();
            table.add(h);
            table.addAll(rows);
            return table;
        }));
    }

    @Property(tries = 300)
    void everyTableRowIsAnEntryOrAnErrorOnItsLine(@ForAll("tables") List<List<String>> table, @ForAll boolean outerPipes) {
        StringBuilder md = new StringBuilder("## Section\n");
        List<String> header = table.get(0);
        md.append(row(header, outerPipes)).append('\n').append(row(Collections.nCopies(header.size(), "---"), outerPipes)).append('\n');
        for (List<String> r : table.subList(1, table.size())) {
            md.append(row(r, outerPipes)).append('\n');
        }
        ImportResult result = new MarkdownListReader().read("t.md", md.toString());
        Set<Integer> read = result.entries().stream().flatMap(e -> e.sources().stream()).map(Source::line).collect(Collectors.toSet());
        Set<Integer> errors = result.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR).map(Diagnostic::line).collect(Collectors.toSet());
        for (int i = 1; i < table.size(); i++) {
            int line = i + 3;
            List<String> cells = table.get(i);
            boolean blank = cells.stream().allMatch(c -> Cells.isPlaceholder(c) || c.equals("<br>"));
            boolean repeatsHeader = cells.equals(header);
            // "| _Diffusion Policy (DP)_ | | |": an italic first cell alone names the group of the rows below, as a heading would
            boolean groupRow = header.size() >= 2 && cells.get(0).strip().matches("_[^_\\s](?:.*[^_\\s])?_|\\*[^*\\s](?:.*[^*\\s])?\\*")
                    && cells.subList(1, cells.size()).stream().allMatch(String::isBlank);
            int at = line;
            boolean inUntitledTable = result.diagnostics().stream()
                    .anyMatch(d -> d.line() < at && d.message().contains("has no title, paper or name column"));
            assertTrue(blank || repeatsHeader || groupRow || read.contains(line) || errors.contains(line) || inUntitledTable,
                    "line " + line + " vanished: " + md + "\n" + result.diagnostics());
        }
        assertEquals(result.skipped(), result.diagnostics().stream().filter(d -> d.message().endsWith("skipped")).count());
    }

    /**
     * A table row; without outer pipes only where that is still a row in GFM (a line starting with "-", "#", "&gt;" or a
     * digit would start another block, so it gets its leading pipe).
     */
    private static String row(List<String> cells, boolean outerPipes) {
        String inner = String.join(" | ", cells.stream().map(c -> c.isEmpty() ? " " : c).collect(Collectors.toList()));
        String stripped = inner.strip();
        boolean startsBlock = stripped.isEmpty() || "-*+>#<`~=|0123456789".indexOf(stripped.charAt(0)) >= 0 || inner.startsWith("    ")
                || cells.get(0).isBlank();
        return outerPipes || startsBlock ? "| " + inner + " |" : inner + (cells.size() == 1 ? " |" : "");
    }

    @Property(tries = 200)
    void mutatedListsNeverThrowAndPointAtRealLines(@ForAll @IntRange(min = 1, max = 80) int size, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String line = SEED_LINES.get(random.nextInt(SEED_LINES.size()));
            if (random.nextInt(4) == 0 && !line.isEmpty()) {
                int at = random.nextInt(line.length());
                line = switch (random.nextInt(4)) {
                    case 0 -> line.substring(0, at) + line.substring(at + 1);
                    case 1 -> line.substring(0, at) + (char) (random.nextInt(0x3000) + 1) + line.substring(at);
                    case 2 -> line.substring(at);
                    default -> line.substring(0, at) + "|" + line.substring(at);
                };
            }
            lines.add(line);
        }
        String text = String.join("\n", lines);
        ImportResult result = new MarkdownListReader().read("m.md", text);
        for (Entry e : result.entries()) {
            assertTrue(!e.title().isBlank() && !e.id().isBlank(), e.toString());
            for (Source s : e.sources()) {
                assertTrue(s.line() >= 1 && s.line() <= lines.size(), s + " of " + lines.size());
            }
        }
        assertEquals(result.entries().size(), new HashSet<>(result.entries().stream().map(Entry::id).collect(Collectors.toList())).size());
        List<Entry> whole = MarkdownWalker.parse("m.md", text, List.of(), Venues.standard(), MarkdownWalker.CHUNK_CHARS).rows();
        List<Entry> pieces = MarkdownWalker.parse("m.md", text, List.of(), Venues.standard(), 1 + random.nextInt(400)).rows();
        assertEquals(whole, pieces, "parsing in pieces changes nothing:\n" + text);
        new ListChecker().check("m.md", text);
        try (Searcher searcher = Searcher.inMemory(result.entries())) {
            assertEquals(result.entries().size(), searcher.size(), "every entry read can be indexed");
        }
    }

    /** A bullet item as a list writes it, and what must become of it. */
    record Item(List<String> lines, boolean entryLike, boolean titleless) {}

    @Provide
    Arbitrary<Item> items() {
        Arbitrary<String> title = Arbitraries.of("Remote Sensing", "Vision-Language Models", "for Earth Observation", "GeoChat:",
                "A Survey", "遥感大模型", "Grounded Captioning", "with Transformers", "Agents", "Café Benchmarks", "2.0")
                .list().ofMinSize(3).ofMaxSize(6).map(l -> String.join(" ", l));
        Arbitrary<String> url = Arbitraries.integers().between(1, 99_999).map(n -> "https://arxiv.org/abs/2401." + String.format("%05d", n));
        Arbitrary<String> venue = Arbitraries.of("NeurIPS 2025", "CVPR 2024 Highlight", "arXiv 2024", "TGRS", "2025-CVPR.", "ICLR");
        Arbitrary<String> note = Arbitraries.oneOf(Arbitraries.of("uses a solution searcher", "代码已开源", "-", "accepted by CVPR-24"),
                cells().map(c -> c.replace("\n", " ")));
        return Arbitraries.integers().between(0, 6).flatMap(shape -> net.jqwik.api.Combinators.combine(title, url, venue, note).as((t, u, v, n) -> {
            String marker = shape == 6 ? "1. " : "- ";
            return switch (shape) {
                case 0 -> new Item(List.of(marker + "**" + t + "**  ", v + ", [Paper](" + u + "), [Code](https://github.com/a/b)"), true, false);
                case 1 -> new Item(List.of(marker + "[" + t + "](" + u + ") - " + n), true, false);
                case 2 -> new Item(List.of(marker + v + " [Paper](" + u + ") | [Code](https://github.com/a/b)", "", "  **" + t + "**", "",
                        "  " + n), true, false);
                case 3 -> new Item(List.of(marker + "[Paper](" + u + ") [Code](https://github.com/a/b)"), false, true);
                case 4 -> new Item(List.of(marker + "[" + t + "](#" + t.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ")"), false, false);
                case 5 -> new Item(List.of(marker + t + " " + n), onlyAKindOfLink(n), false);
                default -> new Item(List.of(marker + "**" + t + "** [Paper](" + u + ")"), true, false);
            };
        }));
    }

    /** True when a note is one web link labelled as the paper's or its code's ("[Github](https://…)"): plain text before it is a title. */
    private static boolean onlyAKindOfLink(String note) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\((https?://[^)]*)\\)").matcher(note);
        return m.matches() && Labels.isGeneric(m.group(1)) && Labels.namesAResource(m.group(1));
    }

    /**
     * The bullet counterpart of {@link #everyTableRowIsAnEntryOrAnErrorOnItsLine}: under a heading of entries, each item
     * with a title and a link is an entry read from its line or an error on it, and an item with paper links but no title
     * is an error on its line; under a heading such as "News" or "Contents", no item is an entry.
     */
    @Property(tries = 300)
    void everyBulletItemIsAnEntryOrAnErrorOnItsLine(@ForAll("itemLists") List<Item> items, @ForAll boolean loose,
            @ForAll("headings") String heading) {
        boolean entries = !heading.matches("(?i).*\\b(news|contents|citation|contributing|updates)\\b.*");
        List<String> lines = new ArrayList<>(List.of("## " + heading, ""));
        List<Integer> starts = new ArrayList<>();
        for (Item item : items) {
            starts.add(lines.size() + 1);
            lines.addAll(item.lines());
            if (loose || item.lines().size() > 1) {
                lines.add("");
            }
        }
        String md = String.join("\n", lines);
        ImportResult result = new MarkdownListReader().read("b.md", md);
        Set<Integer> read = result.entries().stream().flatMap(e -> e.sources().stream()).map(Source::line).collect(Collectors.toSet());
        Set<Integer> errors = result.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR).map(Diagnostic::line).collect(Collectors.toSet());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int line = starts.get(i);
            if (!entries) {
                assertFalse(read.contains(line) || errors.contains(line), "an item under '" + heading + "' was read, line " + line + ":\n" + md);
            } else if (item.entryLike()) {
                assertTrue(read.contains(line) || errors.contains(line), "line " + line + " vanished:\n" + md + "\n" + result.diagnostics());
                Statistics.label("items with a title and a link").collect(read.contains(line) ? "entry" : "error");
            } else if (item.titleless()) {
                assertTrue(errors.contains(line) && !read.contains(line), "line " + line + " has links but no title:\n" + md);
            } else {
                assertFalse(read.contains(line), "line " + line + " is no entry:\n" + md);
            }
        }
        assertEquals(result.skipped(), result.diagnostics().stream().filter(d -> d.message().endsWith("skipped")).count());
    }

    @Provide
    Arbitrary<List<Item>> itemLists() {
        return items().list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<String> headings() {
        return Arbitraries.of("Papers", "Multimodal Large Language Models", "Agents for Remote Sensing", "Surveys 2024", "News",
                "Table of Contents", "Citation", "Contributing", "Latest Updates");
    }

    @Property(tries = 100)
    void importingTwiceGivesTheSameEntries(@ForAll("tables") List<List<String>> table) {
        StringBuilder md = new StringBuilder();
        for (List<String> r : table) {
            md.append(row(r, true)).append('\n');
            if (md.indexOf("---") < 0) {
                md.append(row(Collections.nCopies(r.size(), "---"), true)).append('\n');
            }
        }
        assertEquals(new MarkdownListReader().read("t.md", md.toString()), new MarkdownListReader().read("t.md", md.toString()));
    }

}
