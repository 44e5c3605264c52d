package io.litindex.ingest;

import io.litindex.ingest.fields.Venues;
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
 * Venues as lists write them (branch venue-13): a venue before a title in the title's own text, each conference's
 * Findings, what a reader leaves around a venue as written, one spelling per venue in a list, and venues' names one
 * typing slip off. Every list here is written in the test, in the shapes of the held-out lists.
 */
class VenueReadingsTest {
    private final Venues venues = Venues.standard();

    private String venue(String cell) {
        return venues.parse(cell).orElseThrow().venue();
    }

    @Test
    void aVenueBeforeATitleInItsTextIsTheEntrysVenueNotItsTitle() {
        ImportResult result = read("""
                ## Papers

                [[ICML 2020] Sketched Updates for Private Training](https://example.org/a.pdf)

                [(CVPR 2021) Shapes of Local Experts in Vision](https://example.org/b.pdf)

                [ICLR'23: Graph Mixtures for Skewed Clients](https://example.org/c.pdf)

                [NeurIPS 2020 Spotlight: Bounds for Personalized Averaging](https://example.org/d.pdf)

                [VoxSRC 2019: The first VoxCeleb Speaker Recognition Challenge](https://example.org/e.pdf)

                [ICLR 2020 Reproducibility Challenge: A Report on Ten Papers](https://example.org/f.pdf)
                """);
        assertEquals(List.of("Sketched Updates for Private Training", "Shapes of Local Experts in Vision",
                "Graph Mixtures for Skewed Clients", "Bounds for Personalized Averaging",
                "VoxSRC 2019: The first VoxCeleb Speaker Recognition Challenge",
                "ICLR 2020 Reproducibility Challenge: A Report on Ten Papers"), titles(result),
                "a venue no list of venues knows (VoxSRC), or a known one followed by other words (Reproducibility Challenge), stays in the title");
        Entry icml = byTitle(result, "Sketched Updates for Private Training");
        assertEquals("ICML", icml.venue());
        assertEquals(2020, icml.year());
        assertEquals("CVPR", byTitle(result, "Shapes of Local Experts in Vision").venue());
        Entry iclr = byTitle(result, "Graph Mixtures for Skewed Clients");
        assertEquals("ICLR", iclr.venue());
        assertEquals(2023, iclr.year());
        Entry spotlight = byTitle(result, "Bounds for Personalized Averaging");
        assertEquals("NeurIPS", spotlight.venue());
        assertEquals("NeurIPS 2020 Spotlight", spotlight.venueAsWritten());
        assertTrue(icml.aliases().isEmpty());
    }

    @Test
    void aVenueAPaperWasOnlySubmittedToIsNoVenueAndAMergedEntryKeepsNoTitleWithIt() {
        ImportResult result = read("""
                # Papers

                | Title | Team | Venue and Year | Problem |
                |---|---|---|---|
                | An Efficient Framework for Clustered Learning | UCB | NeurIPS 2020 | heterogeneous data |

                ## Personalization

                [NeurIPS 2020 submission: An Efficient Framework for Clustered Learning. 2020](https://arxiv.org/pdf/2006.04088.pdf)

                [(*) NeurIPS 2020 submission: Free-rider Attacks on Model Aggregation. 2020-06-26](https://arxiv.org/pdf/2006.11901.pdf)
                """);
        assertEquals(List.of("An Efficient Framework for Clustered Learning", "Free-rider Attacks on Model Aggregation"), titles(result));
        Entry merged = byTitle(result, "An Efficient Framework for Clustered Learning");
        assertEquals("NeurIPS", merged.venue(), "the table row gives the venue");
        assertTrue(merged.aliases().isEmpty(), "the row titled with its submission has the same title: no alias " + merged.aliases());
        Entry submitted = byTitle(result, "Free-rider Attacks on Model Aggregation");
        assertNull(submitted.venue(), "a submission is not a publication");
        assertEquals(2020, submitted.year());
        assertEquals("NeurIPS 2020 submission", submitted.venueAsWritten(), "kept as written");
        assertTrue(merged.note() == null || !merged.note().contains("submission"), "nor a note of the merged entry: " + merged.note());
    }

    @Test
    void eachConferencesFindingsIsItsOwnVenue() {
        assertEquals("Findings of EACL", venue("Findings of EACL 2023"));
        assertEquals("Findings of NAACL", venue("Findings of NAACL 2024"));
        assertEquals("Findings of EMNLP", venue("Findings of the Association for Computational Linguistics: EMNLP 2021"));
        assertEquals("Findings of EMNLP", venue("EMNLP 2021 Findings"));
        assertEquals("Findings of ACL", venue("ACL 2022 (Findings)"));
        assertEquals("Findings of ACL", venue("Findings of ACL: ACL-IJCNLP 2021"));
        assertEquals("Findings of ACL", venue("Findings of the Association for Computational Linguistics ACL 2024"));
        assertEquals("Findings of AACL", venue("Findings of AACL-IJCNLP 2022"));
        assertEquals("Findings of ACL", venue("Findings of ACL, 2022"));
        assertEquals("EACL", venue("EACL 2023"), "the conference itself is no Findings");
        ImportResult result = read("""
                ## Attacks

                1. **Perturbations in the Wild for Realistic Attacks**. *Thai Le, Dongwon Lee*. ACL 2022 (Findings). [[pdf](https://example.org/a.pdf)]
                2. **Do Not Answer: A Dataset for Safeguards**. *Yuxia Wang et al*. Findings of EACL 2024. [[Paper](https://example.org/b.pdf)]
                3. **Rewards for Dialogue Safety**. *Ann Lee*. CVPR 2023 (Workshop). [[pdf](https://example.org/c.pdf)]
                """);
        assertEquals("Findings of ACL", byTitle(result, "Perturbations in the Wild for Realistic Attacks").venue(),
                "a remark in parentheses that names the venue is read with it");
        assertEquals("ACL 2022 (Findings)", byTitle(result, "Perturbations in the Wild for Realistic Attacks").venueAsWritten());
        assertEquals("Findings of EACL", byTitle(result, "Do Not Answer: A Dataset for Safeguards").venue());
        assertEquals("CVPRW", byTitle(result, "Rewards for Dialogue Safety").venue());
    }

    @Test
    void theVenueAsWrittenKeepsNothingTheTextAroundItLeft() {
        ImportResult result = read("""
                ## Relation extraction

                1. Stephen Soderland, David Fisher. 1995. **Crystal inducing a conceptual dictionary**. In IJCAI. [[paper](https://example.org/a.pdf)]
                2. Ann Lee, Bo Chen. 2018. **Another paper on relation things**. In IJCAI. [paper](https://example.org/b.pdf)
                """);
        for (Entry e : result.entries()) {
            assertEquals("IJCAI", e.venue(), e.title());
            assertEquals("In IJCAI", e.venueAsWritten(), e.title());
        }
        assertEquals("GeBNLP 2022", venues.parse("*GeBNLP 2022.*").orElseThrow().asWritten());
        assertEquals("GeBNLP", venue("*GeBNLP 2022.*"));
        assertEquals("Medical Imaging: Image Processing", venue("Medical Imaging 2022: Image Processing"), "the year taken out leaves no gap");
        assertEquals("2018 Nature Biotechnology", venues.parse("2018 Nature Biotechnology,").orElseThrow().asWritten());
        assertEquals("Int. J. Geogr. Inf. Sci.", Venues.written("Int. J. Geogr. Inf. Sci."), "an abbreviation keeps its period");
        assertEquals("RecSys", venue("Proceedings of the Eleventh ACM Conference on Recommender Systems"));
        assertEquals("NAACL", venue("Conference of the North American Chapter of the Association for Computational Linguistics"),
                "a name longer than eight words");
    }

    @Test
    void aVenueNameOneSlipOffIsTheVenue() {
        assertEquals("NeurIPS", venue("NeruIPS 2020"), "two letters swapped");
        assertEquals("NeurIPS", venue("NeuIPS 2021"), "a letter dropped");
        assertEquals("arXiv", venue("Arixv 2023"));
        assertEquals("bioRxiv", venue("Bioriv"));
        assertEquals("AISTATS", venue("AISTAT 2017"));
        assertEquals("Nature Methods", venue("2019 Narure Methods"));
        assertEquals("Briefings in Bioinformatics", venue("2022 Briefings in Bioinformatic"));
        assertEquals("Molecular Systems Biology", venue("2023 Molecular System Biology"));
        assertEquals("ICML", venue("ICML 2020"));
        assertEquals("ICLM", venue("ICLM 2020"), "four letters are too few to read a slip");
    }

    @Test
    void aVenueWrittenInSeveralCasesIsShownInOneSpelling() {
        ImportResult result = read("""
                ## Explainers

                - [Openreview 23] **Explaining Graphs with Alpha**
                - [OpenReview 23] **Explaining Graphs with Beta**
                - [Openreview 22] **Explaining Graphs with Gamma**
                - [USENIX security 2019] **Secure Graph Explanations**
                - [GraphConf 2021] **Conference Graph Paper One**
                - [graphconf 2022] **Conference Graph Paper Two**
                - [GraphConf 2020] **Conference Graph Paper Three**
                """);
        assertEquals("OpenReview", byTitle(result, "Explaining Graphs with Alpha").venue(), "a known venue: its display name");
        assertEquals("USENIX Security", byTitle(result, "Secure Graph Explanations").venue());
        Entry two = byTitle(result, "Conference Graph Paper Two");
        assertEquals("GraphConf", two.venue(), "an unknown venue: the spelling most of its entries use");
        assertEquals("graphconf 2022", two.venueAsWritten());
    }
}
