package io.litindex;

/**
 * Base of every error litindex reports on purpose; its message is one line meant for a person, in the
 * library's terms (what failed and why, never which command to run).
 *
 * <p>litindex-core throws unchecked exceptions only, and no method of it declares a checked one:
 * <ul>
 *   <li>a failure of litindex's own work is a {@code LitindexException}: {@link IndexUnavailableException} (an index
 *       that is missing, locked, damaged or of another schema), {@link IndexClosedException} (a searcher or indexer
 *       used after {@code close()}), {@link InvalidRequestException} (a query or argument that cannot be honoured),
 *       {@code io.litindex.ingest.SourceException} (a list that cannot be read at all), and plain
 *       {@code LitindexException} for the rest (a write that failed, a full disk);</li>
 *   <li>a failure of a stream or {@link Appendable} you hand in (the export writers, JSON reading and writing) is an
 *       {@link java.io.UncheckedIOException} wrapping that stream's {@link java.io.IOException};</li>
 *   <li>a programming error is what the JDK uses: {@link NullPointerException} for a null argument naming it,
 *       {@link IllegalArgumentException} for a value that can never be valid.</li>
 * </ul>
 * Catching {@code LitindexException} therefore catches every failure a user of your program can cause or cure.
 */
public class LitindexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure with a one-line message.
     *
     * @param message what failed and why, on one line
     */
    public LitindexException(String message) {
        super(message);
    }

    /**
     * A failure caused by another exception.
     *
     * @param message what failed and why, on one line
     * @param cause the exception that caused it (a Lucene or file-system exception, say), kept for debugging
     */
    public LitindexException(String message, Throwable cause) {
        super(message, cause);
    }
}
