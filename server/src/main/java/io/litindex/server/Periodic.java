package io.litindex.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A task run again and again on a daemon thread of its own, a fixed delay apart, until closed. */
final class Periodic implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private Periodic(String threadName) {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} every {@code every} (10 ms at the least), the first time after one delay. */
    static Periodic start(String threadName, Duration every, Runnable task) {
        Periodic periodic = new Periodic(threadName);
        long millis = Math.max(10, every.toMillis());
        periodic.timer.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
        return periodic;
    }

    /** Stops the task, waiting up to five seconds for a run in progress to end. */
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
