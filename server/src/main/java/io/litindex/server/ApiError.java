package io.litindex.server;

/** A request the API answers with an error status and a JSON body naming the problem (an unknown id: 404). */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }
}
