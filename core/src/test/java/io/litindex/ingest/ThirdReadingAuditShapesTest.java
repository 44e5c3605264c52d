package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes found by the third reading audit (session 27: real lists litindex had never seen, from HCI, robotics, graphics,
 * chemistry and programming languages, docs/lists.md "Reading audit (session 27)"), written here small.
 */
class ThirdReadingAuditShapesTest {

    @Test
    void aTitleHeaderWithARemarkInBracketsIsTheTitleColumn() {
        ImportResult r = read("""
                # HCI
                | Source | Title (Link) | Authors | Date |
                |---|---|---|---|
                | CHI25 | [Policy Maps: Tools for Guiding LLM Behaviors](https://doi.org/10.1145/1) | Michelle S. Lam, et al. | 2025.04 |
                | UIST25 | [SketchGPT: A Sketch-based Multimodal Interface](https://doi.org/10.1145/2) | Chang Xiao, et al. | 2025.10 |
                | CSCW25 | [An Emergent Understanding of Human-AI Collaboration](https://doi.org/10.1145/3) | Ziyi Xuan, et al. | 2025.11 |
                """);
        assertEquals(3, r.entries().size());
        Entry e = byTitle(r, "Policy Maps: Tools for Guiding LLM Behaviors");
        assertEquals(List.of("Michelle S. Lam"), e.authors());
        // the Source column names known venues glued to a two-digit year: the venue column
        assertEquals("CHI", e.venue());
        assertEquals(2025, e.year());
        assertEquals("UIST", byTitle(r, "SketchGPT: A Sketch-based Multimodal Interface").venue());
    }

    @Test
    void chineseHeadersNameTheirColumns() {
        ImportResult r = read("""
                # 机器人学习

                |日期|标题|论文|代码|推荐指数|
                |:---:|:---:|:---:|:---:|:---:|
                |2025-02|COMPASS: A Universal Framework for Cross-Morphology Robot Learning|[[pdf]](https://arxiv.org/pdf/2502.16372)|[NVlabs/COMPASS](https://github.com/NVlabs/COMPASS)|⭐️⭐️⭐️|
                |2021|RMA: Rapid Motor Adaptation for Legged Robots|[[pdf]](https://arxiv.org/abs/2107.04034)|⚠️|⭐️⭐️|
                """);
        assertEquals(List.of("COMPASS: A Universal Framework for Cross-Morphology Robot Learning",
                "RMA: Rapid Motor Adaptation for Legged Robots"), titles(r));
        Entry e = byTitle(r, "COMPASS: A Universal Framework for Cross-Morphology Robot Learning");
        assertEquals(2025, e.year());
        assertTrue(e.links().stream().anyMatch(l -> l.kind().equals("code") && l.url().equals("https://github.com/NVlabs/COMPASS")));
    }

    @Test
    void aTagBeforeATableTitleIsNoPartOfIt() {
        ImportResult r = read("""
                |Date|Title|Paper|
                |---|---|---|
                |2025-11-06|[GentleHumanoid] GentleHumanoid: Learning Upper-body Compliance for Contact-rich Interaction|[[pdf]](http://arxiv.org/abs/2511.04679v1)|
                |2025-11-06|[en] Evo-1: Lightweight Vision-Language-Action Model with Preserved Semantic Alignment|[[pdf]](http://arxiv.org/abs/2511.04555v1)|
                |2025-11-05|Laugh, Relate, Engage: Stylized Comment Generation for Short Videos|[[pdf]](http://arxiv.org/abs/2511.03757v1)|
                """);
        assertEquals(List.of("GentleHumanoid: Learning Upper-body Compliance for Contact-rich Interaction",
                "Evo-1: Lightweight Vision-Language-Action Model with Preserved Semantic Alignment",
                "Laugh, Relate, Engage: Stylized Comment Generation for Short Videos"), titles(r));
        assertEquals("en", byTitle(r, "Evo-1: Lightweight Vision-Language-Action Model with Preserved Semantic Alignment").note());
    }

    @Test
    void anInfoColumnOfVenuesAndYearsIsTheVenueColumn() {
        ImportResult r = read("""
                ## Fluid

                |Name|Info|Link|
                |---|---|---|
                |**Data-driven fluid simulations using regression forests**| TOG 2015| [Link](https://dl.acm.org/doi/10.1145/2816795.2818129) |
                |**Lagrangian fluid simulation with continuous convolutions**| ICLR 2019| [Link](https://example.org/a) |
                |**Machine learning for fluid mechanics**|  2020| [Link](https://example.org/b) |
                |**Deep Reconstruction of 3D Smoke Densities from Artist Sketches**| CGF 2022| [Link](https://example.org/c) |
                """);
        Entry e = byTitle(r, "Data-driven fluid simulations using regression forests");
        assertEquals("TOG", e.venue());
        assertEquals(2015, e.year());
        assertEquals("Computer Graphics Forum", byTitle(r, "Deep Reconstruction of 3D Smoke Densities from Artist Sketches").venue());
        Entry survey = byTitle(r, "Machine learning for fluid mechanics");
        assertNull(survey.venue());
        assertEquals(2020, survey.year());
    }

    @Test
    void aColumnOfFewVenuesStaysANote() {
        ImportResult r = read("""
                |Title|Info|
                |---|---|
                |Paper one about graphs|TOG 2015|
                |Paper two about graphs|fast and simple|
                |Paper three about graphs|needs a GPU|
                """);
        assertNull(byTitle(r, "Paper one about graphs").venue());
    }

    @Test
    void aNameColumnBesideATitleColumnGivesAliases() {
        ImportResult r = read("""
                | Name        | Paper Title                                                  | Year | Venue |
                | ----------- | ------------------------------------------------------------ | ---- | ----- |
                | KarmaDock   | Efficient and accurate large library ligand docking with KarmaDock | 2023 | Nat. Comput. Sci. |
                | qmlify      | Towards chemical accuracy for alchemical free energy calculations | 2020 | BioRxiv |
                | DiffDock    | DiffDock: Diffusion steps, twists, and turns for molecular docking | 2022 | ICLR |
                | /           | Simulating protein-ligand binding with neural network potentials | 2020 | Chem. Sci. |
                """);
        assertEquals(List.of("qmlify"), byTitle(r, "Towards chemical accuracy for alchemical free energy calculations").aliases());
        // the title's own leading name is no other name
        assertTrue(byTitle(r, "DiffDock: Diffusion steps, twists, and turns for molecular docking").aliases().isEmpty());
        assertTrue(byTitle(r, "Simulating protein-ligand binding with neural network potentials").aliases().isEmpty());
    }

    @Test
    void aKnownVenueGluedToATwoDigitYearIsTheVenue() {
        ImportResult r = read("""
                |Title|Venue|
                |---|---|
                |A Meta-Learning Approach for Training Explainable Graph Neural Networks|TNNLS22|
                |Some other paper on graphs and trees|GPT4o|
                """);
        Entry e = byTitle(r, "A Meta-Learning Approach for Training Explainable Graph Neural Networks");
        assertEquals("TNNLS", e.venue());
        assertEquals(2022, e.year());
        assertFalse(Integer.valueOf(2004).equals(byTitle(r, "Some other paper on graphs and trees").year()));
    }
}
