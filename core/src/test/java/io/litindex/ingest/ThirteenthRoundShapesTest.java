package io.litindex.ingest;

import io.litindex.model.Entry;
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
 * The shapes of the thirteenth round's lists, written here small: a machine translation reading list of reference
 * bullets with the names first and the title as the link text, some followed by a citation count in parentheses
 * ({@code ([Citation](url): 8,507)}), two papers of one title by other authors in other years; and a circuit-design
 * table whose dates are quarters ({@code 2024.Q1}).
 */
class ThirteenthRoundShapesTest {

    private static final String READING = """
            # Machine Translation Reading List

            <h3 id="evaluation">Evaluation</h3>

            * Kishore Papineni, Salim Roukos, Todd Ward, and Wei-Jing Zhu. 2002. [BLEU: a Method for Automatic Evaluation of Machine Translation](http://aclweb.org/anthology/P02-1040). In *Proceedings of ACL 2002*. ([Citation](https://scholar.google.com/scholar?cites=9019091454858686906&as_sdt=2005&sciodt=0,5&hl=en): 8,507)
            * Satanjeev Banerjee and Alon Lavie. 2005. [METEOR: An Automatic Metric for MT Evaluation with Improved Correlation with Human Judgments](http://aclweb.org/anthology/W05-0909). In *Proceedings of the ACL Workshop on Intrinsic and Extrinsic Evaluation Measures for Machine Translation and/or Summarization*. ([Citation](https://scholar.google.com.hk/scholar?cites=11797833340491598355&as_sdt=2005&sciodt=0,5&hl=en): 1,355)

            <h3 id="nmt_tutorials">Tutorials and Challenges</h3>

            * Thang Luong, Kyunghyun Cho, and Christopher Manning. 2016. [Neural Machine Translation](https://nlp.stanford.edu/projects/nmt/Luong-Cho-Manning-NMT-ACL2016-v4.pdf). *ACL 2016 Tutorial*.
            * Philipp Koehn. 2017. [Neural Machine Translation](https://arxiv.org/abs/1709.07809). *arxiv:1709.07809*.
            * Philipp Koehn and Rebecca Knowles. 2017. [Six Challenges for Neural Machine Translation](http://www.aclweb.org/anthology/W17-3204). In *Proceedings of the First Workshop on Neural Machine Translation*.

            <h3 id="coverage">Coverage</h3>

            * Thang Luong, Kyunghyun Cho, and Christopher D. Manning. 2016. [Neural Machine Translation](http://example.org/luong-tutorial-slides.pdf). *ACL 2016 Tutorial*.
            """;

    @Test
    void aCitationCountAfterAReferenceIsANoteAndNoPartOfItsVenue() {
        ImportResult result = read(READING);
        Entry bleu = byTitle(result, "BLEU: a Method for Automatic Evaluation of Machine Translation");
        assertEquals("ACL", bleu.venue());
        assertEquals(2002, bleu.year());
        assertEquals("Citation: 8,507", bleu.note(), "was the dangling '8,507)'");
        assertTrue(bleu.links().stream().map(Link::url).anyMatch(u -> u.startsWith("https://scholar.google.com/scholar?cites=")),
                "the link to the citing papers is kept: " + bleu.links());
        Entry meteor = byTitle(result, "METEOR: An Automatic Metric for MT Evaluation with Improved Correlation with Human Judgments");
        assertEquals("ACL Workshop on Intrinsic and Extrinsic Evaluation Measures for Machine Translation and/or Summarization",
                meteor.venue(), "was read with '. (' at its end");
        assertEquals("Citation: 1,355", meteor.note());
    }

    @Test
    void twoPapersOfOneTitleByOtherAuthorsInOtherYearsAreTwoEntries() {
        ImportResult result = read(READING);
        List<Entry> nmt = result.entries().stream().filter(e -> e.title().equals("Neural Machine Translation")).toList();
        assertEquals(2, nmt.size(), "the 2016 tutorial and the 2017 survey: " + titles(result));
        Entry tutorial = nmt.get(0);
        assertEquals(List.of("Thang Luong", "Kyunghyun Cho", "Christopher Manning"), tutorial.authors());
        assertEquals(2016, tutorial.year());
        Entry survey = nmt.get(1);
        assertEquals(List.of("Philipp Koehn"), survey.authors(), "was folded into the tutorial and lost its author");
        assertEquals(2017, survey.year());
        assertEquals("https://arxiv.org/abs/1709.07809", survey.links().get(0).url());
        // the tutorial listed again (a name shared, the same year) is still the same entry
        assertEquals(2, tutorial.links().size(), "its second link: " + tutorial.links());
        assertEquals(2, tutorial.sections().size());
    }

    private static final String CIRCUITS = """
            # Awesome LLM Circuit Agent

            ## 🧠 Analog Mind Series (Behzad Razavi)

            | Title | Venue | Date | Link | Topic |
            |:------|:-----:|:----:|:----:|:------|
            | [**Analog Mind (Part 1)**](https://ieeexplore.ieee.org/document/10410055) | IEEE SSCM | 2024.Q1 | [IEEE](https://ieeexplore.ieee.org/document/10410055) | Analog Design Fundamentals |
            | [**Analog Mind (Part 4)**](https://www.seas.ucla.edu/brweb/papers/Journals/BR_SSCM_4_2025.pdf) | IEEE SSCM | 2025.Q1 | [PDF](https://www.seas.ucla.edu/brweb/papers/Journals/BR_SSCM_4_2025.pdf) | Advanced Analog Topics |
            | [**Analog Mind (Part 5)**](https://ieeexplore.ieee.org/document/10752795) | IEEE SSCM | Q4 2024 | [IEEE](https://ieeexplore.ieee.org/document/10752795) | Analog Design Insights |
            """;

    @Test
    void aQuarterOfAYearIsThatYear() {
        ImportResult result = read(CIRCUITS);
        assertEquals(3, result.entries().size(), titles(result).toString());
        assertTrue(result.diagnostics().isEmpty(), "no 'unreadable date': " + result.diagnostics());
        Entry first = byTitle(result, "Analog Mind (Part 1)");
        assertEquals(2024, first.year());
        assertEquals("2024", first.date(), "a quarter gives its year, no month");
        assertEquals(2025, byTitle(result, "Analog Mind (Part 4)").year());
        assertEquals(2024, byTitle(result, "Analog Mind (Part 5)").year());
        assertNull(io.litindex.ingest.fields.Dates.parse("2024.Q5").orElse(null), "no fifth quarter");
    }
}
