package io.litindex.ingest;

import io.litindex.ingest.fields.Authors;
import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Links;
import io.litindex.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One small synthetic snippet per list shape of docs/lists.md, with the fields it must yield. */
class ListShapesTest {

    @Test
    void numberedReferencesGiveAuthorsVenueYearAndTheBoldShortNameAsAlias() {
        ImportResult result = read("""
                ## Papers
                1. **ALBERT: A Lite BERT for Self-supervised Learning**. *Zhenzhong Lan, Mingda Chen and Radu Soricut*. ICLR 2020. [[pdf](https://openreview.net/pdf?id=H1eA7AEtvS)] [[code](https://github.com/google-research/ALBERT)] (**ALBERT**)
                2. **Improving Language Understanding by Generative Pre-Training**. *Alec Radford, Karthik Narasimhan*. Preprint. [[pdf](https://example.org/gpt.pdf)]
                3. **Semi-supervised Sequence Learning**. *Andrew M. Dai, Quoc V. Le*. NIPS 2015. [[pdf](https://arxiv.org/pdf/1511.01432.pdf)]
                """);
        Entry albert = result.entries().get(0);
        assertEquals("ALBERT: A Lite BERT for Self-supervised Learning", albert.title());
        assertEquals(List.of("Zhenzhong Lan", "Mingda Chen", "Radu Soricut"), albert.authors());
        assertEquals("ICLR", albert.venue());
        assertEquals(2020, albert.year());
        assertEquals(List.of("ALBERT"), albert.aliases());
        assertEquals("https://github.com/google-research/ALBERT", albert.link(Links.CODE));
        assertEquals(Map.of(), albert.origins(), "every field from the entry's own text");
        Entry gpt = result.entries().get(1);
        assertEquals(List.of("Alec Radford", "Karthik Narasimhan"), gpt.authors());
        assertEquals(null, gpt.venue(), "'Preprint' names no venue");
        assertEquals(null, gpt.year());
        assertEquals("Preprint.", gpt.note(), "kept as written in the note");
        Entry nips = result.entries().get(2);
        assertEquals("NeurIPS", nips.venue(), "the canonical name");
        assertEquals("NIPS 2015", nips.venueAsWritten(), "the written form stays");
    }

    @Test
    void aPlainTextReferenceGivesTitleAuthorsAndVenue() {
        ImportResult result = read("""
                ## Graphs
                - Semi-Supervised Classification with Graph Convolutional Networks. Thomas N. Kipf, Max Welling. ICLR 2017. [[paper]](https://openreview.net/forum?id=SJU4ayYgl) [[code]](https://github.com/tkipf/gcn)
                - Attention Is All You Need. NeurIPS 2017. [[pdf]](https://example.org/attention.pdf)
                """);
        Entry gcn = result.entries().get(0);
        assertEquals("Semi-Supervised Classification with Graph Convolutional Networks", gcn.title());
        assertEquals(List.of("Thomas N. Kipf", "Max Welling"), gcn.authors());
        assertEquals("ICLR", gcn.venue());
        assertEquals(2017, gcn.year());
        Entry attention = result.entries().get(1);
        assertEquals("Attention Is All You Need", attention.title());
        assertEquals("NeurIPS", attention.venue());
    }

    @Test
    void aBoldTitleWithItsChildBulletsIsOneEntryUnderAYearHeading() {
        ImportResult result = read("""
                ## Deep Learning
                ### 2020
                - **Principal Neighbourhood Aggregation for Graph Nets (ArXiV 2020)**
                  - Gabriele Corso, Luca Cavalleri, and Pietro Liò
                  - [[Paper]](https://arxiv.org/abs/2004.05718)
                  - [[Python Reference]](https://github.com/lukecavabarrett/pna)
                - **A Paper Whose Venue Is Not Written**
                  - Jane Doe, Nathan de Lara
                  - [[Paper]](https://example.org/p.pdf)
                  - [[Matlab Code]](https://example.org/code.zip)
                - **Graph Networks With Few Shots (NeurIPS'22)**
                  - [[Paper]](https://example.org/few.pdf)
                """);
        assertEquals(List.of("Principal Neighbourhood Aggregation for Graph Nets", "A Paper Whose Venue Is Not Written",
                "Graph Networks With Few Shots"), titles(result), "the sub-bullets are part of their entry, the tag left the title");
        Entry pna = result.entries().get(0);
        assertEquals(List.of("Gabriele Corso", "Luca Cavalleri", "Pietro Liò"), pna.authors());
        assertEquals("arXiv", pna.venue());
        assertEquals(2020, pna.year());
        assertEquals("https://github.com/lukecavabarrett/pna", pna.link(Links.CODE));
        Entry plain = result.entries().get(1);
        assertEquals(List.of("Jane Doe", "Nathan de Lara"), plain.authors());
        assertEquals(2020, plain.year(), "the heading's year");
        assertEquals(Map.of("year", Entry.ORIGIN_HEADING), plain.origins());
        assertEquals(null, plain.venue());
        Entry few = result.entries().get(2);
        assertEquals("NeurIPS", few.venue());
        assertEquals(2022, few.year());
    }

    @Test
    void aVenueHeadingGivesVenueAndYearToEntriesThatStateNone() {
        ImportResult result = read("""
                # Papers
                ## CVPR 2023
                - [Learning Things From Other Things](https://example.org/things.pdf)
                - [A Workshop Paper On Things](https://example.org/w.pdf), ICCV 2023 Workshop
                """);
        Entry first = result.entries().get(0);
        assertEquals("CVPR", first.venue());
        assertEquals(2023, first.year());
        assertEquals(Map.of("year", Entry.ORIGIN_HEADING, "venue", Entry.ORIGIN_HEADING), first.origins());
        Entry second = result.entries().get(1);
        assertEquals("ICCVW", second.venue(), "the entry's own venue wins; a known conference's workshop");
        assertEquals(Map.of(), second.origins());
    }

    @Test
    void headingsNamingAYearInWordsGiveItButOtherHeadingsGiveNothing() {
        ImportResult result = read("""
                # Papers
                ## Year 2021
                - [Learning Things From Other Things](https://example.org/things.pdf)
                ## Papers in 2019
                - [Older Things Learned](https://example.org/older.pdf)
                ## 3D Vision Since 2015
                - [Depth From Things](https://example.org/depth.pdf)
                """);
        assertEquals(2021, result.entries().get(0).year());
        assertEquals(2019, result.entries().get(1).year());
        assertEquals(null, result.entries().get(2).year(), "a topic heading that mentions a year is no year heading");
    }

    @Test
    void backslashBrokenLinesGiveTitleAuthorsDateAndVenue() {
        ImportResult result = read("""
                ## Surveys
                **Diffusion Models in Medical Imaging: A Comprehensive Survey** :fire: \\
                *Amirhossein Kazerouni, Ehsan Khodapanah Aghdam, Moein Heidari* \\
                [14th Nov., 2022] [MedIA Journal, 2023] \\
                [[Paper](https://arxiv.org/abs/2211.07804)] [[GitHub](https://github.com/amirhossein-kz/Awesome-Diffusion-Models-in-Medical-Imaging)]

                **Unsupervised Anomaly Detection Using Masked Diffusion** \\
                *Hasan Iqbal, Umar Khalid* \\
                [31st May, 2023] [MICCAI MLMI Workshop, 2023]<br>
                [[Paper](https://example.org/mddpm.pdf)]
                """);
        Entry survey = result.entries().get(0);
        assertEquals("Diffusion Models in Medical Imaging: A Comprehensive Survey", survey.title());
        assertEquals(List.of("Amirhossein Kazerouni", "Ehsan Khodapanah Aghdam", "Moein Heidari"), survey.authors());
        assertEquals("Medical Image Analysis", survey.venue());
        assertEquals(2023, survey.year(), "the venue's year, not the date's");
        assertEquals("2022-11-14", survey.date());
        Entry workshop = result.entries().get(1);
        assertEquals("MICCAI Workshop", workshop.venue());
        assertEquals(2023, workshop.year());
    }

    @Test
    void aBracketedPrefixGivesYearAndVenueOfAnyField() {
        ImportResult result = read("""
                ## Spatial
                1. [2022 Nature Methods] **Museum of spatial transcriptomics** [[paper]](https://www.nature.com/articles/s41592-022-01409-2)
                1. [2018 Nature Biotechnology, **CCA**] **Integrating single-cell transcriptomic data** [[paper]](https://www.nature.com/articles/nbt.4096)
                1. [2023 biorxiv] **A Preprint On Cells** [[paper]](https://www.biorxiv.org/content/10.1101/2023.01.01.000001v1)
                1. [2021 Journal Of Things Nobody Knows] **A Paper In An Unknown Journal** [[paper]](https://example.org/u)
                """);
        assertEquals(List.of("Museum of spatial transcriptomics", "Integrating single-cell transcriptomic data", "A Preprint On Cells",
                "A Paper In An Unknown Journal"), titles(result));
        assertEquals("Nature Methods", result.entries().get(0).venue());
        assertEquals(2022, result.entries().get(0).year());
        assertEquals("Nature Biotechnology", result.entries().get(1).venue());
        assertEquals(List.of("CCA"), result.entries().get(1).aliases());
        assertEquals("bioRxiv", result.entries().get(2).venue());
        assertEquals(Venues.Type.PREPRINT, Venues.standard().lookup("bioRxiv").orElseThrow().type());
        assertEquals("Journal Of Things Nobody Knows", result.entries().get(3).venue(), "an unknown venue as written");
        assertEquals(2021, result.entries().get(3).year());
    }

    @Test
    void aBracketedVenueWithATwoDigitYearOrNoneIsTheVenueNotTheTitle() {
        ImportResult result = read("""
                ### Year 2024
                1. [CVPR 24] **Sparse Voxel Fields For Outdoor Scenes** [[paper]](https://example.org/voxels)
                2. [CVPR 24] **Another Paper At The Same Venue**[[paper]](https://example.org/another)
                3. [Arxiv 23.11] **A Preprint Without A Conference Yet** [[paper]](https://example.org/preprint)
                4. [Journal Of Things Nobody Knows] **A Paper In An Unknown Journal** [[paper]](https://example.org/journal)
                5. [OpenReview 23] **A Submission Under Review** [[paper]](https://openreview.net/forum?id=abc)
                """);
        assertEquals(List.of("Sparse Voxel Fields For Outdoor Scenes", "Another Paper At The Same Venue",
                "A Preprint Without A Conference Yet", "A Paper In An Unknown Journal", "A Submission Under Review"),
                titles(result), "five entries, none titled by its tag, none merged with another by a shared tag");
        assertEquals("CVPR", result.entries().get(0).venue());
        assertEquals(2024, result.entries().get(0).year(), "the two-digit year in full");
        assertEquals("CVPR", result.entries().get(1).venue());
        assertEquals("arXiv", result.entries().get(2).venue());
        assertEquals(2023, result.entries().get(2).year(), "the tag's year, not the heading's");
        assertNull(result.entries().get(3).venue(), "a tag naming no known venue and no year is no venue ([xAI] is a topic)");
        assertEquals("Journal Of Things Nobody Knows", result.entries().get(3).note(), "it is kept as the note");
        assertEquals("OpenReview", result.entries().get(4).venue(), "a tag with a two-digit year is a venue, known or not");
        assertEquals(2023, result.entries().get(4).year(), "a link label's word with a year is a tag too");
    }

    @Test
    void badgesAndArxivIdsGiveWhatTheTextDoesNotAndSaySo() {
        ImportResult result = read("""
                ## Papers
                - **Graph Transformers For Everything** [![Conference](https://img.shields.io/badge/Conference-ICLR'22-blue)](https://openreview.net/forum?id=x) [[Paper]](https://openreview.net/forum?id=x)
                - **Another Paper Title Here** ![arXiv](https://img.shields.io/badge/arXiv-2023-b31b1b.svg) [[Paper]](https://example.org/a.pdf)
                - [A Title With Only An arXiv Link](https://arxiv.org/abs/2305.12345)
                """);
        Entry iclr = result.entries().get(0);
        assertEquals("ICLR", iclr.venue());
        assertEquals(2022, iclr.year());
        assertEquals(Map.of("venue", Entry.ORIGIN_BADGE, "year", Entry.ORIGIN_BADGE), iclr.origins());
        assertEquals("arXiv", result.entries().get(1).venue());
        assertEquals(2023, result.entries().get(1).year());
        Entry arxiv = result.entries().get(2);
        assertEquals(2023, arxiv.year());
        assertEquals("2023-05", arxiv.date());
        assertEquals(Map.of("year", Entry.ORIGIN_ARXIV_ID, "date", Entry.ORIGIN_ARXIV_ID), arxiv.origins());
    }

    @Test
    void authorListsNeverSplitAPersonInTwo() {
        assertEquals(List.of("Kazerouni, Amirhossein", "Aghdam, Ehsan Khodapanah", "Merhof, Dorit"),
                Authors.parse("Kazerouni, Amirhossein and Aghdam, Ehsan Khodapanah and Merhof, Dorit").names());
        assertEquals(List.of("Y. Zhan", "Z. Xiong", "Y. Yuan"), Authors.parse("Y. Zhan, Z. Xiong, and Y. Yuan.").names());
        assertEquals(List.of("Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"),
                Authors.parse("Jacob Devlin, Ming-Wei Chang, Kenton Lee and Kristina Toutanova").names());
        Authors.Parsed etAl = Authors.parse("L. Jiao et al.");
        assertEquals(List.of("L. Jiao"), etAl.names());
        assertEquals(true, etAl.etAl());
    }

    @Test
    void linksToVenuesOtherListsAndLicencesAreNoEntries() {
        ImportResult result = read("""
                ## Related
                - [CVPR 2024](https://cvpr.thecvf.com/Conferences/2024)
                - [Awesome Graph Classification](https://github.com/benedekrozemberczki/awesome-graph-classification)
                - [MIT License](https://opensource.org/licenses/MIT)
                - [Remote Sensing Image Captioning With Transformers](https://arxiv.org/abs/2301.00001)
                """);
        assertEquals(List.of("Remote Sensing Image Captioning With Transformers"), titles(result),
                "a paper's title starting with a venue's name is still a paper");
    }

    @Test
    void mergedRowsLoseNoNoteAliasOrLink() {
        ImportResult result = read("""
                ## A
                - [Universal Self-Attention Network](https://arxiv.org/abs/1909.11855) - the first row's note
                ## B
                - [Unsupervised Universal Self-Attention Network](https://arxiv.org/abs/1909.11855) - the second row's note [[Code]](https://github.com/a/b)
                """);
        assertEquals(1, result.entries().size());
        Entry e = result.entries().get(0);
        assertEquals("Universal Self-Attention Network", e.title());
        assertEquals(List.of("Unsupervised Universal Self-Attention Network"), e.aliases());
        assertEquals("the first row's note | fixture.md:4: the second row's note", e.note());
        assertEquals("https://github.com/a/b", e.link(Links.CODE));
        assertEquals(List.of(new Source("fixture.md", 2), new Source("fixture.md", 4)), e.sources());
    }

    @Test
    void aPlusSignNamesAnotherDatasetButCaseAndDashesDoNot() {
        ImportResult result = read("""
                ## Change Detection
                |Year|Venue|Name|
                |---|---|---|
                |2020|RS|[LEVIR-CD](https://www.mdpi.com/2072-4292/12/10/1662)|
                |2021|RS|[LEVIR-CD+](https://www.mdpi.com/2072-4292/13/24/5094)|
                ## Building Change Detection
                |Year|Venue|Name|
                |---|---|---|
                |2020|RS|[levir cd](https://www.mdpi.com/2072-4292/12/10/1662)|
                """);
        assertEquals(List.of("LEVIR-CD", "LEVIR-CD+"), titles(result), "LEVIR-CD+ is its own entry; 'levir cd' is LEVIR-CD again");
        assertEquals(List.of("Change Detection", "Building Change Detection"), result.entries().get(0).sections());
        assertEquals(2021, result.entries().get(1).year());
    }
}
