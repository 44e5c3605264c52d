package io.litindex.ingest;

import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.ingest.fields.Venues;
import io.litindex.ingest.markdown.ListRun;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lints a list: everything the reader reports (rows without a title, unreadable dates, cell counts that differ
 * from the header, mis-encoded text, empty links, invalid UTF-8), plus what only shows across rows: the same
 * paper listed twice, and one paper link used for two different titles.
 *
 * <p>Errors are findings where data is lost, guessed or probably wrong: a skipped row, an unreadable date,
 * a row with more cells than its header, a line that is not UTF-8, one link for two titles, a paper listed twice
 * in one section, a list without entries. Warnings are findings litindex read exactly all the same: mis-encoded
 * text it repaired, an empty link, a row with fewer cells than its header, a paper listed in two sections, a
 * table without a title column, a list item with a title but no link.
 */
public final class ListChecker {
    private final MarkdownListReader reader;

    /** A checker that knows the venues litindex ships ({@code venues.tsv}). */
    public ListChecker() {
        this(Venues.standard());
    }

    /**
     * A checker that knows these venues.
     *
     * @param venues the venues, with their spellings
     */
    public ListChecker(Venues venues) {
        this.reader = new MarkdownListReader(venues);
    }

    /**
     * Checks one source: the reader's diagnostics plus the checker's own findings (one paper link given to two
     * titles, a paper listed twice in a section, a list whose papers have no venue or year), ordered by line. JSON
     * and JSON Lines sources get the reader's findings only.
     *
     * @param file the source
     * @return every finding, errors and warnings, ordered by line
     * @throws SourceException when the file cannot be read at all (missing, binary, too large)
     */
    public List<Diagnostic> check(Path file) {
        if (Sources.Format.of(file) != Sources.Format.MARKDOWN) {
            return Sources.read(file).diagnostics();
        }
        return check(Sources.name(file), Sources.load(file));
    }

    /**
     * Checks a Markdown list given as text; never throws for what the text holds.
     *
     * @param listName the name the findings give the list
     * @param markdown the list's text
     * @return every finding, ordered by line
     */
    public List<Diagnostic> check(String listName, String markdown) {
        return check(listName, SourceText.of(listName, markdown));
    }

    List<Diagnostic> check(String listName, SourceText source) {
        ListRun run = reader.parse(listName, source);
        List<Diagnostic> out = new ArrayList<>(run.diagnostics());
        duplicates(run, out);
        reusedLinks(run, out);
        out.addAll(FieldCoverage.check(listName, run.rows()));
        out.sort(Comparator.comparingInt(Diagnostic::line));
        return out;
    }

    /**
     * Whether any finding is an error.
     *
     * @param findings the findings
     * @return true when one of them is an error
     */
    public static boolean hasErrors(List<Diagnostic> findings) {
        return findings.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
    }

    private static void duplicates(ListRun run, List<Diagnostic> out) {
        Map<String, Entry> firstByKey = new HashMap<>();
        for (Entry row : run.rows()) {
            List<String> keys = EntryMerger.keys(row);
            Entry first = null;
            for (String key : keys) {
                first = firstByKey.get(key);
                if (first != null) {
                    break;
                }
            }
            if (first == null) {
                keys.forEach(k -> firstByKey.putIfAbsent(k, row));
                continue;
            }
            Entry original = first;
            keys.forEach(k -> firstByKey.putIfAbsent(k, original));
            if (!Ids.normalizedTitle(original.title()).equals(Ids.normalizedTitle(row.title()))) {
                continue; // the same arXiv id or DOI under another title: reported as a reused link
            }
            boolean sameSection = original.sections().equals(row.sections());
            String what = row.kind() == Kind.DATASET ? "dataset" : "paper";
            String message = "duplicate " + what + " '" + Cells.quote(row.title(), Cells.QUOTE) + "': also on line "
                    + line(original) + (sameSection ? " in the same section" : " (section " + section(original) + ")")
                    + "; read as one entry";
            out.add(new Diagnostic(run.list(), line(row), sameSection ? Diagnostic.Level.ERROR : Diagnostic.Level.WARNING, message));
        }
    }

    /** One paper link given to two different titles: a copy-and-paste slip in one of the rows. */
    private static void reusedLinks(ListRun run, List<Diagnostic> out) {
        Map<String, Use> byUrl = new HashMap<>();
        for (Entry row : run.rows()) {
            List<Use> uses = new ArrayList<>();
            if (row.kind() == Kind.PAPER) {
                // every link that names the paper itself (a row may give its PDF, its arXiv page and its DOI)
                for (String kind : Links.SELF) {
                    row.urls(kind).forEach(url -> uses.add(new Use(url, row.title(), line(row))));
                }
            }
            if (row.sourcePaper() != null && row.sourcePaper().url() != null) {
                uses.add(new Use(row.sourcePaper().url(), row.sourcePaper().title(), line(row)));
            }
            Set<String> rowKeys = new HashSet<>();
            for (Use use : uses) {
                String key = canonical(use.url);
                if (!rowKeys.add(key)) {
                    continue; // the same paper linked twice in one row
                }
                Use before = byUrl.putIfAbsent(key, use);
                if (before != null && !Ids.normalizedTitle(before.title).equals(Ids.normalizedTitle(use.title))) {
                    out.add(new Diagnostic(run.list(), use.line, Diagnostic.Level.ERROR, "link " + Cells.quote(use.url, 100)
                            + " is also the link of '" + Cells.quote(before.title, Cells.QUOTE) + "' on line " + before.line
                            + "; one of the two rows probably links the wrong paper"));
                }
            }
        }
    }

    /** A paper link reduced to what identifies it: the arXiv id, the DOI, else the URL without scheme, "www." and trailing slash. */
    static String canonical(String url) {
        return LinkClassifier.arxivId(url).map(id -> "arxiv:" + id)
                .or(() -> LinkClassifier.doi(url).map(doi -> "doi:" + doi))
                .orElseGet(() -> {
                    String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
                    int hash = u.indexOf('#');
                    if (hash >= 0) {
                        u = u.substring(0, hash);
                    }
                    while (u.endsWith("/")) {
                        u = u.substring(0, u.length() - 1);
                    }
                    return u;
                });
    }

    private static int line(Entry row) {
        return row.sources().isEmpty() ? 0 : row.sources().get(0).line();
    }

    private static String section(Entry row) {
        return row.sections().isEmpty() ? "none" : "'" + row.sections().get(0) + "'";
    }

    private record Use(String url, String title, int line) {
        Use {
            Objects.requireNonNull(url, "url == null");
        }
    }
}
