package io.litindex.cli;

import io.litindex.model.SearchResult;
import io.litindex.model.SearchRequest;
import io.litindex.model.Entry;
import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.ingest.JsonEntries;
import io.litindex.ingest.Sources;
import io.litindex.search.Evaluation;
import io.litindex.search.Judgments;
import io.litindex.search.SearchBackend;
import io.litindex.search.Searcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litindex eval}: nDCG@10 and MRR@10 of litindex and of a naive BM25 baseline on judged queries. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        header = "Measure ranking quality: nDCG@10 and MRR@10 of litindex and of a naive baseline.",
        description = {"Runs every judged query through litindex and through a naive baseline (StandardAnalyzer and BM25",
            "over each entry's concatenated text) and prints both systems' mean nDCG@10 and MRR@10.",
            "Without --judgments, uses the judged queries bundled for the bundled catalog.",
            "With --list, evaluates on an index built in memory from the lists (read as import reads them) instead of an index folder."},
        footer = {"", "Judgments file: one 'query<TAB>target<TAB>grade' per line, where the target is an entry id, one of the",
            "entry's links (its paper URL; compared exactly, a trailing slash aside) or 'title:' and its title;",
            "grade 2 (what the query is after),",
            "1 (related) or 0; '#' starts a comment; entries not listed count as 0. Targets that name no entry are listed",
            "and count as missed.",
            "", "Exit codes: 0 evaluated; 1 a list cannot be read or gives no entries; 2 invalid usage or an unreadable",
            "or malformed judgments file; 3 the index cannot be opened.",
            "", "Examples:", "  litindex eval", "  litindex eval --per-query", "  litindex eval --index my-index --judgments my-judgments.tsv",
            "  litindex eval --list README.md --judgments my-judgments.tsv"})
final class EvalCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    VenuesOption venues;

    @Mixin
    DebugOption debug;

    @Option(names = "--judgments", paramLabel = "FILE", description = "Judged queries to use instead of the bundled ones.")
    Path judgments;

    @Option(names = "--list", paramLabel = "LIST",
            description = "Evaluate on these lists (Markdown, .json or .jsonl; repeatable), indexed in memory, instead of an index.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--per-query", description = "Also print each query's nDCG@10 for both systems.")
    boolean perQuery;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (!lists.isEmpty() && spec.commandLine().getParseResult().hasMatchedOption("--index")) {
            throw new InvalidRequestException("--list and --index cannot be used together: evaluate on lists or on an index");
        }
        Judgments judged = judgments == null ? Judgments.bundled() : Judgments.load(judgments);
        Evaluation.Report report;
        if (lists.isEmpty() && index.cluster() != null) {
            try (SearchBackend searcher = index.open()) {
                report = Evaluation.run(searcher, allEntries(searcher), judged);
            }
        } else {
            try (Searcher searcher = lists.isEmpty() ? (Searcher) index.open() : fromLists()) {
                report = Evaluation.run(searcher, judged);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(JsonEntries.toPrettyJson(report));
            out.flush();
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%d judged queries (%s), cut-off %d%n", report.queries().size(), report.judgments(), Evaluation.CUTOFF);
        if (!report.unknownIds().isEmpty()) {
            out.printf(Locale.ROOT, "%d judged entries are not in the index and count as missed: %s%n",
                    report.unknownIds().size(), String.join(", ", report.unknownIds()));
        }
        if (perQuery) {
            int width = Math.max(5, report.queries().stream().mapToInt(q -> q.query().length()).max().orElse(5));
            out.println();
            String row = "%-" + width + "s  %8s  %8s%n";
            out.printf(Locale.ROOT, row, "query", "litindex", "baseline");
            for (Evaluation.QueryScore q : report.queries()) {
                out.printf(Locale.ROOT, row, q.query(), String.format(Locale.ROOT, "%.3f", q.ndcg()),
                        String.format(Locale.ROOT, "%.3f", q.baselineNdcg()));
            }
            out.println();
        }
        out.println("system    nDCG@10  MRR@10");
        out.printf(Locale.ROOT, "litindex  %7.3f  %6.3f%n", report.litindex().ndcg(), report.litindex().mrr());
        out.printf(Locale.ROOT, "baseline  %7.3f  %6.3f%n", report.baseline().ndcg(), report.baseline().mrr());
        out.flush();
        return ExitCodes.OK;
    }

    /** Every entry of an index, page by page in id order (for the baseline and the judged links). */
    static List<Entry> allEntries(SearchBackend searcher) {
        List<Entry> entries = new ArrayList<>();
        while (true) {
            SearchResult page = searcher.search(SearchRequest.builder().offset(entries.size()).limit(SearchRequest.MAX_LIMIT)
                    .highlight(false).build());
            page.hits().forEach(h -> entries.add(h.entry()));
            if (page.hits().size() < SearchRequest.MAX_LIMIT) {
                return entries;
            }
        }
    }

    /** The lists indexed in memory; their reading errors and counts go to stderr, as import reports them. */
    private Searcher fromLists() {
        SourceReport read = new SourceReport(Sources.readEach(lists, venues.venues()));
        PrintWriter err = spec.commandLine().getErr();
        read.printDiagnostics(err, false);
        err.println("litindex eval: " + read.counts(false));
        err.flush();
        if (read.merged.entries().isEmpty()) {
            throw new LitindexException("no entries to evaluate on in " + SourceReport.plural(lists.size(), "list", "lists"));
        }
        return Searcher.inMemory(read.merged.entries());
    }
}
