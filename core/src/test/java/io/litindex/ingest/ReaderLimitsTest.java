package io.litindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.model.Entry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Inputs the fuzz tests ({@link MarkdownFuzzTest}) found the reader mishandling, each kept as an example. */
class ReaderLimitsTest {
    /** A piece started at a table's header row that was indented as a paragraph's continuation, and read it as code. */
    @Test
    void aTableHeaderIndentedUnderAParagraphReadsTheSameInPieces() {
        String text = "|\n    | **Title** | Venue |\n|---|---|\n| [**A Paper**](https://arxiv.org/abs/2401.00001) | CVPR |";
        ImportResult whole = new MarkdownListReader().read("m.md", text);
        assertEquals(List.of("A Paper"), whole.entries().stream().map(Entry::title).collect(Collectors.toList()));
        for (int pieceChars = 1; pieceChars < text.length(); pieceChars++) {
            assertEquals(whole.entries(), new MarkdownListReader(Venues.standard(), pieceChars).read("m.md", text).entries(),
                    "pieces of " + pieceChars);
        }
    }
}
