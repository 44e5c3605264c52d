package io.litindex.cli;

/** litindex's exit codes, as documented in the README. */
public final class ExitCodes {
    /** Success; a search with zero hits included. */
    public static final int OK = 0;
    /** Failure, or lint problems found by {@code check}, or rows skipped by {@code import}. */
    public static final int FAILURE = 1;
    /** Invalid usage: an unknown option, a bad value, a malformed query. */
    public static final int USAGE = 2;
    /** The index is missing, locked by another writer, built by another schema, or unreadable. */
    public static final int INDEX = 3;
    /** The OpenSearch cluster cannot be reached, refuses the credentials, or is not OpenSearch 2.x. */
    public static final int CLUSTER = 4;

    private ExitCodes() {}
}
