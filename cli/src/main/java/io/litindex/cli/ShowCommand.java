package io.litindex.cli;

import io.litindex.LitindexException;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.Source;
import io.litindex.search.SearchBackend;
import io.litindex.search.SearchBackend;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litindex show <id>}: one entry, every field and every link. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        header = "Show one entry: every field and every link.",
        description = "The id is the one search prints in its JSON output: an arXiv id (2401.09712), a DOI, or a slug of the title.",
        footer = {"", "Examples:", "  litindex show 2401.09712", "  litindex show skyeye-968k --format json",
            "  litindex show 2311.15826 --index my-index"})
final class ShowCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final int LABEL_WIDTH = 14;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The entry's id.")
    String id;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Entry entry;
        List<Entry> datasets;
        try (SearchBackend searcher = index.open()) {
            Optional<Entry> found = searcher.get(id.strip());
            if (found.isEmpty()) {
                throw new LitindexException("no entry with id '" + id + "' in " + index.describe() + suggestion(searcher, id));
            }
            entry = found.get();
            datasets = format == Format.text ? searcher.datasetsFrom(entry.id()) : List.of();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(JsonEntries.toPrettyJson(entry));
        } else {
            Terminal terminal = Terminal.detect();
            print(entry, terminal, out);
            list(out, terminal, "datasets", datasets.stream().map(d -> d.title() + " [" + d.id() + "]").toList());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** "; did you mean …" with the ids of the entries that match the id as a query, if any. */
    static String suggestion(SearchBackend searcher, String id) {
        String words = id.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<Hit> hits = words.isEmpty() ? List.of() : searcher.search(SearchRequest.builder().query(words).limit(3).build()).hits();
        if (hits.isEmpty()) {
            return " (search for it: litindex search <words of its title>)";
        }
        return "; did you mean " + hits.stream().map(h -> h.entry().id()).collect(Collectors.joining(", ")) + "?";
    }

    /** The entry for people: the title, then one labelled line per field, lists one value per line. */
    static void print(Entry e, Terminal terminal, PrintWriter out) {
        out.println(terminal.bold(e.title()));
        field(out, terminal, "id", e.id());
        field(out, terminal, "kind", e.kind().id());
        if (!e.authors().isEmpty() || e.etAl()) {
            field(out, terminal, "authors", String.join(", ", e.authors()) + (e.etAl() ? (e.authors().isEmpty() ? "" : ", ") + "et al." : ""));
        }
        if (e.venue() != null) {
            field(out, terminal, "venue", e.venue() + (e.venueAsWritten() != null ? " (written: " + e.venueAsWritten() + ")" : ""));
        }
        if (e.date() != null || e.year() != null) {
            field(out, terminal, "date", e.date() != null ? e.date() : e.year().toString());
        }
        list(out, terminal, "sections", e.sections());
        // every link, several of a kind one per line, the list's label after the URL
        list(out, terminal, "links", e.links().stream()
                .map(l -> TableFormat.pad(l.kind(), 8) + " " + l.url() + (l.label() == null ? "" : "  (" + l.label() + ")")).toList());
        if (e.note() != null) {
            field(out, terminal, "note", e.note());
        }
        // the list's legend for the short forms the entry writes ("Geo-Loc. = Geo-Localization")
        list(out, terminal, "legend", e.legend().entrySet().stream().map(d -> d.getKey() + " = " + d.getValue()).toList());
        if (e.sourcePaper() != null) {
            list(out, terminal, "from paper", List.of(e.sourcePaper().title()
                    + (e.sourcePaper().id() != null ? " [" + e.sourcePaper().id() + "]" : ""),
                    e.sourcePaper().url() == null ? "" : e.sourcePaper().url()).stream().filter(s -> !s.isEmpty()).toList());
        }
        if (e.size() != null || e.sizeAsWritten() != null) {
            field(out, terminal, "size", e.sizeAsWritten() != null && e.size() != null
                    ? String.format(java.util.Locale.ROOT, "%s (%,d)", e.sizeAsWritten(), e.size())
                    : e.sizeAsWritten() != null ? e.sizeAsWritten() : e.size().toString());
        }
        list(out, terminal, "sources", e.sources().stream().map(Source::toString).toList());
    }

    private static void field(PrintWriter out, Terminal terminal, String label, String value) {
        out.println("  " + terminal.dim(TableFormat.pad(label, LABEL_WIDTH)) + value);
    }

    private static void list(PrintWriter out, Terminal terminal, String label, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            field(out, terminal, i == 0 ? label : "", values.get(i));
        }
    }
}
