package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.search.Searcher;
import io.litindex.testing.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what the checks cost, on the large shared list indexed 1 and 50 times over: opening a
 * searcher (with its checksum check), the check alone, and a full verify. Prints, asserts no time.
 * Run with {@code -Dlitindex.timing=true}.
 */
@EnabledIfSystemProperty(named = "litindex.timing", matches = "true")
class OpenCheckTimingTest {
    private static final int OPENS = 50;

    @Test
    void measureOpenCheckAndVerify(@TempDir Path tmp) throws Exception {
        List<Entry> list = new MarkdownListReader().read(SharedFiles.require(SharedFiles.LARGE_LIST)).entries();
        for (int copies : new int[] {1, 50}) {
            Path dir = tmp.resolve("x" + copies);
            try (Indexer indexer = Indexer.open(dir)) {
                for (int c = 0; c < copies; c++) {
                    for (Entry e : list) {
                        indexer.put(e.toBuilder().id(e.id() + "-" + c).build());
                    }
                }
                indexer.commit();
            }
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            double open = 0;
            double check = 0;
            for (int round = 0; round < 3; round++) { // the last round counts: the first ones warm up
                long t0 = System.nanoTime();
                for (int i = 0; i < OPENS; i++) {
                    try (Searcher searcher = Searcher.open(dir)) {
                        assertEquals(list.size() * copies, searcher.size());
                    }
                }
                long t1 = System.nanoTime();
                try (FSDirectory fs = FSDirectory.open(dir)) {
                    for (int i = 0; i < OPENS; i++) {
                        IndexHealth.checkOnOpen(fs, dir.toString());
                    }
                }
                long t2 = System.nanoTime();
                open = (t1 - t0) / 1e6 / OPENS;
                check = (t2 - t1) / 1e6 / OPENS;
            }
            long v0 = System.nanoTime();
            VerifyReport report = IndexHealth.verify(dir);
            long v1 = System.nanoTime();
            assertTrue(report.healthy(), report.problems().toString());
            System.out.printf("%d entries, %.1f MB: Searcher.open %.2f ms, of which the checksum check %.2f ms; verify %d ms%n",
                    list.size() * copies, bytes / 1e6, open, check, (v1 - v0) / 1_000_000);
        }
    }
}
