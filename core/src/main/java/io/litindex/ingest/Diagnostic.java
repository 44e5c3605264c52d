package io.litindex.ingest;

import java.util.Objects;

/**
 * Something a reader noticed in a source, with its place: {@code file:line: level: message}, as compilers print
 * them.
 *
 * @param file the source's file name
 * @param line the 1-based line it concerns (for a finding about the whole list, the line of its first entry)
 * @param level how serious it is
 * @param message what was noticed and what was done about it, on one line
 */
public record Diagnostic(String file, int line, Level level, String message) {
    /** How serious it is: an error means a row was skipped or is wrong; a warning, that it was read with a repair. */
    public enum Level {
        /** A row was skipped, or data was lost, guessed or is probably wrong. */
        ERROR,
        /** A row was read exactly all the same, with a repair (mis-encoded text, an empty link …). */
        WARNING;

        /**
         * The lower-case name printed in a diagnostic.
         *
         * @return "error" or "warning"
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Checks that file, level and message are there.
     *
     * @param file the source's file name
     * @param line the 1-based line
     * @param level how serious it is
     * @param message what was noticed
     */
    public Diagnostic {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(message, "message == null");
    }

    /**
     * The diagnostic as printed.
     *
     * @return {@code file:line: level: message}
     */
    @Override
    public String toString() {
        return file + ":" + line + ": " + level.id() + ": " + message;
    }
}
