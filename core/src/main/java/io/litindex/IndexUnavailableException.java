package io.litindex;

/** An index that is missing, locked by another writer, built by another schema, or unreadable (exit code 3). */
public class IndexUnavailableException extends LitindexException {
    private static final long serialVersionUID = 1L;

    public IndexUnavailableException(String message) {
        super(message);
    }

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
