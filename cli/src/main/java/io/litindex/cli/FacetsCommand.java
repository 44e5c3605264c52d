package io.litindex.cli;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.FacetValue;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.SearchBackend;
import io.litindex.search.SearchBackend;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litindex facets}: the facet counts of the matching entries, without hits. */
@Command(
        name = "facets",
        mixinStandardHelpOptions = true,
        header = "Count matching entries by venue, year, section, kind, author and code.",
        description = "Takes the same query and filters as search; a filtered dimension still counts its other values.",
        footer = {"", "Examples:", "  litindex facets", "  litindex facets grounding --facet venue", "  litindex facets --year 2024 --format json"})
final class FacetsCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandLine.Model.CommandSpec spec;


    @Mixin
    FilterOptions filters;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--facet", paramLabel = "DIM", converter = FilterOptions.DimensionConverter.class,
            description = "Count this dimension (repeatable; default: all of them).")
    List<Dimension> facets = new ArrayList<>();

    @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "20", description = "Show at most N values per dimension (default: ${DEFAULT-VALUE}).")
    int facetLimit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = filters.request()
                .limit(0)
                .facets(facets.isEmpty() ? List.of(Dimension.values()) : facets)
                .facetLimit(facetLimit)
                .build();
        SearchResult result;
        try (SearchBackend searcher = index.open()) {
            result = searcher.search(request);
        }
        FilterOptions.warnIfPartial(request, result, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("query", result.query());
            json.put("total", result.total());
            json.put("facets", result.facets());
            json.put("missing", result.missing());
            out.print(JsonEntries.toPrettyJson(json));
        } else {
            out.println(result.total() + (result.total() == 1 ? " entry" : " entries")
                    + (result.query().isEmpty() ? "" : " match '" + result.query() + "'") + ".");
            for (Map.Entry<String, List<FacetValue>> facet : result.facets().entrySet()) {
                out.println();
                out.println(facet.getKey());
                for (FacetValue v : facet.getValue()) {
                    out.printf("  %6d  %s%n", v.count(), TableFormat.elide(v.value(), Terminal.detect().width() - 10));
                }
                long missing = result.missing().getOrDefault(facet.getKey(), 0L);
                if (missing > 0) {
                    // the entries without a value, so that the counts add up
                    out.printf("  %6d  (no %s)%n", missing, facet.getKey().replace('_', ' '));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
