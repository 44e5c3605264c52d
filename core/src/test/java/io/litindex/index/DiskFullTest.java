package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.IndexUnavailableException;
import io.litindex.LitindexException;
import io.litindex.model.Entry;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A disk that fills up at many points of a rebuild or update (while segment files, the compound file or
 * the segments file are written): each attempt fails with one clear line, and the previous commit stays
 * searchable, unchanged and clean.
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    /** Generation 1 is larger than generation 0, so that the update writes a real amount of data. */
    private static List<Entry> bigGeneration() {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : Generations.entries(1)) {
            entries.add(e.toBuilder().note(e.note() + " " + "remote sensing vision language ".repeat(40).strip()).build());
        }
        return entries;
    }

    private static void attempt(Path dir, boolean replace, long capacity, DiskFullDirectory[] used) throws IOException {
        try (Indexer indexer = Indexer.open(dir, replace, fs -> used[0] = new DiskFullDirectory(fs, capacity))) {
            Generations.write(indexer, 1);
            indexer.putAll(bigGeneration());
            indexer.commit();
        }
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @ParameterizedTest(name = "replace={0}")
    @ValueSource(booleans = {false, true})
    void aFullDiskFailsWithOneLineAndLeavesThePreviousCommit(boolean replace) throws Exception {
        // how much the update must write to commit when the disk has room, measured on a copy of the same index. The
        // merge it starts writes another 14 KB on a thread of its own, which a loaded machine may not run before the writer
        // closes and aborts it: with the merge counted, the update once fitted into 15/16 of the space measured. What
        // the commit itself writes does not vary (31,485 bytes in 30 runs of 30, merges or not).
        Path probe = tmp.resolve("probe");
        try (Indexer indexer = Indexer.open(probe)) {
            Generations.commit(indexer, 0);
        }
        DiskFullDirectory[] used = new DiskFullDirectory[1];
        attempt(probe, replace, Long.MAX_VALUE, used);
        long needed = used[0].writtenOutsideMerges();
        assertTrue(needed > 10_000, "the update writes " + needed + " bytes");

        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 0);
        }
        Set<String> before = files(dir);
        Random random = new Random(7);
        List<Long> capacities = new ArrayList<>(List.of(0L, 1L, needed - 64));
        for (int i = 1; i < 16; i++) {
            capacities.add(needed * i / 16);
            capacities.add((long) random.nextInt((int) needed - 64));
        }
        for (long capacity : capacities) {
            LitindexException e = assertThrows(LitindexException.class, () -> attempt(dir, replace, capacity, used),
                    "capacity " + capacity + " of " + needed);
            assertFalse(e instanceof IndexUnavailableException, e.getMessage());
            assertEquals("cannot write index " + dir + ": no space left on device; the index keeps its last complete commit"
                    + " (free some space, then write again)", e.getMessage());
            assertTrue(used[0].written() <= capacity);
            try (Searcher searcher = Searcher.open(dir)) {
                assertEquals(0, Generations.committedGeneration(searcher), "capacity " + capacity);
            }
            assertEquals(before, files(dir), "the failed attempt leaves no files behind (capacity " + capacity + ")");
        }
        VerifyReport report = IndexHealth.verify(dir);
        assertTrue(report.healthy(), report.problems() + report.log());
        assertEquals(Generations.size(0), report.entries());

        // with room on the disk the same update goes through: the failures above were the full disk's
        attempt(dir, replace, Long.MAX_VALUE, used);
        try (Searcher searcher = Searcher.open(dir)) {
            assertEquals(Generations.size(1), searcher.size());
            assertTrue(searcher.get("e0").orElseThrow().note().startsWith("generation 1 remote sensing"));
        }
    }

    @Test
    void aFullDiskOnTheFirstBuildLeavesNoIndexAndNoFiles() throws Exception {
        Path dir = tmp.resolve("fresh");
        for (long capacity : new long[] {0, 100, 3_000, 20_000}) {
            DiskFullDirectory[] used = new DiskFullDirectory[1];
            LitindexException e = assertThrows(LitindexException.class, () -> attempt(dir, false, capacity, used));
            assertTrue(e.getMessage().startsWith("cannot write index " + dir + ": no space left on device"), e.getMessage());
            IndexUnavailableException missing = assertThrows(IndexUnavailableException.class, () -> Searcher.open(dir));
            assertEquals("no index at " + dir, missing.getMessage());
            assertEquals(Set.of("write.lock"), files(dir), "capacity " + capacity);
        }
    }

    @Test
    void diskFullIsRecognisedInTheCauseChain() {
        assertTrue(Indexer.diskFull(new IOException("write failed", new IOException("No space left on device"))));
        assertTrue(Indexer.diskFull(new IOException("Disk quota exceeded")));
        assertFalse(Indexer.diskFull(new IOException("Permission denied")));
    }
}
