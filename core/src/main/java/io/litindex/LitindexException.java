package io.litindex;

/** Base of every error litindex reports on purpose; its message is one line meant for the user. */
public class LitindexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LitindexException(String message) {
        super(message);
    }

    public LitindexException(String message, Throwable cause) {
        super(message, cause);
    }
}
