package io.litindex.export;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a write that may fail with the sink's {@link IOException}, failing with an {@link UncheckedIOException} instead. */
final class Unchecked {
    /** A write to a character sink. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private Unchecked() {}

    static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
