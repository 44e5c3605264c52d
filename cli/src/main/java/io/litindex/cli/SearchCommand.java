package io.litindex.cli;

import io.litindex.export.ExportFormat;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchParameters;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.SortOrder;
import io.litindex.search.SearchBackend;
import io.litindex.search.SearchBackend;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litindex search}: ranked hits with facet counts. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        header = "Search entries: ranked hits, highlights and facet counts.",
        description = {"Ranks entries by how well title, authors, venue, sections and note match the query (title counts most).",
            "Without a query it lists every entry, so filters, sorting and facets alone browse the catalog."},
        footer = {"", "Examples:",
            "  litindex search \"visual grounding\"",
            "  litindex search \"remote sensing\" --year 2023 --format json",
            "  litindex search --year 2024 --sort newest",
            "  litindex search agents --facet venue --facet year",
            "  litindex search clip --venue T-GRS --venue arXiv --has-code",
            "  litindex search grounding --format bibtex > grounding.bib",
            "  litindex search \"visual grounding\" --explain",
            "",
            "Formats: table (for people), json (one object: query, total, hits, facets), jsonl (one hit per line),",
            "csv, bibtex and markdown (the entries of the hits on this page, as 'litindex export' writes them)."})
final class SearchCommand implements Callable<Integer> {
    /** Output formats of search: the table for people, JSON for programs, and the export formats of the hits' entries. */
    enum Format { table, json, jsonl, csv, bibtex, markdown }

    @Spec
    CommandLine.Model.CommandSpec spec;


    @Mixin
    FilterOptions filters;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--sort", paramLabel = "ORDER", converter = SortConverter.class, defaultValue = "relevance",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--facet", paramLabel = "DIM", converter = FilterOptions.DimensionConverter.class,
            description = "Count this dimension (repeatable): venue, year, section, kind, author, has_code (default: venue and year).")
    List<Dimension> facets = new ArrayList<>();

    @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "10",
            description = "Show at most N values per facet (default: ${DEFAULT-VALUE}).")
    int facetLimit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, jsonl, csv, bibtex or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--explain", description = "Explain each hit's score: the query words it matches and its score in named parts, largest first.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = filters.request()
                .explain(explain)
                .sort(sort)
                .limit(limit)
                .offset(offset)
                .facets(facets.isEmpty() ? SearchParameters.DEFAULT_FACETS : facets)
                .facetLimit(facetLimit)
                .build();
        SearchResult result;
        try (SearchBackend searcher = index.open()) {
            result = searcher.search(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        FilterOptions.warnIfPartial(request, result, spec.commandLine().getErr());
        switch (format) {
            case table -> {
                DidYouMean.line(result).ifPresent(out::println);
                new TableFormat(Terminal.detect()).print(result, offset, request.hasFilters(), out);
            }
            case json -> out.print(JsonEntries.toPrettyJson(result));
            case jsonl -> result.hits().forEach(hit -> out.print(JsonEntries.toJson(hit) + "\n"));
            case csv -> ExportFormat.CSV.writer().write(entries(result), out);
            case bibtex -> ExportFormat.BIBTEX.writer().write(entries(result), out);
            case markdown -> ExportFormat.MARKDOWN.writer().write(entries(result), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<Entry> entries(SearchResult result) {
        return result.hits().stream().map(Hit::entry).toList();
    }

    static final class SortConverter implements CommandLine.ITypeConverter<SortOrder> {
        @Override
        public SortOrder convert(String value) {
            try {
                return SortOrder.parse(value);
            } catch (io.litindex.InvalidRequestException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
