package io.litindex;

import java.util.Objects;

/**
 * An index that cannot be used: missing, locked by another writer, built by another schema, damaged or
 * unreadable. {@link #reason()} says which, so that a program can react (build the index, wait, rebuild
 * it) without reading the message; the CLI maps every reason to exit code 3 and adds the command that cures it.
 */
public class IndexUnavailableException extends LitindexException {
    private static final long serialVersionUID = 1L;

    /** Why an index cannot be used. */
    public enum Reason {
        /** There is no index at the location: build one. */
        MISSING,
        /** Another writer holds the index's lock (another {@code Indexer}, in this program or another): wait for it to close. */
        LOCKED,
        /** The index was built by another litindex schema version, or in a file format this Lucene cannot read: rebuild it. */
        OTHER_VERSION,
        /** The index's files are damaged (corrupt, truncated or missing): rebuild it. */
        DAMAGED,
        /** The index cannot be read or written for another reason (permissions, a file where a directory should be). */
        UNREADABLE
    }

    /** Why the index cannot be used. */
    private final Reason reason;
    /** The index's directory, or a name for an index in memory. */
    private final String location;

    /**
     * The error for an index that cannot be used.
     *
     * @param reason why it cannot be used
     * @param location the index's directory, or a name for an index in memory
     * @param message what is wrong, on one line, naming the index
     * @param cause the exception behind it, or null
     */
    public IndexUnavailableException(Reason reason, String location, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason == null");
        this.location = Objects.requireNonNull(location, "location == null");
    }

    /**
     * Why the index cannot be used.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The index concerned.
     *
     * @return its directory, or a name for an index in memory
     */
    public String location() {
        return location;
    }
}
