package io.litindex.server;

import io.litindex.LitindexException;
import io.litindex.search.SearchBackend;
import java.time.Duration;
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
    private final SearchBackend searcher;
    private Periodic timer;
    private volatile String lastProblem;

    private CommitFollower(SearchBackend searcher) {
        this.searcher = searcher;
    }

    static CommitFollower start(SearchBackend searcher, Duration every) {
        CommitFollower follower = new CommitFollower(searcher);
        follower.timer = Periodic.start("litindex-follow-commits", every, follower::look);
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
        timer.close();
    }
}
