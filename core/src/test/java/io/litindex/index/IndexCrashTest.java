package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.search.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL at random moments while it writes and commits generations (in place and
 * with replace), then checks that the index holds exactly one whole committed generation, no older than
 * the last commit the child reported. Rounds and seed: {@code -Dlitindex.crash.rounds=200
 * -Dlitindex.crash.seed=N} for a heavier run.
 *
 * <p>The moment of each kill is set by the child's progress, not by the clock alone: the test waits for a random number
 * of the child's "committing" and "committed" lines, then a random delay. With the delay alone, a loaded machine (load
 * average 30 on two cores) had 22 of 24 children killed before their first commit, testing almost nothing. The waits
 * have the child's hang guard ({@link ChildJvm#HANG_GUARD_SECONDS}), not a time limit for the whole test: 24 child
 * JVMs took nine minutes to start and run on that machine.
 */
class IndexCrashTest {
    private static final int ROUNDS = Integer.getInteger("litindex.crash.rounds", 24);
    private static final long SEED = Long.getLong("litindex.crash.seed", 20_240_611L);
    /** The kill comes after up to this many lines of the child's progress (two per commit)... */
    private static final int MAX_LINES = Integer.getInteger("litindex.crash.maxLines", 8);
    /** ...and up to this long after the last of them: on a quiet machine, long enough for several sessions. */
    private static final int MAX_DELAY_MILLIS = Integer.getInteger("litindex.crash.maxDelayMillis", 400);

    @Test
    void killedWritersLeaveExactlyOneWholeCommittedGeneration(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 0);
        }
        Random random = new Random(SEED);
        long generation = 0;
        int beforeFirstCommit = 0;
        int unreported = 0;
        int duringCommit = 0;
        List<String> log = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int lines = random.nextInt(MAX_LINES + 1);
            int delay = random.nextInt(MAX_DELAY_MILLIS);
            long reported = generation;
            boolean committing = false;
            try (ChildJvm child = ChildJvm.start(tmp.resolve("child-" + round + ".err"),
                    "index", dir.toString(), Long.toString(generation + 1), Long.toString(random.nextLong()))) {
                child.await("ready");
                List<String> progress = new ArrayList<>();
                for (int i = 0; i < lines; i++) {
                    progress.add(child.readLine());
                }
                Thread.sleep(delay);
                int exit = child.kill();
                assertEquals(137, exit, () -> "the child should die of SIGKILL, not of its own accord: " + child.stderr());
                for (String line; (line = child.readLine()) != null; ) {
                    progress.add(line);
                }
                for (String line : progress) {
                    assertTrue(line != null, () -> "the child ended before it was killed: " + child.stderr());
                    committing = line.startsWith("committing ");
                    if (line.startsWith("committed ")) {
                        reported = Long.parseLong(line.substring("committed ".length()));
                    }
                }
            }
            long found;
            try (Searcher searcher = Searcher.open(dir)) {
                found = Generations.committedGeneration(searcher);
            }
            long lastReported = reported;
            int thisRound = round;
            assertTrue(found == lastReported || found == lastReported + 1,
                    () -> "round " + thisRound + " found generation " + found + " but the child had reported committing " + lastReported);
            VerifyReport report = IndexHealth.verify(dir);
            assertTrue(report.healthy(), () -> report.problems() + "\n" + report.log());
            assertEquals(Generations.size(found), report.entries());
            if (found == generation) {
                beforeFirstCommit++;
            }
            if (found == lastReported + 1) {
                unreported++;
            }
            if (committing) {
                duringCommit++;
            }
            log.add("round " + round + ": killed " + delay + " ms after " + lines + " lines of progress, child reported " + (reported - generation)
                    + " commits" + (committing ? ", was committing" : "") + ", index holds generation " + found);
            generation = found;
        }
        System.out.println(String.join("\n", log));
        System.out.printf("%d rounds: %d killed before their first commit, %d while committing, %d between a commit and its report;"
                + " last generation %d%n", ROUNDS, beforeFirstCommit, duringCommit, unreported, generation);
        assertTrue(beforeFirstCommit < ROUNDS, "no child ever committed: the kills all came too early to test anything");

        // the files crashed writers left behind (flushed but never committed) go when the next writer opens
        Indexer.open(dir).close();
        try (FSDirectory fs = FSDirectory.open(dir)) {
            Set<String> expected = new TreeSet<>(SegmentInfos.readLatestCommit(fs).files(true));
            expected.add(IndexWriter.WRITE_LOCK_NAME);
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(expected, files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
    }
}
