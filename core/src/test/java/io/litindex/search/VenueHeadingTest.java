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
 * A query word read as a venue (ICLR) finds the entries published there, not the entries under a heading that lists
 * it among other venues ("Papers at Top Conferences (ICML, NeurIPS, ICLR)"): such a heading names no venue of the
 * entries under it that have one. An entry without a venue of its own still finds the word in its headings (a
 * section "ICLR 2019" names its entries' venue). Fails with {@code -Dlitindex.readings.off=venueheading}.
 */
class VenueHeadingTest {
    private static final String LIST = """
            # Awesome Private Learning

            ## Papers at Top Conferences (ICML, NeurIPS, ICLR, CVPR, KDD)
            ### ICML
            | Title | Authors | Venue and Year | Problem |
            |---|---|---|---|
            | [Sketched Updates for Private Training](https://example.org/p1) | Lab A | ICML 2020 | communication |
            | [Clipping Bounds for Private Averaging](https://example.org/p2) | Lab B | ICML 2020 | privacy |

            ### NeurIPS
            | Title | Authors | Venue and Year | Problem |
            |---|---|---|---|
            | [Private Mixtures of Local Experts](https://example.org/p3) | Lab C | NeurIPS 2020 | heterogeneity |
            | [Robust Aggregation under Label Shift](https://example.org/p4) | Lab D | NeurIPS 2020 | robustness |
            | [Tight Accounting for Subsampled Noise](https://example.org/p5) | Lab E | NeurIPS 2020 | privacy |

            ## Optimization

            [Convergence of Local Averaging on Skewed Data. ICLR 2020.](https://example.org/p6)

            [Momentum for Decentralized Clients. arXiv 2020.](https://example.org/p7)

            ## Attacks

            [Backdoors Spread over Many Clients. ICLR 2020.](https://example.org/p8)

            [Gradient Inversion in Practice. arXiv 2020.](https://example.org/p9)

            ## Surveys

            [A Survey of Private Learning. arXiv 2020.](https://example.org/s1)

            [Open Problems in Shared Training. arXiv 2019.](https://example.org/s2)

            [Systems for Training across Devices. MLSys 2020.](https://example.org/s3)

            [Fairness in Shared Models: A Review. arXiv 2020.](https://example.org/s4)

            [Incentives for Data Owners. arXiv 2020.](https://example.org/s5)

            [Benchmarks for Private Learning. arXiv 2020.](https://example.org/s6)

            ## Rebuttals written for ICLR reviewers

            [Calibrated Noise for Shared Models](https://example.org/p10)
            """;

    /**
     * The rest of the list: a hundred papers of other sections, a tenth of them at ICLR 2021, the others on arXiv; their
     * titles are longer than those under the heading, whose short text thus scores the heading's words high.
     */
    private static final String OTHERS = java.util.stream.IntStream.rangeClosed(1, 100)
            .mapToObj(i -> "\n## Topic " + i + "\n\n[Shared Training Study " + i + " on Clients with Skewed Data, Noisy Labels and Slow Links. " + (i % 10 == 0 ? "ICLR 2021" : "arXiv 2020")
                    + ".](https://example.org/o" + i + ")\n")
            .collect(java.util.stream.Collectors.joining());

    private static final Searcher SEARCHER = Searcher.inMemory(new MarkdownListReader().read("private.md", LIST + OTHERS).entries(),
            Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    @Test
    void theEntriesPublishedAtTheVenueComeBeforeThoseUnderAHeadingListingIt() {
        List<Entry> hits = entries(SEARCHER, "ICLR 2020");
        assertEquals("ICLR", hits.get(0).venue(), titles(hits).toString());
        assertEquals(List.of("Backdoors Spread over Many Clients", "Convergence of Local Averaging on Skewed Data"),
                titles(hits.subList(0, 2)).stream().sorted().toList(), titles(hits).toString());
    }

    @Test
    void theEntriesUnderAHeadingListingTheVenueAreNotFoundByIt() {
        List<Entry> hits = SEARCHER.search(FullRequests.builder().query("ICLR").limit(50).build()).hits().stream().map(h -> h.entry()).toList();
        assertEquals(13, hits.size(), titles(hits).toString());
        assertTrue(hits.stream().allMatch(e -> "ICLR".equals(e.venue()) || e.venue() == null), titles(hits).toString());
    }

    @Test
    void anEntryWithoutAVenueStillFindsTheWordInItsHeading() {
        List<Entry> hits = entries(SEARCHER, "ICLR");
        assertTrue(titles(hits).contains("Calibrated Noise for Shared Models"), titles(hits).toString());
    }
}
