package io.litindex.ingest.markdown;

import io.litindex.ingest.ImportResult;
import io.litindex.ingest.fields.Authors;
import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Shapes found by the ingest-12 audit (lines of real lists that looked like a paper but gave no entry and no
 * diagnostic, or an entry with a wrong field), each on a small list written here.
 */
class AuditShapesTest {

    @Test
    void titleLinkedToAFileOfTheRepositoryIsReadAndReported() {
        ImportResult result = read("""
                ## Papers

                - [A Paper Kept As A PDF In This Repository](docs/paper.pdf)
                - [Contributing](CONTRIBUTING.md)
                - [Another Paper Kept Here](papers/other.pdf) [[code]](https://github.com/x/other)
                """);
        assertEquals(List.of("A Paper Kept As A PDF In This Repository", "Another Paper Kept Here"), titles(result));
        assertEquals(List.of(), byTitle(result, "A Paper Kept As A PDF In This Repository").links());
        assertEquals("https://github.com/x/other", byTitle(result, "Another Paper Kept Here").link("code"));
        assertEquals(List.of(
                "fixture.md:3: warning: the title's link (docs/paper.pdf) is relative to the list's repository; left out",
                "fixture.md:3: warning: list item 'A Paper Kept As A PDF In This Repository' has a title but no web link or venue; "
                        + "read as an entry with its title only",
                "fixture.md:4: warning: list item [Contributing](CONTRIBUTING.md) links only inside the list's repository and is "
                        + "too short for a paper's title; not read as an entry",
                "fixture.md:5: warning: the title's link (papers/other.pdf) is relative to the list's repository; left out"),
                diagnostics(result));
    }

    @Test
    void firstAuthorWrittenSurnameFirstIsOnePerson() {
        assertEquals(List.of("Motoki Sato", "Jun Suzuki", "Hiroyuki Shindo", "Yuji Matsumoto"),
                Authors.parse("Sato, Motoki, Jun Suzuki, Hiroyuki Shindo, and Yuji Matsumoto").names());
        // surnames alone, and two given names, stay as written
        assertEquals(List.of("Vaswani", "Shazeer", "Parmar", "Uszkoreit"), Authors.parse("Vaswani, Shazeer, Parmar, Uszkoreit").names());
        assertEquals(List.of("Kipf", "Welling", "Thomas Kipf"), Authors.parse("Kipf, Welling, Thomas Kipf").names());
        ImportResult result = read("""
                ## Attacks

                1. Sato, Motoki, Jun Suzuki, Hiroyuki Shindo, and Yuji Matsumoto. 2018. **Interpretable Adversarial Perturbation in Input Embedding Space for Text**. IJCAI 2018. [[pdf](https://arxiv.org/abs/1805.02917)]
                """);
        assertEquals(List.of("Motoki Sato", "Jun Suzuki", "Hiroyuki Shindo", "Yuji Matsumoto"), result.entries().get(0).authors());
    }

    @Test
    void termAndDefinitionIsNoEntry() {
        ImportResult result = read("""
                ## Overview

                - **Human-Object Interaction (HOI) Detection**: predicting how a person physically interacts with an object
                - **Segment Anything In Images**: A Foundation Model
                """);
        // a bold term, a colon and a description in lower case is a definition; a title-shaped item stays an entry
        assertEquals(List.of("Segment Anything In Images"), titles(result));
        assertEquals("fixture.md:3: warning: list item 'Human-Object Interaction (HOI) Detection: predicting how a person physically "
                + "interacts with an object' reads as a term and its definition (no link, venue or year); not read as an entry", diagnostics(result).get(0));
    }

    @Test
    void nameAndColonBeforeAQuotedBoldTitle() {
        ImportResult result = read("""
                ## Defense

                5. BIPIA: **"Benchmarking and Defending Against Indirect Prompt Injection Attacks on Large Language Models"**.

                	*Jingwei Yi et al*. arXiv 2023. [[Paper](https://arxiv.org/abs/2312.14197)]

                6. Llama Guard: **"Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations"**.

                	*Hakan Inan et al*. arXiv 2023. [[Paper](https://arxiv.org/abs/2312.06674)]

                7. **"Why Should I Trust You?": Explaining the Predictions of Any Classifier**. KDD 2016. [[Paper](https://arxiv.org/abs/1602.04938)]

                8. Survey: [A Survey of Safety in Large Language Models](https://arxiv.org/abs/2401.00001)
                """);
        assertEquals(List.of("Benchmarking and Defending Against Indirect Prompt Injection Attacks on Large Language Models",
                "Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations",
                "\"Why Should I Trust You?\": Explaining the Predictions of Any Classifier",
                "A Survey of Safety in Large Language Models"), titles(result));
        Entry bipia = result.entries().get(0);
        assertEquals(List.of("BIPIA"), bipia.aliases());
        assertEquals(List.of("Jingwei Yi"), bipia.authors());
        assertEquals("arXiv", bipia.venue());
        assertEquals(List.of(), result.entries().get(1).aliases());
        assertNull(result.entries().get(1).note());
        assertEquals("Survey", result.entries().get(3).note());
        assertEquals(List.of(), diagnostics(result));
    }

    @Test
    void announcementAboveTheSectionsIsReportedNotRead() {
        ImportResult result = read("""
                # Awesome Diffusion Models

                - Our survey paper on MedIA: [Diffusion Models in Medical Imaging: A Comprehensive Survey](https://doi.org/10.1016/j.media.2023.102846)

                ## Surveys

                - Accepted at a workshop: [A Paper Announced In A Section](https://arxiv.org/abs/2308.02959)
                """);
        assertEquals(List.of("A Paper Announced In A Section"), titles(result));
        assertEquals("Accepted at a workshop", result.entries().get(0).note());
        assertEquals(List.of("fixture.md:3: warning: list item's title follows a sentence ('Our survey paper on MedIA:') above the "
                + "list's sections; read as an announcement, not an entry"), diagnostics(result));
    }

    @Test
    void nameOnALineAboveALinkedTitleParagraph() {
        ImportResult result = read("""
                # Federated Learning

                ## Distributed optimization

                FedAvg:
                [Communication-Efficient Learning of Deep Networks from Decentralized Data. 2016-02. AISTAT 2017.](https://arxiv.org/pdf/1602.05629.pdf)

                Some words about the papers:
                the next lines are text.
                """);
        assertEquals(1, result.entries().size());
        Entry e = result.entries().get(0);
        assertEquals(List.of("FedAvg"), e.aliases());
        assertEquals(6, e.sources().get(0).line());
        assertEquals("https://arxiv.org/pdf/1602.05629.pdf", e.link("paper"));
    }

    @Test
    void venueAndYearColumn() {
        ImportResult result = read("""
                ## ICML

                | Title | Team/Authors | Venue and Year | Targeting Problem |
                |---|---|---|---|
                | [FetchSGD: Communication-Efficient Federated Learning with Sketching](https://arxiv.org/abs/2007.07682) | UC Berkeley | ICML 2020 | communication cost |
                """);
        Entry e = result.entries().get(0);
        assertEquals("ICML", e.venue());
        assertEquals(Integer.valueOf(2020), e.year());
        assertEquals(TableReader.Role.VENUE, TableReader.role("Venue and Year"));
        assertEquals(TableReader.Role.VENUE, TableReader.role("Year & Venue"));
        assertEquals(TableReader.Role.LINK, TableReader.role("Dataset Link"));
        assertEquals(TableReader.Role.CODE, TableReader.role("Code and Weights"));
    }

    @Test
    void unclosedLinkIsReported() {
        ImportResult result = read("""
                ## Neural Architecture Search

                [FedNAS: Federated Deep Learning via Neural Architecture Search. CVPR 2020.](https://arxiv.org/pdf/2004.08546.pdf

                [Federated Neural Architecture Search. 2020-06-14](https://arxiv.org/pdf/2002.06352.pdf)

                - [A Titled Link](https://example.org/x "its title") and [Wiki](https://en.wikipedia.org/wiki/Foo_(bar))

                ```
                [not read](https://example.org/in-code
                ```
                """);
        assertEquals(List.of("Federated Neural Architecture Search", "A Titled Link"), titles(result));
        assertEquals(List.of("fixture.md:3: warning: link to https://arxiv.org/pdf/2004.08546.pdf is not closed (no ')' after its "
                + "address): Markdown shows it as text; not read as a link"), diagnostics(result));
    }

    @Test
    void linkedTitleWrittenAsAReferenceGivesItsVenueAndDate() {
        ImportResult result = read("""
                ## Optimization

                [Adaptive Federated Optimization. ICLR 2021 (Under Review). 2020-02-29](https://arxiv.org/pdf/2003.00295.pdf)

                [FedNER: Privacy-preserving Medical Named Entity Recognition with Federated Learning. MSRA. 2020-03](https://arxiv.org/pdf/2003.09288.pdf)

                [Exploiting Unintended Feature Leakage in Collaborative Learning. S&P 2019](https://arxiv.org/abs/1805.04049)

                [Deep Sets. A Model Of Sets](https://arxiv.org/abs/1703.06114)
                """);
        assertEquals(List.of("Adaptive Federated Optimization",
                "FedNER: Privacy-preserving Medical Named Entity Recognition with Federated Learning",
                "Exploiting Unintended Feature Leakage in Collaborative Learning", "Deep Sets. A Model Of Sets"), titles(result));
        Entry fedopt = result.entries().get(0);
        assertEquals("ICLR", fedopt.venue());
        assertEquals("ICLR 2021 (Under Review)", fedopt.venueAsWritten());
        assertEquals(Integer.valueOf(2021), fedopt.year());
        assertEquals("2020-02-29", fedopt.date());
        Entry fedner = result.entries().get(1);
        assertEquals("2020-03", fedner.date());
        assertEquals("MSRA", fedner.note());
        // S&P is the IEEE Symposium on Security and Privacy (known since venue-13), kept as written too
        assertEquals("IEEE S&P", result.entries().get(2).venue());
        assertEquals("S&P 2019", result.entries().get(2).venueAsWritten());
        assertEquals(Integer.valueOf(2019), result.entries().get(2).year());
    }
}
