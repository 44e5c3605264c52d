package io.litindex.ingest.markdown;

import io.litindex.ingest.ImportResult;
import io.litindex.model.Entry;
import io.litindex.model.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bullets that hold a reference string with the names first, as "Cite" dialogs copy it (MLA, IEEE, GB/T 7714, the ACM
 * format) or as a list writes "Title (YYYY), Names": the title, names, venue and year each in their field.
 */
class ReferenceStringsTest {

    @Test
    void mlaReferencesGiveTitleNamesVenueAndYear() {
        ImportResult result = read("""
                ## 2018-01-15 ~ 2018-01-21

                - Hu, Yifan, Yehuda Koren, and Chris Volinsky. "Collaborative filtering for implicit feedback datasets." Data Mining, 2008. ICDM'08. Eighth IEEE International Conference on. Ieee, 2008.[[pdf]](https://example.org/cf.pdf)
                - `*` Srebro, Nathan, Jason Rennie, and Tommi S. Jaakkola. "Maximum-margin matrix factorization." Advances in neural information processing systems. 2005.[[pdf]](https://example.org/mmmf.pdf)
                - Okura, Shumpei, et al. "Embedding-based news recommendation for millions of users." Proceedings of the 23rd ACM SIGKDD International Conference on Knowledge Discovery and Data Mining. ACM, 2017.[[pdf]](https://example.org/news.pdf)
                - MLA\tCheung, Wang Chi, David Simchi-Levi, and He Wang. "Dynamic pricing and demand learning with limited price experimentation." Operations Research 65.6 (2017): 1722-1731.[[pdf]](https://example.org/pricing.pdf)
                """);
        assertEquals(List.of("Collaborative filtering for implicit feedback datasets", "Maximum-margin matrix factorization",
                "Embedding-based news recommendation for millions of users",
                "Dynamic pricing and demand learning with limited price experimentation"), titles(result));
        Entry hu = result.entries().get(0);
        assertEquals(List.of("Yifan Hu", "Yehuda Koren", "Chris Volinsky"), hu.authors(), "the first author is written surname first");
        assertEquals("ICDM", hu.venue(), "the sentence that names a known venue");
        assertEquals(2008, hu.year());
        Entry srebro = result.entries().get(1);
        assertEquals(List.of("Nathan Srebro", "Jason Rennie", "Tommi S. Jaakkola"), srebro.authors(), "the mark before the names is no title");
        assertEquals("NeurIPS", srebro.venue(), "the proceedings' full name");
        assertEquals(2005, srebro.year());
        Entry okura = result.entries().get(2);
        assertEquals(List.of("Shumpei Okura"), okura.authors());
        assertTrue(okura.etAl());
        assertEquals("KDD", okura.venue(), "the edition and 'International' set aside");
        assertEquals(2017, okura.year());
        Entry cheung = result.entries().get(3);
        assertEquals(List.of("Wang Chi Cheung", "David Simchi-Levi", "He Wang"), cheung.authors(), "the copied style label is no name");
        assertEquals("Operations Research", cheung.venue(), "an unknown journal as written, without volume and pages");
        assertEquals(2017, cheung.year());
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void namesAndYearBeforeABoldTitleAreAReferenceAndTheTextAfterItTheVenue() {
        ImportResult result = read("""
                ## Papers

                1. Daojian Zeng, Kang Liu, Yubo Chen, and Jun Zhao. 2015. **Distant supervision for relation extraction via piecewise convolutional neural networks**. In Proceedings of EMNLP, pages 1753–1762. [[paper]](http://example.org/pcnn.pdf)
                1. Xu Han, Pengfei Yu, Zhiyuan Liu, Maosong Sun, and Peng Li. 2018c. **Hierarchical relation extraction with coarse-to-fine grained attention**. In Proceedings of EMNLP, pages 2236–2245. [[paper]](https://example.org/D18-1247)
                1. Guoliang Ji, Kang Liu, Shizhu He, Jun Zhao, et al. 2017. **Distant supervision for relation extraction with sentence-level attention and entity descriptions**. In AAAI, pages 3060–3066. [[paper]](https://example.org/ji)
                1. Nanyun Peng, Hoifung Poon, Chris Quirk, Kristina Toutanova, and Wen-tau Yih. 2017. **Cross-sentence n-ary relation extraction with graph LSTMs**. TACL, 5:101–115. [[paper]](https://example.org/tacl)
                1. Katsumasa Yoshikawa, Sebastian Riedel, et al. 2011. **Coreference based event-argument relation extraction on biomedical text**. J. Biomed. Semant. [[paper]](https://example.org/pmc)
                1. Yi Wu, David Bamman, and Stuart Russell. 2017. **Adversarial training for relation extraction**. In Proceeding of EMNLP, pages 1778–1783. [[paper]](https://example.org/D17-1187)
                1. Nguyen Bach, Sameer Badaskar. **A review of relation extraction**. [[paper]](https://example.org/review.pdf)
                1. **SemEval-2010 Task 8 Dataset**. [[link]](http://example.org/semeval) [[paper]](https://example.org/W09-2415)
                1. Best Paper Award. **Not A Reference: One Name Without A Year** [[paper]](https://example.org/award)
                """);
        assertEquals(List.of("Distant supervision for relation extraction via piecewise convolutional neural networks",
                "Hierarchical relation extraction with coarse-to-fine grained attention",
                "Distant supervision for relation extraction with sentence-level attention and entity descriptions",
                "Cross-sentence n-ary relation extraction with graph LSTMs",
                "Coreference based event-argument relation extraction on biomedical text",
                "Adversarial training for relation extraction", "A review of relation extraction",
                "SemEval-2010 Task 8 Dataset"), titles(result).subList(0, 8));
        Entry zeng = result.entries().get(0);
        assertEquals(List.of("Daojian Zeng", "Kang Liu", "Yubo Chen", "Jun Zhao"), zeng.authors());
        assertEquals("EMNLP", zeng.venue(), "'In Proceedings of EMNLP, pages …'");
        assertEquals(2015, zeng.year());
        assertEquals(null, zeng.note(), "the venue and pages are no note");
        Entry han = result.entries().get(1);
        assertEquals(2018, han.year(), "the letter after the year tells two papers of one year apart");
        assertEquals(5, han.authors().size());
        Entry ji = result.entries().get(2);
        assertEquals(List.of("Guoliang Ji", "Kang Liu", "Shizhu He", "Jun Zhao"), ji.authors());
        assertTrue(ji.etAl());
        assertEquals("AAAI", ji.venue());
        assertEquals("TACL", result.entries().get(3).venue(), "a journal with its volume and pages");
        assertEquals("J. Biomed. Semant", result.entries().get(4).venue(), "an abbreviated journal is not cut at its periods");
        assertEquals("EMNLP", result.entries().get(5).venue(), "'Proceeding of', singular");
        Entry bach = result.entries().get(6);
        assertEquals(List.of("Nguyen Bach", "Sameer Badaskar"), bach.authors(), "two names without a year");
        assertEquals(null, bach.year());
        Entry semeval = result.entries().get(7);
        assertEquals(null, semeval.venue(), "a bold name followed only by kinds of link is the title, not a venue tag");
        assertEquals(List.of(), result.entries().get(8).authors(), "one name without a year before a bold title is no reference");
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void namesBeforeALinkedTitleOrInItalicsBeforeABoldOneAndATitleEndingInAQuestionMark() {
        ImportResult result = read("""
                ## Papers

                1. Thomas N. Kipf, Max Welling. [Semi-Supervised Classification with Graph Convolutional Networks](https://arxiv.org/abs/1609.02907). ICLR 2017.
                1. *Petar Veličković, Guillem Cucurull, Arantxa Casanova.* **Graph Attention Networks.** ICLR 2018. [paper](https://arxiv.org/abs/1710.10903)
                1. Keyulu Xu, Weihua Hu, Jure Leskovec, Stefanie Jegelka. How Powerful are Graph Neural Networks? ICLR 2019. [paper](https://arxiv.org/abs/1810.00826)
                """);
        assertEquals(List.of("Semi-Supervised Classification with Graph Convolutional Networks", "Graph Attention Networks",
                "How Powerful are Graph Neural Networks?"), titles(result));
        Entry gcn = result.entries().get(0);
        assertEquals(List.of("Thomas N. Kipf", "Max Welling"), gcn.authors());
        assertEquals("ICLR", gcn.venue());
        assertEquals(2017, gcn.year(), "the year after a linked title");
        assertEquals(List.of(Link.of("paper", "https://arxiv.org/abs/1609.02907")), gcn.links());
        Entry gat = result.entries().get(1);
        assertEquals(List.of("Petar Veličković", "Guillem Cucurull", "Arantxa Casanova"), gat.authors(), "italic names before the bold title");
        assertEquals("ICLR", gat.venue());
        assertEquals(2018, gat.year());
        Entry gin = result.entries().get(2);
        assertEquals(List.of("Keyulu Xu", "Weihua Hu", "Jure Leskovec", "Stefanie Jegelka"), gin.authors(), "the title ends in a question mark");
        assertEquals(2019, gin.year());
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void gbtReferencesWrappedOverLinesAndWithoutALinkAreRead() {
        ImportResult result = read("""
                ## 2017-10-09 ~ 2017-10-15

                - Rendle S, Freudenthaler C, Gantner Z, et al. BPR: Bayesian personalized ranking from implicit feedback[C]// Conference on Uncertainty in Artificial Intelligence. AUAI Press, 2009:452-461.[[pdf]](https://example.org/bpr.pdf)
                - Gallego G, Van Ryzin G J. Optimal Dynamic Pricing of Inventories with Stochastic Demand over Finite Horizons[J]. Management Science, 1994, 40(8): 999-1020.[[pdf]](https://example.org/gallego.pdf)
                - Shan Y, Hoens T R, Jiao J, et al. Deep Crossing: Web-scale modeling\s
                  without manually crafted combinatorial features[C]//Proceedings of the\s
                  22nd ACM SIGKDD International Conference on Knowledge Discovery and Data Mining. ACM, 2016: 255-262.[[pdf]](https://example.org/crossing.pdf)\s
                - Zhang W, Du T, Wang J, et al. Deep Learning over Multi-field Categorical Data[C]. european conference on information retrieval, 2016: 45-57.
                """);
        assertEquals(List.of("BPR: Bayesian personalized ranking from implicit feedback",
                "Optimal Dynamic Pricing of Inventories with Stochastic Demand over Finite Horizons",
                "Deep Crossing: Web-scale modeling without manually crafted combinatorial features",
                "Deep Learning over Multi-field Categorical Data"), titles(result));
        Entry bpr = result.entries().get(0);
        assertEquals(List.of("Rendle S", "Freudenthaler C", "Gantner Z"), bpr.authors());
        assertTrue(bpr.etAl());
        assertEquals("UAI", bpr.venue());
        assertEquals(2009, bpr.year());
        Entry gallego = result.entries().get(1);
        assertEquals(List.of("Gallego G", "Van Ryzin G J"), gallego.authors());
        assertEquals("Management Science", gallego.venue());
        assertEquals(1994, gallego.year());
        Entry crossing = result.entries().get(2);
        assertEquals("KDD", crossing.venue(), "the three wrapped lines read as one reference");
        assertEquals(2016, crossing.year());
        assertEquals("https://example.org/crossing.pdf", crossing.link("paper"));
        Entry zhang = result.entries().get(3);
        assertEquals(2016, zhang.year(), "a reference without a link is still an entry: its venue and year say it is a paper");
        assertEquals("ECIR", zhang.venue(), "the European Conference on Information Retrieval, known since venue-13");
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void titleYearThenNamesTheAcmFormatNamesFirstAndABareUrlAreRead() {
        ImportResult result = read("""
                ### Deep Learning and Recommendations
                - Restricted Boltzmann Machines for Collaborative Filtering (2007),R Salakhutdinov, A Mnih, G Hinton.
                  [[pdf]](https://example.org/rbm.pdf)

                - Wide & Deep Learning for Recommender Systems (2016),HT Cheng, L Koc, J Harmsen, T Shaked.[[pdf]](https://arxiv.org/pdf/1606.07792)

                - Longqi Yang, Eugene Bagdasaryan, and Deborah Estrin. 2018. OpenRec: A Modular Framework for Extensible and Adaptable Recommendation Algorithms. In Proceedings of WSDM’18, February 5–9, 2018, Marina Del Rey, CA, USA.[[pdf]](https://example.org/openrec.pdf)
                - Yin Lou, Mikhail Obukhov. BDT- Boosting Decision Tables for High Accuracy and Scoring Efficiency. KDD2017.[[pdf]](https://example.org/bdt.pdf)
                - Ke, Guolin, et al. "LightGBM: A Highly Efficient Gradient Boosting Decision Tree." Advances in Neural Information Processing Systems. 2017.(https://example.org/lightgbm.pdf)
                """);
        assertEquals(List.of("Restricted Boltzmann Machines for Collaborative Filtering", "Wide & Deep Learning for Recommender Systems",
                "OpenRec: A Modular Framework for Extensible and Adaptable Recommendation Algorithms",
                "BDT- Boosting Decision Tables for High Accuracy and Scoring Efficiency",
                "LightGBM: A Highly Efficient Gradient Boosting Decision Tree"), titles(result));
        Entry rbm = result.entries().get(0);
        assertEquals(List.of("R Salakhutdinov", "A Mnih", "G Hinton"), rbm.authors());
        assertEquals(2007, rbm.year());
        assertEquals("https://example.org/rbm.pdf", rbm.link("paper"), "the link on the next line is the paper's");
        assertEquals(2016, result.entries().get(1).year());
        Entry openrec = result.entries().get(2);
        assertEquals(List.of("Longqi Yang", "Eugene Bagdasaryan", "Deborah Estrin"), openrec.authors());
        assertEquals("WSDM", openrec.venue());
        assertEquals(2018, openrec.year());
        Entry bdt = result.entries().get(3);
        assertEquals(List.of("Yin Lou", "Mikhail Obukhov"), bdt.authors());
        assertEquals("KDD", bdt.venue());
        Entry gbm = byTitle(result, "LightGBM: A Highly Efficient Gradient Boosting Decision Tree");
        assertEquals("https://example.org/lightgbm.pdf", gbm.link("paper"), "a URL written bare after the reference");
        assertEquals("NeurIPS", gbm.venue());
        assertEquals(List.of("Guolin Ke"), gbm.authors());
    }

    @Test
    void aReferenceWithABrokenLinkIsReadAndTitleFirstReferencesReadAsBefore() {
        ImportResult result = read("""
                ## Papers

                - Davidson, James, et al. "The YouTube video recommendation system." Proceedings of the fourth ACM conference on Recommender systems. ACM, 2010.[[pdf]](F12>https://example.org/youtube.pdf)
                1. Graph Attention Networks. Petar Velickovic, Guillem Cucurull, Arantxa Casanova. ICLR 2018. [[pdf]](https://example.org/gat.pdf)
                - Andrej Karpathy, "The Unreasonable Effectiveness of Recurrent Neural Networks," blog, 2015. [[link]](https://example.org/rnn)
                - "Attention Is All You Need" [[pdf]](https://example.org/attention.pdf)
                """);
        Entry youtube = byTitle(result, "The YouTube video recommendation system");
        assertEquals("RecSys", youtube.venue(), "the paper is kept though its only link leads nowhere");
        assertEquals(2010, youtube.year());
        Entry gat = byTitle(result, "Graph Attention Networks");
        assertEquals(List.of("Petar Velickovic", "Guillem Cucurull", "Arantxa Casanova"), gat.authors(), "the title first, then the names");
        assertEquals("ICLR", gat.venue());
        Entry rnn = byTitle(result, "The Unreasonable Effectiveness of Recurrent Neural Networks");
        assertEquals(List.of("Andrej Karpathy"), rnn.authors(), "IEEE's quotes, the names before them");
        assertEquals(2015, rnn.year());
        assertEquals(4, result.entries().size(), "a quoted title without names before it reads as before: " + titles(result));
    }

    @Test
    void apaReferencesGiveTitleNamesVenueYearAndTheirDoi() {
        ImportResult result = read("""
                ## Graph neural networks

                - Kipf, T. N., & Welling, M. (2017). Semi-supervised classification with graph convolutional networks. In International Conference on Learning Representations. [paper](https://arxiv.org/abs/1609.02907)
                - Xu, K., et al. (2019). How powerful are graph neural networks? ICLR. [[pdf]](https://arxiv.org/abs/1810.00826)
                1. Wu, Z., Pan, S., Chen, F., Long, G., Zhang, C., & Yu, P. S. (2021). A comprehensive survey on graph neural networks. *IEEE Transactions on Neural Networks and Learning Systems*, *32*(1), 4–24. https://doi.org/10.1109/TNNLS.2020.2978386
                2. van der Maaten, L., & Hinton, G. (2008a). Visualizing data using t-SNE. *Journal of Machine Learning Research*, *9*, 2579–2605. doi:10.5555/1390681.1442794
                3. Gilmer, J., Schoenholz, S. S., Riley, P. F., Vinyals, O., . . . Dahl, G. E. (2017, August). Neural message passing for quantum chemistry. In Proceedings of the 34th International Conference on Machine Learning (pp. 1263–1272). [paper](https://arxiv.org/abs/1704.01212)
                4. Hamilton, W. L., Ying, R., & Leskovec, J. (2017). **Inductive representation learning on large graphs**. NeurIPS. [[paper]](https://arxiv.org/abs/1706.02216)
                """);
        assertEquals(List.of("Semi-supervised classification with graph convolutional networks",
                "How powerful are graph neural networks?", "A comprehensive survey on graph neural networks",
                "Visualizing data using t-SNE", "Neural message passing for quantum chemistry",
                "Inductive representation learning on large graphs"), titles(result));
        Entry kipf = result.entries().get(0);
        assertEquals(List.of("T. N. Kipf", "M. Welling"), kipf.authors(), "surname, initials, the last after '&'");
        assertEquals("ICLR", kipf.venue(), "the proceedings' full name after 'In'");
        assertEquals(2017, kipf.year());
        assertEquals(List.of(Link.of("paper", "https://arxiv.org/abs/1609.02907")), kipf.links());
        Entry xu = result.entries().get(1);
        assertEquals(List.of("K. Xu"), xu.authors());
        assertTrue(xu.etAl());
        assertEquals("ICLR", xu.venue());
        assertEquals(2019, xu.year());
        Entry wu = result.entries().get(2);
        assertEquals(List.of("Z. Wu", "S. Pan", "F. Chen", "G. Long", "C. Zhang", "P. S. Yu"), wu.authors());
        assertEquals("TNNLS", wu.venue(), "the italic journal, without volume and pages");
        assertEquals(2021, wu.year());
        assertEquals(List.of(Link.of("paper", "https://doi.org/10.1109/TNNLS.2020.2978386")), wu.links(), "the DOI is the link");
        Entry maaten = result.entries().get(3);
        assertEquals(List.of("L. van der Maaten", "G. Hinton"), maaten.authors(), "a particle stays with the surname");
        assertEquals(2008, maaten.year(), "the letter after the year is dropped");
        assertEquals(List.of(Link.of("paper", "https://doi.org/10.5555/1390681.1442794")), maaten.links(), "doi: is a DOI link");
        Entry gilmer = result.entries().get(4);
        assertEquals(List.of("J. Gilmer", "S. S. Schoenholz", "P. F. Riley", "O. Vinyals", "G. E. Dahl"), gilmer.authors());
        assertTrue(gilmer.etAl(), "APA 7's '. . .' leaves names out");
        assertEquals("ICML", gilmer.venue(), "the pages in parentheses set aside");
        assertEquals(2017, gilmer.year(), "the month after the year");
        Entry hamilton = result.entries().get(5);
        assertEquals(List.of("W. L. Hamilton", "R. Ying", "J. Leskovec"), hamilton.authors(), "APA names before a bold title too");
        assertEquals("NeurIPS", hamilton.venue());
        assertEquals(List.of(), diagnostics(result));
        assertTrue(io.litindex.ingest.fields.Authors.apa("Y. Zhan, Z. Xiong, and Y. Yuan").isEmpty(), "initials first is no APA");
        assertTrue(io.litindex.ingest.fields.Authors.apa("Kazerouni, Amirhossein and Aghdam, Ehsan").isEmpty(), "BibTeX is no APA");
    }

    @Test
    void labelsInCodeSpansAfterTheVenueAreNoPartOfIt() {
        // the GNN-list style with the list's labels between the venue and the links ("`gradient`", "`score`")
        ImportResult result = read("""
                ## Attack Papers

                1. **Towards Crafting Text Adversarial Samples**. *Suranjana Samanta, Sameep Mehta*. ECIR 2018. `gradient` [[pdf](https://example.org/crafting.pdf)]
                1. **Black-box Generation of Adversarial Text Sequences to Evade Deep Learning Classifiers**.
                *Ji Gao, Jack Lanchantin, Mary Lou Soffa, Yanjun Qi*. IEEE SPW 2018. `score`[[pdf](https://example.org/deepwordbug)] [[code](https://github.com/QData/deepWordBug)]
                1. **TEXTBUGGER: Generating Adversarial Text Against Real-world Applications**. *Jinfeng Li, Shouling Ji, Tianyu Du*. NDSS 2019. `gradient` `score` [[pdf](https://arxiv.org/pdf/1812.05271.pdf)]
                1. **Semantically Equivalent Adversarial Rules for Debugging NLP Models**. *Marco Tulio Ribeiro, Sameer Singh*. ACL 2018. `decision` [[pdf](https://example.org/sears)]
                1. **A Survey Written With Its Venue In Code**. *Ann Author, Bob Builder*. `TNNLS 2019` [[pdf](https://example.org/survey)]
                1. **Robustness to Modification with Shared Words in Paraphrase Identification**. *Zhouxing Shi, Minlie Huang*. Findings of ACL: EMNLP 2020. `score` [[pdf](https://example.org/findings-emnlp.16.pdf)]
                1. **Better Robustness by More Coverage**. *Chenglei Si, Zhengyan Zhang*. Findings of ACL: ACL-IJCNLP 2021. [[pdf](https://example.org/findings-acl.137.pdf)]
                """);
        Entry crafting = byTitle(result, "Towards Crafting Text Adversarial Samples");
        assertEquals("ECIR", crafting.venue(), "not 'ECIR . gradient'");
        assertEquals(2018, crafting.year());
        Entry wordBug = byTitle(result, "Black-box Generation of Adversarial Text Sequences to Evade Deep Learning Classifiers");
        assertEquals("IEEE SPW", wordBug.venue(), "a label glued to the links");
        assertEquals(2018, wordBug.year());
        assertEquals(null, wordBug.note(), "the venue is no note");
        Entry bugger = byTitle(result, "TEXTBUGGER: Generating Adversarial Text Against Real-world Applications");
        assertEquals("NDSS", bugger.venue(), "two labels");
        assertEquals(2019, bugger.year(), "the venue's year, not the arXiv identifier's");
        Entry sears = byTitle(result, "Semantically Equivalent Adversarial Rules for Debugging NLP Models");
        assertEquals("ACL", sears.venue());
        assertEquals("ACL 2018", sears.venueAsWritten(), "the venue as written, without the label");
        Entry survey = byTitle(result, "A Survey Written With Its Venue In Code");
        assertEquals("TNNLS", survey.venue(), "a code span that is the venue itself is still read");
        assertEquals(2019, survey.year());
        assertEquals(List.of("Ann Author", "Bob Builder"), survey.authors());
        assertEquals("Findings of EMNLP", byTitle(result, "Robustness to Modification with Shared Words in Paraphrase Identification").venue(),
                "the Findings of the ACL at EMNLP, as the Anthology names them");
        assertEquals("Findings of ACL", byTitle(result, "Better Robustness by More Coverage").venue());
    }
}
