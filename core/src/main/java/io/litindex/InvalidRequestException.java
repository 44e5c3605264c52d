package io.litindex;

/** A search request, query or argument that cannot be honoured as given (the CLI maps it to exit code 2). */
public class InvalidRequestException extends LitindexException {
    private static final long serialVersionUID = 1L;

    /**
     * The error for a request that cannot be honoured.
     *
     * @param message what is wrong with it and what would be accepted, on one line
     */
    public InvalidRequestException(String message) {
        super(message);
    }
}
