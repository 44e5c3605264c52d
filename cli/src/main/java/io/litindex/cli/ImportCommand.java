package io.litindex.cli;

import io.litindex.InvalidRequestException;
import io.litindex.ingest.JsonEntries;
import io.litindex.ingest.Sources;
import io.litindex.model.Entry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litindex import}: lists in, entries out, as JSON Lines or one JSON array. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        header = "Read awesome lists into entries: JSON Lines (one entry per line) or one JSON array.",
        description = {"Reads Markdown lists (tables and bullets; also .json and .jsonl entry files) and writes their entries.",
            "Several lists are merged: the same paper (arXiv id, DOI or title) becomes one entry with every section and source.",
            "Rows that could not be read are reported on stderr as file:line: error: message; warnings (repaired text, "
                + "empty links) only with --warnings. A summary line ends stderr."},
        footer = {"", "Exit codes: 0 every entry-like row became an entry; 1 rows were skipped, a list had no entries, "
                + "or a file could not be read (nothing is written then); 2 invalid usage.",
            "", "Examples:",
            "  litindex import README.md > entries.jsonl",
            "  litindex import list-a.md list-b.md --format json -o catalog.json",
            "  litindex import README.md -o /dev/null --warnings"})
final class ImportCommand implements Callable<Integer> {
    /** Output formats of import. */
    enum Format { jsonl, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LIST", description = "Lists to read: Markdown (.md, .txt …), .json or .jsonl.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (one entry per line) or json (one pretty-printed array, the catalog format) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the entries to FILE (atomically: all of it or nothing) instead of stdout.")
    Path output;

    @Option(names = {"-W", "--warnings"}, description = "Also report warnings (repaired mis-encoded text, empty links, duplicates merged …).")
    boolean warnings;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "0",
            description = "Benchmark: after the import, read the lists N times more (read, parse, merge; no output) and print "
                    + "the median, fastest and slowest time on stderr.")
    int repeat;

    @Mixin
    VenuesOption venues;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        if (repeat < 0) {
            throw new InvalidRequestException("--repeat must be 0 or more, not " + repeat);
        }
        long start = System.nanoTime();
        SourceReport report = new SourceReport(Sources.readEach(lists, venues.venues()));
        PrintWriter err = spec.commandLine().getErr();
        report.printDiagnostics(err, warnings);
        List<Entry> entries = report.merged.entries();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(render(entries));
            out.flush();
        } else {
            OutputFile.write(output, stream -> write(entries, stream));
        }
        err.println("litindex import: " + report.counts(warnings) + "; " + SourceReport.seconds(start));
        if (repeat > 0) {
            err.println("litindex import: " + timing(repeat));
        }
        err.flush();
        return report.exitCode();
    }

    /** Reads the lists {@code runs} times (read, parse and merge, as import does before writing) and sums up the times. */
    private String timing(int runs) {
        long[] millis = new long[runs];
        int entries = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            entries = Sources.merge(Sources.readEach(lists, venues.venues()).stream().map(Sources.Read::result).toList()).entries().size();
            millis[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        long median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        return String.format(java.util.Locale.ROOT, "read %d %s %d %s (read, parse, merge; no output): median %d ms, fastest %d ms, slowest %d ms",
                entries, entries == 1 ? "entry" : "entries", runs, runs == 1 ? "time" : "times", median, sorted[0], sorted[runs - 1]);
    }

    private String render(List<Entry> entries) {
        if (format == Format.json) {
            return JsonEntries.toPrettyJson(entries);
        }
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(JsonEntries.toJson(e)).append('\n');
        }
        return sb.toString();
    }

    private void write(List<Entry> entries, OutputStream out) throws IOException {
        if (format == Format.json) {
            JsonEntries.writeArray(entries, out);
            return;
        }
        for (Entry e : entries) {
            out.write(JsonEntries.toJson(e).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }
}
