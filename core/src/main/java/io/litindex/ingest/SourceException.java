package io.litindex.ingest;

import io.litindex.LitindexException;

/** A source that cannot be read at all: missing, unreadable, a directory, binary, or too large. One line for the user. */
public class SourceException extends LitindexException {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
