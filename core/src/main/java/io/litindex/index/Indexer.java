package io.litindex.index;

import io.litindex.IndexClosedException;
import io.litindex.IndexUnavailableException;
import io.litindex.IndexUnavailableException.Reason;
import io.litindex.LitindexException;
import io.litindex.Version;
import io.litindex.model.Entry;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes entries to an index.
 *
 * <p>Nothing is visible to searchers until {@link #commit()}, which is atomic: a process killed before or
 * during a commit leaves the previous commit searchable and unchanged. Indexing an entry whose id is already
 * there replaces it. One writer at a time: a second one, in this program or another, gets an
 * {@link IndexUnavailableException} of reason {@code LOCKED}, and the lock dies with the process that held it.
 *
 * <p><b>Closing.</b> {@link #close()} never commits: what was not committed is discarded and the index keeps its
 * last commit, so that an exception in a try-with-resources block never publishes half a batch. Closing with
 * changes that were neither committed nor {@linkplain #rollback() rolled back} throws a {@link LitindexException}
 * saying so (after discarding them and releasing the index), so that a forgotten {@code commit()} never goes
 * unnoticed; when the block already threw, that exception stays the one thrown and this one is suppressed by it:
 * <pre>{@code
 * try (Indexer indexer = Indexer.open(dir)) {
 *     indexer.putAll(entries);
 *     indexer.commit();   // without it, close() discards the entries and throws
 * }
 * }</pre>
 *
 * <p>Every failure is an unchecked {@link LitindexException} with a one-line message naming the index (a full disk
 * says so); after any failure the index keeps its last complete commit. An indexer is used by one thread at a
 * time, except that {@link #putAll} spreads a large collection over several threads itself. An index in a Lucene
 * {@code Directory} of your own is written with {@link LuceneIndexers}.
 */
public final class Indexer implements AutoCloseable {
    /** Lucene's names for the files of an index: segments files and per-segment files. */
    private static final Pattern INDEX_FILE = Pattern.compile(
            "(" + IndexFileNames.SEGMENTS + "|" + IndexFileNames.PENDING_SEGMENTS + ")_[0-9a-z]+|" + IndexFileNames.CODEC_FILE_PATTERN.pattern());

    private final Directory directory;
    private final boolean ownsDirectory;
    private final IndexWriter writer;
    private final Schema schema;
    private final String location;
    /** Whether a write failed: closing then also deletes the files the failed attempt left. */
    private volatile boolean failed;
    /** Whether entries were put or deleted since the last commit or rollback. */
    private volatile boolean pending;
    /** Whether {@link #close()} was called. */
    private volatile boolean closed;
    /**
     * The ids put since this indexer opened an empty index, when it did (null otherwise): an entry whose id is
     * certainly new is added without deleting by its id first, which an update costs at every flush.
     */
    private final NewIds newIds;
    /** Runs merges in the background and keeps the first that failed. */
    private final QuietMergeScheduler merges = new QuietMergeScheduler();

    /**
     * The indexing buffer: documents are flushed to a new segment when it is full. Larger than Lucene's
     * default (16 MB), so that a large import writes fewer segments and merges less; well within a 256 MB heap.
     */
    static final double RAM_BUFFER_MB = 64;

    /**
     * Lucene's concurrent merge scheduler, except that a failed merge is kept for the writer's next call
     * to report instead of being thrown from (and printed by) the merge thread.
     */
    private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
        private volatile Throwable failure;

        @Override
        protected void handleMergeException(Throwable exc) {
            if (failure == null) {
                failure = exc;
            }
        }

        /** Throws the first merge failure, if any. */
        void check() throws IOException {
            Throwable t = failure;
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    private Indexer(Directory directory, boolean ownsDirectory, String location, boolean create) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.location = location;
        this.schema = Schema.standard();
        // CREATE writes the new index beside the old one in the same directory: the old commit stays the
        // latest (and searchable) until commit() atomically publishes the new segments file
        IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
                .setSimilarity(schema.similarity())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                // fewer, larger segments to flush and merge
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                // merges run beside the indexing thread; one that fails (a full disk) is kept, not printed,
                // and fails the next put or commit with one line
                .setMergeScheduler(merges);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw IndexHealth.locked(location, e);
        }
        // a new or replaced index starts empty: until an id comes twice, nothing needs deleting
        this.newIds = writer.getDocStats().maxDoc == 0 ? new NewIds() : null;
        if (!create) {
            Map<String, String> last = new HashMap<>();
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                data.forEach(e -> last.put(e.getKey(), e.getValue()));
            }
            try {
                IndexHealth.checkSchema(last, location);
            } catch (IndexUnavailableException e) {
                writer.rollback();
                throw e;
            }
        }
    }

    /**
     * Opens the index in {@code dir} for writing, creating it (and the directory) when missing.
     *
     * @param dir the index's directory
     * @return an indexer, which the caller commits and closes
     * @throws IndexUnavailableException as {@link #open(Path, boolean)} does
     */
    public static Indexer open(Path dir) {
        return open(dir, false);
    }

    /**
     * Opens the index in {@code dir} for writing.
     *
     * @param replace start from an empty index; the old one stays searchable until {@link #commit()}
     *     switches to the new one in one step (a damaged old index, which
     *     cannot be searched anyway, is cleared first)
     * @param dir the index's directory, created when missing
     * @return an indexer, which the caller commits and closes
     * @throws IndexUnavailableException when another writer holds the index ({@code LOCKED}), it is damaged
     *     ({@code DAMAGED}, without {@code replace}), was built by another schema version, or cannot be opened
     */
    public static Indexer open(Path dir, boolean replace) {
        return open(dir, replace, UnaryOperator.identity());
    }

    /** As {@link #open(Path, boolean)}, with {@code wrap} applied to the directory (tests inject failures). */
    static Indexer open(Path dir, boolean replace, UnaryOperator<Directory> wrap) {
        Objects.requireNonNull(dir, "dir == null");
        Objects.requireNonNull(wrap, "wrap == null");
        String location = dir.toString();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IndexUnavailableException(Reason.UNREADABLE, location, "cannot open index " + location + ": it is a file, not a directory", e);
        } catch (IOException e) {
            throw new IndexUnavailableException(Reason.UNREADABLE, location, "cannot create index directory " + location + ": "
                    + IndexHealth.describe(e), e);
        }
        Directory directory = null;
        try {
            directory = wrap.apply(FSDirectory.open(dir));
            IOException damage = IndexHealth.damage(directory);
            if (damage != null) {
                if (!replace || !IndexHealth.isDamage(damage)) {
                    throw damage;
                }
                clearDamagedIndex(directory);
            }
            return new Indexer(directory, true, location, replace);
        } catch (IOException e) {
            closeQuietly(directory);
            if (e instanceof LockObtainFailedException) {
                throw IndexHealth.locked(location, e);
            }
            if (IndexHealth.isDamage(e)) {
                throw IndexHealth.unreadable(location, e);
            }
            throw new IndexUnavailableException(Reason.UNREADABLE, location, "cannot open index " + location + " for writing: "
                    + IndexHealth.describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /** Writes to a directory the caller owns (and closes), such as a {@link ByteBuffersDirectory}; see {@link LuceneIndexers}. */
    static Indexer open(Directory directory, String location) {
        Objects.requireNonNull(directory, "directory == null");
        Objects.requireNonNull(location, "location == null");
        try {
            IOException damage = IndexHealth.damage(directory);
            if (damage != null) {
                throw damage;
            }
            return new Indexer(directory, false, location, false);
        } catch (IOException e) {
            throw IndexHealth.isDamage(e) || e instanceof LockObtainFailedException ? IndexHealth.unreadable(location, e)
                    : new IndexUnavailableException(Reason.UNREADABLE, location, "cannot open index " + location + " for writing: "
                            + IndexHealth.describe(e), e);
        }
    }

    /**
     * Adds or replaces one entry (visible at the next commit).
     *
     * @param entry the entry; one with the same id is replaced
     * @throws IllegalArgumentException naming the entry when Lucene refuses one of its values (an id, author or
     *     other exact value over Lucene's 32,766-byte term limit; the readers never make such entries); the index
     *     is unchanged and stays usable
     * @throws IndexClosedException when this indexer is closed
     * @throws LitindexException when writing fails (a full disk, say); the index keeps its last commit
     */
    public void put(Entry entry) {
        Objects.requireNonNull(entry, "entry == null");
        try {
            Document doc = EntryDocuments.toDocument(entry, schema.facetsConfig());
            merges.check();
            pending = true;
            if (newIds != null && newIds.add(entry.id())) {
                writer.addDocument(doc);
            } else {
                writer.updateDocument(new Term(Fields.ID, entry.id()), doc);
            }
        } catch (IllegalArgumentException e) {
            if (writer.getTragicException() != null) {
                throw writeFailed(e);
            }
            String message = String.valueOf(e.getMessage());
            int sentence = message.indexOf(". ");
            String id = entry.id().length() > 60 ? entry.id().substring(0, 60) + "…" : entry.id();
            throw new IllegalArgumentException("entry '" + id + "' cannot be indexed: "
                    + (sentence > 0 ? message.substring(0, sentence) : message), e);
        } catch (IOException | RuntimeException e) {
            throw writeFailed(e);
        }
    }

    /**
     * Adds or replaces every entry; when an id occurs more than once, the last entry with it wins. A large
     * collection is indexed by several threads at once (Lucene's writer takes documents from any number of
     * threads), each taking the entries whose id falls to it, in order.
     *
     * @param entries the entries (visible at the next commit)
     * @throws IllegalArgumentException as {@link #put} does
     * @throws IndexClosedException when this indexer is closed
     * @throws LitindexException when writing fails; the index keeps its last commit
     */
    public void putAll(Collection<Entry> entries) {
        Objects.requireNonNull(entries, "entries == null");
        int threads = Math.min(INDEXING_THREADS, entries.size() / MIN_ENTRIES_PER_THREAD);
        if (threads <= 1) {
            for (Entry entry : entries) {
                put(entry);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "litindex-indexer");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int share = 1; share < threads; share++) {
                int mine = share;
                others.add(pool.submit(() -> {
                    putShare(entries, mine, threads, stop);
                    return null;
                }));
            }
            Throwable failure = null;
            try {
                putShare(entries, 0, threads, stop);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            for (Future<?> other : others) {
                try {
                    getUninterruptibly(other);
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                }
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Threads indexing one {@link #putAll} at most: as many as there are cores, up to 4 (Lucene's writer scales with them). */
    public static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Below this many entries per thread, one thread indexes them all. */
    static final int MIN_ENTRIES_PER_THREAD = 5_000;

    /** Puts the entries whose id falls to share {@code share} of {@code shares}; any failure stops the other shares too. */
    private void putShare(Collection<Entry> entries, int share, int shares, AtomicBoolean stop) {
        try {
            for (Entry entry : entries) {
                if (stop.get()) {
                    return;
                }
                if (Math.floorMod(entry.id().hashCode(), shares) == share) {
                    put(entry);
                }
            }
        } catch (RuntimeException | Error e) {
            stop.set(true);
            throw e;
        }
    }

    private static void getUninterruptibly(Future<?> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    future.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Removes the entry with this id, if any (at the next commit).
     *
     * @param id the entry's id
     * @throws IndexClosedException when this indexer is closed
     * @throws LitindexException when writing fails
     */
    public void delete(String id) {
        Objects.requireNonNull(id, "id == null");
        try {
            pending = true;
            writer.deleteDocuments(new Term(Fields.ID, id));
        } catch (IOException | RuntimeException e) {
            throw writeFailed(e);
        }
    }

    /**
     * Removes every entry (visible at the next commit).
     *
     * @throws IndexClosedException when this indexer is closed
     * @throws LitindexException when writing fails
     */
    public void deleteAll() {
        try {
            pending = true;
            writer.deleteAll();
        } catch (IOException | RuntimeException e) {
            throw writeFailed(e);
        }
    }

    /**
     * Makes every change so far durable and visible, atomically, recording the schema version: after a
     * crash at any moment the index holds either all of this commit or exactly the previous one. A searcher
     * sees it after {@code Searcher.refresh()}; a searcher opened later sees it at once.
     *
     * @throws IndexClosedException when this indexer is closed
     * @throws LitindexException when writing fails (a full disk, say); the index keeps its previous commit
     */
    public void commit() {
        try {
            merges.check();
            writer.setLiveCommitData(Map.of(
                    Schema.VERSION_KEY, Integer.toString(Schema.VERSION),
                    Schema.WRITER_KEY, Version.LITINDEX).entrySet());
            writer.commit();
            pending = false;
        } catch (IOException | RuntimeException e) {
            throw writeFailed(e);
        }
    }

    /**
     * Discards every change since the last commit, on purpose, and closes this indexer: the index keeps its last
     * commit and is released. A {@link #close()} after it does nothing (as with Lucene's {@code IndexWriter}).
     *
     * @throws LitindexException when the index's files cannot be released
     */
    public void rollback() {
        pending = false;
        close();
    }

    /**
     * Where this indexer writes.
     *
     * @return the index's directory, or a name for an index in memory
     */
    public String location() {
        return location;
    }

    /**
     * Releases the index and its write lock, discarding what was not committed (the index keeps its last
     * commit). After a failed write it also deletes the files the failed attempt left behind, giving their
     * space back (a full disk needs it). Closing twice does nothing.
     *
     * @throws LitindexException when entries were put or deleted since the last {@link #commit()} or
     *     {@link #rollback()} (they are discarded all the same, and the index released), unless a write had
     *     failed, which threw already; or when the index's files cannot be released
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean discarded = pending && !failed;
        pending = false;
        try {
            writer.rollback();
            if (failed) {
                removeAbandonedFiles();
            }
        } catch (IOException e) {
            throw new LitindexException("cannot close index " + location + ": " + IndexHealth.describe(e)
                    + "; it keeps its last complete commit", e);
        } finally {
            if (ownsDirectory) {
                try {
                    directory.close();
                } catch (IOException e) {
                    // the files are written or discarded already; nothing is lost by not closing their handles cleanly
                }
            }
        }
        if (discarded) {
            throw new LitindexException("index " + location + " was closed with changes that were not committed; they were "
                    + "discarded and the index keeps its last commit (call commit() before close(), or rollback() instead of close() to discard them)");
        }
    }

    /**
     * Opens and drops a writer once: on opening, Lucene deletes every index file no commit references.
     * Best effort: what it cannot delete, the next writer deletes.
     */
    private void removeAbandonedFiles() {
        IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setCommitOnClose(false)
                .setMergeScheduler(new SerialMergeScheduler());
        try {
            if (DirectoryReader.indexExists(directory)) {
                new IndexWriter(directory, config).rollback();
            } else {
                try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    for (String file : directory.listAll()) {
                        if (INDEX_FILE.matcher(file).matches()) {
                            directory.deleteFile(file);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the files stay until the next writer opens the index; nothing refers to them meanwhile
        }
    }

    /**
     * The one-line error for a failed write; a full disk says so. A runtime exception that is not about
     * the index (a document Lucene refuses) passes unchanged. Lucene may close the writer after it.
     */
    private RuntimeException writeFailed(Exception e) {
        Throwable tragic = writer.getTragicException();
        if (e instanceof AlreadyClosedException && tragic == null && closed) {
            return new IndexClosedException("indexer", location, e);
        }
        if (e instanceof RuntimeException r && !(e instanceof AlreadyClosedException) && tragic == null) {
            return r;
        }
        failed = true;
        Throwable cause = tragic != null ? tragic : e;
        String reason = diskFull(cause) ? "no space left on device" : IndexHealth.describe(cause);
        String advice = diskFull(cause) ? " (free some space, then write again)" : "";
        return new LitindexException("cannot write index " + location + ": " + reason
                + "; the index keeps its last complete commit" + advice, cause);
    }

    /** Whether {@code e} or one of its causes is the file system reporting a full disk or an exhausted quota. */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof IOException && message != null
                    && (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("There is not enough space on the disk"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (diskFull(suppressed)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Deletes the files of a damaged index (so that replacing it can start), holding the write lock and
     * checking again under it. Only files named the way Lucene names index files are touched.
     */
    private static void clearDamagedIndex(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            IOException damage = IndexHealth.damage(directory);
            if (damage == null || !IndexHealth.isDamage(damage)) {
                return; // another writer repaired it meanwhile
            }
            for (String file : directory.listAll()) {
                if (INDEX_FILE.matcher(file).matches()) {
                    directory.deleteFile(file);
                }
            }
            lock.ensureValid();
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open failure is what the caller reports
            }
        }
    }
}
