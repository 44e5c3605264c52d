package io.litindex.ingest.markdown;

import io.litindex.ingest.ImportResult;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.LIST;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One small fixture per bullet shape found in real lists, with headings in HTML and emoji, each with its exact expected entries. */
class BulletFormatsTest {
    private static Entry.Builder paper(String id, String title, int line, String section) {
        return Entry.builder(id, title).kind(Kind.PAPER).section(section).source(new Source(LIST, line));
    }

    @Test
    void boldTitleThenVenueAndLinksLine() {
        ImportResult result = read("""
                ## <font color='orange'>🔥 Surveys</font>

                - 🌟 **A Survey on Multimodal Large Language Models**  \s
                NSR 2024, [Paper](https://arxiv.org/pdf/2306.13549.pdf), [Project](https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models)

                - **VITA-1.5: Towards GPT-4o Level Real-Time Vision and Speech Interaction**  \s
                NeurIPS 2025 Highlight, [Paper](https://arxiv.org/pdf/2501.01957.pdf), [Project](https://github.com/VITA-MLLM/VITA)
                """);
        assertEquals(List.of(
                paper("2306.13549", "A Survey on Multimodal Large Language Models", 3, "Surveys")
                        .venue("NSR").venueAsWritten("NSR 2024").year(2024)
                        .links(Map.of("paper", "https://arxiv.org/pdf/2306.13549.pdf",
                                "project", "https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models")).build(),
                paper("2501.01957", "VITA-1.5: Towards GPT-4o Level Real-Time Vision and Speech Interaction", 6, "Surveys")
                        .venue("NeurIPS").venueAsWritten("NeurIPS 2025 Highlight").year(2025)
                        .links(Map.of("paper", "https://arxiv.org/pdf/2501.01957.pdf", "project", "https://github.com/VITA-MLLM/VITA")).build()),
                result.entries());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void linkTitleDashDescriptionUnderAnHtmlHeadingWithChineseKept() {
        ImportResult result = read("""
                # Awesome MLLM

                <h2 align="center">🤖 Models</h2>

                - [LLaVA: Visual Instruction Tuning](https://arxiv.org/abs/2304.08485) - The first open visual instruction-tuned model.
                - [遥感视觉语言模型综述](https://example.cn/survey) - 中文综述，包含数据集列表。
                * [Captioning Remote Sensing Images with Transformers](https://arxiv.org/abs/2301.00001), TGRS 2023
                """);
        assertEquals(List.of(
                paper("2304.08485", "LLaVA: Visual Instruction Tuning", 5, "Awesome MLLM > Models")
                        .links(Map.of("paper", "https://arxiv.org/abs/2304.08485")).note("The first open visual instruction-tuned model.")
                        // no year written: the arXiv id's (2304 is April 2023), said to come from there
                        .year(2023).date("2023-04").origin("year", Entry.ORIGIN_ARXIV_ID).origin("date", Entry.ORIGIN_ARXIV_ID).build(),
                paper("遥感视觉语言模型综述", "遥感视觉语言模型综述", 6, "Awesome MLLM > Models")
                        .links(Map.of("paper", "https://example.cn/survey")).note("中文综述，包含数据集列表。").build(),
                paper("2301.00001", "Captioning Remote Sensing Images with Transformers", 7, "Awesome MLLM > Models")
                        .venue("T-GRS").venueAsWritten("TGRS 2023").year(2023)
                        .links(Map.of("paper", "https://arxiv.org/abs/2301.00001")).build()),
                result.entries());
    }

    @Test
    void looseItemsWithVenueBeforeTheLinksAndTitleAndNotesOnIndentedLines() {
        ImportResult result = read("""
                ### Agents

                - 2025-CVPR. [Paper](https://arxiv.org/abs/2412.00001) | [Code](https://github.com/example/geo-agent)

                  **GeoAgent: Tool-Using Agents for Earth Observation**

                  Plans and calls remote sensing tools.

                - **RS-Agent: Automating Remote Sensing Tasks**

                    - 2024-arXiv. [Paper](https://arxiv.org/abs/2406.07089)
                    - An agent that uses a solution searcher.

                1. Change-Agent: Interactive Change Interpretation

                   2024-TGRS. [Paper](https://ieeexplore.ieee.org/document/10591792) | [Code](https://github.com/Chen-Yang-Liu/Change-Agent)
                """);
        assertEquals(List.of(
                paper("2412.00001", "GeoAgent: Tool-Using Agents for Earth Observation", 3, "Agents")
                        .venue("CVPR").venueAsWritten("2025-CVPR").year(2025)
                        .links(Map.of("paper", "https://arxiv.org/abs/2412.00001", "code", "https://github.com/example/geo-agent"))
                        .note("Plans and calls remote sensing tools.").build(),
                paper("2406.07089", "RS-Agent: Automating Remote Sensing Tasks", 9, "Agents")
                        .venue("arXiv").venueAsWritten("2024-arXiv").year(2024)
                        .links(Map.of("paper", "https://arxiv.org/abs/2406.07089")).note("An agent that uses a solution searcher.").build(),
                paper("change-agent-interactive-change-interpretation", "Change-Agent: Interactive Change Interpretation", 14, "Agents")
                        .venue("T-GRS").venueAsWritten("2024-TGRS").year(2024)
                        .links(Map.of("paper", "https://ieeexplore.ieee.org/document/10591792", "code", "https://github.com/Chen-Yang-Liu/Change-Agent"))
                        .build()),
                result.entries());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void categoryBulletsBecomeASectionLevelOfTheirItems() {
        ImportResult result = read("""
                ## Papers
                - **Image Captioning**
                  - [Captioning Remote Sensing Images with Transformers](https://arxiv.org/abs/2301.00001), TGRS 2023
                  - [Another Captioner](https://example.org/b) - uses transformers
                """);
        assertEquals(List.of(
                paper("2301.00001", "Captioning Remote Sensing Images with Transformers", 3, "Papers > Image Captioning")
                        .venue("T-GRS").venueAsWritten("TGRS 2023").year(2023).links(Map.of("paper", "https://arxiv.org/abs/2301.00001")).build(),
                paper("another-captioner", "Another Captioner", 4, "Papers > Image Captioning")
                        .links(Map.of("paper", "https://example.org/b")).note("uses transformers").build()),
                result.entries());
    }

    @Test
    void tablesOfContentsUpdatesBadgesAndImagesAreNotEntries() {
        ImportResult result = read("""
                # Awesome MLLM
                [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) ![Stars](https://img.shields.io/github/stars/x/y)

                <font size=5><center><b> Table of Contents </b> </center></font>
                - [Surveys](#surveys)
                - [Models](#models)
                  - [Agents](#agents)

                ## 📢 Latest Updates
                - **2024.05.22**: paper list updated 🔥
                - **The list will be continuously updated** 🔥🔥
                - 📦 coming soon! 🚀

                ## Models
                <p align="center">
                    <img src="./images/timeline.jpg" width="100%">
                </p>

                - [LLaVA: Visual Instruction Tuning](https://arxiv.org/abs/2304.08485)
                """);
        assertEquals(List.of("LLaVA: Visual Instruction Tuning"), titles(result));
        assertEquals(List.of("Awesome MLLM > Models"), result.entries().get(0).sections());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void anItemWithPaperLinksButNoTitleIsReportedAndSkipped() {
        ImportResult result = read("""
                ## Models
                - [Paper](https://arxiv.org/abs/2401.00001) | [Code](https://github.com/x/y)
                - **A Bold Title Without Any Link At All**
                """);
        assertEquals(1, result.skipped());
        assertEquals(List.of(
                "fixture.md:2: error: list item has links but no title; skipped",
                "fixture.md:3: warning: list item 'A Bold Title Without Any Link At All' has a title but no web link or venue; "
                        + "read as an entry with its title only"), diagnostics(result));
        assertEquals(List.of("A Bold Title Without Any Link At All"), titles(result));
    }

    @Test
    void aLinkInsideABoldTitleIsThePapersLinkAndALinkOnlyIntoTheRepositoryLosesNoItem() {
        // found by MarkdownFuzzTest: "**|[Title](url)**" (text and a link in one bold span) used to vanish without a word
        ImportResult result = read("""
                ## Models
                - **New: [GeoChat](https://arxiv.org/abs/2311.15826)** grounded dialogue
                - **A Paper Kept In This Repository** [pdf](papers/kept.pdf)
                """);
        assertEquals(List.of("New: GeoChat", "A Paper Kept In This Repository"), titles(result));
        assertEquals("https://arxiv.org/abs/2311.15826", result.entries().get(0).link("paper"));
        assertEquals("2311.15826", result.entries().get(0).id());
        assertEquals(List.of("fixture.md:3: warning: link [pdf](papers/kept.pdf) is relative to the list's repository; left out",
                "fixture.md:3: warning: list item 'A Paper Kept In This Repository' has a title but no web link or venue; "
                + "read as an entry with its title only"), diagnostics(result));
    }

    @Test
    void aVenueTagBeforeTheTitleAndAPlainTitleBeforeItsLinksAreRead() {
        ImportResult result = read("""
                ## Models
                - **[CVPR 2024]** GeoChat: Grounded Large Vision-Language Model for Remote Sensing. [[Paper](https://arxiv.org/abs/2311.15826)] [[Code](https://github.com/mbzuai-oryx/GeoChat)]
                - [NeurIPS 2023] A Paper Tagged In Brackets. [[paper](https://arxiv.org/abs/2305.00001)]
                - `ICLR 2024` [A Linked Title After A Code Tag](https://openreview.net/forum?id=abc)
                - A Plain Title Before Its Links [[pdf](https://arxiv.org/pdf/2401.00003)] [[code](https://github.com/x/y)] *A. Author, B. Author*
                - CVPR 2025. [Paper](https://arxiv.org/abs/2501.00004)
                - See the discussion [here](https://github.com/x/y/issues/1)
                """);
        assertEquals(List.of("GeoChat: Grounded Large Vision-Language Model for Remote Sensing", "A Paper Tagged In Brackets",
                "A Linked Title After A Code Tag", "A Plain Title Before Its Links"), titles(result));
        Entry geochat = result.entries().get(0);
        assertEquals("CVPR", geochat.venue());
        assertEquals(2024, geochat.year());
        assertEquals("https://github.com/mbzuai-oryx/GeoChat", geochat.link("code"));
        assertEquals(null, geochat.note(), "the brackets around the links leave nothing behind");
        assertEquals("NeurIPS", result.entries().get(1).venue());
        assertEquals("ICLR", result.entries().get(2).venue());
        assertEquals("https://openreview.net/forum?id=abc", result.entries().get(2).link("paper"));
        assertEquals("A. Author, B. Author", result.entries().get(3).note());
        assertEquals(List.of("fixture.md:6: error: list item has links but no title; skipped",
                "fixture.md:7: error: list item has links but no title; skipped"), diagnostics(result),
                "a venue with a paper link is no title, nor a sentence whose link leads to no paper or code: reported, not read");
    }

    @Test
    void aVenueEndingTheTextAfterTheTitleAndChineseLinkLabelsAreRead() {
        ImportResult result = read("""
                ## 论文
                * Title With Bracketed Labels, *A. Author, B. Author*, CVPR 2024. [[paper]](https://arxiv.org/abs/2401.10001) [[code]](https://github.com/a/b)
                - (ICCV'23) Parenthesized Tag Before A Title [paper](https://arxiv.org/abs/2401.10002)
                - 遥感 多模态 大模型 综述 [[论文](https://arxiv.org/abs/2401.10006)] [[代码](https://github.com/c/d)]
                """);
        assertEquals(List.of("Title With Bracketed Labels", "Parenthesized Tag Before A Title", "遥感 多模态 大模型 综述"), titles(result));
        Entry first = result.entries().get(0);
        assertEquals("CVPR", first.venue());
        assertEquals(2024, first.year());
        assertEquals(List.of("A. Author", "B. Author"), first.authors(), "the italic names right after the title");
        assertEquals(null, first.note());
        assertEquals("ICCV", result.entries().get(1).venue());
        assertEquals(2023, result.entries().get(1).year());
        assertEquals("https://github.com/c/d", result.entries().get(2).link("code"));
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void aParagraphPerPaperUnderASectionIsReadButIntroductionsAndNotesAreNot() {
        ImportResult result = read("""
                # Awesome Paragraph List

                This is an **awesome list of papers**, see [our paper](https://arxiv.org/abs/2401.99999) for details.

                ## Papers

                **GeoChat: Grounded Large Vision-Language Model for Remote Sensing** <br> *K. Kuckreja, M. Danish* <br> CVPR 2024 <br> [[Paper](https://arxiv.org/abs/2311.15826)] [[Code](https://github.com/mbzuai-oryx/GeoChat)]

                **SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks**
                *Y. Zhan, Z. Xiong*
                [[Paper](https://arxiv.org/abs/2401.09712)]

                **Note**: the list is updated weekly, see [here](https://github.com/x/y).

                [A Linked Paper Title In A Paragraph](https://arxiv.org/abs/2402.00001) - a short description.
                """);
        assertEquals(List.of("GeoChat: Grounded Large Vision-Language Model for Remote Sensing",
                "SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks", "A Linked Paper Title In A Paragraph"), titles(result));
        Entry geochat = result.entries().get(0);
        assertEquals(List.of("K. Kuckreja", "M. Danish"), geochat.authors());
        assertEquals("CVPR", geochat.venue());
        assertEquals("https://github.com/mbzuai-oryx/GeoChat", geochat.link("code"));
        assertEquals(List.of("Awesome Paragraph List > Papers"), geochat.sections());
        assertEquals(9, result.entries().get(1).sources().get(0).line());
        assertEquals(List.of("Y. Zhan", "Z. Xiong"), result.entries().get(1).authors());
        assertEquals("a short description.", result.entries().get(2).note());
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void partsSetApartByDashesEndingInAVenueGiveTitleNoteAndVenue() {
        ImportResult result = read("""
                ## Papers
                - GeoChat: Grounded LVLM for Remote Sensing - K. Kuckreja, M. Danish - CVPR 2024 - [paper](https://arxiv.org/abs/2311.15826)
                - RS-LLaVA - A Large Vision Language Model [paper](https://arxiv.org/abs/2401.80001)
                - Some Title | ICCV 2023 | [pdf](https://arxiv.org/abs/2301.80002)
                """);
        assertEquals(List.of("GeoChat: Grounded LVLM for Remote Sensing", "RS-LLaVA - A Large Vision Language Model", "Some Title"),
                titles(result), "a dash inside a title stays when no venue ends the line");
        assertEquals("K. Kuckreja, M. Danish", result.entries().get(0).note());
        assertEquals("CVPR", result.entries().get(0).venue());
        assertEquals(2023, result.entries().get(2).year());
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void aTaskListCheckBoxIsNoPartOfTheTitle() {
        ImportResult result = read("""
                ## Reading list
                - [x] **Bold Title After A Check Box** [paper](https://arxiv.org/abs/2401.70001)
                - [ ] Plain Title After An Empty Box [[pdf](https://arxiv.org/abs/2401.70002)]
                - [x] [CVPR 2024] [Linked Title After Box And Tag](https://arxiv.org/abs/2401.70003)
                """);
        assertEquals(List.of("Bold Title After A Check Box", "Plain Title After An Empty Box", "Linked Title After Box And Tag"), titles(result));
        assertEquals("CVPR", result.entries().get(2).venue());
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void headingsWrappedInHtmlOrLedByEmojiGiveTheSectionPath() {
        ImportResult result = read("""
                # :rocket: Awesome Lists
                ## <font size=5>🛰️ Remote Sensing</font>
                <font size=4><b>Captioning</b></font>

                - [A Captioning Paper](https://arxiv.org/abs/2301.00002)
                """);
        assertEquals(List.of("Awesome Lists > Remote Sensing > Captioning"), result.entries().get(0).sections());
    }

    @Test
    void anItalicOrBoldMarkerBeforeALinkedTitleIsANoteNotTheTitle() {
        ImportResult result = read("""
                ## Papers
                - *Highlighted* [Graph Attention Networks for Everything](https://arxiv.org/abs/2001.00001)
                - _New_: [Another Paper About Graphs](https://arxiv.org/abs/2001.00002) [[code]](https://github.com/a/b)
                - **Oral** [A Bold Marker Before A Linked Title](https://arxiv.org/abs/2001.00003)
                - *Survey* **A Bold Title After An Italic Marker** [paper](https://arxiv.org/abs/2001.00004)
                - **GeoChat** [GeoChat: Grounded Large Vision-Language Model](https://arxiv.org/abs/2311.15826)
                - **A Bold Title Before A Short Name** [GCN](https://arxiv.org/abs/1609.02907)
                """);
        assertEquals(List.of("Graph Attention Networks for Everything", "Another Paper About Graphs",
                "A Bold Marker Before A Linked Title", "A Bold Title After An Italic Marker",
                "GeoChat: Grounded Large Vision-Language Model", "A Bold Title Before A Short Name"), titles(result));
        assertEquals(java.util.Arrays.asList("Highlighted", "New", "Oral", "Survey", null, null),
                result.entries().stream().map(Entry::note).toList(), "the marker is kept, unless the title starts with it");
        assertEquals(List.of("https://arxiv.org/abs/2001.00001", "https://arxiv.org/abs/2001.00002",
                "https://arxiv.org/abs/2001.00003", "https://arxiv.org/abs/2001.00004", "https://arxiv.org/abs/2311.15826",
                "https://arxiv.org/abs/1609.02907"), result.entries().stream().map(e -> e.links().get(0).url()).toList());
        assertEquals(List.of(), diagnostics(result).stream().filter(d -> d.contains("skipped")).toList());
    }

    @Test
    void aLinkWrittenWithoutItsSchemeIsTheHttpsAddressItStandsFor() {
        ImportResult result = read("""
                ## Papers
                - [A Paper Linked Without Its Scheme](www.example.org/paper.pdf)
                - **A Bold Title With Scheme-less Links** [paper](WWW.example.org/x) [code](www.github.com/a/b)
                - Deep Crossing: Web-scale modeling. [[pdf]](www.arxiv.org/abs/1606.07792)

                | Title | Venue | Code |
                |---|---|---|
                | [**A Table Paper Without Scheme**](www.example.org/t) | CVPR 2024 | [Github](www.github.com/c/d) |
                """);
        assertEquals(List.of(List.of(io.litindex.model.Link.of("paper", "https://www.example.org/paper.pdf")),
                List.of(io.litindex.model.Link.of("paper", "https://WWW.example.org/x"), io.litindex.model.Link.of("code", "https://www.github.com/a/b")),
                List.of(io.litindex.model.Link.of("paper", "https://www.arxiv.org/abs/1606.07792")),
                List.of(io.litindex.model.Link.of("paper", "https://www.example.org/t"), io.litindex.model.Link.of("code", "https://www.github.com/c/d"))),
                result.entries().stream().map(Entry::links).toList());
        assertEquals(2016, result.entries().get(2).year(), "the arXiv id of a scheme-less arXiv link gives the year");
        assertEquals("https://www.example.org/x", CellContent.withScheme("www.example.org/x"));
        assertEquals("docs/www.paper.pdf", CellContent.withScheme("docs/www.paper.pdf"), "a path is no web address");
        assertEquals("www.pdf", CellContent.withScheme("www.pdf"), "nor is a file named www.pdf");
    }
}
