package io.litindex.cli;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.FacetValue;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.IndexInfo;
import io.litindex.search.Searcher;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** More values than any dimension of a real index has, so that every value is counted. */
    private static final int ALL_VALUES = 10_000;

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
        IndexInfo info;
        SearchResult counts;
        try (Searcher searcher = index.open()) {
            info = searcher.info();
            counts = searcher.search(SearchRequest.builder().limit(0)
                    .facet(Dimension.KIND, Dimension.VENUE, Dimension.YEAR, Dimension.HAS_CODE)
                    .facetLimit(ALL_VALUES).build());
        }
        List<FacetValue> years = new ArrayList<>(counts.facet(Dimension.YEAR));
        years.sort(Comparator.comparing(FacetValue::value));
        long withCode = counts.facet(Dimension.HAS_CODE).stream().filter(v -> v.value().equals("true"))
                .mapToLong(FacetValue::count).sum();
        String location = index.bundled() ? index.describe() : info.location();

        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("location", location);
            json.put("entries", info.entries());
            json.put("sizeBytes", info.sizeBytes());
            Map<String, Object> builtBy = new LinkedHashMap<>();
            builtBy.put("litindex", info.builtBy());
            builtBy.put("schema", info.schemaVersion());
            json.put("builtBy", builtBy);
            json.put("withCode", withCode);
            json.put("kinds", counts.facet(Dimension.KIND));
            json.put("venues", counts.facet(Dimension.VENUE));
            json.put("years", years);
            out.print(JsonEntries.toPrettyJson(json));
        } else {
            Terminal terminal = Terminal.detect();
            out.println(terminal.bold(info.entries() + (info.entries() == 1 ? " entry" : " entries")) + ", "
                    + withCode + " with code");
            out.println("  index     " + location);
            out.println("  size      " + bytes(info.sizeBytes()));
            out.println("  built by  litindex " + (info.builtBy() == null ? "(unknown)" : info.builtBy())
                    + ", schema " + (info.schemaVersion() == null ? "(unknown)" : info.schemaVersion()));
            section(out, terminal, "by kind", counts.facet(Dimension.KIND));
            section(out, terminal, "by venue", counts.facet(Dimension.VENUE));
            section(out, terminal, "by year", years);
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
