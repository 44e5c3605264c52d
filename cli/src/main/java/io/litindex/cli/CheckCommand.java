package io.litindex.cli;

import io.litindex.ingest.Coverage;
import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ListChecker;
import io.litindex.ingest.SourceException;
import io.litindex.ingest.Sources;
import io.litindex.ingest.fields.Venues;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litindex check}: lints lists. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        header = "Lint lists: duplicates, one link for two titles, empty links, rows without a title or date, bad encoding, cell counts.",
        description = {"Prints one finding per line on stdout, as file:line: level: message, ordered by line; then, on stderr, "
                + "a coverage line per list (entries; how many have authors / a venue / a year) and the counts of findings.",
            "Errors: a row skipped for having no title, an unreadable date, a row with more cells than its header, "
                + "a table row outside any table, one paper link given to two titles, a paper listed twice in one section, "
                + "a line that is not UTF-8, a list without entries, a file that cannot be read.",
            "Warnings: mis-encoded text (read repaired), an empty link, a row with fewer cells than its header, "
                + "a paper listed in two sections, a table without a title column, a list item with a title but no link."},
        footer = {"", "Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 invalid usage.",
            "", "Examples:", "  litindex check README.md", "  litindex check list-a.md list-b.md | grep error"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LIST", description = "Lists to check (Markdown; .json and .jsonl files get the reader's findings).")
    List<Path> lists = new ArrayList<>();

    @Mixin
    VenuesOption venues;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Venues known = venues.venues();
        ListChecker checker = new ListChecker(known);
        int errors = 0;
        int warnings = 0;
        List<String> coverage = new ArrayList<>();
        for (Path list : lists) {
            List<Diagnostic> findings;
            try {
                findings = checker.check(list);
            } catch (SourceException e) {
                out.println(list + ": error: " + e.getMessage());
                errors++;
                continue;
            }
            for (Diagnostic d : findings) {
                out.println(d);
                if (d.level() == Diagnostic.Level.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            try {
                coverage.add(list.getFileName() + ": " + Coverage.of(Sources.read(list, known).entries()).summary());
            } catch (SourceException e) {
                // reported above by the checker
            }
        }
        out.flush();
        coverage.forEach(err::println);
        err.println("litindex check: " + SourceReport.plural(errors, "error", "errors") + ", "
                + SourceReport.plural(warnings, "warning", "warnings") + " in " + SourceReport.plural(lists.size(), "list", "lists"));
        err.flush();
        return errors > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
