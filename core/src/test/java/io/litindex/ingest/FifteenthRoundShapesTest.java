package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of the fifteenth round's held-out lists (crowd counting: bullets opening with the paper's short names in
 * brackets inside bold after an HTML anchor, the venue bold in parentheses after the title, the year only in headings;
 * salient object detection: tables with authors whose venue column writes arXiv with the preprint's month, "arXiv12"),
 * each written here small.
 */
class FifteenthRoundShapesTest {

    @Test
    void aBoldBracketOfNamesBeforeAPlainTitleGivesTheNamesAndTheTitle() {
        ImportResult result = read("""
                ### 2019

                - <a name="HyGnn"></a> **[HyGnn]** Hybrid  Graph  Neural  Networks  for  Crowd  Counting (**AAAI**) [[paper](https://example.org/hygnn)]
                - <a name="CCWld"></a> **[CCWld, SFCN]** Learning from Synthetic Data for Crowd Counting in the Wild (**CVPR**) [[paper](https://example.org/gcc)] [[Project](https://example.org/gcc-cl)]
                - <a name="Zhang2015"></a> **[Zhang 2015]** Cross-scene Crowd Counting via Deep Convolutional Neural Networks (**CVPR**) [[paper](https://example.org/cross)]
                """);
        assertEquals(List.of("Hybrid Graph Neural Networks for Crowd Counting",
                "Learning from Synthetic Data for Crowd Counting in the Wild",
                "Cross-scene Crowd Counting via Deep Convolutional Neural Networks"), titles(result));
        Entry hygnn = byTitle(result, "Hybrid Graph Neural Networks for Crowd Counting");
        assertEquals(List.of("HyGnn"), hygnn.aliases());
        assertEquals("AAAI", hygnn.venue());
        assertEquals(2019, hygnn.year());
        assertEquals(List.of("CCWld", "SFCN"), byTitle(result, "Learning from Synthetic Data for Crowd Counting in the Wild").aliases());
        Entry cross = byTitle(result, "Cross-scene Crowd Counting via Deep Convolutional Neural Networks");
        assertEquals(List.of("Zhang"), cross.authors());
        assertTrue(cross.aliases().isEmpty());
        assertEquals("CVPR", cross.venue());
    }

    @Test
    void aVenueInBoldParenthesesAfterTheTitleIsTheVenueWithItsRemarkAsANote() {
        ImportResult result = read("""
                ### 2019

                - <a name="SPANet"></a> **[SPANet]** Learning Spatial Awareness to Improve Crowd Counting (**ICCV(oral)**) [[paper](https://example.org/spanet)]
                - <a name="DAL-SVR"></a> **[DAL-SVR]** Boosting deep attribute learning via support vector regression for fast moving crowd counting (**PR Letters**) [[paper](https://example.org/dal)]
                - <a name="CLPNet"></a> **[CLPNet]** Cross-Level Parallel Network for Crowd Counting (**TII**) [[paper](https://example.org/clp)]
                """);
        Entry spanet = byTitle(result, "Learning Spatial Awareness to Improve Crowd Counting");
        assertEquals("ICCV", spanet.venue());
        assertEquals("oral", spanet.note());
        Entry dal = byTitle(result, "Boosting deep attribute learning via support vector regression for fast moving crowd counting");
        assertEquals("PR Letters", dal.venue());
        assertNull(dal.note());
        Entry clp = byTitle(result, "Cross-Level Parallel Network for Crowd Counting");
        assertEquals("TII", clp.venue());
        assertNull(clp.note());
    }

    @Test
    void twoPapersTheListCallsByOneNameStayTwoEntries() {
        ImportResult result = read("""
                ### 2020

                - <a name="MSPNET"></a> **[MSPNET]** Stacked Pooling For Boosting Scale Invariance Of Crowd Counting (**ICASSP**) [[paper](https://example.org/stacked)]
                - <a name="MSPNET"></a> **[MSPNET]** Multi-supervised Parallel Network for Crowd Counting (**ICASSP**) [[paper](https://example.org/multi)]
                """);
        assertEquals(List.of("Stacked Pooling For Boosting Scale Invariance Of Crowd Counting",
                "Multi-supervised Parallel Network for Crowd Counting"), titles(result));
    }

    @Test
    void aTitleWrappedOntoTheNextLineAfterTheBoldNamesIsOneTitle() {
        ImportResult result = read("""
                ### 2018

                - <a name="IG-CNN"></a> **[IG-CNN]** Divide and Grow: Capturing Huge Diversity in Crowd Images with
                Incrementally Growing CNN (**CVPR**) [[paper](https://example.org/igcnn)]
                """);
        Entry ig = byTitle(result, "Divide and Grow: Capturing Huge Diversity in Crowd Images with Incrementally Growing CNN");
        assertEquals(List.of("IG-CNN"), ig.aliases());
        assertEquals("CVPR", ig.venue());
        assertNull(ig.note());
    }

    @Test
    void aCrossReferenceToAPlaceInTheListAfterTheLinksKeepsThePaper() {
        ImportResult result = read("""
                ### arXiv papers

                - <a name=""></a>AutoScale: Learning to Scale for Crowd Counting [[paper](https://arxiv.org/abs/1912.09632)](extension of [L2SM](#L2SM))
                - PDANet: Pyramid Density-aware Attention Net for Accurate Crowd Counting [[paper](https://arxiv.org/abs/2001.05643)]
                """);
        assertEquals(List.of("AutoScale: Learning to Scale for Crowd Counting",
                "PDANet: Pyramid Density-aware Attention Net for Accurate Crowd Counting"), titles(result));
    }

    @Test
    void arxivWithTheMonthInAVenueColumnIsArxivAndDatesTheRow() {
        ImportResult result = read("""
                ### Preprint

                | **Year** | **Pub.** | **Title** | **Author** | **Links** |
                | :------: | :------- | :-------- | :--------- | --------- |
                |   2021   | arXiv12  | Transformer-based Network for RGB-D Saliency Detection | Yue Wang, Huchuan Lu, et al. | [Paper](https://arxiv.org/abs/2112.00582)/Code
                |   2020   | arXiv08  | A Depth Quality Assessment Method For RGB-D Salient Object Detection | Xuehao Wang, et al. | [Paper](https://example.org/dq)/Code |
                """);
        Entry transformer = byTitle(result, "Transformer-based Network for RGB-D Saliency Detection");
        assertEquals("arXiv", transformer.venue());
        assertEquals("arXiv12", transformer.venueAsWritten());
        assertEquals("2021-12", transformer.date());
        Entry depth = byTitle(result, "A Depth Quality Assessment Method For RGB-D Salient Object Detection");
        assertEquals("arXiv", depth.venue());
        assertEquals("2020-08", depth.date());
    }

    @Test
    void etcEndingTheAuthorsIsEtAlNotAName() {
        ImportResult result = read("""
                #### 2021

                | **Pub.** | **Title** | **Author** | **Links** |
                | :------: | :-------- | :--------- | :-------- |
                |   IJCV   | Saliency Detection Inspired by Topological Perception Theory | Peng Peng, Yong-Jie Li, etc | [Paper](https://example.org/topo)/Code |
                """);
        Entry topo = byTitle(result, "Saliency Detection Inspired by Topological Perception Theory");
        assertEquals(List.of("Peng Peng", "Yong-Jie Li"), topo.authors());
        assertTrue(topo.etAl());
    }
}
