package io.litindex.ingest;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.search.Searcher;
import io.litindex.search.Synonyms;
import io.litindex.testing.Results;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs that name the group of the items after them (a bold, italic or anchored bold paragraph over a list, plain
 * short text between two runs of numbered items where the numbering starts again): their items are read under them, one
 * level below the heading, as under a heading; prose, notes, names and a paper's bold title are not.
 */
class SubHeadingsTest {

    private static final String SIM_TO_REAL = """
            # Awesome Sim2Real

            ## Technique Papers

            #### **Observation**

            **Domain Randomization**
            1. **Solving Rubik's Cube with a Robot Hand**. *OpenAI et al*. CoRR. 2019. [link](https://arxiv.org/abs/1910.07113)
            1. **Asymmetric Actor Critic for Image-Based Robot Learning**. *Lerrel Pinto, Pieter Abbeel*. RSS. 2018. [link](https://arxiv.org/abs/1710.06542)

            **Domain Adaptation**

            1. **Retinagan: An object-aware approach to sim-to-real transfer**. *Daniel Ho, Yunfei Bai*. ICRA. 2021. [link](https://arxiv.org/abs/2011.03148)
            1. **Unsupervised pixel-level domain adaptation with generative adversarial networks**. *Konstantinos Bousmalis*. CVPR. 2017. [link](https://arxiv.org/abs/1612.05424)

            #### **Action**

            1. **At human speed: Deep reinforcement learning with action delay**. *Vlad Firoiu*. 2018. [link](https://arxiv.org/abs/1810.07286)

            *Action Uncertainty*

            1. **Action robust reinforcement learning and applications in continuous control**. *Chen Tessler*. ICML. 2019. [link](https://arxiv.org/abs/1901.09184)
            """;

    @Test
    void aBoldParagraphOverItemsIsTheirSubHeading() {
        ImportResult result = read(SIM_TO_REAL);
        assertEquals(6, result.entries().size(), titles(result).toString());
        String observation = "Awesome Sim2Real > Technique Papers > Observation";
        assertEquals(List.of(observation + " > Domain Randomization"), byTitle(result, "Solving Rubik's Cube with a Robot Hand").sections());
        assertEquals(List.of(observation + " > Domain Randomization"),
                byTitle(result, "Asymmetric Actor Critic for Image-Based Robot Learning").sections());
        // the next bold paragraph takes the place of the one before, under the same heading
        assertEquals(List.of(observation + " > Domain Adaptation"),
                byTitle(result, "Retinagan: An object-aware approach to sim-to-real transfer").sections());
        // a heading ends the sub-heading
        assertEquals(List.of("Awesome Sim2Real > Technique Papers > Action"),
                byTitle(result, "At human speed: Deep reinforcement learning with action delay").sections());
        // an italic paragraph is one too
        assertEquals(List.of("Awesome Sim2Real > Technique Papers > Action > Action Uncertainty"),
                byTitle(result, "Action robust reinforcement learning and applications in continuous control").sections());
    }

    @Test
    void aSubHeadingFindsItsItemsThatNeverWriteItsWords() {
        List<Entry> entries = read(SIM_TO_REAL).entries();
        try (Searcher searcher = Searcher.inMemory(entries, Synonyms.configured())) {
            List<String> ids = Results.ids(searcher, "domain randomization");
            // neither title writes "domain randomization"; the adaptation titles write "domain"
            assertEquals(List.of("1910.07113", "1710.06542"), ids.subList(0, 2), ids.toString());
        }
    }

    @Test
    void anAnchoredBoldParagraphAndPlainTextWhereTheNumberingStartsAgainAreSubHeadings() {
        ImportResult result = read("""
                # Awesome LLM Safety Papers

                ###### Refusal Suppression

                1. **"Jailbroken: How Does LLM Safety Training Fail?"**.

                	*Alexander Wei et al*. NeurIPS 2023. [[Paper](https://arxiv.org/pdf/2307.02483)]


                   <a name="heading_21"></a>**Code Jailbreaking**

                1. **"Exploiting Programmatic Behavior of LLMs: Dual-Use Through Standard Security Attacks"**.

                	*Daniel Kang et al*. IEEE Symposium on Security and Privacy Workshops 2024. [[Paper](https://arxiv.org/pdf/2302.05733)]

                2. **"Jailbreaking ChatGPT via Prompt Engineering: An Empirical Study"**.

                	*Yi Liu et al*. arXiv 2023. [[Paper](https://arxiv.org/pdf/2305.13860)]

                ###### Biological Weaponization

                1. **"Artificial intelligence and biological misuse: Differentiating risks of language models and biological design tools"**.

                	*Jonas B. Sandbrink*. arXiv 2023. [[Paper](https://arxiv.org/abs/2306.13952)]

                2. **"Can large language models democratize access to dual-use biotechnology?"**.

                	*Emily H. Soice et al*. arXiv 2023. [[Paper](https://arxiv.org/abs/2306.03809)]


                   Chemical Weaponization

                1. **"Dual Use of Artificial Intelligence-powered Drug Discovery"**.

                	*Fabio Urbina et al*. Nat Mach Intell 2022. [[Paper](https://pubmed.ncbi.nlm.nih.gov/36211133/)]

                2. **"Autonomous chemical research with large language models"**.

                	*Daniil A. Boiko et al*. Nature 2023. [[Paper](https://www.nature.com/articles/s41586-023-06792-0.pdf)]
                """);
        String top = "Awesome LLM Safety Papers > ";
        Entry jailbroken = byTitle(result, "Jailbroken: How Does LLM Safety Training Fail?");
        assertEquals(List.of(top + "Refusal Suppression"), jailbroken.sections());
        assertNull(jailbroken.note(), "the sub-heading is no note of the item above it");
        assertEquals(List.of(top + "Refusal Suppression > Code Jailbreaking"),
                byTitle(result, "Jailbreaking ChatGPT via Prompt Engineering: An Empirical Study").sections());
        assertEquals(List.of(top + "Refusal Suppression > Code Jailbreaking"),
                byTitle(result, "Exploiting Programmatic Behavior of LLMs: Dual-Use Through Standard Security Attacks").sections());
        assertNull(byTitle(result, "Can large language models democratize access to dual-use biotechnology?").note());
        assertEquals(List.of(top + "Biological Weaponization > Chemical Weaponization"),
                byTitle(result, "Autonomous chemical research with large language models").sections());
        assertEquals(List.of(top + "Biological Weaponization"),
                byTitle(result, "Artificial intelligence and biological misuse: Differentiating risks of language models and biological design tools").sections());
    }

    @Test
    void proseNotesNamesAndPaperTitlesAreNoSubHeadings() {
        ImportResult result = read("""
                # Awesome Papers

                ## Methods

                **We list the papers below by the year they appeared.**

                - [Attention Is All You Need](https://arxiv.org/abs/1706.03762)

                **Note:** the venues are those of the final versions.

                - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)

                **[A Survey of Transformers](https://arxiv.org/abs/2106.04554)**

                - [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)

                **Update**

                - [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)

                ## Theorem Proving

                1. **Towards the Automatic Mathematician** `CADE 2021` [[paper]](https://link.springer.com/chapter/10.1007/978-3-030-79876-5_2)

                   *Rabe, Markus N and Szegedy, Christian*

                1. **A Survey on Deep Learning for Theorem Proving** `arXiv 2024` [[paper]](https://arxiv.org/pdf/2404.09939.pdf)

                   *Li Zhaoyu*

                1. **Learning Guided Automated Reasoning: A Brief Survey** `arXiv 2024` [[paper]](https://arxiv.org/pdf/2403.04017.pdf)

                   *Blaauwbroek, Lasse*

                ## Graph Pooling

                **Hierarchical Graph Representation Learning with Differentiable Pooling**

                - [Paper](https://arxiv.org/abs/1806.08804)
                - [Code](https://github.com/RexYing/diffpool)
                """);
        for (String title : List.of("Attention Is All You Need", "Deep Residual Learning for Image Recognition",
                "Language Models are Few-Shot Learners", "Denoising Diffusion Probabilistic Models")) {
            assertEquals(List.of("Awesome Papers > Methods"), byTitle(result, title).sections(), title);
        }
        // italic names as an item's last paragraph, in a list numbering every item "1.", are its authors
        Entry survey = byTitle(result, "A Survey on Deep Learning for Theorem Proving");
        assertEquals(List.of("Awesome Papers > Theorem Proving"), survey.sections());
        assertEquals(List.of("Li Zhaoyu"), survey.authors());
        assertEquals(List.of("Awesome Papers > Theorem Proving"),
                byTitle(result, "Learning Guided Automated Reasoning: A Brief Survey").sections());
        // a paper's bold title over its link bullets names no group
        assertTrue(result.entries().stream().allMatch(e -> e.sections().stream().noneMatch(s -> s.contains("Hierarchical Graph"))),
                result.entries().toString());
    }
}
