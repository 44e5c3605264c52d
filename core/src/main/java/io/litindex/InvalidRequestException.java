package io.litindex;

/** A search request, query or argument that cannot be honoured as given (the CLI maps it to exit code 2). */
public class InvalidRequestException extends LitindexException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
