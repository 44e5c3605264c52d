package io.litindex.ingest;

import java.util.Objects;

/** Something a reader noticed in a source, with its place: {@code file:line: level: message}. */
public record Diagnostic(String file, int line, Level level, String message) {
    /** How serious it is: an error means a row was skipped or is wrong; a warning, that it was read with a repair. */
    public enum Level {
        ERROR,
        WARNING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Diagnostic {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(message, "message == null");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + level.id() + ": " + message;
    }
}
