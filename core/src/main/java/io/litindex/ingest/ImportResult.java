package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;

/**
 * What reading one source (or several, merged) gave: the entries, and a diagnostic for every row that could not
 * be read, or was read only with a repair.
 *
 * <p>Nothing is lost without a word: every row, item, element or line that looks like an entry either became an
 * entry or has an error diagnostic and is counted in {@code skipped}. A repaired row (mis-encoded text, an empty
 * link) became an entry and has a warning. The entries of one source are merged already (the same paper listed
 * twice is one entry with both sections).
 *
 * @param entries the entries, in list order, with unique ids
 * @param diagnostics every finding, errors and warnings, in the order they were found
 * @param skipped how many entry-like rows became no entry (a row without a title, say); each has an error in
 *     {@code diagnostics}, so {@code skipped > 0} implies {@link #hasErrors()}
 * @param notEntries how many rows or items were read and left out on purpose as no paper: links to other lists
 *     (an "Awesome Lists" section, github.com/…/awesome-… repositories), to a venue's site or to a licence. They
 *     are no errors, and are counted so that none is lost without a word
 */
public record ImportResult(List<Entry> entries, List<Diagnostic> diagnostics, int skipped, int notEntries) {
    /**
     * Copies the lists, so that a result never changes.
     *
     * @param entries the entries
     * @param diagnostics the findings
     * @param skipped how many entry-like rows became no entry
     * @param notEntries how many rows were left out as links to other lists, venues or licences
     */
    public ImportResult {
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * A result with no row left out as a link to another list, venue or licence.
     *
     * @param entries the entries
     * @param diagnostics the findings
     * @param skipped how many entry-like rows became no entry
     */
    public ImportResult(List<Entry> entries, List<Diagnostic> diagnostics, int skipped) {
        this(entries, diagnostics, skipped, 0);
    }

    /**
     * Whether any diagnostic is an error: a row skipped, or data lost, guessed or probably wrong (a list whose papers
     * have no venue at all, say).
     *
     * @return true when there is an error
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
    }
}
