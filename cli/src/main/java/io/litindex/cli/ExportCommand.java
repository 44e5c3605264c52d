package io.litindex.cli;

import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.export.ExportFormat;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.SortOrder;
import io.litindex.search.SearchBackend;
import io.litindex.search.SearchBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litindex export}: the matching entries (all of them without a query) as BibTeX, CSV, JSON Lines, JSON or Markdown. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        header = "Export matching entries as BibTeX, CSV, JSON Lines, JSON or Markdown.",
        description = {"Takes the same query and filters as search and writes every matching entry, best match first",
            "(without a query: by id, or as --sort says).",
            "bibtex: @article for journals, @inproceedings for conferences, @misc for arXiv, datasets and the rest.",
            "csv: RFC 4180, a header row, lists one value per line inside a cell. json: one array (the catalog format).",
            "jsonl: one entry per line. markdown: tables under section headings that 'litindex import' reads back."},
        footer = {"", "Examples:",
            "  litindex export --format bibtex -o refs.bib",
            "  litindex export grounding --year 2024 --format csv > grounding.csv",
            "  litindex export --kind dataset -o datasets.md",
            "  litindex export --index my-index --format jsonl | jq .title"})
final class ExportCommand implements Callable<Integer> {
    /** Entries fetched per search while exporting. */
    static final int PAGE = 1000;

    @Spec
    CommandLine.Model.CommandSpec spec;


    @Mixin
    FilterOptions filters;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "bibtex, csv, jsonl, json or markdown (default: from the extension of --output, else json).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only once the export is complete) instead of standard output.")
    Path output;

    @Option(names = "--sort", paramLabel = "ORDER", converter = SearchCommand.SortConverter.class, defaultValue = "relevance",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    SortOrder sort;

    /** The time limit of an export's searches when --time-limit is not given: none worth the name. */
    static final Duration NO_TIME_LIMIT = Duration.ofDays(365);

    @Option(names = "--limit", paramLabel = "N", description = "Export at most N entries (default: all).")
    Integer limit;

    @Override
    public Integer call() throws Exception {
        if (limit != null && limit < 0) {
            throw new InvalidRequestException("invalid limit " + limit + ": must be 0 or more");
        }
        ExportFormat chosen = format != null ? format
                : output == null ? ExportFormat.JSON
                : ExportFormat.forFileName(output.getFileName().toString()).orElse(ExportFormat.JSON);
        List<Entry> entries = fetch();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            chosen.writer().write(entries, out);
            out.flush();
        } else {
            write(chosen, entries, output);
            spec.commandLine().getErr().println("litindex: wrote " + entries.size()
                    + (entries.size() == 1 ? " entry" : " entries") + " as " + chosen.id() + " to " + output);
        }
        return ExitCodes.OK;
    }

    /** Every matching entry, page by page, with a progress bar on a terminal when that takes a while. */
    private List<Entry> fetch() {
        // an export is a batch: without --time-limit its pages have no time limit (a year is Deadline's longest)
        SearchRequest.Builder request = filters.request().sort(sort);
        if (filters.timeLimit == null) {
            request.timeLimit(NO_TIME_LIMIT);
        }
        long wanted = limit == null ? Long.MAX_VALUE : limit;
        List<Entry> entries = new ArrayList<>();
        Progress progress = null;
        try (SearchBackend searcher = index.open()) {
            while (entries.size() < wanted) {
                int page = (int) Math.min(PAGE, wanted - entries.size());
                SearchRequest pageRequest = request.offset(entries.size()).limit(page).build();
                SearchResult result = searcher.search(pageRequest);
                if (result.partial()) {
                    throw new LitindexException("the export stopped at its time limit of " + pageRequest.timeLimit().toMillis()
                            + " ms after " + entries.size() + (entries.size() == 1 ? " entry" : " entries")
                            + "; nothing was written (give it longer with --time-limit, or leave it out for no limit)");
                }
                if (progress == null) {
                    progress = Progress.start("exporting", Math.min(wanted, result.total()), "entries", spec.commandLine().getErr());
                }
                for (Hit hit : result.hits()) {
                    entries.add(hit.entry());
                }
                progress.set(entries.size());
                if (result.hits().size() < page) {
                    break;
                }
            }
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        return entries;
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place, so a failed export leaves no half file. */
    private static void write(ExportFormat format, List<Entry> entries, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                format.writer().write(entries, w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException failed) {
            IOException e = failed instanceof UncheckedIOException u ? u.getCause() : (IOException) failed;
            throw new LitindexException("cannot write " + target + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more can be done about a temporary file that cannot be deleted
                }
            }
        }
    }

    /** Parses --format values, naming the problem in the message. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (InvalidRequestException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
