package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Version;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import io.litindex.model.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexInfoTest {
    @Test
    void describesAnIndexOnDisk(@TempDir Path dir) throws Exception {
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.putAll(List.of(Entry.builder("a", "Alpha").build(), Entry.builder("b", "Beta").build()));
            indexer.commit();
        }
        long onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
        try (Searcher searcher = Searcher.open(dir)) {
            IndexInfo info = searcher.info();
            assertEquals(dir.toString(), info.location());
            assertEquals(2, info.entries());
            assertEquals(onDisk, info.sizeBytes());
            assertEquals(Version.LITINDEX, info.builtBy());
            assertEquals(Schema.VERSION, info.schemaVersion());
        }
    }

    @Test
    void describesTheBundledCatalog() throws Exception {
        try (Searcher searcher = Searcher.bundled()) {
            IndexInfo info = searcher.info();
            assertEquals(37, info.entries());
            assertTrue(info.sizeBytes() > 10_000, "the catalog's index takes " + info.sizeBytes() + " bytes");
        }
    }
}
