package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of the fourteenth round's held-out lists (LLM agents for software engineering: bullets dated by arXiv
 * month, the first author and the venue in one italic span; image, video and audio watermarking: bullets whose paper
 * link is labelled with its venue and year, code archived under a DOI), each written here small.
 */
class FourteenthRoundShapesTest {

    @Test
    void aBracketedMonthBeforeTheTitleIsTheEntrysDateNotAVenue() {
        ImportResult result = read("""
                ## Code Generation

                * [2023/10] **Lemur: Harmonizing Natural Language and Code for Language Agents.** [[paper](https://example.org/lemur)]
                * [2024-03] **CodeS: Natural Language to Code Repository via Multi-Layer Sketch.** [[paper](https://example.org/codes)]
                """);
        Entry lemur = byTitle(result, "Lemur: Harmonizing Natural Language and Code for Language Agents");
        assertNull(lemur.venue());
        assertNull(lemur.venueAsWritten());
        assertEquals(2023, lemur.year());
        assertEquals("2023-10", lemur.date());
        Entry codes = byTitle(result, "CodeS: Natural Language to Code Repository via Multi-Layer Sketch");
        assertNull(codes.venue());
        assertEquals("2024-03", codes.date());
    }

    @Test
    void theFirstAuthorEtAlAndTheVenueInOneItalicSpanAreTheAuthorsAndTheVenue() {
        ImportResult result = read("""
                ## Multi-agent

                * **CAMEL: Communicative Agents for Mind Exploration of Large Language Model Society.** *Li et al. NeurIPS.* [[paper](https://example.org/camel)]
                * **MARE: Multi-Agents Collaboration Framework for Requirements Engineering.** *Jin et al. Arxiv.* [[paper](https://example.org/mare)]
                * **CigaR: Cost-efficient Program Repair with LLMs.** *Hidvégi et al. Arxiv.* [[paper](https://example.org/cigar)]
                """);
        Entry camel = byTitle(result, "CAMEL: Communicative Agents for Mind Exploration of Large Language Model Society");
        assertEquals(List.of("Li"), camel.authors());
        assertTrue(camel.etAl());
        assertEquals("NeurIPS", camel.venue());
        assertNull(camel.note());
        Entry mare = byTitle(result, "MARE: Multi-Agents Collaboration Framework for Requirements Engineering");
        assertEquals(List.of("Jin"), mare.authors());
        assertEquals("arXiv", mare.venue());
        assertEquals(List.of("Hidvégi"), byTitle(result, "CigaR: Cost-efficient Program Repair with LLMs").authors());
    }

    @Test
    void aLinkAfterTheBoldTitleLabelledWithAVenueAndYearGivesThem() {
        ImportResult result = read("""
                ### 2.1 Foundations

                + **Distortion Agnostic Deep Watermarking** [[CVPR 2020](https://arxiv.org/abs/2001.04580)]
                + ⭐ **WAVES: Benchmarking the Robustness of Image Watermarks** [[ICML 2024](https://arxiv.org/abs/2401.08573)] [[Code](https://github.com/umd-huang-lab/WAVES)]
                + **Ultra-high Resolution Watermarking Framework Resistant to Extreme Cropping and Scaling** [[NeurIPS 2025](https://openreview.net/forum?id=JyxsfFEiua)]
                """);
        Entry distortion = byTitle(result, "Distortion Agnostic Deep Watermarking");
        assertEquals("CVPR", distortion.venue());
        assertEquals(2020, distortion.year());
        assertEquals("ICML", byTitle(result, "WAVES: Benchmarking the Robustness of Image Watermarks").venue());
        Entry ultra = byTitle(result, "Ultra-high Resolution Watermarking Framework Resistant to Extreme Cropping and Scaling");
        assertEquals("NeurIPS", ultra.venue());
        assertEquals(2025, ultra.year());
    }

    @Test
    void aDoiLabelledAsCodeIsTheCodesArchiveNotThePapersId() {
        ImportResult result = read("""
                ### 2.6 Attacks

                + **A Crack in the Bark: Leveraging Public Knowledge to Remove Tree-Ring Watermarks** [[USENIX Security 2025](https://www.usenix.org/conference/usenixsecurity25/presentation/lin-junhua)] [[Code](https://doi.org/10.5281/zenodo.15595719)]
                """);
        Entry crack = byTitle(result, "A Crack in the Bark: Leveraging Public Knowledge to Remove Tree-Ring Watermarks");
        assertFalse(crack.id().contains("zenodo"), crack.id());
        assertEquals(List.of("code"), crack.links().stream().filter(l -> l.url().contains("zenodo")).map(Link::kind).toList());
    }
}
