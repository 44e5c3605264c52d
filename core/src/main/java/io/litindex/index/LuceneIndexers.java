package io.litindex.index;

import io.litindex.IndexUnavailableException;
import java.util.Objects;
import org.apache.lucene.store.Directory;

/**
 * Advanced: indexers over a Lucene {@link Directory} you own (an in-memory {@code ByteBuffersDirectory}, a
 * directory of your own kind), and the check a searcher makes on opening one. Most programs want
 * {@link Indexer#open(java.nio.file.Path)} instead, which needs no Lucene type. This class is the only place
 * where the index API takes one.
 */
public final class LuceneIndexers {
    private LuceneIndexers() {}

    /**
     * Writes to a directory the caller owns, creating an index there when it holds none.
     *
     * @param directory the directory; the caller closes it after the indexer
     * @return an indexer, with the commit and close semantics of {@link Indexer}
     * @throws IndexUnavailableException when the directory holds an index that cannot be used, or is locked
     */
    public static Indexer open(Directory directory) {
        Objects.requireNonNull(directory, "directory == null");
        return Indexer.open(directory, directory.toString());
    }

    /**
     * As {@link #open(Directory)}, naming the index {@code location} in messages.
     *
     * @param directory the directory; the caller closes it after the indexer
     * @param location how messages name the index ("memory", say)
     * @return an indexer
     */
    public static Indexer open(Directory directory, String location) {
        return Indexer.open(directory, location);
    }

    /**
     * Checks that the latest commit in {@code directory} can be read, was written by this schema version, and,
     * for an index on disk, that its files are intact: what {@code Searcher.open} checks.
     *
     * @param directory the directory
     * @param location how the message names the index
     * @throws IndexUnavailableException naming {@code location} when the index cannot be used
     */
    public static void checkOnOpen(Directory directory, String location) {
        IndexHealth.checkOnOpen(directory, location);
    }
}
