package io.litindex.cli;

import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.SearchRequest;
import io.litindex.search.SearchBackend;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litindex explain <query> <id>}: why one entry ranks where it does for a query, in the hits or not. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        header = "Explain why one entry ranks where it does for a query.",
        description = {"The last word is the entry's id (search --format json prints ids); the words before it are the query.",
            "Prints the entry's rank, the query words it matches, and its score in named parts, largest first:",
            "title words, sections/headings, note, authors, venue, name/alias, words close together, and each",
            "reading of a query word (typo, synonym, acronym, related term …) at its own, reduced weight."},
        footer = {"", "Examples:",
            "  litindex explain \"visual grounding\" 2311.15826",
            "  litindex explain grouding 2311.15826 --format json",
            "  litindex search \"visual grounding\" --explain     # every hit on the page",
            "",
            "An id the index does not hold is exit code 1."})
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        List<String> words = filters.query;
        if (words.size() < 2) {
            throw new InvalidRequestException("explain needs a query and an entry id: litindex explain QUERY… ID");
        }
        String id = words.get(words.size() - 1).strip();
        SearchRequest request = filters.applyTo(SearchRequest.builder())
                .query(String.join(" ", words.subList(0, words.size() - 1))).limit(1).build();
        ScoreExplanation why;
        Entry entry;
        Hit first;
        try (SearchBackend searcher = index.open()) {
            Optional<ScoreExplanation> found = searcher.explain(request, id);
            if (found.isEmpty()) {
                throw new LitindexException("no entry with id '" + id + "' in " + index.describe() + ShowCommand.suggestion(searcher, id));
            }
            why = found.get();
            entry = searcher.get(id).orElseThrow();
            first = why.rank() != null && why.rank() > 1 ? searcher.search(request.toBuilder().explain(true).build()).hits().get(0) : null;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(JsonEntries.toPrettyJson(why));
        } else {
            Terminal terminal = Terminal.detect();
            out.println(terminal.bold(entry.title()) + " [" + entry.id() + "]");
            String query = "'" + request.query() + "'" + (request.hasFilters() ? " with these filters" : "");
            out.println(why.rank() != null ? "rank " + why.rank() + " for " + query
                    : why.matches() ? "matches " + query + " but not the filters" : "not found by " + query);
            ExplainFormat.print(why, "  ", terminal, out);
            if (first != null && first.explanation() != null) {
                out.println(TableFormat.elide("first: " + first.entry().title() + " [" + first.entry().id() + "]", terminal.width()));
                ExplainFormat.print(first.explanation(), "  ", terminal, out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
