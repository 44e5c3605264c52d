package io.litindex.ingest;

import io.litindex.LitindexException;

/** A source that cannot be read at all: missing, unreadable, a directory, binary, or too large. One line for the user. */
public class SourceException extends LitindexException {
    private static final long serialVersionUID = 1L;

    /**
     * The error for a source that cannot be read.
     *
     * @param message what is wrong, naming the file, on one line
     */
    public SourceException(String message) {
        super(message);
    }

    /**
     * The error for a source that cannot be read, caused by another exception.
     *
     * @param message what is wrong, naming the file, on one line
     * @param cause the file system's or parser's exception
     */
    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
