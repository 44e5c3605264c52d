package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litindex.IndexUnavailableException;
import io.litindex.search.Searcher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time: a second gets one clear line (exit code 3 in the CLI), and no lock outlives its process. */
class IndexLockTest {
    @TempDir
    Path tmp;

    private static String lockedMessage(Path dir) {
        return "index " + dir + " is locked by another process writing or verifying it; try again when it has finished";
    }

    private static String lockedHereMessage(Path dir) {
        return "index " + dir + " is locked: another Indexer of this program has it open for writing; close that one first";
    }

    @Test
    void aSecondWriterInTheSameProcessIsRefusedUntilTheFirstCloses() throws Exception {
        Path dir = tmp.resolve("index");
        try (Indexer first = Indexer.open(dir)) {
            Generations.commit(first, 0);
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> Indexer.open(dir));
            assertEquals(lockedHereMessage(dir), e.getMessage());
            IndexUnavailableException replacing = assertThrows(IndexUnavailableException.class, () -> Indexer.open(dir, true));
            assertEquals(lockedHereMessage(dir), replacing.getMessage());
        }
        try (Indexer second = Indexer.open(dir)) {
            Generations.commit(second, 1);
        }
        try (Searcher searcher = Searcher.open(dir)) {
            assertEquals(1, Generations.committedGeneration(searcher));
        }
    }

    @Test
    void aLockHeldByAnotherProcessRefusesWritersAndDiesWithThatProcess() throws Exception {
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 0);
        }
        try (ChildJvm child = ChildJvm.start(tmp.resolve("child.err"), "hold-lock", dir.toString())) {
            child.await("locked");
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> Indexer.open(dir, true));
            assertEquals(lockedMessage(dir), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            IndexUnavailableException verifying = assertThrows(IndexUnavailableException.class, () -> IndexHealth.verify(dir));
            assertEquals(lockedMessage(dir), verifying.getMessage());
            // readers need no lock: the committed state stays searchable while the other process writes
            try (Searcher searcher = Searcher.open(dir)) {
                assertEquals(0, Generations.committedGeneration(searcher));
            }
            assertEquals(137, child.kill());
        }
        // the lock file is still there, but the operating system released the lock with the process
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 1);
        }
        try (Searcher searcher = Searcher.open(dir)) {
            assertEquals(1, Generations.committedGeneration(searcher), "the dead writer's uncommitted generation 999 is gone");
        }
    }
}
