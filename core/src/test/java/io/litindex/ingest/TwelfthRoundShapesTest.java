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
}
