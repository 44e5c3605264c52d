package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;

/**
 * What a reader made of a source: the entries, and a diagnostic for every row it could not read or read
 * only with a repair. {@code skipped} counts the entry-like rows that became no entry (each has an error).
 */
public record ImportResult(List<Entry> entries, List<Diagnostic> diagnostics, int skipped) {
    public ImportResult {
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
    }
}
