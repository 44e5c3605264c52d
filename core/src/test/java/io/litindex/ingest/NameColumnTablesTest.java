package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.search.Searcher;
import io.litindex.search.Synonyms;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables whose one header ("| Year | Venue | Keywords | Name | Download |") heads rows of datasets and rows of papers:
 * each row's kind is read from its Name cell and its table, and datasets merge with their papers by link, never by
 * name alone.
 */
class NameColumnTablesTest {
    private static final String LIST = """
            # Awesome RS Vision-Language Data

            ## Comprehensive SFT

            |Year|Venue|Country|Name|Download|
            |:-:|:-:|:-:|-|-|
            |2024|CVPR|UAE|[GeoChat-Instruct](https://arxiv.org/abs/2311.15826)|[![Star](https://img.shields.io/github/stars/mbzuai-oryx/geochat.svg?style=social&label=Star)](https://github.com/mbzuai-oryx/geochat)|
            |2024|ISPRS|China|[SkyEye-968k](https://arxiv.org/abs/2401.09712)|N/A|

            ## Comprehensive Benchmark

            |Year|Venue|Country|Name|Download|
            |:-:|:-:|:-:|-|-|
            |2024|CVPR|UAE|[GeoChat-Bench](https://arxiv.org/abs/2311.15826)|N/A|

            ## Meta Data

            ### Classification

            |Year|Venue|Keywords|Name|Download|
            |:-:|:-:|:-:|-|-|
            |2015|TGRS| |[Sydney](https://ieeexplore.ieee.org/document/6910306)|N/A|
            |2017|TGRS| |[RSD46-WHU](https://ieeexplore.ieee.org/abstract/document/7827088)|[link](https://github.com/RSIA-LIESMARS-WHU/RSD46-WHU)|

            ### Captioning

            |Year|Venue|Keywords|Name|Download|
            |:-:|:-:|:-:|-|-|
            |2016|CITS| |[Sydney](https://ieeexplore.ieee.org/abstract/document/7546397)|[link](https://pan.baidu.com/s/1hujEmcG)|
            |2017|TGRS| |[RSD46-WHU](https://ieeexplore.ieee.org/abstract/document/7827088)|N/A|

            ## Papers

            ### Multimodal Large Language Models

            |Year|Venue|Keywords|Name|Download|
            |:-:|:-:|:-:|-|-|
            |2024|CVPR||[GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826)|N/A|
            |2024|ISPRS||[SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model](https://arxiv.org/abs/2401.09712)|N/A|
            |2024|TGRS||[RSVG: Exploring Data and Models for Visual Grounding on Remote Sensing Data](https://ieeexplore.ieee.org/document/10056343)|N/A|
            |2024|arXiv||[EarthGPT](https://arxiv.org/abs/2401.16822)|N/A|
            """;

    @Test
    void aShortNameBesideADownloadColumnIsADatasetAndATitleAPaper() {
        ImportResult result = read(LIST);
        assertEquals(Kind.DATASET, byTitle(result, "GeoChat-Instruct").kind());
        assertEquals(Kind.DATASET, byTitle(result, "SkyEye-968k").kind());
        assertEquals(Kind.DATASET, byTitle(result, "RSD46-WHU").kind());
        assertEquals(Kind.PAPER, byTitle(result, "RSVG: Exploring Data and Models for Visual Grounding on Remote Sensing Data").kind());
        assertEquals(Kind.PAPER, byTitle(result, "EarthGPT").kind(), "a short name under a heading of papers or models is a paper");
    }

    @Test
    void datasetRowsMergeWithThePaperOfTheirLinkWhichIsTheirSourcePaper() {
        ImportResult result = read(LIST);
        Entry geochat = byTitle(result, "GeoChat-Instruct");
        assertEquals(3, geochat.sources().size(), "the SFT row, the benchmark row and the paper row of one arXiv id");
        assertEquals("2311.15826", geochat.id());
        assertTrue(geochat.aliases().contains("GeoChat-Bench"));
        assertTrue(geochat.aliases().contains("GeoChat: Grounded Large Vision-Language Model for Remote Sensing"));
        assertNotNull(geochat.sourcePaper());
        assertEquals("GeoChat: Grounded Large Vision-Language Model for Remote Sensing", geochat.sourcePaper().title());
        assertEquals("https://arxiv.org/abs/2311.15826", geochat.sourcePaper().url());
        assertEquals("SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model",
                byTitle(result, "SkyEye-968k").sourcePaper().title());
        // a dataset row sharing its paper's link with the paper row is no copy-and-paste slip
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("probably links the wrong paper")),
                result.diagnostics().toString());
    }

    @Test
    void twoDatasetsOfOneNameMergeOnlyWhenTheyShareALink() {
        ImportResult result = read(LIST);
        List<Entry> sydney = result.entries().stream().filter(e -> e.title().equals("Sydney")).toList();
        assertEquals(2, sydney.size(), "a scene classification Sydney and a captioning Sydney of another paper");
        assertNotEquals(sydney.get(0).id(), sydney.get(1).id());
        List<Entry> rsd = result.entries().stream().filter(e -> e.title().equals("RSD46-WHU")).toList();
        assertEquals(1, rsd.size(), "one dataset listed under two tasks with the same paper link");
        assertEquals(2, rsd.get(0).sections().size());
        assertEquals(2, rsd.get(0).sources().size());
    }

    @Test
    void theMergedDatasetIsFoundByItsPapersTitleWordsAndRanksFirst() throws Exception {
        try (Searcher s = Searcher.inMemory(read(LIST).entries(), Synonyms.configured())) {
            // "grounding" is only in the paper's title ("Grounded"), "instruction" only in the dataset's name ("Instruct")
            assertEquals("GeoChat-Instruct", s.search(FullRequests.builder().query("grounding instruction").limit(5).build())
                    .hits().get(0).entry().title());
        }
    }

    @Test
    void aNameTableWithoutDataColumnOrHeadingKeepsPapersAndAToolHeadingGivesTools() {
        ImportResult result = read("""
                # Awesome Things

                ## Foundation work

                | Year | Venue | Name |
                |---|---|---|
                | 2023 | ICCV | [SAM](https://arxiv.org/abs/2304.02643) |

                ## Toolkits

                | Year | Name | Download |
                |---|---|---|
                | 2023 | [TorchGeo](https://github.com/microsoft/torchgeo) | [pip](https://pypi.org/project/torchgeo/) |

                ## Miscellaneous

                | Name | #Images | Download |
                |---|---|---|
                | [EuroSAT](https://arxiv.org/abs/1709.00029) | 27,000 | [link](https://zenodo.org/records/7711810) |
                | [Sentinel Foundation Models for Earth Observation Tasks](https://arxiv.org/abs/2401.00001) | 1M | N/A |
                """);
        assertEquals(Kind.PAPER, byTitle(result, "SAM").kind(), "no data column and no heading naming data: a paper");
        assertEquals(Kind.TOOL, byTitle(result, "TorchGeo").kind());
        assertEquals(Kind.DATASET, byTitle(result, "EuroSAT").kind(), "a column of sizes");
        assertEquals(Kind.PAPER, byTitle(result, "Sentinel Foundation Models for Earth Observation Tasks").kind(), "more than four words");
    }

    @Test
    void aPaperListedBeforeItsDatasetStaysAPaperWithTheDatasetsName() {
        ImportResult result = read("""
                # Awesome

                ## Papers

                |Year|Venue|Name|Download|
                |-|-|-|-|
                |2024|CVPR|[GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826)|N/A|

                ## Datasets

                |Year|Venue|Name|Download|
                |-|-|-|-|
                |2024|CVPR|[GeoChat-Instruct](https://arxiv.org/abs/2311.15826)|N/A|
                """);
        assertEquals(1, result.entries().size());
        Entry e = result.entries().get(0);
        assertEquals(Kind.PAPER, e.kind());
        assertEquals(List.of("GeoChat-Instruct"), e.aliases());
    }
}
