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

    @Test
    void aYearBeforeALinkedTitleIsTheYearAndTheItemIsNoLongerLost() {
        ImportResult result = read("""
                ## 1 Dataset
                - 2022.[**CLCD dataset**](https://github.com/liumency/CropLand-CD)
                The CLCD dataset consists of 600 pairs of cropland change samples. Paper: [Liu et al.2022](https://ieeexplore.ieee.org/document/9780164)

                - (2021) [**SYSU-CD**](https://example.org/sysu-cd)

                - [Planet Disaster Datasets](https://www.planet.com/disasterdata/datasets/)
                """);
        assertEquals(List.of("CLCD dataset", "SYSU-CD", "Planet Disaster Datasets"), titles(result), "no item is dropped");
        Entry clcd = result.entries().get(0);
        assertEquals(2022, clcd.year());
        assertEquals("https://github.com/liumency/CropLand-CD", clcd.link(Links.CODE), "a title linked to a repository links its code");
        assertEquals("https://ieeexplore.ieee.org/document/9780164", clcd.link(Links.PAPER), "a citation as a label names the paper");
        assertEquals(2021, result.entries().get(1).year());
        assertEquals(null, result.entries().get(2).year());
    }

    @Test
    void citationNamesBeforeALinkedTitleAreItsAuthors() {
        ImportResult result = read("""
                ## 2 Code
                - 2022.[Bandara W G C, Nair N G, Patel V M. DDPM-CD: Remote Sensing Change Detection using Denoising Diffusion Probabilistic Models](https://github.com/wgcban/ddpm-cd)
                - 2021.[Mañas O, Lacoste A, Giro-i-Nieto X, et al. Seasonal Contrast: Unsupervised Pre-Training from Uncurated Remote Sensing Data](https://github.com/ElementAI/seasonal-contrast)
                - 2007.[Nielsen A A.The Regularized Iteratively Reweighted Multivariate Alteration Detection (IR-MAD)](http://people.compute.dtu.dk/alan/software.html)
                - [Zhang Bin's Blog. Remote Sensing Datasets](https://zhangbin0917.github.io/2018/06/12/datasets/)
                - [GPT A. Study of Things](https://example.org/gpt)
                """);
        Entry ddpm = result.entries().get(0);
        assertEquals("DDPM-CD: Remote Sensing Change Detection using Denoising Diffusion Probabilistic Models", ddpm.title());
        assertEquals(List.of("Bandara W G C", "Nair N G", "Patel V M"), ddpm.authors());
        assertEquals(2022, ddpm.year());
        Entry seco = result.entries().get(1);
        assertEquals("Seasonal Contrast: Unsupervised Pre-Training from Uncurated Remote Sensing Data", seco.title());
        assertEquals(List.of("Mañas O", "Lacoste A", "Giro-i-Nieto X"), seco.authors());
        assertTrue(seco.etAl());
        assertEquals(List.of("Nielsen A A"), result.entries().get(2).authors(), "no space after the period");
        assertEquals("Zhang Bin's Blog. Remote Sensing Datasets", result.entries().get(3).title(), "a possessive is no initial");
        assertEquals(List.of(), result.entries().get(3).authors());
        assertEquals("GPT A. Study of Things", result.entries().get(4).title(), "an acronym is no surname");
    }

    @Test
    void organisersAndADateInItalicsAfterATitleAreNeitherAuthorsNorVenue() {
        ImportResult result = read("""
                ## 3 Contest
                - [**2021 DynamicEarthNet Challenge**](http://www.classic.grss-ieee.org/earthvision2021/challenge.html) *(TUM, DLR, panet. Mar 2021)*
                The challenge consists of two tracks.
                - [**2019 遥感图像稀疏表征与智能分析竞赛-变化检测赛道**](http://rscup.bjxintong.com.cn/#/theme/4) *(武汉大学. 2019年7月)*
                本项竞赛以光学遥感图像为处理对象，参赛队伍使用主办方提供的遥感图像进行建筑物变化检测。2019
                """);
        Entry earth = result.entries().get(0);
        assertEquals(List.of(), earth.authors());
        assertEquals(null, earth.venue());
        Entry rscup = result.entries().get(1);
        assertEquals(null, rscup.venue(), "neither a date in Chinese nor a sentence without spaces is a venue");
        assertTrue(rscup.note().contains("2019年7月"), rscup.note());
    }

    @Test
    void aLineOfLinksAfterAYearAndVenueThenTheTitleIndentedBelowIsOneEntry() {
        ImportResult result = read("""
                # Multi-Modal related

                - 2024-TGRS.[**RS5M(Paper)**](https://ieeexplore.ieee.org/document/10679571) | [**code**](https://github.com/om-ai-lab/RS5M)

                    RS5M: A Large Scale Vision-Language Dataset for Remote Sensing Vision-Language Model
                    </br>在本文中，我们提出了一个新框架。

                - 2024-arxiv. [**Paper**](https://arxiv.org/abs/2410.07167) | [**github(code)**](https://github.com/shikiw/Modality-Integration-Rate)

                    Deciphering Cross-Modal Alignment in Large Vision-Language Models with Modality Integration Rate

                - 2023.[**GRAFT(Paper)**](https://arxiv.org/abs/2312.06960)

                    Remote Sensing Vision-Language Foundation Models without Annotations via Ground Remote Alignment
                """);
        assertEquals(List.of("RS5M: A Large Scale Vision-Language Dataset for Remote Sensing Vision-Language Model",
                "Deciphering Cross-Modal Alignment in Large Vision-Language Models with Modality Integration Rate",
                "Remote Sensing Vision-Language Foundation Models without Annotations via Ground Remote Alignment"), titles(result));
        Entry rs5m = result.entries().get(0);
        assertEquals("T-GRS", rs5m.venue());
        assertEquals(2024, rs5m.year());
        assertEquals(List.of("RS5M"), rs5m.aliases(), "the short name is an alias");
        assertEquals("https://github.com/om-ai-lab/RS5M", rs5m.link(Links.CODE));
        assertEquals("在本文中，我们提出了一个新框架。", rs5m.note(), "the description stays a note, the title does not");
        Entry mir = result.entries().get(1);
        assertEquals("arXiv", mir.venue());
        assertEquals("https://arxiv.org/abs/2410.07167", mir.link(Links.PAPER));
        Entry graft = result.entries().get(2);
        assertEquals(2023, graft.year());
        assertEquals(List.of("GRAFT"), graft.aliases());
    }

    @Test
    void aBracketedTagBeforeABoldTitleIsNeverTheTitle() {
        ImportResult result = read("""
                ### Surveys
                1. [TPAMI 22]**Explainability in graph neural networks: A taxonomic survey**. *Yuan Hao, Yu Haiyang*. [paper](https://example.org/x.pdf)
                2. [Arxiv 24.04] **Superior Polymeric Gas Separation Membrane Designed by Graph Learning** [[paper]](https://example.org/p)
                3. [ACM computing survey] **A Survey on Graph Counterfactual Explanations** [paper](https://dl.acm.org/doi/abs/10.1145/3618105)
                4. [xAI] **Global Concept Explanations for Graphs by Contrastive Learning** [[paper]](https://example.org/g)
                """);
        assertEquals(List.of("Explainability in graph neural networks: A taxonomic survey",
                "Superior Polymeric Gas Separation Membrane Designed by Graph Learning", "A Survey on Graph Counterfactual Explanations",
                "Global Concept Explanations for Graphs by Contrastive Learning"), titles(result), "no tag is a title, no row is skipped");
        Entry tpami = result.entries().get(0);
        assertEquals("TPAMI", tpami.venue());
        assertEquals(2022, tpami.year(), "a known venue's two-digit year");
        assertEquals(List.of("Yuan Hao", "Yu Haiyang"), tpami.authors());
        assertEquals("arXiv", result.entries().get(1).venue());
        assertEquals(2024, result.entries().get(1).year(), "'24.04' is April 2024");
        // (venue-13) a known journal's name one slip off is that journal, no longer an unknown tag kept as a note
        assertEquals("ACM Computing Surveys", result.entries().get(2).venue(), "'ACM computing survey' is ACM Computing Surveys");
        assertEquals(null, result.entries().get(2).note());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void namesVenueAndDateCutByMiddleDotsAfterABreakAreReadAsFields() {
        ImportResult result = read("""
                ### Nature Medicine
                - **[A foundation model for retinal images](https://doi.org/10.1038/s41586-023-06555-x)**<br/>Zhou Y et al. · *Nature* · 2023-09-13 👁️
                - **[Risk of bias in chest radiography models](https://doi.org/10.1148/ryai.230060)**<br/>Glocker B et al. · *Radiology: Artificial Intelligence* · 2023-09-27 \uD83E\uDE7B
                - **[Medical language model for diagnostic reasoning](https://doi.org/10.1038/s41591-025-03520-1)**<br/> · *Nature Medicine* · 2025-03-01
                - **[A Study of Graph Pooling](https://example.org/pool.pdf)**<br/>Code · Slides · Poster
                """);
        assertEquals(4, result.entries().size());
        Entry zhou = result.entries().get(0);
        assertEquals(List.of("Zhou Y"), zhou.authors());
        assertTrue(zhou.etAl());
        assertEquals("Nature", zhou.venue());
        assertEquals("2023-09-13", zhou.date());
        assertEquals(2023, zhou.year());
        assertEquals("👁️", zhou.note(), "the specialty mark stays as the note, nothing else");
        Entry glocker = result.entries().get(1);
        assertEquals("Radiology: Artificial Intelligence", glocker.venue(), "the journal, not the 'Radiology' its name begins with");
        assertEquals("2023-09-27", glocker.date(), "an emoji newer than the JDK's Unicode tables is no part of the date");
        Entry unsigned = result.entries().get(2);
        assertEquals(List.of(), unsigned.authors(), "no names written: the italic journal is no author");
        assertEquals("Nature Medicine", unsigned.venue());
        assertEquals(2025, unsigned.year());
        Entry pooling = result.entries().get(3);
        assertEquals(null, pooling.venue(), "parts that are no names, venue or date leave the line as it was");
        assertEquals(List.of(), pooling.authors());
        assertEquals("Code · Slides · Poster", pooling.note());
    }

    @Test
    void namesCutBySemicolonsEachWrittenLastCommaFirstAreWholePeople() {
        assertEquals(List.of("Jeon, Jihyeong", "Park, Jiwon", "Park, Chanhee", "Kang, U"),
                Authors.parse("Jeon, Jihyeong; Park, Jiwon; Park, Chanhee; Kang, U").names());
        assertEquals(List.of("Ganeshapillai, Gartheeban", "John Guttag", "Andrew Lo"),
                Authors.parse("Ganeshapillai, Gartheeban; John Guttag; Andrew Lo").names(), "a mixed line keeps each person whole");
        assertEquals(List.of("A. Smith", "B. Jones", "C. Lee"), Authors.parse("A. Smith, B. Jones; C. Lee").names(),
                "an initial before a comma is no surname: the commas still cut");
        assertEquals(List.of("Ada Lovelace", "Charles Babbage"), Authors.parse("Ada Lovelace; Charles Babbage").names());
    }

    @Test
    void boldPointsOfANoticeInABlockQuoteAreNoEntriesButALinkedPaperThereIs() {
        ImportResult result = read("""
                ## Large Language Models for Time Series

                > **Previous update**
                > - **Roles-Based Taxonomy & Unified Workflows**
                >   We systematically categorize the roles assumed by LLMs in TSA.
                > - **Section A: Large Language Models** — Dedicated to research related to LLMs for TSA.

                ## Foundation Models

                > - **[TimeGPT-1](https://arxiv.org/abs/2310.03589)**
                - **Lag-Llama: Towards Foundation Models for Time Series Forecasting**
                  Kuiye Ding, Fanda Fan, Yao Wang, others
                  arXiv, 2023.
                """);
        assertEquals(List.of("TimeGPT-1", "Lag-Llama: Towards Foundation Models for Time Series Forecasting"), titles(result),
                "a quoted bold point without a link is no paper; a quoted linked title and a bold title outside a quote are");
        Entry lag = result.entries().get(1);
        assertEquals(List.of("Kuiye Ding", "Fanda Fan", "Yao Wang"), lag.authors(), "', others' ends the names as 'and others' does");
        assertTrue(lag.etAl());
    }

    @Test
    void aYearInParenthesesGluedToABoldTitleThenTheNamesGivesYearAndAuthors() {
        ImportResult result = read("""
                ### Automatic Speech Recognition
                - **A Maximum Likelihood Approach to Continuous Speech Recognition**(1983), LALIT R. BAHL et al. [[pdf]](https://example.org/bahl.pdf)

                - **Heterogeneous Acoustic Measurements and Multiple Classifiers for Speech Recognition**(1986), Andrew K. Halberstadt. [[pdf]](https://example.org/h.pdf)

                - **A post-processing system to yield reduced word error rates**(1997), J.G. Fiscus. [[pdf]](https://example.org/rover.pdf)

                - **Improved Noisy Student Training for Automatic Speech Recognition** (2020), Daniel S. Park, et al. [[pdf]](https://arxiv.org/abs/2005.09629)

                - **Generalized end2end loss for speaker verification**(2019), Li Wan et al. [[pdf]](https://arxiv.org/pdf/1710.10467.pdf)

                - **Onsets and Frames**(2017), trained on MAESTRO [[pdf]](https://example.org/onsets.pdf)
                """);
        assertEquals(6, result.entries().size());
        Entry bahl = result.entries().get(0);
        assertEquals(1983, bahl.year());
        assertEquals(List.of("LALIT R. BAHL"), bahl.authors());
        assertTrue(bahl.etAl());
        assertEquals(null, bahl.note(), "nothing of the line is left over");
        Entry fiscus = result.entries().get(2);
        assertEquals(List.of("J.G. Fiscus"), fiscus.authors(), "one name alone is the author, not a venue");
        assertEquals(null, fiscus.venue());
        assertEquals(1997, fiscus.year());
        assertEquals(List.of("Andrew K. Halberstadt"), result.entries().get(1).authors());
        Entry park = result.entries().get(3);
        assertEquals(2020, park.year(), "a space between the title and the year too");
        assertEquals(List.of("Daniel S. Park"), park.authors());
        assertEquals(2019, result.entries().get(4).year(), "the year the list writes, not the arXiv id's");
        Entry onsets = result.entries().get(5);
        assertEquals(2017, onsets.year());
        assertTrue(onsets.authors().isEmpty(), "words that are no names stay a note");
        assertEquals("trained on MAESTRO", onsets.note());
    }

    @Test
    void aProceedingsLineAVenueWithARemarkAndAVenueGluedToItsYearAreRead() {
        ImportResult result = read("""
                ## Finance

                - **Zorb Trading: Learning Quiet Lattices for Markets**
                  Ann Lee, Bo Chan
                  In Proceedings of the 10th ACM International Conference on AI in Finance, 2023.
                  [Paper](https://dl.acm.org/doi/10.1145/0000001)

                - **Kert: A Benchmark for Quiet Lattices**
                  Ann Lee, Bo Chan
                  ICAIFW 2025 (Best Paper).
                  [Paper](https://example.org/kert.pdf)

                - **Plim: Lattices in Buildings**
                  Ann Lee
                  In Proceedings of the 3rd ACM Symposium on Quiet Lattice Systems, 2021.
                  [Paper](https://example.org/plim.pdf)

                - **Vorn: Lattices with a Remark**
                  Ann Lee
                  QLS 2022 (Oral).
                  [Paper](https://example.org/vorn.pdf)

                | Title | Venue |
                |---|---|
                | Snib: Lattices from Above | RS2024 |
                | Quib: Lattices from Below | TGRS2021 |
                """);
        assertEquals(5 + 1, result.entries().size());
        Entry zorb = result.entries().get(0);
        assertEquals("ICAIF", zorb.venue(), "the proceedings' name is a known conference's full name");
        assertEquals(2023, zorb.year());
        assertEquals("In Proceedings of the 10th ACM International Conference on AI in Finance, 2023", zorb.venueAsWritten());
        assertEquals(null, zorb.note(), "the venue line is read, not left as the note");
        Entry kert = result.entries().get(1);
        assertEquals("ICAIFW", kert.venue(), "a known venue with its year, then a remark in parentheses");
        assertEquals(2025, kert.year());
        assertEquals("ICAIFW 2025 (Best Paper)", kert.venueAsWritten(), "the remark is kept as written");
        Entry plim = result.entries().get(2);
        assertEquals("ACM Symposium on Quiet Lattice Systems", plim.venue(), "an unknown proceedings' name, without its edition");
        assertEquals(2021, plim.year());
        Entry vorn = result.entries().get(3);
        assertEquals("QLS", vorn.venue(), "an unknown short venue with its year and a remark");
        assertEquals(2022, vorn.year());
        Entry snib = result.entries().get(4);
        assertEquals(null, snib.venue(), "letters glued to a year are no venue unless a known one's short form");
        assertEquals(2024, snib.year());
        assertEquals("RS2024", snib.venueAsWritten(), "the cell is kept as written");
        Entry quib = result.entries().get(5);
        assertEquals("T-GRS", quib.venue(), "a known short form glued to its year is the venue");
        assertEquals(2021, quib.year());
    }

    @Test
    void aTableOfModelNamesWithCodeLinksNamesThePapersTheListHoldsElsewhere() {
        ImportResult result = read("""
                ## Taxonomy

                |**Model**|**Task**|**Tokens**|**Code**|
                |:---:|:---:|:---:|:---:|
                |**ZFA**|General|`Patch-level`|[✅](https://github.com/q/Zorb-Fits-All)|
                |**Kron**|General|`Bin-level`|[✅](https://github.com/amz/kron-forecasting)|
                |**Plim**|Forecasting|`Patch-level`|[✅](https://github.com/p/plim)|
                |**Vorn**|Forecasting|`Bin-level`|❌|

                ## Papers

                - **Zorb fits all: General lattice analysis by a pretrained model**
                  Ann Lee, Bo Chan
                  NeurIPS 2023.
                  [Paper](https://example.org/zfa.pdf) | [Code](https://github.com/q/Zorb-Fits-All/)

                - **Kron: Learning the Language of Lattices**
                  Ann Lee
                  TMLR 2024.
                  [Paper](https://example.org/kron.pdf) | [Code](https://github.com/amz/kron-forecasting)

                - **Kron-2: From One Lattice to Many**
                  Ann Lee
                  arXiv 2025.
                  [Paper](https://arxiv.org/abs/2510.15821) | [Code](https://github.com/amz/kron-forecasting)
                """);
        assertEquals(List.of("Plim", "Vorn", "Zorb fits all: General lattice analysis by a pretrained model",
                "Kron: Learning the Language of Lattices", "Kron-2: From One Lattice to Many"), titles(result),
                "a name row whose code link a paper of the list has is that paper; one whose link names no paper, or without a link, stays");
        Entry zfa = result.entries().get(2);
        assertEquals(List.of("ZFA"), zfa.aliases(), "the row's name is the paper's alias");
        assertEquals(List.of("Papers", "Taxonomy"), zfa.sections().stream().map(x -> x.replaceFirst(".* > ", "")).toList());
        assertEquals(2, zfa.sources().size(), "the row is kept as a source of the paper, as a duplicate is");
        assertEquals("Tokens: Patch-level", zfa.note(), "the row's other cells stay in the note when they add to the paper "
                + "('General' is a word of its title)");
        assertEquals(List.of("Kron"), result.entries().get(3).aliases(), "of two papers sharing the repository, the one named so");
        assertEquals("Task: General; Tokens: Bin-level", result.entries().get(3).note());
        assertEquals(List.of(), result.entries().get(4).aliases());
    }

    @Test
    void aBracketedYearAndAJournalOfSeveralWordsGiveThatJournalNotItsFamilysHead() {
        ImportResult result = read("""
                ## Docking

                19. [2023 Nature Computer Science] **Efficient ligand docking with a deep model** [[paper]](https://example.org/a)
                20. [2022 Nature Method] **Annotation of spatially resolved cells** [[paper]](https://example.org/b)
                21. [2023 Nature Diffusion Model] **Tools are designing new proteins** [[paper]](https://example.org/c)
                22. [2022 Nature Electronics] **A chip for protein folding** [[paper]](https://example.org/d)
                """);
        assertEquals(List.of("Nature Computer Science", "Nature Methods", "Nature", "Nature Electronics"),
                result.entries().stream().map(Entry::venue).toList());
        assertEquals(List.of(2023, 2022, 2023, 2022), result.entries().stream().map(Entry::year).toList());
        assertEquals("2023 Nature Computer Science", result.entries().get(0).venueAsWritten());
    }

    @Test
    void aRelativeLinkIsReportedAndAWebAddressInBracketsIsRead() {
        ImportResult result = read("""
                ## Papers

                - [Learning to Rank Graphs](https://arxiv.org/abs/2101.00001) [[code]](./code/rank)
                - **An Explainer for Temporal Graphs** [[paper]]([https://arxiv.org/pdf/2209.00807.pdf])
                """);
        assertEquals(List.of("fixture.md:3: warning: link [[code]](./code/rank) is relative to the list's repository; left out"),
                Fixtures.diagnostics(result), "a link no reader can follow is left out, and said so");
        assertEquals(List.of("https://arxiv.org/abs/2101.00001"), result.entries().get(0).links().stream().map(l -> l.url()).toList());
        assertEquals("https://arxiv.org/pdf/2209.00807.pdf", result.entries().get(1).links().get(0).url());
        assertEquals("2209.00807", result.entries().get(1).id());
    }
}
