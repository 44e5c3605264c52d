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

    private static final String TAGGED_TITLES = """
            # Paper List for Learned Databases

            ## Configuration Tuning
            * ***SageDB: A Learned Database System (CIDR 2019)***
            * QTune: A Query-Aware Database Tuning System with Deep Reinforcement Learning (VLDB 2019)
            * SARD: A statistical approach for ranking database tuning parameters (ICDEW, 2008)
            * Towards instance-optimized data systems (VLDB 2021 from Tim Kraska)
            * The Case for Automatic Database Administration using Deep Reinforcement Learning ( 2018 ArXiv)
            * Farming Your ML-based Query Optimizer's Food. (ICDE 2022, **best demo award**)
            * Regularized Cost-Model Oblivious Database Tuning with Reinforcement Learning （2016）
            * UDO: Universal Database Optimization using Reinforcement Learning (arXiv 2021) [Source Code](https://github.com/jxiw/UDO)
            * External vs. Internal : An Essay on Machine Learning Agents for Autonomous Database Management Systems
            """;

    @Test
    void plainTitlesWithTheVenueInParenthesesAfterThemAreItsPapersWithoutLinks() {
        ImportResult result = read(TAGGED_TITLES);
        assertEquals(List.of("SageDB: A Learned Database System",
                "QTune: A Query-Aware Database Tuning System with Deep Reinforcement Learning",
                "SARD: A statistical approach for ranking database tuning parameters", "Towards instance-optimized data systems",
                "The Case for Automatic Database Administration using Deep Reinforcement Learning",
                "Farming Your ML-based Query Optimizer's Food",
                "Regularized Cost-Model Oblivious Database Tuning with Reinforcement Learning",
                "UDO: Universal Database Optimization using Reinforcement Learning"), titles(result),
                "every tagged item; the one without a tag stays out");
        Entry qtune = byTitle(result, "QTune: A Query-Aware Database Tuning System with Deep Reinforcement Learning");
        assertEquals("VLDB", qtune.venue());
        assertEquals(2019, qtune.year());
        assertEquals(List.of("Paper List for Learned Databases > Configuration Tuning"), qtune.sections());
        assertEquals("ICDE Workshop", byTitle(result, "SARD: A statistical approach for ranking database tuning parameters").venue());
        Entry kraska = byTitle(result, "Towards instance-optimized data systems");
        assertEquals("VLDB", kraska.venue());
        assertEquals("from Tim Kraska", kraska.note());
        assertEquals("arXiv", byTitle(result, "The Case for Automatic Database Administration using Deep Reinforcement Learning").venue());
        Entry farming = byTitle(result, "Farming Your ML-based Query Optimizer's Food");
        assertEquals("ICDE", farming.venue());
        assertEquals("best demo award", farming.note());
        Entry regularized = byTitle(result, "Regularized Cost-Model Oblivious Database Tuning with Reinforcement Learning");
        assertNull(regularized.venue());
        assertEquals(2016, regularized.year());
        Entry sage = byTitle(result, "SageDB: A Learned Database System");
        assertEquals(2019, sage.year());
        assertEquals("CIDR 2019", sage.venueAsWritten() == null ? sage.venue() + " " + sage.year() : sage.venueAsWritten());
    }

    @Test
    void aLoneTaggedLineAmongLinkedPapersStaysNoEntry() {
        ImportResult result = read("""
                # List

                - [A Linked Paper About Graphs](https://arxiv.org/abs/2301.00001) (ICLR 2023)
                - [Another Linked Paper About Graphs](https://arxiv.org/abs/2301.00002) (ICML 2023)
                - Our group moved to a new building (CVPR 2023)
                """);
        assertEquals(List.of("A Linked Paper About Graphs", "Another Linked Paper About Graphs"), titles(result));
    }

    private static final String VENUE_LABELLED_LINKS = """
            # Chart Papers

            ## Chart Captioning

            **VisText: A Benchmark for Semantically Rich Chart Captioning**  
            Benny J. Tang, Angie Boggust, Arvind Satyanarayan  
            [ACL 2023 Outstanding paper](https://aclanthology.org/2023.acl-long.401.pdf) • [Code](https://github.com/mitvis/vistext)

            **ChartMoE: Mixture of Expert Connector for Advanced Chart Understanding**  
            Zhengzhuo Xu, Bowen Qu, Yiyan Qi  
            [arXiv, 5 Sep 2024](https://arxiv.org/abs/2409.03277) • [Code](https://chartmoe.github.io/)

            **Deep colormap extraction from visualizations**  
            Lin-Ping Yuan, Wei Zeng, Siwei Fu  
            [TVCG 2022](https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9395231)
            """;

    @Test
    void aPaperLinkLabelledWithItsVenueAndYearGivesThemAndMakesThePaper() {
        ImportResult result = read(VENUE_LABELLED_LINKS);
        assertEquals(List.of("VisText: A Benchmark for Semantically Rich Chart Captioning",
                "ChartMoE: Mixture of Expert Connector for Advanced Chart Understanding",
                "Deep colormap extraction from visualizations"), titles(result), "the venue-labelled link is the paper's link");
        Entry vistext = byTitle(result, "VisText: A Benchmark for Semantically Rich Chart Captioning");
        assertEquals("ACL", vistext.venue());
        assertEquals(2023, vistext.year());
        assertEquals(List.of("Benny J. Tang", "Angie Boggust", "Arvind Satyanarayan"), vistext.authors());
        Entry moe = byTitle(result, "ChartMoE: Mixture of Expert Connector for Advanced Chart Understanding");
        assertEquals("arXiv", moe.venue());
        assertEquals(2024, moe.year());
        Entry colormap = byTitle(result, "Deep colormap extraction from visualizations");
        assertEquals("TVCG", colormap.venue());
        assertEquals(2022, colormap.year());
        assertEquals("https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9395231", colormap.links().get(0).url());
    }

    @Test
    void theInOpeningAnItalicVenueIsNoPartOfThePlainTitleBeforeIt() {
        ImportResult result = read("""
                # deep-learning-dynamics-paper-list

                # 1. Learning Dynamics of GD and SGD

                - Gradient descent only converges to minimizers. In *COLT 2016*. [[pdf](http://proceedings.mlr.press/v49/lee16.pdf)]
                - An alternative view: When does SGD escape local minima? In *ICML 2018*. [[pdf](http://proceedings.mlr.press/v80/kleinberg18a/kleinberg18a.pdf)]
                """);
        assertEquals(List.of("Gradient descent only converges to minimizers", "An alternative view: When does SGD escape local minima?"),
                titles(result));
        Entry colt = byTitle(result, "Gradient descent only converges to minimizers");
        assertEquals("COLT", colt.venue());
        assertEquals(2016, colt.year());
    }

    private static final String QUOTED_TITLES = """
            # Visual Tracking Paper List

            ## 2019
            * DiMP: "Learning Discriminative Model Prediction for Tracking" ICCV. [[Paper]](http://openaccess.thecvf.com/content_ICCV_2019/html/Bhat_Learning_ICCV_2019_paper.html) [[Code]](https://github.com/visionml/pytracking)  
              将相关滤波跟踪范式设计成端到端可训练的在线目标分类分支
            * "ATOM: Accurate Tracking by Overlap Maximization" CVPR. [[Paper]](http://openaccess.thecvf.com/content_CVPR_2019/html/Danelljan_ATOM_CVPR_2019_paper.html)  
              将目标检测的IouNet引入到目标跟踪以解决目标尺度估计的问题

            ## 2018
            * DaSiamRPN: "Distractor-aware siamese networks for visual object tracking" [[Paper]](http://openaccess.thecvf.com/content_ECCV_2018/html/Zhu_ECCV_2018_paper.html)  
              Local-to-Global搜索方式的长期目标跟踪方法
            """;

    @Test
    void aQuotedTitleWithAShortNameBeforeItAndAVenueAfterIt() {
        ImportResult result = read(QUOTED_TITLES);
        assertEquals(List.of("Learning Discriminative Model Prediction for Tracking", "ATOM: Accurate Tracking by Overlap Maximization",
                "Distractor-aware siamese networks for visual object tracking"), titles(result));
        Entry dimp = byTitle(result, "Learning Discriminative Model Prediction for Tracking");
        assertEquals("ICCV", dimp.venue());
        assertEquals(2019, dimp.year());
        assertEquals(List.of("DiMP"), dimp.aliases());
        assertTrue(dimp.authors().isEmpty(), "the Chinese note under the title is no line of names: " + dimp.authors());
        assertEquals("将相关滤波跟踪范式设计成端到端可训练的在线目标分类分支", dimp.note());
        assertEquals("CVPR", byTitle(result, "ATOM: Accurate Tracking by Overlap Maximization").venue());
        Entry dasiam = byTitle(result, "Distractor-aware siamese networks for visual object tracking");
        assertTrue(dasiam.authors().isEmpty(), dasiam.authors().toString());
        assertEquals(List.of("DaSiamRPN"), dasiam.aliases());
    }

    private static final String ANGLED_TITLES = """
            # RL-Exploration-Paper-Lists

            ## MAB exploration

            * <[Value-difference based exploration: adaptive control between epsilon-greedy and softmax](https://pdfs.semanticscholar.org/acff/a6cd.pdf)> by Michel Tokic and Günther Palm, 2011.

            * **[RND]** <[Exploration by random network distillation](https://arxiv.org/pdf/1810.12894.pdf)> by Burda, Yuri and Edwards, Harrison and Storkey, Amos, 2018.

            * <[Classes of multiagent q-learning dynamics with epsilon-greedy exploration](http://icml2010.haifa.il.ibm.com/papers/191.pdf)> by Wunder M, Littman M L, Babes M. ICML, 2010.
            """;

    @Test
    void aTitleInAngleBracketsThenByAndTheNamesAndYear() {
        ImportResult result = read(ANGLED_TITLES);
        assertEquals(List.of("Value-difference based exploration: adaptive control between epsilon-greedy and softmax",
                "Exploration by random network distillation", "Classes of multiagent q-learning dynamics with epsilon-greedy exploration"),
                titles(result), "the bracketed short name before the title is no title");
        Entry tokic = byTitle(result, "Value-difference based exploration: adaptive control between epsilon-greedy and softmax");
        assertEquals(List.of("Michel Tokic", "Günther Palm"), tokic.authors());
        assertEquals(2011, tokic.year());
        assertNull(tokic.note());
        Entry rnd = byTitle(result, "Exploration by random network distillation");
        assertEquals(List.of("Yuri Burda", "Harrison Edwards", "Amos Storkey"), rnd.authors());
        assertEquals(List.of("RND"), rnd.aliases());
        Entry classes = byTitle(result, "Classes of multiagent q-learning dynamics with epsilon-greedy exploration");
        assertEquals("ICML", classes.venue());
        assertEquals(2010, classes.year());
        assertEquals(3, classes.authors().size(), classes.authors().toString());
    }

    private static final String YEAR_RANGES = """
            # Exploration

            ## Reviews

            * <[Formal Theory of Creativity, Fun, and Intrinsic Motivation (1990-2010)](https://example.org/schmidhuber.pdf)> by Jürgen Schmidhuber, 2010.

            * [Object Detection in 20 Years: A Survey (2001 – 2021)](https://example.org/detection.pdf)

            * [Deep Learning for Anomaly Detection (ICML 2019)](https://example.org/anomaly.pdf)
            """;

    @Test
    void aYearRangeInParenthesesEndingATitleIsNoVenueTag() {
        ImportResult result = read(YEAR_RANGES);
        assertEquals(List.of("Formal Theory of Creativity, Fun, and Intrinsic Motivation (1990-2010)",
                "Object Detection in 20 Years: A Survey (2001 – 2021)", "Deep Learning for Anomaly Detection"), titles(result),
                "a year range stays in the title; a venue tag does not");
        Entry creativity = byTitle(result, "Formal Theory of Creativity, Fun, and Intrinsic Motivation (1990-2010)");
        assertNull(creativity.venue());
        assertEquals(2010, creativity.year());
        assertEquals(List.of("Jürgen Schmidhuber"), creativity.authors());
        assertNull(byTitle(result, "Object Detection in 20 Years: A Survey (2001 – 2021)").venue());
        Entry anomaly = byTitle(result, "Deep Learning for Anomaly Detection");
        assertEquals("ICML", anomaly.venue());
        assertEquals(2019, anomaly.year());
    }

    private static final String ANTHOLOGY_LINKS = """
            # Fairness Papers

            ## Surveys

            1. [Language (Technology) is Power: A Critical Survey of "Bias" in NLP](https://www.aclweb.org/anthology/2020.acl-main.485), Blodgett, Su Lin  and Barocas, Solon, 2020
            1. [Mitigating Gender Bias in Natural Language Processing: Literature Review](https://aclanthology.org/P19-1159), Sun, Tony  and Gaut, Andrew, 2019
            1. [Data Statements for Natural Language Processing](https://www.aclweb.org/anthology/Q18-1041.pdf), Bender, Emily M. and Friedman, Batya, 2018
            1. [The many dimensions of algorithmic fairness in educational applications](https://www.aclweb.org/anthology/W19-4401), Loukina, Anastassia, 2019
            1. [Situated Data, Situated Systems](https://www.aclweb.org/anthology/2020.gebnlp-1.10), Havens, Lucy, 2020
            1. [Fairness in Multilingual Models](https://aclanthology.org/2022.findings-emnlp.7)
            1. [Debiasing Word Embeddings](https://aclanthology.org/2021.naacl-main.5), Someone, A., EMNLP 2021
            1. [Gender Bias in Lexical Semantics](https://www.aclweb.org/anthology/S18-2005), Rudinger, Rachel, 2018
            """;

    @Test
    void anAclAnthologyIdNamesTheVenueOfAnEntryWithoutOne() {
        ImportResult result = read(ANTHOLOGY_LINKS);
        Entry power = byTitle(result, "Language (Technology) is Power: A Critical Survey of \"Bias\" in NLP");
        assertEquals("ACL", power.venue());
        assertEquals(2020, power.year());
        assertEquals("anthology-id", power.origins().get("venue"));
        Entry review = byTitle(result, "Mitigating Gender Bias in Natural Language Processing: Literature Review");
        assertEquals("ACL", review.venue());
        assertEquals(2019, review.year());
        assertEquals("TACL", byTitle(result, "Data Statements for Natural Language Processing").venue());
        assertNull(byTitle(result, "The many dimensions of algorithmic fairness in educational applications").venue(),
                "W is a workshop: no venue");
        assertNull(byTitle(result, "Situated Data, Situated Systems").venue(), "a workshop's own event: no venue");
        assertNull(byTitle(result, "Gender Bias in Lexical Semantics").venue(), "S holds SemEval and *SEM: no venue");
        Entry findings = byTitle(result, "Fairness in Multilingual Models");
        assertEquals("Findings of EMNLP", findings.venue());
        assertEquals(2022, findings.year(), "the id's year where the entry writes none");
        assertEquals("anthology-id", findings.origins().get("year"));
        assertEquals("EMNLP", byTitle(result, "Debiasing Word Embeddings").venue(), "a venue of its own is kept");
    }

    private static final String BRACED_TITLES = """
            # Papers

            - [AIJ'2017] [Integer Linear Programming for the {B}ayesian network structure learning problem](https://example.org/ilp)
            1. [It{'}s All in the Name: Mitigating Gender Bias with Name-Based Counterfactual Data Substitution](https://example.org/name), Hall Maudslay, Rowan  and Gonen, Hila, 2019
            * Maha Elbayad and Jakob Verbeek. 2018. [Pervasive Attention: {2D} Convolutional Neural Networks for Sequence-to-Sequence Prediction](https://example.org/pa). In *Proceedings of CoNLL 2018*.
            * [Learning with {0,1} Labels and Type {B} Errors](https://example.org/labels)
            """;

    @Test
    void bibtexBracesInATitleAreDroppedAndTheTextKept() {
        ImportResult result = read(BRACED_TITLES);
        assertEquals(List.of("Integer Linear Programming for the Bayesian network structure learning problem",
                "It's All in the Name: Mitigating Gender Bias with Name-Based Counterfactual Data Substitution",
                "Pervasive Attention: 2D Convolutional Neural Networks for Sequence-to-Sequence Prediction",
                "Learning with {0,1} Labels and Type B Errors"), titles(result), "a set in braces is no BibTeX case group");
        assertEquals("integer-linear-programming-for-the-bayesian-network",
                byTitle(result, "Integer Linear Programming for the Bayesian network structure learning problem").id(),
                "the id is made from the title read");
    }
}
