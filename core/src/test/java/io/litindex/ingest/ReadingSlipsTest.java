package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading slips of general shapes (session 22, reading-14): a names bullet CommonMark puts beside its title, a nickname
 * glued to a surname, a span of years before a seminar's name, an organisation's blog written as a venue; each list
 * written here small.
 */
class ReadingSlipsTest {

    @Test
    void aNamesBulletIndentedShortOfItsTitleIsStillTheTitlesNames() {
        // "-  [" (two spaces) puts the item's text in column 3; the names bullet indented by two is then a sibling
        ImportResult result = read("""
                ### Contextual Bandits
                - [The Self-Normalized Estimator for Counterfactual Learning](https://papers.nips.cc/paper/2015/hash/39027dfad5138c9ca0c474d71db915c3-Abstract.html)
                  - Adith Swaminathan and Thorsten Joachims. NeurIPS, 2015.
                -  [Doubly Robust Policy Evaluation and Optimization](https://arxiv.org/abs/1503.02834)
                  - Miroslav Dudík, Dumitru Erhan, John Langford, and Lihong Li. ICML, 2011.
                - [Unbiased Offline Evaluation of Contextual-bandit-based News Article Recommendation Algorithms](https://dl.acm.org/doi/10.1145/1935826.1935878)
                  - Lihong Li, Wei Chu, John Langford, and Xuanhui Wang. WSDM, 2011.
                """);
        assertEquals(3, result.entries().size());
        Entry doubly = byTitle(result, "Doubly Robust Policy Evaluation and Optimization");
        assertEquals(List.of("Miroslav Dudík", "Dumitru Erhan", "John Langford", "Lihong Li"), doubly.authors(),
                "the names bullet was a sibling item without a title, and dropped");
        assertEquals("ICML", doubly.venue());
        assertEquals(2011, doubly.year(), "the year written, not the arXiv number's 2015");
        assertEquals("WSDM", byTitle(result, "Unbiased Offline Evaluation of Contextual-bandit-based News Article Recommendation Algorithms").venue());
    }

    @Test
    void aSiblingItemWithATitleOrALinkOfItsOwnStaysAnEntry() {
        ImportResult result = read("""
                ## Papers
                -  [Doubly Robust Policy Evaluation and Optimization](https://arxiv.org/abs/1503.02834)
                  - [Unbiased Offline Evaluation of News Article Recommendation](https://dl.acm.org/doi/10.1145/1935826.1935878)
                """);
        assertEquals(2, result.entries().size());
        assertEquals(List.of(), byTitle(result, "Doubly Robust Policy Evaluation and Optimization").authors());
    }

    @Test
    void aNicknameInBracketsGluedToTheSurnameKeepsTheLineANamesLine() {
        ImportResult result = read("""
                ### Applications
                - [Value Function is All You Need: A Unified Learning Framework for Ride Hailing Platforms](https://arxiv.org/abs/2105.08791)
                  - Xiaocheng Tang, Fan Zhang, Zhiwei (Tony)Qin, Yansheng Wang, and Jieping Ye. KDD, 2021.
                - [Sample Complexity of Offline Reinforcement Learning with Deep ReLU Networks](https://arxiv.org/abs/2103.06671)
                  - Botao Hao, Xiang (Jack) Ji, Yaqi Duan, and Mengdi Wang. arXiv, 2021.
                """);
        Entry ride = byTitle(result, "Value Function is All You Need: A Unified Learning Framework for Ride Hailing Platforms");
        assertEquals(List.of("Xiaocheng Tang", "Fan Zhang", "Zhiwei (Tony) Qin", "Yansheng Wang", "Jieping Ye"), ride.authors(),
                "the line was a note: '(Tony)Qin' is no capitalised word");
        assertEquals("KDD", ride.venue());
        assertNull(ride.note());
        assertEquals(List.of("Botao Hao", "Xiang (Jack) Ji", "Yaqi Duan", "Mengdi Wang"),
                byTitle(result, "Sample Complexity of Offline Reinforcement Learning with Deep ReLU Networks").authors());
    }

    @Test
    void aSpanOfYearsBeforeASeminarsNameGivesItsLastYearAndTheSeminarAsVenue() {
        ImportResult result = read("""
                ## Tutorials/Talks/Lectures
                - [Principles for Tackling Distribution Shift: Pessimism, Adaptation, and Anticipation](https://www.youtube.com/watch?v=QKBh6TmvBaw)
                  - Chelsea Finn. 2020-2021 Machine Learning Advances and Applications Seminar.
                - [Data Scalability for Robot Learning](https://youtu.be/LGlgSeWemcM)
                  - Chelsea Finn. RI Seminar2020.
                """);
        Entry talk = byTitle(result, "Principles for Tackling Distribution Shift: Pessimism, Adaptation, and Anticipation");
        assertEquals(2021, talk.year(), "no year was read from a span");
        assertEquals("Machine Learning Advances and Applications Seminar", talk.venue(),
                "a seminar whose name starts with a journal's (Machine Learning) is not that journal");
        assertEquals("2020-2021 Machine Learning Advances and Applications Seminar", talk.venueAsWritten());
        assertNull(talk.note());
        assertEquals("RI Seminar", byTitle(result, "Data Scalability for Robot Learning").venue());
    }

    @Test
    void anOrganisationsBlogIsTheBlogAsWrittenNotTheOrganisation() {
        ImportResult result = read("""
                ## Blog
                - [Tackling Open Challenges in Offline Reinforcement Learning](https://ai.googleblog.com/2020/08/tackling-open-challenges-in-offline.html)
                  - George Tucker and Sergey Levine. Google AI Blog, 2020.
                - [Data-Driven Deep Reinforcement Learning](https://bair.berkeley.edu/blog/2019/12/05/bear/)
                  - Aviral Kumar. BAIR Blog, 2019.
                - [Gemini: A Family of Highly Capable Multimodal Models](https://arxiv.org/abs/2312.11805)
                  - Gemini Team. Google, 2023.
                """);
        Entry blog = byTitle(result, "Tackling Open Challenges in Offline Reinforcement Learning");
        assertEquals("Google AI Blog", blog.venue(), "was read as the venue Google");
        assertEquals(2020, blog.year());
        assertEquals("BAIR Blog", byTitle(result, "Data-Driven Deep Reinforcement Learning").venue());
        assertEquals("Google", byTitle(result, "Gemini: A Family of Highly Capable Multimodal Models").venue(),
                "the organisation alone is still the organisation");
    }

    @Test
    void pagesVolumeAndIssueAreNoPartOfTheVenueAsWritten() {
        ImportResult result = read("""
                ## Kernel Methods
                1. Guodong Zhou, Jian Su, Jie Zhang, and Min Zhang. 2005. **Exploring various knowledge in relation extraction**. In Proceedings of ACL, pages 427–434. [[paper]](https://www.aclweb.org/anthology/P05-1053)
                1. Razvan Bunescu and Raymond Mooney. 2006. **Subsequence kernels for relation extraction**. In Proceedings of NIPS, pages 171– 178. [[paper]](https://papers.nips.cc/paper/2787-subsequence-kernels-for-relation-extraction.pdf)
                1. Thien Huu Nguyen and Ralph Grishman. 2004. **A kernel method for relation extraction**. In Proceedings of ACL, page 423. [[paper]](https://www.aclweb.org/anthology/P04-1054)
                1. Ryan Cotterell and Kevin Duh. 2017. **Low-resource named entity recognition**. TACL, 5:101–115. [[paper]](https://www.aclweb.org/anthology/Q17-1008)
                """);
        Entry zhou = byTitle(result, "Exploring various knowledge in relation extraction");
        assertEquals("ACL", zhou.venue());
        assertEquals("In Proceedings of ACL", zhou.venueAsWritten(), "the pages went into the venue field");
        assertEquals(2005, zhou.year());
        assertEquals("In Proceedings of NIPS", byTitle(result, "Subsequence kernels for relation extraction").venueAsWritten());
        assertEquals("In Proceedings of ACL", byTitle(result, "A kernel method for relation extraction").venueAsWritten());
        Entry tacl = byTitle(result, "Low-resource named entity recognition");
        assertEquals("TACL", tacl.venue());
        assertNull(tacl.venueAsWritten(), "'TACL, 5:101–115' is TACL");
    }

    @Test
    void pagesAreCutButAYearAfterACommaIsKept() {
        io.litindex.ingest.fields.Venues venues = io.litindex.ingest.fields.Venues.standard();
        assertEquals("Advances in Neural Information Processing Systems, 2014",
                venues.parse("Advances in Neural Information Processing Systems, 2014, 3:2672-2680").orElseThrow().asWritten());
        assertEquals(2014, venues.parse("Advances in Neural Information Processing Systems, 2014, 3:2672-2680").orElseThrow().year());
        assertEquals("IEEE Access", io.litindex.ingest.fields.Venues.written("IEEE Access, vol. 8, pp. 100-110"));
        assertEquals("ICML 2019", io.litindex.ingest.fields.Venues.written("ICML 2019"));
        assertEquals("european conference on information retrieval, 2016",
                io.litindex.ingest.fields.Venues.written("european conference on information retrieval, 2016: 45-57"), "the year stays, its pages go");
        assertEquals("Journal of Imaging, 2023", io.litindex.ingest.fields.Venues.written("Journal of Imaging, 2023"));
    }

    @Test
    void aDayWithACommaAfterItIsADateNotAVenue() {
        ImportResult result = read("""
                ## Image Generation

                **RadiomicsFill-Mammo: Synthetic Mammogram Mass Manipulation with Radiomics Features** \\
                *Inye Na, Jonghun Kim, Eun Sook Ko, Hyunjin Park* \\
                [8th, Jul., 2024] [MICCAI, 2024] \\
                [[Paper](https://arxiv.org/abs/2407.05683)] [[GitHub](https://github.com/nainye/RadiomicsFill)]

                **Deformation-Recovery Diffusion Model (DRDM): Instance Deformation for Image Manipulation and Synthesis** \\
                *Jian-Qing Zheng, Yuanhan Mo* \\
                [9th Jul., 2024] [arXiv, 2024] \\
                [[Paper](https://arxiv.org/abs/2407.07295)]
                """);
        Entry radiomics = byTitle(result, "RadiomicsFill-Mammo: Synthetic Mammogram Mass Manipulation with Radiomics Features");
        assertEquals("MICCAI", radiomics.venue(), "was the venue '8th, Jul', MICCAI a note");
        assertEquals("2024-07-08", radiomics.date());
        assertNull(radiomics.note());
        assertEquals("2024-07-09", byTitle(result,
                "Deformation-Recovery Diffusion Model (DRDM): Instance Deformation for Image Manipulation and Synthesis").date());
    }

    @Test
    void aPublisherAloneNamesNoVenueAndAJournalKeepsItsNameWithoutItsPublisher() {
        ImportResult result = read("""
                ## Ethics
                7. **"Safety in the Digital Age: Sociotechnical Perspectives on Algorithms and Machine Learning"**.

                	*Le Coze JC et al*. Springer Nature 2023. [[Paper](https://library.oapen.org/handle/20.500.12657/75390)]

                8. **"Moral foundations theory: The pragmatic validity of moral pluralism"**.

                	*Graham J et al*. Elsevier 2013. [[Paper](https://www.sciencedirect.com/science/article/pii/B9780124072367000024)]

                9. **"Regulating large language models"**.

                	*Hacker P et al*. Nature 2023. [[Paper](https://www.nature.com/articles/x)]
                """);
        Entry book = byTitle(result, "Safety in the Digital Age: Sociotechnical Perspectives on Algorithms and Machine Learning");
        assertNull(book.venue(), "a publisher is no venue, nor a facet value");
        assertEquals("Springer Nature 2023", book.venueAsWritten(), "kept as written");
        assertEquals(2023, book.year());
        Entry moral = byTitle(result, "Moral foundations theory: The pragmatic validity of moral pluralism");
        assertNull(moral.venue());
        assertEquals(2013, moral.year());
        assertEquals("Nature", byTitle(result, "Regulating large language models").venue());

        io.litindex.ingest.fields.Venues venues = io.litindex.ingest.fields.Venues.standard();
        assertEquals("Discover Applied Sciences", venues.parse("Discover Applied Sciences (Springer Nature), 2025").orElseThrow().venue());
        assertEquals("IEEE Transactions on Power Systems", venues.parse("IEEE Transactions on Power Systems 2020").orElseThrow().venue(),
                "a publisher's name before a journal's is read with it");
        assertNull(venues.parse("IEEE 2022").orElseThrow().venue());
        assertEquals(2022, venues.parse("IEEE 2022").orElseThrow().year());
    }

    @Test
    void afterItalicNamesTheNameBeforeTheYearIsTheVenueKnownOrNot() {
        ImportResult result = read("""
                ## Bias
                3. **"Underdiagnosis bias of artificial intelligence algorithms applied to chest radiographs"**.

                	*Seyyed-Kalantari et al*. Radiology: Artificial Intelligence 2021. [[Paper](https://www.nature.com/articles/s41591-021-01595-0)]

                4. **"An efficient framework for counting pedestrians crossing a line using low-cost devices"**.

                	*Yih–Kai Lin et al*. Multimedia Tools and Applications 2021. [[Paper](https://doi.org/10.1007/s11042-020-09276-9)]

                5. **"Bias in AI-based models for medical applications: challenges and mitigation strategies"**.

                	*Mirja Mittermaier et al*. npj Digit. Medicine 2023. [[Paper](https://doi.org/10.1038/s41746-023-00858-z)]

                6. **"How to keep text private? A systematic review of deep learning methods"**.

                	*Sousa S et al*. Artificial Intelligence Review 2023. [[Paper](https://link.springer.com/article/10.1007/S10462-022-10204-6)]

                8. **"The economic impacts and the regulation of AI: A review of the academic literature and policy actions"**.

                	*Mariarosaria Comunale* et al. SSRN 2024. [[Paper](https://ssrn.com/abstract=4774326)]

                9. **"Safety evaluation of chat models"**.

                	*Jane Doe et al*. Submitted to ICLR 2024. [[Paper](https://openreview.net/forum?id=x)]

                7. **"Red teaming language models"**.

                	*Ethan Perez et al*. The code is released with the paper. [[Paper](https://arxiv.org/abs/2202.03286)]
                """);
        Entry under = byTitle(result, "Underdiagnosis bias of artificial intelligence algorithms applied to chest radiographs");
        assertEquals(List.of("Seyyed-Kalantari"), under.authors(), "one surname before 'et al' is a name");
        assertEquals(true, under.etAl());
        assertEquals("Radiology: Artificial Intelligence", under.venue());
        Entry lin = byTitle(result, "An efficient framework for counting pedestrians crossing a line using low-cost devices");
        assertEquals("Multimedia Tools and Applications", lin.venue(), "an unknown venue of four words was a note");
        assertEquals(2021, lin.year(), "and no year was read");
        assertNull(lin.note());
        assertEquals("npj Digit. Medicine", byTitle(result, "Bias in AI-based models for medical applications: challenges and mitigation strategies").venue());
        assertEquals("Artificial Intelligence Review", byTitle(result, "How to keep text private? A systematic review of deep learning methods").venue());
        Entry ssrn = byTitle(result, "The economic impacts and the regulation of AI: A review of the academic literature and policy actions");
        assertEquals("SSRN", ssrn.venue(), "'et al.' outside the italics is the names', not the venue's");
        assertEquals(true, ssrn.etAl());
        Entry submitted = byTitle(result, "Safety evaluation of chat models");
        assertNull(submitted.venue(), "a submission names no venue");
        assertEquals("Submitted to ICLR 2024", submitted.venueAsWritten());
        assertEquals(2024, submitted.year());
        Entry red = byTitle(result, "Red teaming language models");
        assertNull(red.venue(), "a sentence without a year is no venue");
        assertEquals("The code is released with the paper.", red.note());
    }

    // Reading leftovers of the tenth round (reading-15): numbered references as the sim-to-real list writes them.

    @Test
    void aTitleOpenedWithOneStarAndClosedWithTwoIsTheTitle() {
        ImportResult result = read("""
                ## Domain Adaptation

                1. **MIC: Masked image consistency for context-enhanced domain adaptation**. *Lukas Hoyer, Dengxin Dai*. CVPR. 2023. [link](https://ieeexplore.ieee.org/document/10203852)
                1. *Sim-to-real domain adaptation for lane detection and classification in autonomous driving**. *Chuqing Hu, Sinclair Hudson*. IEEE Intelligent Vehicles Symposium (IV). 2022. [link](https://ieeexplore.ieee.org/document/9827450)
                """);
        assertEquals(0, result.skipped(), "the item had no title and was skipped");
        Entry lane = byTitle(result, "Sim-to-real domain adaptation for lane detection and classification in autonomous driving");
        assertEquals(List.of("Chuqing Hu", "Sinclair Hudson"), lane.authors());
        assertEquals(2022, lane.year());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.line() == 4 && d.message().contains("opened with one '*'")));
    }

    @Test
    void italicNamesClosedAtTheStartOfTheNextLineAreTheNames() {
        ImportResult result = read("""
                ## Domain Randomization

                1. **DROPO: Sim-to-real transfer with offline domain randomization**. *Gabriele Tiboni, Karol Arndt, Ville Kyrki
                *. Robotics and Autonomous Systems. 2023. [link](https://arxiv.org/abs/2201.08434)
                1. **Rl-cyclegan: Reinforcement learning aware simulation-to-real**. *Kanishka Rao, Chris Harris, Mohi Khansari
                *. 2020. [link](https://arxiv.org/abs/2011.03148)
                """);
        Entry dropo = byTitle(result, "DROPO: Sim-to-real transfer with offline domain randomization");
        assertEquals(List.of("Gabriele Tiboni", "Karol Arndt", "Ville Kyrki"), dropo.authors());
        assertEquals("Robotics and Autonomous Systems", dropo.venue());
        assertEquals(2023, dropo.year(), "the year written, not the arXiv number's 2022");
        assertNull(dropo.note());
        Entry cycle = byTitle(result, "Rl-cyclegan: Reinforcement learning aware simulation-to-real");
        assertEquals(List.of("Kanishka Rao", "Chris Harris", "Mohi Khansari"), cycle.authors());
        assertNull(cycle.note(), "the names were the note");
    }

    @Test
    void anOrganisationInTheNamesPlaceIsTheAuthorAndEtCommaAlEndsTheNames() {
        ImportResult result = read("""
                ## Other Environments

                1. **OpenAI Gym Retro**. *OpenAI*. 2018. [link](https://openai.com/index/gym-retro/)
                1. **Solving Rubik's Cube with a Robot Hand**. *S OpenAI et, al*. CoRR. 2019. [link](https://arxiv.org/abs/1910.07113)
                1. **Microscopic Traffic Simulation using SUMO**. *Lopez, Pablo Alvarez and Behrisch, Michael and Erdmann et, al.* International Conference on Intelligent Transportation Systems (ITSC) 2018. [link](https://ieeexplore.ieee.org/document/8569938)
                1. **CALVIN: A Benchmark for Language-Conditioned Policy Learning**. *Oier Mees, Lukas Hermann*. IEEE Robotics and Automation. 2021. [link](https://arxiv.org/abs/2112.03227)
                """);
        Entry retro = byTitle(result, "OpenAI Gym Retro");
        assertEquals(List.of("OpenAI"), retro.authors());
        assertNull(retro.venue(), "OpenAI wrote it; it is no venue");
        assertEquals(2018, retro.year());
        Entry rubik = byTitle(result, "Solving Rubik's Cube with a Robot Hand");
        assertEquals(List.of("S OpenAI"), rubik.authors());
        assertTrue(rubik.etAl());
        assertEquals("arXiv", rubik.venue());
        assertNull(rubik.note());
        Entry sumo = byTitle(result, "Microscopic Traffic Simulation using SUMO");
        assertEquals(List.of("Lopez, Pablo Alvarez", "Behrisch, Michael", "Erdmann"), sumo.authors());
        assertEquals("ITSC", sumo.venue());
        // a society's name leading a name of three words or more is the venue, as written
        Entry calvin = byTitle(result, "CALVIN: A Benchmark for Language-Conditioned Policy Learning");
        assertEquals("IEEE Robotics and Automation", calvin.venue());
        assertEquals(2021, calvin.year());
        assertNull(calvin.note());
    }

    @Test
    void workshopsWrittenAsTheConferencesAcronymAndWAndTheVenuesAdded() {
        ImportResult result = read("""
                ## Survey

                * (Trends in Cognitive Science 20) Embracing Change: Continual Learning in Deep Neural Networks
                * (JAIR 22) Towards Continual Reinforcement Learning: A Review and Perspectives
                * (ICMLW 19) On Tiny Episodic Memories in Continual Learning
                * (NeurIPSW 20) Continual Learning via Neural Pruning
                * (AVSS 19) Continuous Learning without Forgetting for Person Re-Identification
                * (CVPR 17) iCaRL: Incremental Classifier and Representation Learning
                * (ECCVW 22) Class-Incremental Learning with Strong Pre-trained Models
                """);
        assertEquals("Trends in Cognitive Sciences", byTitle(result, "Embracing Change: Continual Learning in Deep Neural Networks").venue());
        assertEquals("JAIR", byTitle(result, "Towards Continual Reinforcement Learning: A Review and Perspectives").venue());
        assertEquals("ICML Workshop", byTitle(result, "On Tiny Episodic Memories in Continual Learning").venue());
        assertEquals("NeurIPS Workshop", byTitle(result, "Continual Learning via Neural Pruning").venue());
        assertEquals("AVSS", byTitle(result, "Continuous Learning without Forgetting for Person Re-Identification").venue());
        assertEquals("ECCV Workshop", byTitle(result, "Class-Incremental Learning with Strong Pre-trained Models").venue());
        assertEquals(2022, byTitle(result, "Class-Incremental Learning with Strong Pre-trained Models").year());
    }
}
