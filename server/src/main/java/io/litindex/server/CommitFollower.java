package io.litindex.server;

import io.litindex.LitindexException;
import io.litindex.search.Searcher;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a searcher to its index's newest commit every little while, so that a commit by another process
 * ({@code litindex index … --index DIR}) is served without a restart. Looking costs one read of the commit point
 * when nothing changed; a new reader is opened off the request path, and searches running meanwhile finish on
 * the state they started with.
 */
final class CommitFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommitFollower.class);
    private final ScheduledExecutorService timer;
    private final Searcher searcher;
    private volatile String lastProblem;

    private CommitFollower(Searcher searcher) {
        this.searcher = searcher;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "litindex-follow-commits");
            t.setDaemon(true);
            return t;
        });
    }

    static CommitFollower start(Searcher searcher, Duration every) {
        CommitFollower follower = new CommitFollower(searcher);
        long millis = Math.max(10, every.toMillis());
        follower.timer.scheduleWithFixedDelay(follower::look, millis, millis, TimeUnit.MILLISECONDS);
        return follower;
    }

    private void look() {
        try {
            searcher.refresh();
            if (lastProblem != null) {
                LOG.warn("the index {} is readable again; serving its newest commit", searcher.location());
                lastProblem = null;
            }
        } catch (LitindexException | java.io.UncheckedIOException e) {
            // the state served so far stays; say so once per problem, not four times a second
            String problem = e.getMessage();
            if (!problem.equals(lastProblem)) {
                LOG.warn("{} (still serving the last readable commit)", problem);
                lastProblem = problem;
            }
        } catch (RuntimeException e) {
            LOG.error("cannot follow the commits of {}", searcher.location(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
