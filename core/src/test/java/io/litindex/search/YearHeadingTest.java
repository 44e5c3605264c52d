package io.litindex.search;

import static io.litindex.testing.Results.entries;
import static io.litindex.testing.Results.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A year typed as a word ("RecSys 2017") finds the entries published that year, not the entries of other years under
 * a heading that writes it (a list filing its papers by the week it read them: "2017-10-23 ~ 2017-10-29"). An entry
 * without a year, or of that year, still finds the word in its headings. Fails with
 * {@code -Dlitindex.readings.off=yearheading}.
 */
class YearHeadingTest {
    private static final String LIST = """
            # Awesome Recommender Papers

            ## 2017-10-23 ~ 2017-10-29

            [Boosted Factors. RecSys 2014.](https://example.org/w1)

            [Video Suggestions. RecSys 2010.](https://example.org/w2)

            [Ranking Lists. RecSys 2013.](https://example.org/w3)

            [Neural Factorization Machines for Sparse Predictive Analytics. arXiv 2017.](https://example.org/w4)

            [Bandits for News. ICML 2016.](https://example.org/w5)

            [Notes on Ranking](https://example.org/w6)

            ## 2018-01-01 ~ 2018-01-07

            [An Elementary View on Factorization Machines for Sparse Feature Interactions. RecSys 2017.](https://example.org/r1)

            [Recommending Product Sizes to Customers of an Online Fashion Store. RecSys 2017.](https://example.org/r2)

            [Exploring the Semantic Gap for Movie Recommendations with Plot Summaries. RecSys 2017.](https://example.org/r3)
            """;

    /** The rest of the list: thirty papers of other weeks and years, a few at RecSys. */
    private static final String OTHERS = java.util.stream.IntStream.rangeClosed(1, 30)
            .mapToObj(i -> "\n## 2016-0" + (1 + i % 9) + "-1" + (i % 10) + " ~ week " + i + "\n\n[Collaborative Filtering Study " + i
                    + " with Implicit Feedback and Side Information. " + (i % 6 == 0 ? "RecSys 2016" : "arXiv 2016") + ".](https://example.org/o" + i + ")\n")
            .collect(java.util.stream.Collectors.joining());

    private static final Searcher SEARCHER = Searcher.inMemory(new MarkdownListReader().read("recsys.md", LIST + OTHERS).entries(),
            Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    @Test
    void theVenuesPapersOfTheYearComeBeforeItsPapersOfOtherYearsUnderAWeekOfThatYear() {
        List<Entry> hits = entries(SEARCHER, "RecSys 2017");
        assertEquals(List.of(2017, 2017, 2017), hits.subList(0, 3).stream().map(Entry::year).toList(), titles(hits).toString());
        assertTrue(hits.subList(0, 3).stream().allMatch(e -> "RecSys".equals(e.venue())), titles(hits).toString());
    }

    @Test
    void anEntryWithoutAYearOrOfThatYearStillFindsTheWordInItsHeading() {
        List<String> found = titles(SEARCHER.search(FullRequests.builder().query("2017").limit(50).build()).hits().stream()
                .map(h -> h.entry()).toList());
        assertTrue(found.contains("Notes on Ranking"), found.toString());
        assertTrue(found.contains("Neural Factorization Machines for Sparse Predictive Analytics"), found.toString());
        assertTrue(!found.contains("Boosted Factors"), found.toString());
    }
}
