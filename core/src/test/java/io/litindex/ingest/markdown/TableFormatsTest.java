package io.litindex.ingest.markdown;

import io.litindex.ingest.Fixtures;
import io.litindex.ingest.ImportResult;
import io.litindex.model.Entry;
import io.litindex.model.Link;
import io.litindex.model.Kind;
import io.litindex.model.PaperRef;
import io.litindex.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.LIST;
import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One small fixture per table shape found in real lists, each with its exact expected entries. */
class TableFormatsTest {
    private static Entry.Builder paper(String id, String title, int line, String section) {
        return Entry.builder(id, title).kind(Kind.PAPER).section(section).source(new Source(LIST, line));
    }

    @Test
    void aBoldModelNameBeforeAColonIsPartOfTheTitleAndRowNumbersAreNoNote() {
        ImportResult result = read("""
                ## Models
                | # | Title | Venue | Paper |
                |---|---|---|---|
                | 1 | **GeoChat**: Grounded Large Vision-Language Model for Remote Sensing | CVPR 2024 | [link](https://arxiv.org/abs/2311.15826) |
                | 2. | **SkyEyeGPT:** Unifying Remote Sensing Vision-Language Tasks | arXiv 2024 | [link](https://arxiv.org/abs/2401.09712) |
                | A1 | **RS-LLaVA** | Remote Sensing 2024 | [link](https://www.mdpi.com/2072-4292/16/9/1477) |
                """);
        assertEquals(java.util.List.of("GeoChat: Grounded Large Vision-Language Model for Remote Sensing",
                "SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks", "RS-LLaVA"),
                result.entries().stream().map(Entry::title).toList());
        assertEquals(java.util.Arrays.asList(null, null, "#: A1"), result.entries().stream().map(Entry::note).toList(),
                "a row number is no note; anything else in the column is kept");
        assertTrue(TableReader.namePrefix("GeoChat", "GeoChat: Grounded"));
        assertTrue(!TableReader.namePrefix("GeoChat", "GeoChat (CVPR)") && !TableReader.namePrefix("GeoChat:", "GeoChat:"));
    }

    @Test
    void itemsOfAnHtmlListWithAWebLinkAreReportedButAnHtmlTableOfContentsIsNot() {
        ImportResult result = read("""
                ## Papers
                <ul>
                <li><a href="#models">Models</a></li>
                <li><a href="https://arxiv.org/abs/2401.40001">An HTML List Paper</a></li>
                <li>
                <a href='https://arxiv.org/abs/2401.40002'>Second</a>
                </li>
                <li>No link here</li>
                </ul>
                """);
        assertEquals(2, result.skipped());
        String message = ": error: HTML list item with a link is not read (litindex reads Markdown lists: - [Title](…)); skipped";
        assertTrue(diagnostics(result).containsAll(java.util.List.of(LIST + ":4" + message, LIST + ":5" + message)), diagnostics(result).toString());
    }

    @Test
    void markdownThatAnHtmlTagSwallowedIsReportedOnItsLines() {
        ImportResult result = read("""
                ## Papers
                <details>
                <summary>2024</summary>
                - [A Paper Hidden In Details](https://arxiv.org/abs/2401.30001)
                | [Another](https://arxiv.org/abs/2401.30002) | CVPR |
                </details>

                <details>
                <summary>2023</summary>

                - [A Paper Read In Details](https://arxiv.org/abs/2301.30003)

                </details>
                """);
        assertEquals(java.util.List.of("A Paper Read In Details"), result.entries().stream().map(Entry::title).toList());
        String message = ": error: Markdown inside an HTML block is read as HTML (put a blank line after the HTML tag above it); skipped";
        assertEquals(java.util.List.of(LIST + ":4" + message, LIST + ":5" + message), diagnostics(result));
        assertEquals(2, result.skipped());
    }

    @Test
    void rowsOfAnHtmlTableAreReadOnTheirLines() {
        // before the second reading audit (session 26) these rows were reported as not read; HtmlTables reads them
        ImportResult result = read("""
                ## Papers
                - **A Markdown Entry: Still Read** [paper](https://arxiv.org/abs/2401.20001)

                <table>
                <tr><th>Title</th><th>Venue</th></tr>
                <tr>
                <td><a href="https://arxiv.org/abs/2401.20002">An HTML Row Paper</a></td>
                </tr>
                <tr><td><a href="https://arxiv.org/abs/2401.20003">Another HTML Row</a></td><td>ICCV 2023</td></tr>
                </table>
                """);
        assertEquals(List.of("A Markdown Entry: Still Read", "An HTML Row Paper", "Another HTML Row"),
                result.entries().stream().map(io.litindex.model.Entry::title).toList());
        assertEquals(0, result.skipped());
        io.litindex.model.Entry second = result.entries().get(2);
        assertEquals("ICCV", second.venue());
        assertEquals(2023, second.year());
        assertEquals(9, second.sources().get(0).line());
        assertEquals(6, result.entries().get(1).sources().get(0).line());
    }

    @Test
    void seedShapeStarBadgeBoldLinkAuthorsAfterBrVenueDateCodeNote() {
        ImportResult result = read("""
                ## Multimodal Large Language Models for Remote Sensing
                |  Title  |   Venue  |   Date   |   Code   |   Note   |
                |:--------|:--------:|:--------:|:--------:|:--------:|
                | ![Star](https://img.shields.io/github/stars/ZhanYang-nwpu/SkyEyeGPT.svg?style=social&label=Star) <br> [**SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model**](https://arxiv.org/abs/2401.09712.pdf) <br>Y. Zhan, Z. Xiong, and Y. Yuan. <br>| arXiv | 2024-01-18 | [Github](https://github.com/ZhanYang-nwpu/SkyEyeGPT) | [Dataset](https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k) |
                | [**Brain-Inspired Remote Sensing Foundation Models and Open Problems: A Comprehensive Survey**](https://ieeexplore.ieee.org/abstract/document/10278197) <br>L. Jiao et al.<br>| JSTARS | May-22-2024 | - | accepted by CVPR-24 |
                 [**Tree-GPT: Modular Large Language Model Expert System**](http://arxiv.org/abs/2310.04698.pdf) <br>S. Du, S. Tang, and R. Guo.<br>| arXiv | 2024.02 | - | -
                """);
        String section = "Multimodal Large Language Models for Remote Sensing";
        assertEquals(List.of(
                paper("2401.09712", "SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model", 4, section)
                        .authors(List.of("Y. Zhan", "Z. Xiong", "Y. Yuan")).venue("arXiv").year(2024).date("2024-01-18")
                        .links(Map.of("paper", "https://arxiv.org/abs/2401.09712.pdf", "code", "https://github.com/ZhanYang-nwpu/SkyEyeGPT",
                                "data", "https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k")).build(),
                paper("brain-inspired-remote-sensing-foundation-models-and-open",
                        "Brain-Inspired Remote Sensing Foundation Models and Open Problems: A Comprehensive Survey", 5, section)
                        .authors(List.of("L. Jiao")).etAl(true).venue("JSTARS").year(2024).date("2024-05-22")
                        .links(Map.of("paper", "https://ieeexplore.ieee.org/abstract/document/10278197")).note("accepted by CVPR-24").build(),
                paper("2310.04698", "Tree-GPT: Modular Large Language Model Expert System", 6, section)
                        .authors(List.of("S. Du", "S. Tang", "R. Guo")).venue("arXiv").year(2024).date("2024-02")
                        .links(Map.of("paper", "http://arxiv.org/abs/2310.04698.pdf")).build()),
                result.entries());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void noOuterPipesHeadersInAnyOrderPaperLabelBesideTitleVenueAndYearInOneCell() {
        ImportResult result = read("""
                # Awesome RS Foundation Models

                ## Vision-Language Models

                Abbreviation | Title | Publication | Paper | Code & Weights
                --- | --- | --- | --- | ---
                RemoteCLIP | **RemoteCLIP: A Vision Language Foundation Model for Remote Sensing** | TGRS2024 | [link](https://arxiv.org/abs/2306.11029) | [link](https://github.com/ChenDelong1999/RemoteCLIP)
                GeoRSCLIP | RS5M and GeoRSCLIP: A Large Scale Vision-Language Dataset | arxiv 2023 | [Paper](https://arxiv.org/abs/2306.11300v5) | N/A
                SkySense | **SkySense: A Multi-Modal Remote Sensing Foundation Model** | CVPR 2024 Highlight | [link](https://openaccess.thecvf.com/content/CVPR2024/html/Guo_SkySense.html) | null
                RingMo | **RingMo: A Remote Sensing Foundation Model with Masked Image Modeling** | TGRS2022 | [link](https://doi.org/10.1109/TGRS.2022.3194732) | -
                """);
        String section = "Awesome RS Foundation Models > Vision-Language Models";
        assertEquals(List.of(
                paper("2306.11029", "RemoteCLIP: A Vision Language Foundation Model for Remote Sensing", 7, section)
                        .venue("T-GRS").venueAsWritten("TGRS2024").year(2024)
                        .links(Map.of("paper", "https://arxiv.org/abs/2306.11029", "code", "https://github.com/ChenDelong1999/RemoteCLIP"))
                        .note("Abbreviation: RemoteCLIP").build(),
                paper("2306.11300", "RS5M and GeoRSCLIP: A Large Scale Vision-Language Dataset", 8, section)
                        .venue("arXiv").venueAsWritten("arxiv 2023").year(2023)
                        .links(Map.of("paper", "https://arxiv.org/abs/2306.11300v5")).note("Abbreviation: GeoRSCLIP")
                        // a short name the title does not lead with is another name of the entry
                        .alias("GeoRSCLIP").build(),
                paper("skysense-a-multi-modal-remote-sensing-foundation-model", "SkySense: A Multi-Modal Remote Sensing Foundation Model", 9, section)
                        .venue("CVPR").venueAsWritten("CVPR 2024 Highlight").year(2024)
                        .links(Map.of("paper", "https://openaccess.thecvf.com/content/CVPR2024/html/Guo_SkySense.html"))
                        .note("Abbreviation: SkySense").build(),
                paper("10.1109/tgrs.2022.3194732", "RingMo: A Remote Sensing Foundation Model with Masked Image Modeling", 10, section)
                        .venue("T-GRS").venueAsWritten("TGRS2022").year(2022)
                        .links(Map.of("paper", "https://doi.org/10.1109/TGRS.2022.3194732")).note("Abbreviation: RingMo").build()),
                result.entries());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void aShortNameColumnBesideTheTitleGivesAliasesAndASentenceThereStaysANote() {
        ImportResult result = read("""
                ### Unpaired Metrics

                | Title | Abbr | Year | Venue | Paper Link |
                | --- | --- | --- | --- | --- |
                | GANs Trained by a Two Time-Scale Update Rule Converge to a Local Nash Equilibrium | FID | 2017 | NeurIPS | [NeurIPS](https://example.org/ttur) |
                | Image Quality Assessment: From Error Visibility to Structural Similarity | PSNR, SSIM | 2004 | IEEE TIP | [DOI](https://doi.org/10.1109/TIP.2003.819861) |
                | Demystifying MMD GANs | - | 2018 | ICLR | [OpenReview](https://openreview.net/forum?id=r1lUOzWCW) |
                | Improved Techniques for Training GANs | a score from an Inception network | 2016 | NeurIPS | [NeurIPS](https://example.org/is) |
                """);
        assertEquals(List.of("FID"), byTitle(result, "GANs Trained by a Two Time-Scale Update Rule Converge to a Local Nash Equilibrium").aliases());
        Entry ssim = byTitle(result, "Image Quality Assessment: From Error Visibility to Structural Similarity");
        assertEquals(List.of("PSNR", "SSIM"), ssim.aliases(), "two names in one cell");
        assertEquals("Abbr: PSNR, SSIM", ssim.note(), "the cell is still the note it was");
        assertEquals(List.of(), byTitle(result, "Demystifying MMD GANs").aliases(), "a placeholder names nothing");
        Entry is = byTitle(result, "Improved Techniques for Training GANs");
        assertEquals(List.of(), is.aliases(), "a sentence is no name");
        assertEquals("Abbr: a score from an Inception network", is.note());
    }

    @Test
    void yearAndVenueColumnsAffiliationLinkTitlesChineseAndMissingCells() {
        ImportResult result = read("""
                ## 中文资源 (Chinese)

                | Year | Venue | Title | Code | Affiliation |
                |------|-------|-------|------|-------------|
                | 2025 | Remote Sensing 2025 | [遥感多模态大模型综述](https://www.mdpi.com/2072-4292/17/1/1) | [Code](https://github.com/example/rs-survey) | 西北工业大学 |
                | 2023 | N/A | [GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826) | - | MBZUAI |
                | 202x | ISPRS | [A Row With A Broken Year](https://example.org/broken) | - | - |
                | - | TGRS | null | [Code](https://github.com/example/untitled) | - |
                """);
        String section = "中文资源 (Chinese)";
        assertEquals(List.of(
                paper("遥感多模态大模型综述", "遥感多模态大模型综述", 5, section)
                        .venue("Remote Sensing").venueAsWritten("Remote Sensing 2025").year(2025).date("2025")
                        .links(Map.of("paper", "https://www.mdpi.com/2072-4292/17/1/1", "code", "https://github.com/example/rs-survey"))
                        .note("Affiliation: 西北工业大学").build(),
                paper("2311.15826", "GeoChat: Grounded Large Vision-Language Model for Remote Sensing", 6, section)
                        .year(2023).date("2023").links(Map.of("paper", "https://arxiv.org/abs/2311.15826"))
                        .note("Affiliation: MBZUAI").build(),
                paper("a-row-with-a-broken-year", "A Row With A Broken Year", 7, section)
                        .venue("ISPRS JPRS").venueAsWritten("ISPRS").links(Map.of("paper", "https://example.org/broken")).build()),
                result.entries());
        assertEquals(List.of(
                "fixture.md:7: error: unreadable date '202x'; the entry has no date",
                "fixture.md:8: error: row has no title; skipped"), diagnostics(result));
        assertEquals(1, result.skipped());
    }

    @Test
    void datasetTableWithSizeAndResolutionColumns() {
        ImportResult result = read("""
                ## Datasets

                | Dataset | #Images | Resolution | Paper | Link | Year |
                |:--|:--|:--|:--|:--|:--|
                | **RSICD** | 10,921 | 224×224 | [Exploring Models and Data for Remote Sensing Image Caption Generation](https://ieeexplore.ieee.org/document/8240966) | [Download](https://github.com/201528014227051/RSICD_optimal) | 2017 |
                | **RS5M** | 5M | - | [RS5M and GeoRSCLIP](https://arxiv.org/abs/2306.11300) | [HF](https://huggingface.co/datasets/Zilun/RS5M) | 2023 |
                """);
        assertEquals(List.of(
                Entry.builder("rsicd", "RSICD").kind(Kind.DATASET).section("Datasets").source(new Source(LIST, 5))
                        .year(2017).date("2017").links(Map.of("data", "https://github.com/201528014227051/RSICD_optimal"))
                        .note("Resolution: 224×224")
                        .sourcePaper(new PaperRef("Exploring Models and Data for Remote Sensing Image Caption Generation",
                                "https://ieeexplore.ieee.org/document/8240966", null))
                        .size(10_921L).sizeAsWritten("10,921").build(),
                Entry.builder("rs5m", "RS5M").kind(Kind.DATASET).section("Datasets").source(new Source(LIST, 6))
                        .year(2023).date("2023").links(Map.of("data", "https://huggingface.co/datasets/Zilun/RS5M"))
                        .sourcePaper(new PaperRef("RS5M and GeoRSCLIP", "https://arxiv.org/abs/2306.11300", null))
                        .size(5_000_000L).sizeAsWritten("5M").build()),
                result.entries());
    }

    @Test
    void namePaperLinkNotesTableDescribesDatasetsLinkedToTheirPapers() {
        ImportResult result = read("""
                ## Papers
                | Title | Venue | Date |
                |---|---|---|
                | [**MMBench: Is Your Multi-modal Model an All-around Player?**](https://arxiv.org/pdf/2307.06281.pdf) | ECCV | 2023-07-12 |

                ## Benchmarks
                | Name | Paper | Link | Notes |
                |:-----|:-----:|:----:|:-----:|
                | **MMBench** | [MMBench: Is Your Multi-modal Model an All-around Player?](https://arxiv.org/pdf/2307.06281.pdf) | [Link](https://github.com/open-compass/MMBench) | A systematically-designed objective benchmark |
                """);
        Entry mmbench = byTitle(result, "MMBench");
        assertEquals(Kind.DATASET, mmbench.kind());
        assertEquals(new PaperRef("MMBench: Is Your Multi-modal Model an All-around Player?", "https://arxiv.org/pdf/2307.06281.pdf", "2307.06281"),
                mmbench.sourcePaper());
        assertEquals("ECCV", mmbench.venue(), "a dataset takes its paper's venue");
        assertEquals("2023-07-12", mmbench.date());
        assertEquals("A systematically-designed objective benchmark", mmbench.note());
        assertEquals(List.of(io.litindex.model.Link.of("data", "https://github.com/open-compass/MMBench")), mmbench.links());
    }

    @Test
    void rowsWithMoreOrFewerCellsThanTheHeaderAreReportedAndNothingIsLost() {
        ImportResult result = read("""
                | Name | Paper | Link | Notes |
                |:-----|:-----:|:----:|:-----:|
                | **SciMMIR** | [SciMMIR: Benchmarking Scientific Multi-modal Information Retrieval](https://arxiv.org/pdf/2401.13478) | [Link](https://github.com/Wusiwei0410/SciMMIR) | | A benchmark for multi-modal information retrieval |
                | **Short** | [A Short Row](https://example.org/short) |
                """);
        assertEquals("A benchmark for multi-modal information retrieval", byTitle(result, "SciMMIR").note());
        assertEquals(List.of(
                "fixture.md:1: error: header has 4 cells but 1 row (line 3) has more; all read: the cells beyond the header "
                        + "hold text in 1 (kept in the row's note)",
                "fixture.md:1: warning: header has 4 cells but 1 row (line 4) has fewer; the missing cells are read as empty"),
                diagnostics(result));
        assertEquals(2, result.entries().size());
        assertEquals(0, result.skipped());
    }

    @Test
    void emptyCellsBeyondTheHeaderLoseNothingAndAreOnlyAWarning() {
        ImportResult result = read("""
                |  Title  |   Venue  |   Date   |   Code   |\s
                |:--------|:--------:|:--------:|:--------:|
                | [**HiRT: Enhancing Robotic Control with Hierarchical Robot Transformers**](https://arxiv.org/abs/2410.05273) | arXiv | 2024-09-12 | - | |
                | [**MaIL: Improving Imitation Learning with Selective State Space Models**](https://arxiv.org/abs/2406.08234) | CoRL 2024 | 2024-06-12 | - | IL, RepL |
                """);
        assertEquals(2, result.entries().size());
        assertEquals("IL, RepL", byTitle(result, "MaIL: Improving Imitation Learning with Selective State Space Models").note());
        assertEquals(List.of(
                "fixture.md:1: error: header has 4 cells but 2 rows (lines 3, 4) have more; all read: the cells beyond the "
                        + "header are empty in 1, hold text in 1 (kept in the row's note)"), diagnostics(result));
    }

    @Test
    void aHeaderOneColumnShortIsReportedOncePerTableAndBadgesBeyondItAreRead() {
        // the robot-manipulation list's shape: the header's Notes column was commented out, the rows kept theirs
        ImportResult result = read("""
                ## Grasp
                |  Title  |   Venue  |   Date   |   Code   |\s
                |:--------|:--------:|:--------:|:--------:|
                | [**HMT-Grasp: A Hybrid Mamba-Transformer Approach for Robot Grasping**](https://arxiv.org/abs/2410.03522) | arXiv | 2024-10-04 | - | |
                | [**OrbitGrasp: SE(3)-Equivariant Grasp Learning**](https://arxiv.org/abs/2407.03531) | CoRL 2024 | 2024-07-03 | - | |
                | [**GR-ConvNet: Antipodal Robotic Grasping**](https://arxiv.org/abs/1909.04810) | - | - | - | ![Star](https://img.shields.io/github/stars/skumra/robotic-grasping?style=social&label=Star) ![Conference](https://img.shields.io/badge/Conference-IROS'20-blue) |
                | [**EquiGraspFlow: SE(3)-Equivariant 6-DoF Grasp Pose Generative Flows**](https://openreview.net/pdf?id=5lSkn5v4LK) | CoRL 2024 | - | - |  |

                ## Other
                | Title | Venue |
                |---|---|
                | [**A Row Of Three**](https://arxiv.org/abs/2401.00003) | CVPR 2024 | |
                """);
        assertEquals(5, result.entries().size());
        assertEquals(0, result.skipped());
        assertEquals(List.of(
                "fixture.md:2: warning: header has 4 cells but 4 rows (lines 4, 5, 6, 7) have more; all read: the cells beyond "
                        + "the header are empty in 3, hold a badge in 1 (read as the row's badge)",
                "fixture.md:10: warning: header has 2 cells but 1 row (line 12) has more; all read: the cells beyond the header "
                        + "are empty in 1"), diagnostics(result));
        Entry grConv = byTitle(result, "GR-ConvNet: Antipodal Robotic Grasping");
        assertTrue(grConv.links().contains(Link.of("code", "https://github.com/skumra/robotic-grasping")), grConv.links().toString());
        assertEquals("IROS", grConv.venue());
        assertEquals(2020, grConv.year());
        assertEquals(Map.of("venue", "badge", "year", "badge"), grConv.origins());
        assertEquals(null, grConv.note(), "a badge is no note");
    }

    @Test
    void anItalicRowAloneNamesTheGroupOfTheRowsBelowIt() {
        ImportResult result = read("""
                ## Manipulation
                ### 3D Representation Policy Learning
                |  Title  |   Venue  |   Date   |   Code   |
                |:--------|:--------:|:--------:|:--------:|
                | [**RVT: Robotic View Transformer for 3D Object Manipulation**](https://arxiv.org/abs/2306.14896) | CoRL 2023 | 2023-06-26 | - |
                | _Diffusion Policy (DP)_|
                | [DP3: **3D Diffusion Policy: Generalizable Visuomotor Policy Learning via Simple 3D Representations**](https://arxiv.org/abs/2403.03954) | RSS 2024 | 2024-03-06 | - |
                | *Reconstruction* | | | |
                | [**GNFactor: Multi-Task Real Robot Learning with Generalizable Neural Feature Fields**](https://arxiv.org/abs/2308.16891) | CoRL 2023 | 2023-08-31 | - |
                | More for [VLAs](#vision-language-action-models) |
                | _A Paper Whose Title Is Italic_ | CoRL 2023 | 2023 | - |
                | **A Bold Title Alone** | | | |

                | Title | Venue |
                |---|---|
                | [**Octo: An Open-Source Generalist Robot Policy**](https://arxiv.org/abs/2405.12213) | RSS 2024 |
                """);
        assertEquals(List.of("RVT: Robotic View Transformer for 3D Object Manipulation",
                "DP3: 3D Diffusion Policy: Generalizable Visuomotor Policy Learning via Simple 3D Representations",
                "GNFactor: Multi-Task Real Robot Learning with Generalizable Neural Feature Fields",
                "A Paper Whose Title Is Italic", "A Bold Title Alone", "Octo: An Open-Source Generalist Robot Policy"), Fixtures.titles(result),
                "italic group rows and a row of in-page links only are no entries; an italic title with other cells is one, a bold one alone too");
        String section = "Manipulation > 3D Representation Policy Learning";
        assertEquals(List.of(section), result.entries().get(0).sections(), "rows before the first group row");
        assertEquals(List.of(section + " > Diffusion Policy (DP)"), result.entries().get(1).sections());
        assertEquals(List.of(section + " > Reconstruction"), result.entries().get(2).sections());
        assertEquals(List.of(section + " > Reconstruction"), result.entries().get(3).sections(), "a group goes on to the table's end");
        assertEquals(List.of(section), result.entries().get(5).sections(), "the next table starts without a group");
        assertEquals(List.of(), diagnostics(result));
        assertEquals(1, result.notEntries(), "the cross-reference row");
    }

    @Test
    void rowsInsideAnHtmlCommentAreHiddenNotSkipped() {
        ImportResult result = read("""
                ## Survey
                | Title | Venue | Date |
                |:------|:-----:|:----:|
                | [**A Survey on Vision-Language-Action Models for Embodied AI**](https://arxiv.org/abs/2405.14093) | arXiv | 2024-05-23 |
                <!--\s
                | [**Teleoperation of Humanoid Robots: A Survey**](https://arxiv.org/abs/2301.04317) | T-RO 2024 | 2023-01-11 |
                | [**Dynamic Planning with a LLM**](https://arxiv.org/abs/2308.06391) | arXiv | 2023-08-11 |
                -->

                <!-- <h2>Hidden Heading</h2> -->
                | Title | Venue | Date |
                |:------|:-----:|:----:|
                | [**Octo: An Open-Source Generalist Robot Policy**](https://arxiv.org/abs/2405.12213) | RSS 2024 | 2024-05-20 |
                """);
        assertEquals(List.of("A Survey on Vision-Language-Action Models for Embodied AI", "Octo: An Open-Source Generalist Robot Policy"),
                Fixtures.titles(result));
        assertEquals(List.of("Survey"), result.entries().get(1).sections(), "a heading inside a comment is no heading");
        assertEquals(List.of("fixture.md:5: warning: 2 rows or items with a link inside an HTML comment (<!-- … -->); not read"),
                diagnostics(result));
        assertEquals(0, result.skipped());
    }

    @Test
    void aDatedRowNamedAwesomeThatLinksOnlyAnotherAwesomeListIsNoEntry() {
        ImportResult result = read("""
                ## Awesome Techniques
                |  Title  |   Venue  |   Date   |   Code   |
                |:--------|:--------:|:--------:|:--------:|
                | **Awesome-LLM-Robotics** | - | 2022 | [Github](https://github.com/GT-RIPL/Awesome-LLM-Robotics) |
                | **Awesome-Robotics-Foundation-Models: [Foundation Models in Robotics: Applications, Challenges, and the Future](https://arxiv.org/abs/2312.07843)** | - | 2023-12-13 | [Github](https://github.com/robotics-survey/Awesome-Robotics-Foundation-Models) |
                """);
        assertEquals(List.of("Foundation Models in Robotics: Applications, Challenges, and the Future"), Fixtures.titles(result),
                "the survey the row names is a paper; the list alone is not");
        assertEquals(1, result.notEntries());
    }

    @Test
    void rowsTheParserLeftOutOfATableAreReportedAndSkipped() {
        ImportResult result = read("""
                | Title | Venue |
                |---|---|
                | [**Kept Paper**](https://arxiv.org/abs/2401.00010) | arXiv |
                |
                | [**After An Empty Row**](https://arxiv.org/abs/2401.00011) | CVPR |

                | Title | Venue |
                | [**Under A Header Without Delimiter Row**](https://arxiv.org/abs/2401.00012) | ICCV |
                """);
        assertEquals(List.of("Kept Paper"), Fixtures.titles(result));
        String why = "line looks like a table row but is not part of a table (no delimiter row under a header, "
                + "or a row of empty cells ended the table above); skipped";
        assertEquals(List.of("fixture.md:5: error: " + why, "fixture.md:7: error: " + why, "fixture.md:8: error: " + why),
                diagnostics(result));
        assertEquals(3, result.skipped());
    }

    @Test
    void aTableWithoutATitleColumnIsReportedOnceAndGivesNoEntries() {
        ImportResult result = read("""
                | Method | Backbone | mAP |
                |---|---|---|
                | Faster R-CNN | ResNet-50 | 37.4 |
                | DETR | ResNet-50 | 42.0 |
                """);
        assertEquals(List.of(), result.entries());
        assertTrue(diagnostics(result).contains(
                "fixture.md:1: warning: table (Method | Backbone | mAP) has no title, paper or name column; its rows are not entries"),
                diagnostics(result).toString());
    }

    @Test
    void headerNamesMapToColumnRoles() {
        assertEquals(TableReader.Role.TITLE, TableReader.role("  Title  "));
        assertEquals(TableReader.Role.PAPER, TableReader.role("Paper"));
        assertEquals(TableReader.Role.NAME, TableReader.role("Name"));
        assertEquals(TableReader.Role.DATASET, TableReader.role("Dataset"));
        assertEquals(TableReader.Role.ALIAS, TableReader.role("Model"));
        assertEquals(TableReader.Role.ALIAS, TableReader.role("Abbreviation"));
        assertEquals(TableReader.Role.VENUE, TableReader.role("Publication"));
        assertEquals(TableReader.Role.VENUE, TableReader.role("Published in"));
        assertEquals(TableReader.Role.VENUE, TableReader.role("**Venue**"));
        assertEquals(TableReader.Role.YEAR, TableReader.role("Year"));
        assertEquals(TableReader.Role.DATE, TableReader.role("Date"));
        assertEquals(TableReader.Role.CODE, TableReader.role("Code & Weights"));
        assertEquals(TableReader.Role.LINK, TableReader.role("Link"));
        assertEquals(TableReader.Role.LINK, TableReader.role("Demo"));
        assertEquals(TableReader.Role.NOTE, TableReader.role("Note"));
        assertEquals(TableReader.Role.AFFILIATION, TableReader.role("Affiliation"));
        assertEquals(TableReader.Role.SIZE, TableReader.role("#Images"));
        assertEquals(TableReader.Role.SIZE, TableReader.role("Size"));
        assertEquals(TableReader.Role.OTHER, TableReader.role("Resolution"));
    }

    @Test
    void rawCellsSplitAtUnescapedPipesWithOptionalOuterPipes() {
        assertEquals(List.of(" a ", " b ", " c "), TableReader.rawCells("| a | b | c |"));
        assertEquals(List.of("a ", " b ", " c"), TableReader.rawCells("a | b | c"));
        assertEquals(List.of(" a \\| b ", " c "), TableReader.rawCells("| a \\| b | c |"));
        assertEquals(List.of(" x ", " y ", " "), TableReader.rawCells("| x | y | |"));
    }
}
