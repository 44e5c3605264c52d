package io.litindex.cli;

import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.index.Indexer;
import io.litindex.ingest.Sources;
import io.litindex.model.Entry;
import io.litindex.opensearch.OpenSearchIndexer;
import io.litindex.opensearch.OpenSearchSchema;
import io.litindex.opensearch.OpenSearchTarget;
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
            "Search the result with: litindex search --index DIR …",
            "With --opensearch URL the entries go to an OpenSearch 2.x cluster instead: into the index behind the alias "
                + "--index-name (made with litindex's settings and mappings when missing), in bulk batches retried when the "
                + "cluster is busy; an entry's id is its document id, so importing again updates in place. --replace builds a "
                + "new index and moves the alias to it in one step. Credentials go in the URL (https://USER:PASSWORD@HOST:9200) "
                + "or in $LITINDEX_OPENSEARCH_USERNAME and $LITINDEX_OPENSEARCH_PASSWORD; they are never printed."},
        footer = {"", "Exit codes: 0 indexed, every entry-like row read; 1 rows were skipped (the rest is indexed), "
                + "a source had no entries, or a source could not be read (the index is unchanged); 2 invalid usage; "
                + "3 the index is locked by another writer or cannot be opened, or the OpenSearch index was made by another program "
                + "or another schema; 4 the OpenSearch cluster cannot be reached, refuses the credentials, or is not OpenSearch 2.x. "
                + "Entries the cluster did not take are listed one per line (exit code 1).",
            "", "Examples:",
            "  litindex index README.md --index my-index",
            "  litindex index list-a.md list-b.md extra.jsonl --index my-index --replace",
            "  litindex search --index my-index grounding",
            "  litindex index README.md --opensearch http://127.0.0.1:9200 --index-name papers --replace"})
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

    @Option(names = "--opensearch", paramLabel = "URL",
            description = "Index into this OpenSearch 2.x cluster instead of a directory (several node URLs separated by commas).")
    String opensearch;

    @Option(names = "--index-name", paramLabel = "NAME",
            description = "With --opensearch: the alias searchers use (default: " + OpenSearchIndexer.DEFAULT_NAME + ").")
    String indexName;

    @Option(names = {"-W", "--warnings"}, description = "Also report warnings (repaired mis-encoded text, empty links …).")
    boolean warnings;

    @Mixin
    VenuesOption venues;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        SourceReport report = new SourceReport(Sources.readEach(sources, venues.venues()));
        PrintWriter err = spec.commandLine().getErr();
        report.printDiagnostics(err, warnings);
        if (report.merged.entries().isEmpty()) {
            throw new LitindexException("no entries to index in " + SourceReport.plural(sources.size(), "source", "sources")
                    + "; the index " + index + " was not changed");
        }
        if (opensearch == null && indexName != null) {
            throw new InvalidRequestException("--index-name names an OpenSearch index: give the cluster with --opensearch URL");
        }
        if (opensearch != null && spec.commandLine().getParseResult().hasMatchedOption("--index")) {
            throw new InvalidRequestException("--index (a directory) and --opensearch (a cluster) cannot be used together");
        }
        if (opensearch != null) {
            return toOpenSearch(report, start);
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

    /** The merged entries into an OpenSearch cluster, with a progress bar; every entry it did not take on its own line. */
    private int toOpenSearch(SourceReport report, long start) {
        PrintWriter err = spec.commandLine().getErr();
        String name = indexName != null ? indexName : OpenSearchIndexer.DEFAULT_NAME;
        OpenSearchIndexer.checkName(name);
        OpenSearchTarget target = OpenSearchTarget.parse(opensearch);
        List<Entry> entries = report.merged.entries();
        OpenSearchIndexer.Report result;
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, name, OpenSearchSchema.standard(), OpenSearchIndexer.Options.defaults());
                Progress progress = Progress.start("indexing", entries.size(), "entries", err)) {
            result = indexer.index(entries, replace, progress::set);
        }
        for (OpenSearchIndexer.FailedEntry failed : result.failed()) {
            err.println("litindex index: entry " + failed.id() + " not indexed: "
                    + (failed.status() > 0 ? failed.status() + " " : "") + failed.reason());
        }
        String what;
        if (replace && !result.swapped()) {
            what = "the new index was dropped, '" + name + "' still points to the old one";
        } else {
            what = (result.swapped() ? (replace ? "replaced" : "created") : "updated") + " OpenSearch index '" + name + "' ("
                    + result.index() + ") on " + target;
        }
        err.println("litindex index: " + report.counts(warnings) + "; " + result.indexed() + " indexed"
                + (result.failed().isEmpty() ? "" : ", " + result.failed().size() + " not taken") + "; " + what + "; "
                + SourceReport.seconds(start));
        err.flush();
        return result.failed().isEmpty() ? report.exitCode() : ExitCodes.FAILURE;
    }
}
