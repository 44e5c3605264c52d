package io.litindex.ingest;

import io.litindex.ingest.fields.Authors;
import io.litindex.model.Entry;
import io.litindex.search.Searcher;
import io.litindex.testing.FullRequests;
import io.litindex.testing.Results;
import io.litindex.model.Source;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No row is lost without a word (docs/lists.md "Session 26 reading fixes"): an item that is read as no entry is either
 * reported with its line or is one of the rows "What is not an entry" names.
 */
class SilentRowsTest {

    private static final String CODES = """
            # Re-identification

            ## Papers

            - *"A Strong Baseline for Re-identification"*, CVPR 2019 [[paper](https://arxiv.org/abs/1903.07071)]

            ## Datasets

            - Market-1501 Leaderboard [[page](https://example.org/market1501.html)]

            ## Codes

            - Library for deep re-identification [[Torchreid(pytorch)](https://github.com/example/deep-person-reid)] [[Openreid(pytorch)](https://github.com/example/open-reid)]
            - Cross modal reid baseline [[Visual-thermal reid(pytorch)](https://github.com/example/Cross-Modal-Re-ID-baseline)]
            - Person reid with alignment [[STN(Matlab)](https://github.com/example/Pedestrian_Alignment)]
            - 3D Person reid [[Pytorch](https://github.com/example/person-reid-3d)]
            """;

    @Test
    void aPlainTextItemWhoseLinksAreNamedOtherwiseThanByTheirKindIsReportedNotDropped() {
        ImportResult r = read(CODES);
        assertEquals(List.of("A Strong Baseline for Re-identification"), Fixtures.titles(r));
        List<String> d = diagnostics(r);
        // before: only the items linking "[page]" and "[Pytorch]" (a link's kind) were reported; the three others vanished
        for (int line : new int[] {9, 13, 14, 15, 16}) {
            assertTrue(d.stream().anyMatch(m -> m.startsWith("fixture.md:" + line + ": error: list item has links")),
                    "line " + line + " not reported: " + d);
        }
        assertTrue(d.contains("fixture.md:14: error: list item has links ('Visual-thermal reid(pytorch)') but no title; skipped"), d.toString());
        assertTrue(d.contains("fixture.md:13: error: list item has links ('Torchreid(pytorch)', 'Openreid(pytorch)') but no title; skipped"),
                d.toString());
        assertEquals(5, r.skipped());
    }

    @Test
    void everyItemWithAWebLinkIsReadReportedOrCountedAsNoEntry() {
        ImportResult r = read(CODES + """

                ## Related Lists

                - [Awesome Vehicle Re-Identification](https://github.com/example/awesome-vehicle-reid)
                """);
        Set<Integer> read = r.entries().stream().flatMap(e -> e.sources().stream()).map(Source::line).collect(Collectors.toSet());
        Set<Integer> reported = r.diagnostics().stream().map(Diagnostic::line).collect(Collectors.toSet());
        String[] lines = CODES.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("- ") && lines[i].contains("](http")) {
                int line = i + 1;
                assertTrue(read.contains(line) || reported.contains(line), "line " + line + " neither read nor reported: " + lines[i]);
            }
        }
        // the link to another list is no entry, counted as such
        assertEquals(1, r.notEntries());
    }

    private static final String BIBTEX_NAMES = """
            # Fairness

            ## Bias

            1. [Language (Technology) is Power: A Critical Survey of Bias in NLP](https://arxiv.org/abs/2005.14050), Blodgett, Su Lin  and Barocas, Solon, 2020
            2. [Lineage of Word Embeddings](https://arxiv.org/abs/1909.00001), Lin, Kevin  and Chang, Kai-Wei, 2019
            """;

    @Test
    void aNameWrittenLastCommaFirstHasTheWordBeforeTheCommaAsItsSurname() {
        assertEquals("Blodgett", Authors.surname("Blodgett, Su Lin"));
        assertEquals("Berg", Authors.surname("van der Berg, Jan"));
        assertEquals("Smith", Authors.surname("John Smith, Jr."));
        assertEquals("Daumé", Authors.surname("Daumé III, Hal"));
        assertEquals("Zhu", Authors.surname("X. X. Zhu"));
        assertEquals("Lin", Authors.surname("Kevin Lin"));
    }

    @Test
    void anAuthorQueryBySurnameFindsANameWrittenLastCommaFirst() throws Exception {
        ImportResult r = read(BIBTEX_NAMES);
        Entry blodgett = r.entries().get(0);
        // the stored form stays as written
        assertEquals(List.of("Blodgett, Su Lin", "Barocas, Solon"), blodgett.authors());
        try (Searcher s = Searcher.inMemory(r.entries())) {
            assertEquals(List.of("2005.14050"), Results.ids(s.search(FullRequests.builder().query("author:Blodgett").limit(10).build())));
            // the author filter matches the surname key alone (author: also reads the authors' text, so it finds the entry either way)
            assertEquals(List.of("2005.14050"), Results.ids(s.search(FullRequests.builder().author("Blodgett").limit(10).build())));
        }
    }
}
