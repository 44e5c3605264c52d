package io.litindex.cli;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.FacetValue;
import io.litindex.search.IndexStats;
import io.litindex.search.SearchBackend;
import io.litindex.search.SearchBackend;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litindex stats}: what an index holds, by kind, venue and year, and where it is and what built it. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        header = "Summarize an index: entries by kind, venue, year; location, size, version.",
        description = "The version is the litindex and schema version that built the index.",
        footer = {"", "Examples:", "  litindex stats", "  litindex stats --index my-index --format json"})
final class StatsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        IndexStats stats;
        try (SearchBackend searcher = index.open()) {
            stats = IndexStats.of(searcher);
        }
        if (index.bundled()) {
            stats = stats.withLocation(index.describe());
        }

        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(JsonEntries.toPrettyJson(stats));
        } else {
            Terminal terminal = Terminal.detect();
            out.println(terminal.bold(stats.entries() + (stats.entries() == 1 ? " entry" : " entries")) + ", "
                    + stats.withCode() + " with code");
            out.println("  index     " + stats.location());
            out.println("  size      " + bytes(stats.sizeBytes()));
            out.println("  built by  litindex " + (stats.builtBy().litindex() == null ? "(unknown)" : stats.builtBy().litindex())
                    + ", schema " + (stats.builtBy().schema() == null ? "(unknown)" : stats.builtBy().schema()));
            section(out, terminal, "by kind", stats.kinds());
            section(out, terminal, "by venue", stats.venues());
            section(out, terminal, "by year", stats.years());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void section(PrintWriter out, Terminal terminal, String title, List<FacetValue> values) {
        out.println();
        out.println(terminal.bold(title));
        for (FacetValue v : values) {
            out.printf(Locale.ROOT, "  %6d  %s%n", v.count(), TableFormat.elide(v.value(), terminal.width() - 10));
        }
    }

    /** 12345 is "12.1 KiB". */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
