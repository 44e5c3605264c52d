package io.litindex.search;

import io.litindex.IndexUnavailableException;
import io.litindex.index.IndexHealth;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.store.Directory;

/**
 * Advanced: searchers over a Lucene {@link Directory} you own, for programs that already manage Lucene
 * directories (an index read from a jar into memory, a directory of your own kind). Most programs want
 * {@link Searcher#open(java.nio.file.Path)} or {@link Searcher#inMemory(java.util.Collection)} instead, which
 * need no Lucene type. This class is the only place where the search API takes one.
 */
public final class LuceneSearchers {
    private LuceneSearchers() {}

    /**
     * Searches the litindex index in a directory the caller owns, with the configured synonyms.
     *
     * @param directory a directory holding an index written by litindex; the caller closes it after the searcher
     * @return a searcher, which the caller closes before the directory
     * @throws IndexUnavailableException as {@link Searcher#open(java.nio.file.Path)} does
     */
    public static Searcher open(Directory directory) {
        return open(directory, Synonyms.configured());
    }

    /**
     * Searches the litindex index in a directory the caller owns, with these synonyms. The index is checked as
     * {@link Searcher#open(java.nio.file.Path)} checks one: its latest commit readable, written by this schema
     * version, its files intact.
     *
     * @param directory a directory holding an index written by litindex; the caller closes it after the searcher
     * @param synonyms the query-time synonyms
     * @return a searcher, which the caller closes before the directory
     * @throws IndexUnavailableException when the directory holds no index, or one that cannot be used
     */
    public static Searcher open(Directory directory, Synonyms synonyms) {
        Objects.requireNonNull(directory, "directory == null");
        Objects.requireNonNull(synonyms, "synonyms == null");
        try {
            return Searcher.openChecked(directory, false, directory.toString(), synonyms);
        } catch (IOException e) {
            throw IndexHealth.unreadable(directory.toString(), e);
        }
    }
}
