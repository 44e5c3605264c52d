package io.litindex.cli;

import io.litindex.Catalog;
import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.search.SearchBackend;
import io.litindex.search.Searcher;
import io.litindex.server.ListWatcher;
import io.litindex.server.LitindexServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** What {@code litindex serve} does once its options are read: open the index, start the server, wait for Ctrl-C. */
final class Serving {
    /** How often watched lists are looked at. */
    static final Duration WATCH_EVERY = Duration.ofMillis(300);
    /** How often a cluster's index is looked at again (its document count, for the ranking's bounds); searches see new documents anyway. */
    static final Duration CLUSTER_FOLLOW = Duration.ofSeconds(10);

    private Serving() {}

    /**
     * Serves the index in {@code dir} (null: the bundled catalog, or the one {@code watch} builds), or with
     * {@code cluster} the OpenSearch index it names, each search within {@code timeLimit}.
     */
    static int run(Path dir, IndexOption cluster, String host, int port, Duration timeLimit, List<Path> watch, PrintWriter out,
            PrintWriter err)
            throws IOException {
        Path indexDir = dir;
        Path temporary = null;
        if (!watch.isEmpty()) {
            if (indexDir == null) {
                temporary = Files.createTempDirectory("litindex-serve-");
                indexDir = temporary;
            }
            try {
                report(ListWatcher.indexNow(watch, indexDir), watch, err);
            } catch (RuntimeException e) {
                deleteQuietly(temporary);
                throw e;
            }
        }
        SearchBackend searcher = null;
        LitindexServer server = null;
        ListWatcher watcher = null;
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = null;
        try {
            searcher = cluster != null ? cluster.open() : indexDir == null ? BundledIndex.open() : Searcher.open(indexDir);
            server = LitindexServer.start(searcher, new LitindexServer.Options(host, port,
                    cluster != null ? CLUSTER_FOLLOW : indexDir == null ? null : LitindexServer.Options.DEFAULT_FOLLOW, timeLimit));
            if (!watch.isEmpty()) {
                watcher = ListWatcher.start(watch, indexDir, WATCH_EVERY, new ListWatcher.Listener() {
                    @Override
                    public void indexed(ImportResult result) {
                        report(result, watch, err);
                    }

                    @Override
                    public void failed(String message) {
                        err.println("litindex serve: " + message + " (still serving the last indexed state)");
                        err.flush();
                    }
                });
            }
            String what = cluster != null ? cluster.describe() : indexDir == null ? "the bundled catalog " + Catalog.NAME
                    : temporary != null ? String.join(", ", watch.stream().map(Path::toString).toList()) : indexDir.toString();
            stopOnSignal(stop);
            hook = closeAtExit(stop, closed);
            out.println("litindex: serving " + what + " (" + searcher.size() + " entries) at " + server.url() + " (Ctrl-C stops)");
            out.flush();
            await(stop);
        } finally {
            if (watcher != null) {
                watcher.close();
            }
            if (server != null) {
                server.close();
            }
            if (searcher != null) {
                searcher.close();
            }
            deleteQuietly(temporary);
            closed.countDown();
        }
        err.println("litindex: stopped");
        err.flush();
        try {
            if (hook != null) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook waited for the close above
        }
        return ExitCodes.OK;
    }

    /** Lets Ctrl-C (SIGINT) or SIGTERM open {@code stop}: they then end the command normally rather than the JVM abruptly. */
    private static void stopOnSignal(CountDownLatch stop) {
        for (String name : List.of("INT", "TERM")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.countDown());
            } catch (IllegalArgumentException e) {
                // this platform has no such signal: the JVM's default handling stays, and the hook below closes
            }
        }
    }

    /**
     * Should the JVM exit another way (a signal whose handler could not be installed, System.exit elsewhere), a
     * shutdown hook still stops the server and closes the index before the JVM ends: it opens {@code stop} and
     * waits a few seconds for the close.
     */
    private static Thread closeAtExit(CountDownLatch stop, CountDownLatch closed) {
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "litindex-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void await(CountDownLatch stop) {
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line of counts, and a line per row that could not be read (file and line). */
    static void report(ImportResult result, List<Path> lists, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.level() == Diagnostic.Level.ERROR) {
                err.println(d);
            }
        }
        err.println("litindex serve: indexed " + result.entries().size() + (result.entries().size() == 1 ? " entry" : " entries")
                + " from " + String.join(", ", lists.stream().map(Path::toString).toList())
                + (result.skipped() > 0 ? "; " + result.skipped() + " rows skipped" : "")
                + (result.notEntries() > 0 ? "; " + result.notEntries() + " rows not entries (links to other lists, venues, licences)" : ""));
        err.flush();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is the system's to clean
        }
    }
}
