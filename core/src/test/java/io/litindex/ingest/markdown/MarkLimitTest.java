package io.litindex.ingest.markdown;

import io.litindex.ingest.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which emphasis marks {@link MarkLimit} escapes: inputs the fuzz tests ({@link MarkdownFuzzTest}) found the reader slow on. */
class MarkLimitTest {
    /** Marks beyond the limit in a cell and in a long paragraph are escaped; the first ones stay emphasis. */
    @Test
    void marksBeyondTheLimitAreEscaped() {
        String text = "| Title | Venue |\n|---|---|\n| [**A Paper**](https://arxiv.org/abs/2401.00001) " + "*_* _".repeat(300)
                + " | CVPR |\n\nSome text " + "*_* _\n".repeat(20_000) + "\n- **A Listed Paper** [Paper](https://arxiv.org/abs/2401.00002)\n";
        String[] lines = text.split("\n", -1);
        List<Diagnostic> warnings = MarkLimit.apply("m.md", lines, MarkdownWalker.CHUNK_CHARS);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals("*_* _", lines[5], "the first marks of the paragraph stay emphasis");
        assertEquals("\\*\\_\\* \\_", lines[300], "later ones are escaped");
        assertEquals(text.split("\n", -1)[2].length() + 204, lines[2].length(), "the 204 marks beyond the limit in the cell are escaped");
    }

    /**
     * In a table cell, "\\|" is one character of the parsed text: counting the marks by the parsed text's positions
     * missed the last ones of a cell holding escaped pipes, so more than the limit reached the parser.
     */
    @Test
    void marksAfterEscapedPipesInACellAreCountedToo() {
        String cell = "a\\|b\\|c " + "*_ ".repeat(600);
        String[] lines = ("| Title | Note |\n|---|---|\n| [**A Paper**](https://arxiv.org/abs/2401.00001) | " + cell + " |").split("\n", -1);
        List<Diagnostic> warnings = MarkLimit.apply("m.md", lines, MarkdownWalker.CHUNK_CHARS);
        assertEquals(List.of("m.md:3: warning: 1,200 emphasis marks (* and _) in one paragraph or cell; those after the first 1,000 "
                + "are read as text, so that reading stays fast"), warnings.stream().map(Diagnostic::toString).collect(Collectors.toList()));
        String escaped = lines[2].substring(lines[2].indexOf("c *_"));
        assertEquals(200, escaped.length() - escaped.replace("\\", "").length(), "each of the 200 marks beyond the limit is escaped: " + escaped);
    }

}
