package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading leftovers of the audits and rounds (session 27, docs/lists.md "Reading leftovers (session 27)"), each shape
 * written here small.
 */
class ReadingLeftoversTest {

    private static final String ANGLE_TITLES = """
            # Exploration Papers

            ## Bandits

            * [LINUCB] <[A contextual-bandit approach to personalized news recommendation](https://example.org/linucb.pdf)> by Lihong Li and Wei Chu, 2010

            * [TS, PTS] <[An empirical evaluation of Thompson sampling](https://example.org/ts.pdf)> by Olivier Chapelle and Lihong Li, 2011.

            * **[Hedge]** <A decision theoretic generalization of online learning> by Yoav Freund and Robert Schapire, 1997.

            * [Softmax] <Reinforcement learning an introduction> by Richard Sutton and Andrew Barto, 1998.

            * **[RND]** <[Exploration by random network distillation](https://example.org/rnd)> by Burda, Yuri and Edwards, Harrison, 2018.

            * [xAI] [Some other paper on explanations](https://example.org/xai)
            """;

    @Test
    void aTitleInAngleBracketsAfterAPlainBracketedNameIsReadWithTheNameAsAnAlias() {
        ImportResult r = read(ANGLE_TITLES);
        Entry linucb = byTitle(r, "A contextual-bandit approach to personalized news recommendation");
        assertEquals(List.of("LINUCB"), linucb.aliases());
        assertEquals(List.of("Lihong Li", "Wei Chu"), linucb.authors());
        assertEquals(2010, linucb.year());
        assertEquals(List.of("paper https://example.org/linucb.pdf"), linucb.links().stream().map(l -> l.kind() + " " + l.url()).toList());
        Entry ts = byTitle(r, "An empirical evaluation of Thompson sampling");
        assertEquals(List.of("TS", "PTS"), ts.aliases());
        assertEquals(2011, ts.year());
        // a title CommonMark takes for an HTML tag ("<A decision …>"), after a bold or a plain bracketed name
        Entry hedge = byTitle(r, "A decision theoretic generalization of online learning");
        assertEquals(List.of("Hedge"), hedge.aliases());
        assertEquals(List.of("Yoav Freund", "Robert Schapire"), hedge.authors());
        assertEquals(1997, hedge.year());
        Entry softmax = byTitle(r, "Reinforcement learning an introduction");
        assertEquals(List.of("Softmax"), softmax.aliases());
        assertEquals(1998, softmax.year());
        // the bold shape reads as before; a bracketed tag without an angle bracket stays a note
        assertEquals(List.of("RND"), byTitle(r, "Exploration by random network distillation").aliases());
        Entry xai = byTitle(r, "Some other paper on explanations");
        assertTrue(xai.aliases().isEmpty());
        assertEquals("xAI", xai.note());
        assertEquals(6, r.entries().size(), () -> titles(r).toString());
        assertTrue(diagnostics(r).stream().noneMatch(d -> d.contains("no title")), () -> diagnostics(r).toString());
    }

    private static final String VENUE_LABELS = """
            # Charts and Language Models

            ## Chart Question Answering

            **Chart Understanding with Language Models at Scale**
            Ada Lovelace, Alan Turing
            [CHI 2024](https://example.org/chi) • [Code](https://github.com/example/chart)

            **Tables as Text for Chart Reasoning**
            Grace Hopper, Edsger Dijkstra
            [Findings of ACL 2023](https://example.org/acl)

            **Synthetic Charts from Language Models**
            Barbara Liskov
            [arXiv](https://arxiv.org/abs/2409.16517)

            **Chart Summaries for Everyone**
            Donald Knuth, Leslie Lamport
            [EMNLP 2022](https://example.org/emnlp) • [Code](https://github.com/example/summaries)
            """;

    private static final String KIND_LABELS = """
            # Graph Papers

            ## Surveys

            - **A Survey of Graph Transformers at Scale** [[arXiv](https://arxiv.org/abs/2407.09777)] [[code](https://github.com/example/gt)]
            - **Graph Prompting for Language Models** [[arXiv](https://arxiv.org/abs/2402.01234)] [[code](https://github.com/example/gp)]
            - **Message Passing Beyond Pairs** [[CVPR 2023](https://example.org/mp)] [[code](https://github.com/example/mp)]
            """;

    @Test
    void anArxivLinkLabelGivesTheVenueWhereTheListLabelsItsPapersLinksWithTheirVenue() {
        ImportResult r = read(VENUE_LABELS);
        Entry preprint = byTitle(r, "Synthetic Charts from Language Models");
        assertEquals("arXiv", preprint.venue());
        assertEquals(2024, preprint.year());
        assertEquals("CHI", byTitle(r, "Chart Understanding with Language Models at Scale").venue());
        assertEquals("EMNLP", byTitle(r, "Chart Summaries for Everyone").venue());
        // where links are labelled by their kind ("[arXiv] [code]"), "arXiv" names a kind of link, not a venue
        ImportResult kinds = read(KIND_LABELS);
        assertNull(byTitle(kinds, "A Survey of Graph Transformers at Scale").venue());
        assertEquals("CVPR", byTitle(kinds, "Message Passing Beyond Pairs").venue());
    }

    private static final String MARKED_NAMES = """
            # Chart Papers

            ## Models

            **A Universal Model for Chart Reasoning and Summaries**
            Ada Lovelace∗, Alan Turing∗, Grace Hopper†
            [EMNLP 2023](https://example.org/emnlp) • [Code](https://github.com/example/charts)

            - **Mixture of Chart Experts for Question Answering** [[paper](https://example.org/moe)]
              - Edsger Dijkstra*, Barbara Liskov*, Donald Knuth‡, Leslie Lamport¹²
            """;

    @Test
    void equalContributionAndCorrespondingAuthorMarksAreNoPartOfTheNames() {
        ImportResult r = read(MARKED_NAMES);
        assertEquals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"),
                byTitle(r, "A Universal Model for Chart Reasoning and Summaries").authors());
        assertEquals(List.of("Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Leslie Lamport"),
                byTitle(r, "Mixture of Chart Experts for Question Answering").authors());
    }

    private static final String JOURNAL_AFTER_CONFERENCE = """
            # Learned Databases

            ## Surveys

            * Survey on Learned Database Components: A Machine Learning View (Big Data Research 2021)
            * Learned Index Structures for Databases at Scale (IEEE BigData 2020)
            * A Query-Aware Database Tuning System (VLDB 2019)
            * Learned Cardinalities for Correlated Joins (CIDR 2019)
            """;

    @Test
    void aJournalWhoseNameStartsWithAConferencesIsNotTheConference() {
        ImportResult r = read(JOURNAL_AFTER_CONFERENCE);
        Entry survey = byTitle(r, "Survey on Learned Database Components: A Machine Learning View");
        assertNull(survey.venue());
        assertEquals("Big Data Research 2021", survey.venueAsWritten());
        assertEquals(2021, survey.year());
        assertEquals("IEEE BigData", byTitle(r, "Learned Index Structures for Databases at Scale").venue());
    }

    private static final String SYSTEMS_VENUES = """
            # Compilers and Architecture

            ## Papers

            * Verified Compilation of Loop Nests (PLDI 2021)
            * A Type System for Gradual Effects (POPL 2020)
            * Prefetching with Learned Access Patterns (MICRO 2022)
            """;

    @Test
    void programmingLanguageAndArchitectureConferencesAreKnownVenues() {
        ImportResult r = read(SYSTEMS_VENUES);
        assertEquals("PLDI", byTitle(r, "Verified Compilation of Loop Nests").venue());
        assertEquals("POPL", byTitle(r, "A Type System for Gradual Effects").venue());
        assertEquals("MICRO", byTitle(r, "Prefetching with Learned Access Patterns").venue());
        assertEquals(2022, byTitle(r, "Prefetching with Learned Access Patterns").year());
    }
}
