package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of the eighth round's held-out lists (an LLM-safety list of numbered references with quoted titles and
 * names before them; a federated-learning list of one link paragraph per paper), each written here small.
 */
class EighthRoundShapesTest {

    private static List<String> urls(Entry e) {
        return e.links().stream().map(Link::url).toList();
    }

    @Test
    void aQuotedBoldTitleIsReadWithoutItsQuotesAndANameBeforeItIsAnAlias() {
        ImportResult result = read("""
                ## Red Teaming

                1. GCG: **"Universal and Transferable Adversarial Attacks on Aligned Language Models"**.

                \t*Andy Zou et al*. arXiv 2023. [[Paper](https://arxiv.org/abs/2307.15043)] [[Github](https://github.com/llm-attacks/llm-attacks)]

                2. NeMo Guardrails: **"NeMo Guardrails: A Toolkit for Controllable and Safe LLM Applications with Programmable Rails"**.

                \t*Traian Rebedea et al*. EMNLP 2023. [[Paper](https://aclanthology.org/2023.emnlp-demo.40/)]

                3. **"Sustainable Modular Debiasing of Language Models**.

                \t*Anne Lauscher et al*. EMNLP 2021. [[Paper](https://doi.org/10.18653/v1/2021.findings-emnlp.411)]

                4. **"Using machine learning to reduce toxicity online""**.

                \t*Jigsaw*. Blog 2021. [[Blog](https://example.org/jigsaw)]

                5. **"When "Competency" in Reasoning Opens the Door to Vulnerability: Jailbreaking LLMs via Novel Complex Ciphers"**.

                \t*Divij Handa et al*. arXiv 2024. [[Paper](https://arxiv.org/pdf/2402.10601)]

                6. **"Do Anything Now": Characterizing and Evaluating In-The-Wild Jailbreak Prompts**.

                \t*Xinyue Shen et al*. CCS 2024. [[Paper](https://arxiv.org/pdf/2308.03825)]
                """);
        assertEquals(List.of("Universal and Transferable Adversarial Attacks on Aligned Language Models",
                "NeMo Guardrails: A Toolkit for Controllable and Safe LLM Applications with Programmable Rails",
                "Sustainable Modular Debiasing of Language Models", "Using machine learning to reduce toxicity online",
                "When \"Competency\" in Reasoning Opens the Door to Vulnerability: Jailbreaking LLMs via Novel Complex Ciphers",
                "\"Do Anything Now\": Characterizing and Evaluating In-The-Wild Jailbreak Prompts"), titles(result),
                "quotes around the whole title go, one missing its closing mark too; quotes inside it stay");
        Entry gcg = result.entries().get(0);
        assertEquals(List.of("GCG"), gcg.aliases(), "the name before the bold title is an alias");
        assertEquals(List.of("Andy Zou"), gcg.authors());
        assertTrue(gcg.etAl());
        assertEquals("arXiv", gcg.venue());
        assertEquals(2023, gcg.year());
        assertEquals(List.of(), result.entries().get(1).aliases(), "a name the title starts with is no alias of it");
        assertEquals("EMNLP", result.entries().get(1).venue());
    }

    @Test
    void aNameBeforeATitleMergesTheTitleWithThePaperListedElsewhereWithoutIt() {
        ImportResult result = read("""
                ## Defense

                1. Llama Guard: **"Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations"**.

                \t*Hakan Inan et al*. arXiv 2023. [[Paper](https://arxiv.org/abs/2312.06674)]

                ## Deployment

                1. **"Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations"**.

                \t*Hakan Inan et al. arXiv* 2023. [[Paper](https://arxiv.org/abs/2312.06674)]
                """);
        assertEquals(List.of("Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations"), titles(result));
        assertFalse(diagnostics(result).stream().anyMatch(d -> d.contains("probably links the wrong paper")), diagnostics(result).toString());
    }

    @Test
    void aLineOfNamesAndLinksLeftUnindentedAfterTheLastItemCompletesIt() {
        ImportResult result = read("""
                ## Deployment

                5. **"AVID Announces Integration with garak, a Vulnerability Scanner for LLMs"**.

                \t*Leon Derczynski*. Blog 2023. [[Blog](https://avidml.org/blog/garak-integration/)]

                6. **"Using machine learning to reduce toxicity online""**.\s

                *Lucas Dixon et al*. Blog 2021. [[Blog](https://www.perspectiveapi.com/)]

                Some closing words of the section, no paper.
                """);
        Entry jigsaw = byTitle(result, "Using machine learning to reduce toxicity online");
        assertEquals(List.of("https://www.perspectiveapi.com/"), urls(jigsaw), "the unindented line's link is the item's");
        assertEquals(List.of("Lucas Dixon"), jigsaw.authors());
        assertEquals(2021, jigsaw.year());
        assertEquals(2, result.entries().size());
        assertFalse(diagnostics(result).stream().anyMatch(d -> d.contains("has a title but no web link")), diagnostics(result).toString());
    }

    @Test
    void linkParagraphsGiveTitleVenueAndDateAndALabelLineAboveIsAnAlias() {
        ImportResult result = read("""
                # Awesome Federated Learning

                ## Distributed optimization

                FedAvg:
                [Communication-Efficient Learning of Deep Networks from Decentralized Data. 2016-02. AISTAT 2017.](https://arxiv.org/pdf/1602.05629.pdf)

                [(*) On the Convergence of FedAvg on Non-IID Data. ICLR 2020.](https://arxiv.org/pdf/1907.02189.pdf)

                [DBA: Distributed Backdoor Attacks against Federated Learning. ICLR 2020.](https://openreview.net/pdf?id=rkgyS0VFvr)
                Citation: 66

                [FedPD: A Federated Learning Framework with Optimal Rates and Adaptivity to Non-IID Data. 2020](https://arxiv.org/pdf/2005.11418.pdf)
                Researcher: Wotao Yin, UCLA

                [Inverting Gradients - How easy is it to break privacy in federated learning? 2020-03-31](https://arxiv.org/pdf/2003.14053.pdf)

                [RSA: Byzantine-Robust Stochastic Aggregation Methods for Distributed Learning from Heterogeneous Datasets, AAAI 2019](https://arxiv.org/abs/1811.03761)

                [Deep Leakage from Gradients. NIPS 2019](https://papers.nips.cc/paper/9617-deep-leakage-from-gradients.pdf)

                HybridAlpha: An Efficient Approach for Privacy-Preserving Federated Learning. AISec 2019. 2019-12-12
                [https://aisec.cc/](https://arxiv.org/pdf/1912.05897.pdf)

                Responsive Web User Interface to Recover Training Data from User Gradients in Federated Learning
                https://ldp-machine-learning.herokuapp.com/
                """);
        assertEquals(List.of("Communication-Efficient Learning of Deep Networks from Decentralized Data",
                "On the Convergence of FedAvg on Non-IID Data", "DBA: Distributed Backdoor Attacks against Federated Learning",
                "FedPD: A Federated Learning Framework with Optimal Rates and Adaptivity to Non-IID Data",
                "Inverting Gradients - How easy is it to break privacy in federated learning?",
                "RSA: Byzantine-Robust Stochastic Aggregation Methods for Distributed Learning from Heterogeneous Datasets",
                "Deep Leakage from Gradients", "HybridAlpha: An Efficient Approach for Privacy-Preserving Federated Learning",
                "Responsive Web User Interface to Recover Training Data from User Gradients in Federated Learning"),
                titles(result), "a paragraph that is only a linked title is an entry, whatever site it links");
        Entry fedavg = result.entries().get(0);
        assertEquals(List.of("FedAvg"), fedavg.aliases(), "the label on the line above names the paper");
        assertEquals("2016-02", fedavg.date());
        assertEquals("AISTAT 2017", fedavg.venueAsWritten());
        assertEquals(2017, fedavg.year());
        Entry convergence = result.entries().get(1);
        assertEquals("ICLR", convergence.venue());
        assertEquals(2020, convergence.year());
        assertEquals(List.of("https://openreview.net/pdf?id=rkgyS0VFvr"), urls(result.entries().get(2)));
        Entry fedpd = result.entries().get(3);
        assertEquals(List.of(), fedpd.authors(), "a remark led by a label names no authors");
        assertTrue(fedpd.note() != null && fedpd.note().contains("Wotao Yin"), fedpd.note());
        assertEquals("2020-03-31", result.entries().get(4).date());
        assertEquals("AAAI", result.entries().get(5).venue());
        assertEquals("NeurIPS", result.entries().get(6).venue());
        Entry hybrid = result.entries().get(7);
        assertEquals(List.of("https://arxiv.org/pdf/1912.05897.pdf"), urls(hybrid), "the link on the line under a plain title");
        assertEquals("2019-12-12", hybrid.date());
        assertEquals(2019, hybrid.year());
        assertEquals(List.of("https://ldp-machine-learning.herokuapp.com/"), urls(result.entries().get(8)), "a bare web address under a plain title");
    }

    @Test
    void aTitleEndingInAYearItsTextNeedsKeepsIt() {
        ImportResult result = read("""
                ## Benchmarks

                [Findings of the WMT 2019](https://example.org/wmt.pdf)

                [Covid-19. A Review of the Year 2020](https://example.org/covid.pdf)
                """);
        assertEquals(List.of("Findings of the WMT 2019", "Covid-19. A Review of the Year 2020"), titles(result),
                "only a part after a full stop that is wholly a date or a venue with its year leaves the title");
        assertNull(result.entries().get(0).venue());
    }

    @Test
    void aVenueAndYearColumnGivesTheRowsVenue() {
        ImportResult result = read("""
                ## NeurIPS

                | Title | Team/Authors | Venue and Year | Targeting Problem |
                |---|---|---|---|
                | Personalized Federated Learning with Moreau Envelopes | The University of Sydney | NeurIPS 2020 | non-I.I.D, personalization |
                """);
        Entry e = result.entries().get(0);
        assertEquals("NeurIPS", e.venue());
        assertEquals(2020, e.year());
    }

    @Test
    void aBodyInTheNamesPlaceIsTheAuthorAndNotTheVenue() {
        ImportResult result = read("""
                ## Training

                1. **"GPT-4 technical report"**.

                \t*OpenAI*. arXiv 2023. [[Paper](https://arxiv.org/abs/2303.08774)]

                2. **"Introducing the next generation of Claude"**.

                \t*Anthropic*. Blog 2024. [[Blog](https://www.anthropic.com/news/claude-3-family)]
                """);
        Entry gpt4 = result.entries().get(0);
        assertEquals(List.of("OpenAI"), gpt4.authors());
        assertEquals("arXiv", gpt4.venue(), "the body that wrote the report is not read as its venue");
        assertEquals(2023, gpt4.year());
        assertEquals(List.of("Anthropic"), result.entries().get(1).authors());
    }

    @Test
    void bracketedLabelsWithoutALinkLeaveTheVenueAndABracketedWebAddressIsTheLink() {
        ImportResult result = read("""
                ## Defense

                5. BIPIA: **"Benchmarking and Defending Against Indirect Prompt Injection Attacks on Large Language Models"**.\s

                \t*Jingwei Yi et al*. arXiv 2023. [Paper][GitHub]

                ## Deepfakes

                1. **"Deep Insights of Deepfake Technology : A Review"**.

                \t*Bahar Uddin Mahmud et al*. arXiv 2021. [https://arxiv.org/abs/2105.00192]
                """);
        Entry bipia = result.entries().get(0);
        assertEquals("arXiv 2023", bipia.venueAsWritten());
        assertEquals(List.of("BIPIA"), bipia.aliases());
        Entry deepfake = result.entries().get(1);
        assertEquals("arXiv 2021", deepfake.venueAsWritten());
        assertEquals(List.of("https://arxiv.org/abs/2105.00192"), urls(deepfake));
        assertEquals("2105.00192", deepfake.id());
    }
}
