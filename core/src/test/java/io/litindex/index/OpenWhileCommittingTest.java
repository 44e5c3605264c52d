package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litindex.IndexUnavailableException;
import io.litindex.search.LuceneSearchers;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check made on opening an index ({@link IndexHealth#checkOnOpen}) while a writer commits: a file of the
 * commit being checked that the writer deleted after committing a newer one is not damage, however many commits
 * in a row overtake the check. {@code ConcurrentSearchTest} errored with "is damaged (file _x.cfs is missing)"
 * when a loaded machine let five commits overtake five checks in a row; here the writer commits at the worst
 * moment, deterministically: each time the check opens the first data file of the commit it has just read.
 */
class OpenWhileCommittingTest {
    /** More commits in a row than the check used to allow for. */
    private static final int RACING_COMMITS = 12;

    /**
     * A directory whose readers let {@code writer} commit the next generation just before the check opens a data
     * file of the commit it read (not the segments file or a segment's info, which reading the commit opens), at
     * most {@code commits} times.
     */
    private static Directory racing(FSDirectory fs, Indexer writer, AtomicInteger commits, int limit) {
        return new FilterDirectory(fs) {
            @Override
            public IndexInput openInput(String name, IOContext context) throws IOException {
                if (!name.startsWith("segments") && !name.endsWith(".si") && commits.get() < limit) {
                    Generations.commit(writer, commits.incrementAndGet());
                }
                return super.openInput(name, context);
            }
        };
    }

    @Test
    void aCheckOvertakenByManyCommitsInARowStillOpensTheIndex(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 0);
        }
        AtomicInteger commits = new AtomicInteger();
        try (Indexer writer = Indexer.open(dir); FSDirectory fs = FSDirectory.open(dir)) {
            Directory racing = racing(fs, writer, commits, RACING_COMMITS);
            IndexHealth.checkOnOpen(racing, dir.toString());
            assertEquals(RACING_COMMITS, commits.get(), "the writer committed at every attempt");
            assertNull(IndexHealth.damage(racing(fs, writer, commits, 2 * RACING_COMMITS)));
            // and a searcher opened through the same racing directory serves the last of them
            commits.set(0);
            try (Searcher searcher = LuceneSearchers.open(racing(fs, writer, commits, RACING_COMMITS))) {
                assertEquals(commits.get(), Generations.committedGeneration(searcher));
            }
        }
    }

    @Test
    void theInfoOfASearcherAWriterHasOvertakenIsNotDamage(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 0);
        }
        try (Searcher searcher = Searcher.open(dir)) {
            long before = searcher.info().sizeBytes();
            try (Indexer writer = Indexer.open(dir)) {
                Generations.commit(writer, 1); // deletes the files of generation 0, which the searcher still serves
            }
            // the searcher still serves generation 0, and its info describes it: no file of it is missing in its eyes
            assertEquals(0, Generations.committedGeneration(searcher));
            assertEquals(Generations.size(0), searcher.info().entries());
            assertEquals(before, searcher.info().sizeBytes());
            searcher.refresh();
            assertEquals(1, Generations.committedGeneration(searcher));
            assertEquals(Generations.size(1), searcher.info().entries());
        }
    }

    @Test
    void aFileMissingFromTheLatestCommitIsStillDamage(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 0);
        }
        Files.delete(dir.resolve("_0.cfs"));
        try (FSDirectory fs = FSDirectory.open(dir)) {
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> IndexHealth.checkOnOpen(fs, dir.toString()));
            assertEquals(IndexUnavailableException.Reason.DAMAGED, e.reason());
            assertEquals("index " + dir + " is damaged (file _0.cfs is missing)", e.getMessage());
        }
    }
}
