package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.model.Dimension;
import io.litindex.model.SearchRequest;
import io.litindex.testing.FullRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The compiled form of synonyms the command-line tool ships: the same rules, loaded without parsing. */
class CompiledSynonymsTest {
    private static Synonyms roundTrip(Synonyms synonyms) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        synonyms.writeCompiled(out);
        return Synonyms.readCompiled(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void compiledRulesSearchExactlyAsParsedOnes() throws Exception {
        Synonyms parsed = Synonyms.bundled().plus(Synonyms.parse("mine", "copilot, agent\n"));
        Synonyms compiled = roundTrip(parsed);
        assertEquals(parsed.sources(), compiled.sources());
        assertFalse(compiled.isEmpty());
        try (Searcher a = Searcher.inMemory(Catalog.bundledEntries(), parsed);
                Searcher b = Searcher.inMemory(Catalog.bundledEntries(), compiled)) {
            for (String query : new String[] {"vqa", "rs vlm", "remote sensing visual question answering", "copilot",
                "image-text retrieval", "eo foundation", "grounding"}) {
                SearchRequest request = FullRequests.builder().query(query).limit(20).facet(Dimension.VENUE).build();
                assertEquals(a.search(request), b.search(request), query);
            }
        }
        try (Searcher plain = Searcher.inMemory(Catalog.bundledEntries(), Synonyms.none());
                Searcher withRule = Searcher.inMemory(Catalog.bundledEntries(), compiled)) {
            long alone = plain.search(FullRequests.of("copilot")).total();
            assertEquals(1, alone, "only GeoLLM-Engine (… Geospatial Copilots) says copilot");
            assertTrue(withRule.search(FullRequests.of("copilot")).total() > alone, "the compiled copilot ↔ agent rule finds the agents");
        }
        Synonyms none = roundTrip(Synonyms.none());
        assertTrue(none.isEmpty());
    }

    @Test
    void bytesThatAreNotCompiledRulesAreRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Synonyms.bundled().writeCompiled(out);
        byte[] bytes = out.toByteArray();
        assertThrows(IOException.class, () -> Synonyms.readCompiled(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))));
        assertThrows(IOException.class, () -> Synonyms.readCompiled(new ByteArrayInputStream("not synonyms".getBytes())));
    }
}
