package io.litindex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
    private static ImportResult roundTrip(List<Entry> entries) {
        String markdown = new MarkdownWriter().toString(entries);
        ImportResult result = new MarkdownListReader().read("export.md", markdown);
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::toString).toList(), markdown);
        return result;
    }

    /** Every field but sources (which name the file read) must come back as it was, field by field. */
    private static void assertSameEntries(List<Entry> expected, List<Entry> actual) {
        Map<String, Entry> byId = actual.stream().collect(Collectors.toMap(Entry::id, Function.identity()));
        assertEquals(expected.stream().map(Entry::id).sorted().toList(), byId.keySet().stream().sorted().toList());
        for (Entry e : expected) {
            Entry back = byId.get(e.id());
            assertEquals(e.kind(), back.kind(), e.id());
            assertEquals(e.title(), back.title(), e.id());
            assertEquals(e.authors(), back.authors(), e.id());
            assertEquals(e.etAl(), back.etAl(), e.id());
            assertEquals(e.venue(), back.venue(), e.id());
            assertEquals(e.venueAsWritten(), back.venueAsWritten(), e.id());
            assertEquals(e.year(), back.year(), e.id());
            assertEquals(e.date(), back.date(), e.id());
            assertEquals(e.sections(), back.sections(), e.id());
            assertEquals(e.links(), back.links(), e.id());
            assertEquals(e.note(), back.note(), e.id());
            assertEquals(e.sourcePaper(), back.sourcePaper(), e.id());
            assertEquals(e.size(), back.size(), e.id());
            assertEquals(e.sizeAsWritten(), back.sizeAsWritten(), e.id());
            assertEquals(withoutSources(e), withoutSources(back), e.id());
        }
    }

    @Test
    void theWholeCatalogReadsBackIntoTheSameEntries() {
        List<Entry> catalog = Catalog.bundledEntries();
        ImportResult back = roundTrip(catalog);
        assertEquals(0, back.skipped());
        assertEquals(catalog.size(), back.entries().size());
        assertSameEntries(catalog, back.entries());
        Entry rs5m = back.entries().stream().filter(e -> e.id().equals("2306.11300")).findFirst().orElseThrow();
        assertEquals(2, rs5m.sections().size(), "RS5M comes back under both of its sections");
        assertEquals(List.of("Awesome Papers > Vision-Language Pre-training Models for Remote Sensing",
                "Awesome Datasets > Datasets of Pre-Training for Alignment"), rs5m.sections());
    }

    @Test
    void theCatalogInAnotherOrderStillKeepsEachEntrysSectionOrder() {
        List<Entry> reversed = new ArrayList<>(Catalog.bundledEntries());
        java.util.Collections.reverse(reversed);
        ImportResult back = roundTrip(reversed);
        assertSameEntries(reversed, back.entries());
    }

    @Test
    void theSeedsRowShapeIsWhatItWrites() {
        Entry skyeye = Catalog.bundledEntries().stream().filter(e -> e.id().equals("2401.09712")).findFirst().orElseThrow();
        assertEquals("| ![Star](https://img.shields.io/github/stars/ZhanYang-nwpu/SkyEyeGPT.svg?style=social&label=Star) <br> "
                + "[**SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model**]"
                + "(https://arxiv.org/abs/2401.09712.pdf) <br> Y. Zhan, Z. Xiong, Y. Yuan <br> | arXiv | 2024-01-18 | "
                + "[Github](https://github.com/ZhanYang-nwpu/SkyEyeGPT) | [Dataset](https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k) |",
                MarkdownWriter.paperRow(skyeye));
        String doc = new MarkdownWriter().toString(List.of(skyeye));
        assertTrue(doc.startsWith("# Awesome Papers\n\n## Multimodal Large Language Models for Remote Sensing\n\n| Title | Venue | Date | Code | Note |\n"), doc);
    }

    static final List<Entry> TRICKY = List.of(
            Entry.builder("2501.00001", "Stars *and* _under_scores_, [brackets], <br> tags, a | pipe, `code`, \\backslash & R&D; ~tilde~ #hash!")
                    .authors(List.of("Ü. Çelik", "J. O'Neil", "M. M. Al Rahhal")).etAl(true)
                    .venue("T-GRS").venueAsWritten("IEEE TGRS 2025").year(2025).date("2025-03")
                    .sections(List.of("Deep > Deeper > Deepest", "Top"))
                    .link(Links.PAPER, "https://arxiv.org/abs/2501.00001").link(Links.CODE, "https://gitlab.com/x/y")
                    .link(Links.PROJECT, "https://example.org/p (draft)").link(Links.DATA, "https://example.org/d?a=1|2")
                    .link(Links.DEMO, "https://example.org/demo").link(Links.MODEL, "https://example.org/weights")
                    .note("Data and Project notes: 50% [sic] *bold*").build(),
            Entry.builder("遥感多模态大模型综述", "遥感多模态大模型综述").authors(List.of("张三", "李四"))
                    .venue("Workshop on Things").year(2023).date("2023")
                    .sections(List.of("A > B > C > D > E > F > G")).build(),
            Entry.builder("plain-title-without-a-link", "Plain title without a link").venue("CVPR").date("2024-06-01").year(2024)
                    .sections(List.of("Top")).link(Links.OTHER, "https://example.org/o").build(),
            Entry.builder("set-1", "Set-1").kind(Kind.DATASET)
                    .sourcePaper(new PaperRef("A paper not in this export", "https://example.org/paper", null))
                    .venue("ICCV").year(2023).date("2023-10-02").size(1200L).sizeAsWritten("1.2k")
                    .sections(List.of("Top")).link(Links.DATA, "https://example.org/set1").link(Links.CODE, "https://github.com/o/set1")
                    .note("aerial, 0.5 m").build());

    @Test
    void escapedTextDeepSectionsAndEveryLinkKindReadBack() {
        ImportResult back = roundTrip(TRICKY);
        assertSameEntries(TRICKY, back.entries());
    }

    @Test
    void sectionsAreOrderedSoThatEachEntryKeepsItsOrder() {
        Entry a = Entry.builder("a", "A").sections(List.of("X")).build();
        Entry b = Entry.builder("b", "B").sections(List.of("Y", "X")).build();
        assertEquals(List.of("Y", "X"), MarkdownWriter.sectionOrder(List.of(a, b)));
        Entry c = Entry.builder("c", "C").sections(List.of("X", "Y")).build();
        assertEquals(List.of("X", "Y"), MarkdownWriter.sectionOrder(List.of(a, b, c)), "a cycle: first appearance wins");
        assertEquals(List.of("A", "B", "C", "D", "E", "F > G"), MarkdownWriter.headings("A > B > C > D > E > F > G"));
    }

    private static Entry withoutSources(Entry e) {
        return new Entry(e.id(), e.kind(), e.title(), e.aliases(), e.authors(), e.etAl(), e.venue(), e.venueAsWritten(), e.year(),
                e.date(), e.sections(), e.links(), e.note(), e.legend(), e.sourcePaper(),
                // a paper's datasets come in the order the list gives their rows
                e.datasetNames().stream().sorted().toList(), e.size(), e.sizeAsWritten(), List.of(), e.origins());
    }
}
