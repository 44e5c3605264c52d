package io.litindex.cli;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Hit;
import io.litindex.search.SearchBackend;
import io.litindex.search.SearchBackend;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litindex related <id>}: the entries most like one entry. */
@Command(
        name = "related",
        mixinStandardHelpOptions = true,
        header = "List the entries most like one entry (by title, note, sections and source paper).",
        description = {"A dataset's paper and a paper's datasets come first, then the entries whose words are most alike.",
            "The entry itself is never listed. Entry ids are shown by 'search --format json'."},
        footer = {"", "Examples:", "  litindex related 2401.09712", "  litindex related skyeye-968k --limit 3 --format json"})
final class RelatedCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The entry's id (an arXiv id such as 2401.09712, a DOI or a slug).")
    String id;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Show at most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        List<Hit> hits;
        try (SearchBackend searcher = index.open()) {
            hits = searcher.related(id, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("related", hits);
            out.print(JsonEntries.toPrettyJson(json));
        } else if (hits.isEmpty()) {
            out.println("No entries are related to " + id + ".");
        } else {
            int width = Terminal.detect().width();
            int titleWidth = Math.max(20, width - 2 - 2 - 14 - 2 - 4);
            out.println(String.format("%-2s  %-" + titleWidth + "s  %-14s  %s", "#", "Title", "Venue", "Year"));
            int rank = 0;
            for (Hit hit : hits) {
                rank++;
                out.println(String.format("%-2d  %-" + titleWidth + "s  %-14s  %s", rank,
                        TableFormat.elide(hit.entry().title(), titleWidth),
                        TableFormat.elide(hit.entry().venue() == null ? "-" : hit.entry().venue(), 14),
                        hit.entry().year() == null ? "-" : hit.entry().year()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
