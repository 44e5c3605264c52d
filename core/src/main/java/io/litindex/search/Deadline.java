package io.litindex.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * When one search must stop: given to the search's IndexSearcher, which then scores in windows and stops
 * between two of them, and, through {@link #OF_THREAD}, to the readers shared by all searches that stop
 * enumerating terms (prefixes, fuzzy words) once the current search's deadline has passed.
 */
final class Deadline implements QueryTimeout {
    /** The deadline of the search running on this thread, if any. */
    static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    /** Whether the deadline of the search running on the calling thread has passed. */
    static final QueryTimeout OF_THREAD = () -> {
        Deadline current = CURRENT.get();
        return current != null && current.shouldExit();
    };

    private final long end;

    Deadline(Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : budget.toNanos();
        this.end = now + nanos;
    }

    @Override
    public boolean shouldExit() {
        return System.nanoTime() - end >= 0;
    }
}
