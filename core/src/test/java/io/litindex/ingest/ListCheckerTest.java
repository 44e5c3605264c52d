package io.litindex.ingest;

import io.litindex.ingest.fields.Cells;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListCheckerTest {
    private static List<String> check(String markdown) {
        return new ListChecker().check("list.md", markdown).stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    @Test
    void aCleanListHasNoFindings() {
        List<Diagnostic> findings = new ListChecker().check("list.md", """
                ## Models
                | Title | Venue | Date | Code |
                |---|---|---|---|
                | [**GeoChat: Grounded Large Vision-Language Model for Remote Sensing**](https://arxiv.org/abs/2311.15826) | CVPR | 2023-11-24 | [Github](https://github.com/mbzuai-oryx/geochat) |
                | [**SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks**](https://arxiv.org/abs/2401.09712) | arXiv | 2024-01-18 | - |
                """);
        assertEquals(List.of(), findings);
        assertFalse(ListChecker.hasErrors(findings));
    }

    @Test
    void findsEveryKindOfProblemOnItsLine() {
        List<String> findings = check("""
                ## Models
                | Title | Venue | Date | Code |
                |---|---|---|---|
                | [**GeoChat: Grounded Large Vision-Language Model for Remote Sensing**](https://arxiv.org/abs/2311.15826) | CVPR | 2023-11-24 | [Github]() |
                | [**GeoChat: Grounded Large Vision-Language Model for Remote Sensing**](https://arxiv.org/abs/2311.15826v2) | CVPR | 2023-11-24 | - |
                | [**A Different Paper Sharing The Link**](https://arxiv.org/abs/2311.15826) | arXiv | someday | - |
                | - | arXiv | 2024-01-01 | [Github](https://github.com/x/y) |
                | [**Too Many Cells**](https://example.org/t) | arXiv | 2024-01-02 | - | surplus |
                | [**Lüddecke's Paper, mis-encoded: L√ºddecke**](https://example.org/l) | arXiv | 2024-01-03 | - |
                ## Surveys
                - [GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826)
                """);
        assertEquals(List.of(
                "list.md:2: error: header has 4 cells but 1 row (line 8) has more; all read: the cells beyond the header "
                        + "hold text in 1 (kept in the row's note)",
                "list.md:4: warning: empty link [Github]()",
                "list.md:5: error: duplicate paper 'GeoChat: Grounded Large Vision-Language Model for Remote Se…': also on line 4 in the same section; read as one entry",
                "list.md:6: error: unreadable date 'someday'; the entry has no date",
                "list.md:6: error: link https://arxiv.org/abs/2311.15826 is also the link of 'GeoChat: Grounded Large Vision-Language Model for Remote Se…' "
                        + "on line 4; one of the two rows probably links the wrong paper",
                "list.md:7: error: row has no title; skipped",
                "list.md:9: warning: mis-encoded text 'L√ºddecke' read as 'Lüddecke'",
                "list.md:11: warning: duplicate paper 'GeoChat: Grounded Large Vision-Language Model for Remote Se…': also on line 4 (section 'Models'); read as one entry"),
                findings);
        assertTrue(ListChecker.hasErrors(new ListChecker().check("list.md", "- [Paper](https://arxiv.org/abs/1) | [Code](https://github.com/a/b)\n")));
    }

    @Test
    void findsALinkReusedAsAnyOfARowsPaperLinks() {
        // the reused link is the second paper link of its row (PDF first, arXiv page second): not only first links count
        List<String> findings = check("""
                - **Learning Graph Embeddings at Scale** [PDF](https://example.org/graphs.pdf) [arXiv](https://arxiv.org/abs/2101.00001)
                - **A Survey of Diffusion Models in Vision** [arXiv](https://arxiv.org/abs/2101.00001)
                - **Same Paper, Two Links In One Row** [PDF](https://arxiv.org/pdf/2202.00002.pdf) [arXiv](https://arxiv.org/abs/2202.00002)
                """);
        assertEquals(List.of(
                "list.md:2: error: link https://arxiv.org/abs/2101.00001 is also the link of 'Learning Graph Embeddings at Scale' "
                        + "on line 1; one of the two rows probably links the wrong paper"),
                findings);
    }
}
