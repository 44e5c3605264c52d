package io.litindex.index;

import io.litindex.IndexUnavailableException;
import io.litindex.Version;
import io.litindex.model.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes entries to an index. Nothing is visible to searchers until {@link #commit()}, which is atomic:
 * a process that dies before or during a commit leaves the previous commit as it was. Closing without
 * committing discards the uncommitted changes. Indexing an entry whose id is already there replaces it.
 */
public final class Indexer implements AutoCloseable {
    private final Directory directory;
    private final boolean ownsDirectory;
    private final IndexWriter writer;
    private final Schema schema;
    private final String location;

    private Indexer(Directory directory, boolean ownsDirectory, String location, boolean create) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.location = location;
        this.schema = Schema.standard();
        IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexUnavailableException("index " + location + " is locked by another litindex process; try again when it has finished", e);
        }
    }

    /** Opens the index in {@code dir} for writing, creating it (and the directory) when missing. */
    public static Indexer open(Path dir) {
        return open(dir, false);
    }

    /**
     * Opens the index in {@code dir} for writing.
     *
     * @param replace start from an empty index (the old one stays searchable until {@link #commit()})
     */
    public static Indexer open(Path dir, boolean replace) {
        Objects.requireNonNull(dir, "dir == null");
        try {
            Files.createDirectories(dir);
            FSDirectory fs = FSDirectory.open(dir);
            try {
                return new Indexer(fs, true, dir.toString(), replace);
            } catch (RuntimeException | IOException e) {
                fs.close();
                throw e;
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot open index " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    /** Writes to a directory the caller owns (and closes), such as a {@link ByteBuffersDirectory}. */
    public static Indexer open(Directory directory) {
        try {
            return new Indexer(directory, false, directory.toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one entry. */
    public void put(Entry entry) throws IOException {
        writer.updateDocument(new Term(Fields.ID, entry.id()), EntryDocuments.toDocument(entry, schema.facetsConfig()));
    }

    /** Adds or replaces every entry. */
    public void putAll(Collection<Entry> entries) throws IOException {
        for (Entry entry : entries) {
            put(entry);
        }
    }

    /** Removes the entry with this id, if any. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id));
    }

    /** Removes every entry (visible at the next commit). */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes every change so far durable and visible, atomically, recording the schema version. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(
                Schema.VERSION_KEY, Integer.toString(Schema.VERSION),
                Schema.WRITER_KEY, Version.LITINDEX).entrySet());
        writer.commit();
    }

    /** The directory written to. */
    public Directory directory() {
        return directory;
    }

    public String location() {
        return location;
    }

    /** Discards uncommitted changes and releases the write lock. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            if (ownsDirectory) {
                directory.close();
            }
        }
    }
}
