package io.litindex.ingest;

import io.litindex.ingest.fields.Authors;
import io.litindex.model.Entry;
import io.litindex.model.Links;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shapes of real lists found outside the shared corpora, each written here small, with the fields it must yield. */
class UnseenShapesTest {

    @Test
    void aNumberedReferenceWithItsItalicNamesOnTheNextLineGivesAuthorsAndVenue() {
        ImportResult result = read("""
                ## Applications

                1. **Learning Combinatorial Optimization Algorithms over Graphs.**
                *Hanjun Dai, Elias B. Khalil, Yuyu Zhang, Bistra Dilkina, Le Song.* NIPS 2017. [paper](https://arxiv.org/abs/1704.01665)

                1. **Attention Solves Your TSP, Approximately.**
                *Wouter Kool, Herke van Hoof, Max Welling.* 2018. [paper](https://arxiv.org/abs/1803.08475)

                1. **Cross-Sentence N-ary Relation Extraction with Graph LSTMs.**
                *Nanyun Peng, Hoifung Poon, Chris Quirk, Kristina Toutanova, Wen-tau Yih.* TACL. [paper](https://arxiv.org/abs/1708.03743)

                1. **Graph Attention Networks.** ICLR 2018. [paper](https://example.org/gat.pdf)

                    *Petar Velickovic, Guillem Cucurull, Arantxa Casanova.*
                """);
        assertEquals(List.of("Learning Combinatorial Optimization Algorithms over Graphs", "Attention Solves Your TSP, Approximately",
                "Cross-Sentence N-ary Relation Extraction with Graph LSTMs", "Graph Attention Networks"), titles(result),
                "the period ending a bold title is no part of it");
        Entry dai = result.entries().get(0);
        assertEquals(List.of("Hanjun Dai", "Elias B. Khalil", "Yuyu Zhang", "Bistra Dilkina", "Le Song"), dai.authors());
        assertEquals("NeurIPS", dai.venue());
        assertEquals(2017, dai.year());
        assertEquals(null, dai.note(), "nothing of the line is left over as a note");
        Entry kool = result.entries().get(1);
        assertEquals(List.of("Wouter Kool", "Herke van Hoof", "Max Welling"), kool.authors());
        assertEquals(null, kool.venue(), "a year alone names no venue");
        assertEquals(2018, kool.year());
        Entry peng = result.entries().get(2);
        assertEquals("TACL", peng.venue());
        assertEquals(5, peng.authors().size());
        Entry gat = result.entries().get(3);
        assertEquals(List.of("Petar Velickovic", "Guillem Cucurull", "Arantxa Casanova"), gat.authors(), "the indented names still read");
        assertEquals("ICLR", gat.venue());
    }

    @Test
    void italicsOnTheNextLineThatAreNoNamesStayANote() {
        ImportResult result = read("""
                ## Papers

                1. **A Study of Graph Pooling.**
                *Accepted as an oral, code soon.* [paper](https://example.org/pool.pdf)
                """);
        Entry e = result.entries().get(0);
        assertEquals(List.of(), e.authors());
        assertTrue(e.note() != null && e.note().contains("Accepted as an oral"), e.note());
    }

    @Test
    void bibtexNamesEndingInAndOthersAreWholePeopleAndMarkMoreAuthors() {
        Authors.Parsed parsed = Authors.parse("Battaglia, Peter W and Hamrick, Jessica B and Bapst, Victor and others.");
        assertEquals(List.of("Battaglia, Peter W", "Hamrick, Jessica B", "Bapst, Victor"), parsed.names());
        assertTrue(parsed.etAl(), "'and others' means more authors than are written");
        Authors.Parsed plain = Authors.parse("Ada Lovelace, Charles Babbage and others");
        assertEquals(List.of("Ada Lovelace", "Charles Babbage"), plain.names());
        assertTrue(plain.etAl());
    }

    @Test
    void aJournalWrittenInFullAfterALinkedTitleIsTheVenueAndGivesTheYear() {
        ImportResult result = read("""
                ## Image Captioning
                * [Vlca: vision-language aligning model for bilingual image captioning](https://ieeexplore.ieee.org/abstract/document/10066217), Journal of Systems Engineering and Electronics 2023.

                * [Transforming remote sensing images to textual descriptions](https://example.org/t), Knowledge-Based Systems 2020.

                * [A Model Whose Note Has A Year](https://example.org/m), presented in a talk in 2021.

                * [CPM-2](https://github.com/TsinghuaAI/CPM-2), Cost-Effective Pre-trained Language Models, 2021.

                1. **Molecular Graph Convolutions: Moving Beyond Fingerprints.** Journal of computer-aided molecular design 2016. [paper](https://example.org/mgc.pdf)
                """);
        Entry vlca = result.entries().get(0);
        assertEquals("Journal of Systems Engineering and Electronics", vlca.venue());
        assertEquals("Journal of Systems Engineering and Electronics 2023", vlca.venueAsWritten());
        assertEquals(2023, vlca.year());
        assertEquals("Knowledge-Based Systems", result.entries().get(1).venue(), "a known journal");
        Entry talk = result.entries().get(2);
        assertEquals(null, talk.venue(), "a sentence with a year is no venue");
        Entry cpm = result.entries().get(3);
        assertEquals(null, cpm.venue(), "a description in capitals with a year names no publication");
        assertEquals(2021, cpm.year());
        assertEquals("Cost-Effective Pre-trained Language Models, 2021.", cpm.note(), "kept as written");
        Entry mgc = result.entries().get(4);
        assertEquals("Journal of computer-aided molecular design", mgc.venue(), "a name with 'Journal' is a venue even in lower case");
        assertEquals(2016, mgc.year());
        assertEquals("https://example.org/mgc.pdf", mgc.link(Links.PAPER));
    }

    @Test
    void aVenueCellEndingInABracketKeepsItsClosingBracket() {
        ImportResult result = read("""
                ## Survey Papers
                |Title|Publication|Paper|
                |---|:---:|:---:|
                |**遥感大模型：进展与前瞻**|武汉大学学报 (信息科学版) 2023|[Paper](http://ch.whu.edu.cn/cn/article/doi/10.13203/j.whugis20230341)|
                """);
        Entry e = result.entries().get(0);
        assertEquals("武汉大学学报 (信息科学版)", e.venue());
        assertEquals(2023, e.year());
    }
}
