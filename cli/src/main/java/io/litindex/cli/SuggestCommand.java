package io.litindex.cli;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Suggestion;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litindex suggest <prefix>}: autocomplete over model and dataset names, titles and authors. */
@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        header = "Complete what has been typed to model and dataset names, titles and authors.",
        description = {"The last word is a prefix; earlier words must match whole. Any word of a name or title may match,",
            "and compound names match by their parts (clip → RemoteCLIP, GeoRSCLIP). Names come first, then titles, then authors."},
        footer = {"", "Examples:", "  litindex suggest sky", "  litindex suggest \"remote sensing ch\"", "  litindex suggest zh --format json"})
final class SuggestCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PREFIX", description = "What has been typed so far.")
    List<String> typed = new ArrayList<>();

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Show at most N suggestions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        String text = String.join(" ", typed);
        List<Suggestion> suggestions;
        try (SearchBackend searcher = index.open()) {
            suggestions = searcher.suggest(text, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("prefix", text);
            json.put("suggestions", suggestions);
            out.print(JsonEntries.toPrettyJson(json));
        } else if (suggestions.isEmpty()) {
            out.println("No suggestions for '" + text + "'.");
        } else {
            int textWidth = Math.max(20, Terminal.detect().width() - 2 - 6 - 2 - 24);
            for (Suggestion s : suggestions) {
                String line = String.format("%-" + textWidth + "s  %-6s", TableFormat.elide(s.text(), textWidth), s.type().id());
                out.println((s.id() == null ? line : line + "  " + s.id()).stripTrailing());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
