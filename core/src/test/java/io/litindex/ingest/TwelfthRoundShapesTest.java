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

    @Test
    void bibtexOrderNamesAfterALinkedTitleAreItsAuthorsWithTheirAccents() {
        ImportResult result = read("""
                # awesome-fairness-papers

                ## Papers
                1. [Monolingual and Multilingual Reduction of Gender Bias in Contextualized Representations](https://www.aclweb.org/anthology/2020.coling-main.446), Liang, Sheng  and Dufter, Philipp  and Sch{\\"u}tze, Hinrich, 2020
                1. [Type B Reflexivization as an Unambiguous Testbed for Multilingual Multi-Task Gender Bias](https://www.aclweb.org/anthology/2020.emnlp-main.209), Gonz{\\'a}lez, Ana Valeria  and S{\\o}gaard, Anders, 2020
                1. [AraWEAT: Multidimensional Analysis of Biases in Arabic Word Embeddings](https://www.aclweb.org/anthology/2020.wanlp-1.17), Lauscher, Anne  and Glava{\\v{s}}, Goran, 2020
                1. [Release strategies and the social impacts of language models](https://arxiv.org/abs/1908.09203), Solaiman, Irene and Brundage, Miles and others, 2019
                1. [Learning Gender-Neutral Word Embeddings](https://arxiv.org/abs/1809.01496), Zhao, Jieyu and Zhou, Yichao and Chang, Kai-Wei
                1. [Is Your Classifier Actually Biased? Measuring Fairness under Uncertainty with Bernstein Bounds](https://www.aclweb.org/anthology/2020.acl-main.262), Ethayarajh, Kawin, 2020
                1. [Conversational Assistants and Gender Stereotypes](https://www.aclweb.org/anthology/2020.gebnlp-1.7), Cercas Curry, Amanda and Robertson, Judy and Rieser, Verena 2020
                """);
        Entry liang = byTitle(result, "Monolingual and Multilingual Reduction of Gender Bias in Contextualized Representations");
        assertEquals(List.of("Liang, Sheng", "Dufter, Philipp", "Schütze, Hinrich"), liang.authors());
        assertEquals(2020, liang.year());
        assertEquals(null, liang.note());
        assertEquals(List.of("González, Ana Valeria", "Søgaard, Anders"),
                byTitle(result, "Type B Reflexivization as an Unambiguous Testbed for Multilingual Multi-Task Gender Bias").authors());
        assertEquals(List.of("Lauscher, Anne", "Glavaš, Goran"), byTitle(result, "AraWEAT: Multidimensional Analysis of Biases in Arabic Word Embeddings").authors());
        Entry release = byTitle(result, "Release strategies and the social impacts of language models");
        assertEquals(List.of("Solaiman, Irene", "Brundage, Miles"), release.authors());
        assertTrue(release.etAl());
        Entry neutral = byTitle(result, "Learning Gender-Neutral Word Embeddings");
        assertEquals(3, neutral.authors().size());
        assertEquals(2018, neutral.year(), "no year written: its arXiv id's");
        Entry single = byTitle(result, "Is Your Classifier Actually Biased? Measuring Fairness under Uncertainty with Bernstein Bounds");
        assertEquals(List.of("Ethayarajh, Kawin"), single.authors());
        assertEquals(2020, single.year());
        Entry noComma = byTitle(result, "Conversational Assistants and Gender Stereotypes");
        assertEquals(List.of("Cercas Curry, Amanda", "Robertson, Judy", "Rieser, Verena"), noComma.authors());
        assertEquals(2020, noComma.year());
    }
}
