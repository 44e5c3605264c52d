package io.litindex.cli;

import io.litindex.LitindexException;
import io.litindex.index.Indexer;
import io.litindex.ingest.Sources;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code litindex index}: builds or updates an on-disk index from lists and entry files. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        header = "Build or update an on-disk index from lists (.md), JSON arrays (.json) and JSON Lines (.jsonl).",
        description = {"Reads every source first and merges their entries (the same paper from several sources is one entry), "
                + "then writes them in one atomic commit: searchers see the old index or the new one, never a mix.",
            "An entry whose id is already in the index is replaced; --replace starts from an empty index. "
                + "If a source cannot be read, the index is left exactly as it was.",
            "Search the result with: litindex search --index DIR …"},
        footer = {"", "Exit codes: 0 indexed, every entry-like row read; 1 rows were skipped (the rest is indexed), "
                + "a source had no entries, or a source could not be read (the index is unchanged); 2 invalid usage; "
                + "3 the index is locked by another writer or cannot be opened.",
            "", "Examples:",
            "  litindex index README.md --index my-index",
            "  litindex index list-a.md list-b.md extra.jsonl --index my-index --replace",
            "  litindex search --index my-index grounding"})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Lists (.md, .txt …), entry arrays (.json) or JSON Lines (.jsonl).")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:" + IndexOption.ENV + ":-litindex-index}",
            description = "The index directory, created when missing (default: $" + IndexOption.ENV + " when it is set, else litindex-index).")
    Path index;

    @Option(names = "--replace", description = "Replace the whole index with these sources' entries (default: add to it).")
    boolean replace;

    @Option(names = {"-W", "--warnings"}, description = "Also report warnings (repaired mis-encoded text, empty links …).")
    boolean warnings;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        SourceReport report = new SourceReport(Sources.readEach(sources));
        PrintWriter err = spec.commandLine().getErr();
        report.printDiagnostics(err, warnings);
        if (report.merged.entries().isEmpty()) {
            throw new LitindexException("no entries to index in " + SourceReport.plural(sources.size(), "source", "sources")
                    + "; the index " + index + " was not changed");
        }
        try (Indexer indexer = Indexer.open(index, replace)) {
            indexer.putAll(report.merged.entries());
            indexer.commit();
        }
        err.println("litindex index: " + report.counts(warnings) + "; " + (replace ? "replaced" : "updated") + " index "
                + index + "; " + SourceReport.seconds(start));
        err.flush();
        return report.exitCode();
    }
}
