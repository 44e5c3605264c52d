package io.litindex.export;

import io.litindex.model.Entry;
import java.io.IOException;
import java.util.List;

/** Writes a list of entries in one format to a character sink. */
public interface EntryWriter {
    /**
     * Writes {@code entries}, in the order given, to {@code out}.
     *
     * @throws IOException when {@code out} fails
     */
    void write(List<Entry> entries, Appendable out) throws IOException;

    /** The entries written to a string. */
    default String toString(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        try {
            write(entries, sb);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return sb.toString();
    }
}
