package io.litindex.export;

import io.litindex.model.Entry;
import java.util.List;

/** Writes a list of entries in one format to a character sink. */
public interface EntryWriter {
    /**
     * Writes {@code entries}, in the order given, to {@code out}.
     *
     * @param entries the entries
     * @param out where to write: a {@code Writer}, a {@code StringBuilder}, a {@code PrintStream} …
     * @throws java.io.UncheckedIOException wrapping the {@code IOException} of {@code out} when it fails
     */
    void write(List<Entry> entries, Appendable out);

    /**
     * The entries written to a string.
     *
     * @param entries the entries
     * @return what {@link #write} would write
     */
    default String toString(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        write(entries, sb);
        return sb.toString();
    }
}
