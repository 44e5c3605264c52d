package io.litindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.testing.SharedFiles;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedImportTest {
    @Test
    void importingTheSeedReproducesTheBundledCatalog() throws Exception {
        ImportResult result = new MarkdownListReader().read(SharedFiles.require(SharedFiles.SEED));
        assertEquals(0, result.skipped());
        assertEquals(Catalog.bundledEntries(), result.entries());
    }

    @Test
    void reportsTheRepairsAndTheEmptyLinkWithTheirLines() throws Exception {
        ImportResult result = new MarkdownListReader().read(SharedFiles.require(SharedFiles.SEED));
        List<String> lines = result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
        assertTrue(lines.contains("000_ccd0278ece24c2a1.txt:118: warning: mis-encoded text 'L√ºddecke' read as 'Lüddecke'"), lines.toString());
        assertTrue(lines.contains("000_ccd0278ece24c2a1.txt:147: warning: empty link [Link]()"), lines.toString());
    }
}
