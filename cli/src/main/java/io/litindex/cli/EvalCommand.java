package io.litindex.cli;

import io.litindex.ingest.JsonEntries;
import io.litindex.search.Evaluation;
import io.litindex.search.Judgments;
import io.litindex.search.Searcher;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            "Without --judgments, uses the judged queries bundled for the bundled catalog."},
        footer = {"", "Judgments file: one 'query<TAB>entry id<TAB>grade' per line, grade 2 (what the query is after),",
            "1 (related) or 0; '#' starts a comment; entries not listed count as 0.",
            "", "Examples:", "  litindex eval", "  litindex eval --per-query", "  litindex eval --index my-index --judgments my-judgments.tsv"})
final class EvalCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--judgments", paramLabel = "FILE", description = "Judged queries to use instead of the bundled ones.")
    Path judgments;

    @Option(names = "--per-query", description = "Also print each query's nDCG@10 for both systems.")
    boolean perQuery;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Judgments judged = judgments == null ? Judgments.bundled() : Judgments.load(judgments);
        Evaluation.Report report;
        try (Searcher searcher = index.open()) {
            report = Evaluation.run(searcher, judged);
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
}
