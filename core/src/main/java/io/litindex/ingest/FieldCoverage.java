package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check that a list's papers came out with venues and years: a list whose papers all lack one (a list in
 * a shape the readers do not know) gets one error saying so, instead of entries that silently miss it. It looks
 * only at the entries read, never at how their fields were read.
 */
public final class FieldCoverage {
    /** Below this many papers, a list without venues or years is plausible (a short list of preprints), and not reported. */
    public static final int MIN_PAPERS = 5;

    private FieldCoverage() {}

    /**
     * The errors for a list whose papers have no venue at all, or no year at all.
     *
     * @param listName the list's name, as diagnostics give it
     * @param entries the entries read from that list
     * @return one error per field no paper has, on the line of the first paper; none when every field is somewhere
     */
    public static List<Diagnostic> check(String listName, List<Entry> entries) {
        List<Entry> papers = entries.stream().filter(e -> e.kind() == Kind.PAPER).toList();
        List<Diagnostic> out = new ArrayList<>(2);
        if (papers.size() < MIN_PAPERS) {
            return out;
        }
        int line = papers.stream().flatMap(e -> e.sources().stream()).filter(s -> s.list().equals(listName))
                .mapToInt(Source::line).min().orElse(0);
        Coverage counted = Coverage.of(papers);
        missing(listName, line, papers.size(), "venue", counted.withVenue(), out);
        missing(listName, line, papers.size(), "year", counted.withYear(), out);
        return out;
    }

    /**
     * The result with the errors of {@link #check} added to its diagnostics.
     *
     * @param listName the list's name
     * @param result what a reader made of the list
     * @return the same result when nothing is missing, else one with the errors added
     */
    public static ImportResult withCoverage(String listName, ImportResult result) {
        List<Diagnostic> found = check(listName, result.entries());
        if (found.isEmpty()) {
            return result;
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(found);
        return new ImportResult(result.entries(), all, result.skipped(), result.notEntries());
    }

    private static void missing(String listName, int line, int papers, String field, int with, List<Diagnostic> out) {
        if (with == 0) {
            out.add(new Diagnostic(listName, line, Diagnostic.Level.ERROR, String.format(Locale.ROOT,
                    "none of the %d papers read from this list has a %s: the list gives them in a shape litindex does not read, "
                    + "or gives none", papers, field)));
        }
    }
}
