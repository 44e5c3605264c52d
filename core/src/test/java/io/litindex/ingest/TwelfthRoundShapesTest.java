package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of the twelfth round's lists, written here small: a fairness list whose table of contents is a level-2
 * heading above level-3 and level-4 parts, its papers numbered references with the title as the link text and
 * BibTeX-order authors after it; and a person re-identification list whose papers are blockquoted level-4 headings
 * ("&gt; #### 1) *"Title"* [[paper](url)]") under venue headings.
 */
class TwelfthRoundShapesTest {

    private static final String FAIRNESS = """
            # awesome-fairness-papers
            Papers about fairness in NLP

            **Disclaimer: We are not able to cover all the papers in the list.**

            ## Contents
            - [Paper List](#paper-list)
                - [Surveys](#surveys)
                - [Natural Language Understanding](#natural-language-understanding)
                    - [Bias Detection](#bias-detection)
            - [Tutorial List](#tutorial-list)

            ### Paper List

            #### Surveys
            1. [A survey on bias and fairness in machine learning](https://arxiv.org/abs/1908.09635), Mehrabi, Ninareh and Morstatter, Fred and Saxena, Nripsuta, 2019

            #### Natural Language Understanding
            ##### Bias Detection
            1. [The Risk of Racial Bias in Hate Speech Detection](https://www.aclweb.org/anthology/P19-1163), Sap, Maarten  and Card, Dallas  and Gabriel, Saadia, 2019

            ### Tutorial List
            - [Socially Responsible NLP](https://www.aclweb.org/anthology/N18-6005/), NAACL 2018
            """;

    @Test
    void partsUnderATableOfContentsHeadingAreTheListsPartsNotTheContents() {
        ImportResult result = read(FAIRNESS);
        assertEquals(3, result.entries().size(), "every paper and the tutorial: " + titles(result));
        Entry survey = byTitle(result, "A survey on bias and fairness in machine learning");
        assertEquals(List.of("awesome-fairness-papers > Paper List > Surveys"), survey.sections());
        assertEquals(2019, survey.year());
        Entry hate = byTitle(result, "The Risk of Racial Bias in Hate Speech Detection");
        assertEquals(List.of("awesome-fairness-papers > Paper List > Natural Language Understanding > Bias Detection"), hate.sections());
        assertTrue(result.entries().stream().noneMatch(e -> e.sections().stream().anyMatch(s -> s.contains("Contents"))));
    }

    private static final String REID = """
            # Awesome Person Re-identification (Person ReID)

            ## 2. Survey

            > #### 1) *"Beyond Intra-modality: A Survey of Heterogeneous Person Re-identification"*, IJCAI 2020 [[paper](https://arxiv.org/abs/1905.10048)] [[github](https://github.com/lightChaserX/Awesome-Hetero-reID)]
            > #### 2) *"A Survey of Open-World Person Re-identification"*, TCSVT 2019, [[paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8640834)]

            ---

            ## 5. ECCV2020

            - **Person re-identification**

            > #### 1) *"Joint Disentangling and Adaptation for Cross-Domain Person Re-Identification"* [[paper](https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123470086.pdf)]
            > #### 2) *"Faster Person Re-Identification"* [[paper](https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123530273.pdf)]

            - **Vehicle re-identification**
            > #### 1) *"Simulating Content Consistent Vehicle Datasets with Attribute Descent"* [[paper](https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123510766.pdf)]

            ## 10. CVPR2018

            > #### 1) *"Camera Style Adaptation for Person Re-identification"* [[paper](http://openaccess.thecvf.com/content_cvpr_2018/papers/Zhong_Camera_Style_Adaptation_CVPR_2018_paper.pdf)] [[Github](https://github.com/zhunzhong07/CamStyle)]
            """;

    @Test
    void numberedHeadingsWithPaperLinksAreThePapersOfTheList() {
        ImportResult result = read(REID);
        assertEquals(6, result.entries().size(), "every quoted heading is a paper: " + titles(result));
        Entry faster = byTitle(result, "Faster Person Re-Identification");
        assertEquals("https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123530273.pdf", faster.links().get(0).url());
        Entry camStyle = byTitle(result, "Camera Style Adaptation for Person Re-identification");
        assertEquals(2, camStyle.links().size());
    }

    @Test
    void aNumberedVenueHeadingGivesItsPapersTheVenueAndYear() {
        ImportResult result = read(REID);
        Entry faster = byTitle(result, "Faster Person Re-Identification");
        assertEquals("ECCV", faster.venue());
        assertEquals(2020, faster.year());
        Entry camStyle = byTitle(result, "Camera Style Adaptation for Person Re-identification");
        assertEquals("CVPR", camStyle.venue());
        assertEquals(2018, camStyle.year());
        // a venue written after the quoted title is the paper's own
        Entry hetero = byTitle(result, "Beyond Intra-modality: A Survey of Heterogeneous Person Re-identification");
        assertEquals("IJCAI", hetero.venue());
        assertEquals(2020, hetero.year());
        assertEquals("TCSVT", byTitle(result, "A Survey of Open-World Person Re-identification").venue());
    }

    @Test
    void aBoldLabelBulletOverAQuoteNamesItsGroupAndIsNoPaper() {
        ImportResult result = read(REID);
        assertTrue(result.entries().stream().noneMatch(e -> e.title().toLowerCase(java.util.Locale.ROOT).contains("re-identification") && e.links().isEmpty()),
                titles(result).toString());
        Entry vehicle = byTitle(result, "Simulating Content Consistent Vehicle Datasets with Attribute Descent");
        assertEquals(List.of("Awesome Person Re-identification (Person ReID) > 5. ECCV2020 > Vehicle re-identification"), vehicle.sections());
    }
}
