package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.search.Searcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads search one {@link Searcher} (refreshing it as they go, and now and then opening a fresh
 * one) while a writer updates the index in place and replaces it, committing generation after
 * generation: no search fails, and every result shows exactly one whole committed generation.
 */
class ConcurrentSearchTest {
    private static final int SEARCHERS = 8;
    private static final int SESSIONS = 8;
    private static final int COMMITS_PER_SESSION = 5;
    /**
     * How long the writer and the searchers may take before the test gives up on them as hung: a run took about a minute at
     * load average 30 to 38 on two cores (the writer's old bound of 240 s was within reach of the load CI can meet, 130),
     * so a guard of twenty minutes only ever catches a hang.
     */
    private static final long HANG_GUARD_MINUTES = 20;

    @Test
    @Timeout(value = HANG_GUARD_MINUTES, unit = TimeUnit.MINUTES)
    void eightSearchersEachSeeOneWholeCommittedGenerationWhileAWriterCommits(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 0);
        }
        long last = (long) SESSIONS * COMMITS_PER_SESSION;
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicLong searches = new AtomicLong();
        AtomicLong freshOpens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + 1);
        try (Searcher searcher = Searcher.open(dir)) {
            Future<?> writer = pool.submit(() -> {
                try {
                    long g = 1;
                    for (int session = 0; session < SESSIONS; session++) {
                        // every other session rebuilds the index from empty, beside the one being searched
                        try (Indexer indexer = Indexer.open(dir, session % 2 == 1)) {
                            for (int i = 0; i < COMMITS_PER_SESSION; i++, g++) {
                                Generations.commit(indexer, g);
                                Thread.sleep(2);
                            }
                        }
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < SEARCHERS; t++) {
                int thread = t;
                readers.add(pool.submit(() -> {
                    long newest = 0;
                    for (int i = 0; writing.get() || i < 20; i++) {
                        long g = Generations.check(searcher.search(Generations.everything(i % 2 == 0 ? "" : "entry generation")));
                        assertTrue(g >= newest, "thread " + thread + " went back from generation " + newest + " to " + g);
                        newest = g;
                        seen.add(g);
                        searches.incrementAndGet();
                        if (i % 3 == thread % 3) {
                            searcher.refresh();
                        }
                        if (i % 25 == thread) {
                            try (Searcher fresh = Searcher.open(dir)) {
                                assertTrue(Generations.committedGeneration(fresh) >= newest);
                            }
                            freshOpens.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            writer.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
            for (Future<?> reader : readers) {
                reader.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
            }
            searcher.refresh();
            assertEquals(last, Generations.committedGeneration(searcher));
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d searches and %d fresh opens saw %d of %d generations%n", searches.get(), freshOpens.get(), seen.size(), last + 1);
        assertTrue(seen.size() >= 3, "the searches saw only generations " + seen + ": refresh did not move them on");
    }
}
