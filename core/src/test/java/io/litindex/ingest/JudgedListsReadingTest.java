package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Reading failures left on the judged lists (session 26, docs/lists.md "Session 26 reading fixes"), each written here
 * small as the general shape it is.
 */
class JudgedListsReadingTest {

    private static final String KIND_COLUMN = """
            # Hardware Agents

            ## Resources

            | Title | Type | Topic |
            |:------|:----:|:------|
            | [**LLM for EDA in Front-End Design: Challenges and Opportunities**](https://arxiv.org/abs/2607.09616) | DAC 2026 Survey | Front-End EDA |
            | [**Placement Agents for Analog Layout**](https://example.org/placement) | ICCAD'24 | Layout |
            | [**Routing with Language Models**](https://example.org/routing) | CVPR 2023 Oral | Routing |
            | [**Croc: Training the Next Generation of Chip Designers**](https://arxiv.org/abs/2606.25673) | Platform | Open-Source SoC |

            ## With a venue column

            | Title | Venue | Category |
            |:------|:-----:|:------|
            | [**Timing Closure by Agents**](https://example.org/timing) | DATE | DAC 2025 Survey |
            """;

    @Test
    void aTypeColumnNamingAVenueWithAYearGivesTheVenueWhenTheTableHasNoVenueColumn() {
        ImportResult r = read(KIND_COLUMN);
        Entry survey = byTitle(r, "LLM for EDA in Front-End Design: Challenges and Opportunities");
        assertEquals("DAC", survey.venue());
        assertEquals(2026, survey.year());
        assertEquals("Type: DAC 2026 Survey; Topic: Front-End EDA", survey.note());
        Entry placement = byTitle(r, "Placement Agents for Analog Layout");
        assertEquals("ICCAD", placement.venue());
        assertEquals(2024, placement.year());
        assertEquals("CVPR", byTitle(r, "Routing with Language Models").venue());
        assertEquals(2023, byTitle(r, "Routing with Language Models").year());
        // a kind without a year names no venue
        assertNull(byTitle(r, "Croc: Training the Next Generation of Chip Designers").venue());
        // a table's own venue column wins
        assertEquals("DATE", byTitle(r, "Timing Closure by Agents").venue());
    }

    private static final String HEADING_AUTHOR = """
            # Circuit Papers

            ## Analog Mind Series (Behzad Razavi)

            A series of articles.

            | Title | Venue | Date |
            |:------|:-----:|:----:|
            | [**Analog Mind (Part 1)**](https://example.org/1) | IEEE SSCM | 2024 |
            | [**Analog Mind (Part 2)**](https://example.org/2) | IEEE SSCM | 2024 |

            ## Lectures (Thomas Lee)

            | Title | Authors | Year |
            |:------|:-----:|:----:|
            | [**Planar Spiral Inductors**](https://example.org/3) | Ali Hajimiri, Thomas Lee | 1998 |
            | [**Oscillator Phase Noise**](https://example.org/4) | | 1999 |

            ## Surveys (2023)

            - [Survey of Circuit Agents](https://example.org/5)

            ## Representation Learning (Graph Neural Networks)

            - [Circuit Graphs](https://example.org/6)

            ## VAE (Variational Autoencoder)

            - [Circuit VAE](https://example.org/7)

            ## Tools (Open Source)

            - [OpenROAD Agents](https://example.org/8)
            """;

    @Test
    void aPersonNamedInAHeadingIsTheAuthorOfTheRowsUnderItWhenNoneNamesItsOwn() {
        ImportResult r = read(HEADING_AUTHOR);
        Entry part1 = byTitle(r, "Analog Mind (Part 1)");
        assertEquals(List.of("Behzad Razavi"), part1.authors());
        assertEquals(Entry.ORIGIN_HEADING, part1.origins().get("authors"));
        assertEquals(List.of("Behzad Razavi"), byTitle(r, "Analog Mind (Part 2)").authors());
        // a row under the heading names authors of its own: the heading's name is no row's author
        assertEquals(List.of("Ali Hajimiri", "Thomas Lee"), byTitle(r, "Planar Spiral Inductors").authors());
        assertEquals(List.of(), byTitle(r, "Oscillator Phase Noise").authors());
        // a year, words of the field, a long form and common words in brackets are no names
        for (String title : List.of("Survey of Circuit Agents", "Circuit Graphs", "Circuit VAE", "OpenROAD Agents")) {
            assertEquals(List.of(), byTitle(r, title).authors(), title);
        }
    }

    @Test
    void headingNamesAreReadOnlyInAPersonsNameShape() {
        assertEquals("Behzad Razavi", HeadingAuthors.name("Analog Mind Series (Behzad Razavi)"));
        assertEquals("Fei-Fei Li", HeadingAuthors.name("Lectures (Prof. Fei-Fei Li)"));
        assertEquals("Jing Zhang", HeadingAuthors.name("Talks (Jing Zhang)"));
        for (String h : List.of("Surveys (2023)", "Papers (NLP)", "Reading (Surveys)", "Models (Large Language Models)",
                "MF (Matrix Factorization)", "Methods (Deep Learning)", "Methods (Machine Learning)", "Tools (Open Source)", "Policies (Diffusion Policy)")) {
            assertNull(HeadingAuthors.name(h), h);
        }
    }

    private static final String PROCEEDINGS_TRACKS = """
            # MT Papers

            * Tom Kocmi and Ondřej Bojar. 2018. [Trivial Transfer Learning for Low-Resource Neural Machine Translation](https://example.org/a). In *Proceedings of the Third Conference on Machine Translation: Research Papers*.
            * Lucia Specia and Desmond Elliott. 2016. [A Shared Task on Multimodal Machine Translation](https://example.org/b). In *Proceedings of the First Conference on Machine Translation: Volume 2, Shared Task Papers*.
            * Anna Currey and Kenneth Heafield. 2017. [Copied Monolingual Data Improves Translation](https://example.org/c). In *Proceedings of the Second Conference on Machine Translation*.
            * Ann Lee and Bo Li. 2019. [Translating Low-Resource Speech](https://example.org/d). In *Proceedings of the Fourth Conference on Machine Translation (Volume 1: Research Papers)*.
            """;

    @Test
    void aVolumeOrTrackAfterAProceedingsNameIsNoPartOfTheVenue() {
        ImportResult r = read(PROCEEDINGS_TRACKS);
        for (String title : List.of("Trivial Transfer Learning for Low-Resource Neural Machine Translation",
                "A Shared Task on Multimodal Machine Translation", "Copied Monolingual Data Improves Translation")) {
            assertEquals("Conference on Machine Translation", byTitle(r, title).venue(), title);
        }
        assertEquals(2016, byTitle(r, "A Shared Task on Multimodal Machine Translation").year());
    }
}
