package io.litindex;

/** A {@code Searcher} or {@code Indexer} used after it was closed. */
public class IndexClosedException extends LitindexException {
    private static final long serialVersionUID = 1L;

    /**
     * The error for a closed searcher or indexer.
     *
     * @param what what was closed, as "searcher" or "indexer"
     * @param location the index it worked on
     * @param cause the exception Lucene threw, or null
     */
    public IndexClosedException(String what, String location, Throwable cause) {
        super("this " + what + " of index " + location + " is closed", cause);
    }
}
