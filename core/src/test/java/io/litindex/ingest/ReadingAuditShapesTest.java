package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes found by the reading audit of session 25 (ten real lists litindex had never seen, docs/lists.md "Reading audit
 * (session 25)"), written here small.
 */
class ReadingAuditShapesTest {

    private static String url(Entry e, String kind) {
        return e.links().stream().filter(l -> l.kind().equals(kind)).map(Link::url).findFirst().orElse(null);
    }

    private static final String LINKED_HEADINGS = """
            # A Paper List for Patches

            ## Image Classification

            ### Attacks

            #### [Accessorize to a Crime: Real and Stealthy Attacks on Face Recognition](https://dl.acm.org/doi/10.1145/2976749.2978392)

            CCS 2016

            1. uses "adversarial glasses" to fool face recognition models

            #### [Adversarial Patch](https://arxiv.org/abs/1712.09665)

            arXiv 1712; NeurIPS workshop 2017

            1. **The first paper** that explicitly introduces the concept

            #### [Ally patches for spoliation of adversarial patches](https://example.org/s40537-019-0213-4)

            Journal of Big Data

            #### [Surreptitious Adversarial Examples through Functioning QR Code](https://www.mdpi.com/2313-433X/8/5/122/htm)

            [(go back to table of contents)](#table-of-contents)

            ### Certified Defenses

            #### [PatchGuard: A Provably Robust Defense against Adversarial Patches](https://arxiv.org/abs/2005.10884)

            arXiv 2005; USENIX Security 2021
            """;

    @Test
    void aHeadingThatIsOnlyALinkedTitleIsAPaperAndTheShortLineUnderItItsVenue() {
        ImportResult result = read(LINKED_HEADINGS);
        assertEquals(List.of("Accessorize to a Crime: Real and Stealthy Attacks on Face Recognition", "Adversarial Patch",
                "Ally patches for spoliation of adversarial patches", "Surreptitious Adversarial Examples through Functioning QR Code",
                "PatchGuard: A Provably Robust Defense against Adversarial Patches"), titles(result),
                "one entry per heading; the bold remark under a heading is no paper");
        Entry crime = byTitle(result, "Accessorize to a Crime: Real and Stealthy Attacks on Face Recognition");
        assertEquals("ACM CCS", crime.venue());
        assertEquals(2016, crime.year());
        assertEquals("uses \"adversarial glasses\" to fool face recognition models", crime.note());
        assertEquals(List.of("A Paper List for Patches > Image Classification > Attacks"), crime.sections());
        Entry patch = byTitle(result, "Adversarial Patch");
        // "arXiv 1712" is the month of the arXiv identifier, not a year: the workshop is the venue
        assertEquals("NeurIPS Workshop", patch.venue());
        assertEquals(2017, patch.year());
        assertEquals("https://arxiv.org/abs/1712.09665", url(patch, "paper"));
        assertTrue(patch.note().contains("The first paper"), patch.note());
        assertEquals("Journal of Big Data", byTitle(result, "Ally patches for spoliation of adversarial patches").venueAsWritten() == null
                ? byTitle(result, "Ally patches for spoliation of adversarial patches").venue()
                : byTitle(result, "Ally patches for spoliation of adversarial patches").venueAsWritten());
        Entry qr = byTitle(result, "Surreptitious Adversarial Examples through Functioning QR Code");
        assertEquals(1, qr.links().size(), "the link back to the contents is no link of the paper: " + qr.links());
        Entry guard = byTitle(result, "PatchGuard: A Provably Robust Defense against Adversarial Patches");
        assertEquals("USENIX Security", guard.venue());
        assertEquals(2021, guard.year());
        assertEquals(List.of("A Paper List for Patches > Image Classification > Certified Defenses"), guard.sections());
    }

    private static final String DATED_HEADINGS = """
            Awesome Precipitation Nowcasting
            ==

            ## Machine learning era

            ##### (2021) Skilful precipitation nowcasting using deep generative models of radar
            * Venue: *Nature*
            * Model: DGMR
            * GitHub: https://github.com/deepmind/deepmind-research/tree/master/nowcasting, https://github.com/openclimatefix/skillful_nowcasting
            <details><summary>bibtex</summary>

            ```bibtex
            @article{ravuri2021skilful,
              author = {Ravuri, Suman and Lenc, Karel and Schr{\\"{o}}der, Christian and Mohamed, Shakir},
              title = {Skilful precipitation nowcasting using deep generative models of radar},
              journal = {Nature},
              year = {2021},
              doi = {10.1038/s41586-021-03854-z}
            }
            ```

            </details>

            ##### (2020) MetNet: A Neural Weather Model for Precipitation Forecasting
            * Venue: *arXiv*
            * Model: MetNet
            <details><summary>bibtex</summary>

            ```bibtex
            @misc{sonderby2020metnet,
              author = {Casper Kaae Sønderby and Lasse Espeholt},
              title = {MetNet: A Neural Weather Model for Precipitation Forecasting},
              year = {2020},
              eprint = {2003.12140},
              archivePrefix = {arXiv},
            }
            ```

            </details>

            ##### (2016) Rainfall Prediction: A Deep Learning Approach
            <details><summary>bibtex</summary>

            ```bibtex
            @inbook{hernandez2016rainfall,
              author = {Hernández, Emilcy and Duque, Néstor},
              title = {Rainfall Prediction: A Deep Learning Approach},
              booktitle = {Hybrid Artificial Intelligent Systems},
              year = {2016},
            }
            ```

            </details>

            ## Libraries

            ##### Satflow
            * Library: Satflow
            * GitHub: https://github.com/openclimatefix/satflow
            """;

    @Test
    void aHeadingThatIsAYearAndATitleIsAPaperWithItsLabelledLinesAndBibtex() {
        ImportResult result = read(DATED_HEADINGS);
        assertEquals(List.of("Skilful precipitation nowcasting using deep generative models of radar",
                "MetNet: A Neural Weather Model for Precipitation Forecasting", "Rainfall Prediction: A Deep Learning Approach"),
                titles(result), "the papers; a heading without a year stays a heading");
        Entry dgmr = byTitle(result, "Skilful precipitation nowcasting using deep generative models of radar");
        assertEquals(2021, dgmr.year());
        assertEquals("Nature", dgmr.venue());
        assertEquals(List.of("DGMR"), dgmr.aliases());
        assertEquals(List.of("Suman Ravuri", "Karel Lenc", "Christian Schröder", "Shakir Mohamed"), dgmr.authors());
        assertEquals("https://github.com/deepmind/deepmind-research/tree/master/nowcasting", url(dgmr, "code"));
        assertEquals(2, dgmr.links().stream().filter(l -> l.kind().equals("code")).count(), dgmr.links().toString());
        assertEquals("https://doi.org/10.1038/s41586-021-03854-z", url(dgmr, "paper"));
        assertNull(dgmr.note());
        Entry metnet = byTitle(result, "MetNet: A Neural Weather Model for Precipitation Forecasting");
        assertEquals("arXiv", metnet.venue());
        assertEquals("https://arxiv.org/abs/2003.12140", url(metnet, "paper"));
        assertEquals(List.of("Casper Kaae Sønderby", "Lasse Espeholt"), metnet.authors());
        assertEquals(Kind.PAPER, metnet.kind());
        // no "Venue:" line: the BibTeX entry's book title is the venue
        Entry rain = byTitle(result, "Rainfall Prediction: A Deep Learning Approach");
        assertEquals("Hybrid Artificial Intelligent Systems", rain.venueAsWritten() == null ? rain.venue() : rain.venueAsWritten());
        assertEquals(List.of("Emilcy Hernández", "Néstor Duque"), rain.authors());
    }

    @Test
    void twoLinkedHeadingsOrALoneOneStayHeadings() {
        ImportResult result = read("""
                # List

                ### [Overview of the field](https://example.org/overview)

                - [A Paper Title Here](https://arxiv.org/abs/2301.00001)

                ### [Another overview here](https://example.org/more)

                - [Another Paper Title](https://arxiv.org/abs/2301.00002)
                """);
        assertEquals(List.of("A Paper Title Here", "Another Paper Title"), titles(result));
        assertEquals(List.of("List > Overview of the field"), byTitle(result, "A Paper Title Here").sections());
    }
}
