package io.litindex.server;

import io.litindex.LitindexException;
import io.litindex.index.Indexer;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps an index built from a few lists: when one of them changes (its modification time or size), reads them all
 * again with core's {@link Sources} and replaces the index's entries in one commit, which the server's
 * {@link CommitFollower} then serves. A list that cannot be read, or reads as no entry, leaves the index as it was.
 */
public final class ListWatcher implements AutoCloseable {
    /** What the watcher tells its owner (the CLI prints it). */
    public interface Listener {
        /** The lists were read and committed. */
        void indexed(ImportResult result);

        /** The lists changed but could not be indexed; the index is unchanged. */
        void failed(String message);
    }

    private final List<Path> lists;
    private final Path index;
    private final Listener listener;
    private Periodic timer;
    private List<String> seen;
    private List<String> pending;

    private ListWatcher(List<Path> lists, Path index, Listener listener) {
        this.lists = List.copyOf(lists);
        this.index = index;
        this.listener = listener;
    }

    /**
     * Reads the lists and replaces the entries of the index in {@code index} with theirs, in one commit.
     *
     * @throws LitindexException when a list cannot be read or holds no entry (the index is then unchanged), or the
     *     index cannot be written (locked by another writer: {@link io.litindex.IndexUnavailableException})
     */
    public static ImportResult indexNow(List<Path> lists, Path index) {
        ImportResult result = Sources.readAll(lists);
        if (result.entries().isEmpty()) {
            throw new LitindexException("no entries in " + lists.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("")
                    + "; the index " + index + " was not changed");
        }
        try (Indexer indexer = Indexer.open(index, true)) {
            indexer.putAll(result.entries());
            indexer.commit();
        }
        return result;
    }

    /** Starts watching {@code lists}, looking every {@code every}; the index is expected to be built already. */
    public static ListWatcher start(List<Path> lists, Path index, Duration every, Listener listener) {
        Objects.requireNonNull(listener, "listener == null");
        ListWatcher watcher = new ListWatcher(lists, index, listener);
        watcher.seen = watcher.stamps();
        watcher.timer = Periodic.start("litindex-watch-lists", every, watcher::look);
        return watcher;
    }

    /** Each list's modification time and size (or "missing"), in order. */
    private List<String> stamps() {
        List<String> out = new ArrayList<>(lists.size());
        for (Path list : lists) {
            try {
                out.add(Files.getLastModifiedTime(list).toMillis() + "/" + Files.size(list));
            } catch (IOException e) {
                out.add("missing");
            }
        }
        return out;
    }

    /** Re-indexes once a change has held still for one look (an editor that writes in steps is not caught halfway). */
    private void look() {
        try {
            List<String> now = stamps();
            if (now.equals(seen)) {
                pending = null;
                return;
            }
            if (!now.equals(pending)) {
                pending = now;
                return;
            }
            seen = now;
            pending = null;
            listener.indexed(indexNow(lists, index));
        } catch (LitindexException e) {
            listener.failed(e.getMessage());
        } catch (RuntimeException e) {
            listener.failed("cannot index " + lists + ": " + e);
        }
    }

    @Override
    public void close() {
        timer.close();
    }
}
