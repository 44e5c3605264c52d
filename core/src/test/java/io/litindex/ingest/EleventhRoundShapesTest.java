package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the eleventh round's anomaly-detection list, written here small: bullets whose title, a bold bracketed
 * venue with a two-digit year and links in code spans are cut by pipes ("- Title | **[ICLR' 20]** | [`[pdf]`](url)").
 */
class EleventhRoundShapesTest {

    private static final String LIST = """
            # awesome anomaly detection

            ## Image-level anomaly detection
            - Deep One-Class Classification | **[ICML' 18]** | [`[pdf]`](http://data.bit.uni-bonn.de/publications/ICML2018.pdf)
            - Deep Semi-Supervised Anomaly Detection   | **[ICLR' 20]** |  [`[pdf]`](https://openreview.net/pdf?id=HkgH0TEYwH)
            - A review of novelty detection | **[Signal Processing' 14]** |  [`[link]`](https://www.sciencedirect.com/science/article/pii/S016516841300515X)
            - Backpropagated Gradient Representations for Anomaly Detection\t | **[ECCV' 20]**
            - A Survey of Recent Trends in One Class Classification  | **[AICS' 09]** |  [`[pdf]`](https://example.org/occ.pdf)
            - Defect Detection in SEM Images of Nanofibrous Materials | **[IEEE Trans. on Industrial Informatics' 17]** | [`[pdf]`](https://example.org/sem.pdf)
            - [**ALOCC**]Adversarially Learned One-Class Classifier for Novelty Detection  | **[CVPR' 18]** |  [`[pdf]`](https://arxiv.org/pdf/1802.09088.pdf) [`[code]`](https://github.com/khalooei/ALOCC-CVPR2018)
            - [**ODIN**] Enhancing The Reliability of Out-of-distribution Image Detection in Neural Networks  | **[ICLR' 18]** | [`[pdf]`](https://arxiv.org/pdf/1706.02690.pdf)
            - Estimating the Support of a High- Dimensional Distribution [**OC-SVM**]  | **[Journal of Neural Computation' 01]** | [`[pdf]`](https://example.org/ocsvm.pdf)
            """;

    @Test
    void aTitleThenABoldVenueTagIsAPaperWhateverItsLinksAreCalled() {
        ImportResult result = read(LIST);
        assertEquals(9, result.entries().size(), "every item is a paper: " + titles(result));
        assertTrue(diagnostics(result).stream().noneMatch(d -> d.contains("no title")), diagnostics(result).toString());
        Entry review = byTitle(result, "A review of novelty detection");
        assertEquals(2014, review.year());
        assertEquals("https://www.sciencedirect.com/science/article/pii/S016516841300515X", review.links().get(0).url());
        // no link at all: the tag after the title still names a paper
        Entry linkless = byTitle(result, "Backpropagated Gradient Representations for Anomaly Detection");
        assertEquals("ECCV", linkless.venue());
        assertEquals(2020, linkless.year());
        assertTrue(linkless.links().isEmpty());
    }

    @Test
    void aTagNamingNoKnownVenueIsTheVenueAsWrittenWithItsYear() {
        ImportResult result = read(LIST);
        Entry occ = byTitle(result, "A Survey of Recent Trends in One Class Classification");
        assertEquals("AICS", occ.venue());
        assertEquals(2009, occ.year());
        assertEquals(null, occ.note());
        Entry sem = byTitle(result, "Defect Detection in SEM Images of Nanofibrous Materials");
        assertEquals("IEEE Trans. on Industrial Informatics", sem.venue());
        assertEquals(2017, sem.year());
        Entry ocsvm = byTitle(result, "Estimating the Support of a High- Dimensional Distribution");
        assertEquals(2001, ocsvm.year());
        assertEquals(List.of("OC-SVM"), ocsvm.aliases());
        assertEquals(null, ocsvm.note());
        assertEquals("ICML", byTitle(result, "Deep One-Class Classification").venue());
    }

    @Test
    void aBoldNameInBracketsBeforeAPlainTitleIsItsAlias() {
        ImportResult result = read(LIST);
        Entry alocc = byTitle(result, "Adversarially Learned One-Class Classifier for Novelty Detection");
        assertEquals(List.of("ALOCC"), alocc.aliases());
        assertEquals("CVPR", alocc.venue());
        assertEquals(2018, alocc.year());
        Entry odin = byTitle(result, "Enhancing The Reliability of Out-of-distribution Image Detection in Neural Networks");
        assertEquals(List.of("ODIN"), odin.aliases());
        assertEquals("ICLR", odin.venue());
    }

    @Test
    void aBoldRemarkAfterAFewLinkedTitlesMakesNoListOfTaggedTitles() {
        ImportResult result = read("""
                # Notes

                - [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | **[NeurIPS' 17]**
                - We moved the list | **[Update' 21]**
                - Pull requests are welcome | **[Note' 22]**
                """);
        assertEquals(List.of("Attention Is All You Need"), titles(result),
                "without three plain titles tagged by a known venue, a tagged sentence is no paper");
    }
}
