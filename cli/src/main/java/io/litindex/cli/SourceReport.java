package io.litindex.cli;

import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.Sources;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What reading some sources gave, as the import and index commands report it on stderr: the diagnostics
 * ({@code file:line: level: message}; errors always, warnings on request) and the counts for the summary line.
 */
final class SourceReport {
    final List<Sources.Read> reads;
    final ImportResult merged;
    final int rows;
    final int skipped;
    /** Rows left out on purpose as links to other lists, venues or licences. */
    final int notEntries;
    final long warnings;
    final long errors;
    /** Sources that gave no entry at all (an empty file, a page that is not a list). */
    final long empty;

    SourceReport(List<Sources.Read> reads) {
        this.reads = reads;
        this.merged = Sources.merge(reads.stream().map(Sources.Read::result).toList());
        this.rows = reads.stream().mapToInt(r -> r.result().entries().stream().mapToInt(e -> e.sources().size()).sum()).sum();
        this.skipped = merged.skipped();
        this.notEntries = merged.notEntries();
        this.warnings = merged.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.WARNING).count();
        this.errors = merged.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR).count();
        this.empty = reads.stream().filter(r -> r.result().entries().isEmpty()).count();
    }

    /** Prints the errors, and the warnings too when asked. */
    void printDiagnostics(PrintWriter err, boolean withWarnings) {
        for (Diagnostic d : merged.diagnostics()) {
            if (withWarnings || d.level() == Diagnostic.Level.ERROR) {
                err.println(d);
            }
        }
    }

    /** 0 when every entry-like row became an entry; 1 when rows were skipped or a source gave no entry. */
    int exitCode() {
        return skipped > 0 || empty > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** "577 entries (609 rows, 32 merged) from 1 list; 0 rows skipped; 22 warnings (--warnings shows them)". */
    String counts(boolean warningsShown) {
        int entries = merged.entries().size();
        StringBuilder sb = new StringBuilder();
        sb.append(plural(entries, "entry", "entries")).append(" (").append(plural(rows, "row", "rows")).append(" read, ")
                .append(rows - entries).append(" merged) from ").append(plural(reads.size(), "source", "sources"))
                .append("; ").append(plural(skipped, "row", "rows")).append(" skipped");
        if (notEntries > 0) {
            sb.append("; ").append(plural(notEntries, "row", "rows")).append(notEntries == 1 ? " not an entry" : " not entries")
                    .append(" (links to other lists, venues, licences)");
        }
        if (empty > 0) {
            sb.append("; ").append(plural((int) empty, "source", "sources")).append(" without entries");
        }
        if (warnings > 0) {
            sb.append("; ").append(plural((int) warnings, "warning", "warnings"));
            if (!warningsShown) {
                sb.append(" (--warnings or litindex check shows them)");
            }
        }
        return sb.toString();
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
