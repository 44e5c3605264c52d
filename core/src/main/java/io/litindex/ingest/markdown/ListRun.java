package io.litindex.ingest.markdown;

import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Dates;
import io.litindex.ingest.fields.EntryLimits;
import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.Inferred;
import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.ingest.fields.References;
import io.litindex.ingest.fields.VenuePrefix;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of reading one Markdown list: its lines, the heading path so far, the entries read from rows and
 * bullets in document order (before merging), the diagnostics, and how many entry-like rows were skipped.
 * The table and bullet readers share it, and the field rules (venue, date, size, note) live here once.
 */
public final class ListRun {
    private static final Pattern SIZE = Pattern.compile("^[>~≈<]?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kKmMbB])?\\+?$");
    /** Sections whose bullets are about the list itself (contents, news, how to cite), never entries. */
    private static final Pattern NOT_ENTRIES = Pattern.compile("(?i)\\b(?:table of contents|contents|toc|news|updates?|"
            + "change ?log|what'?s new|contacts?|citations?|cite|citing|acknowledge?ments?|license|contribut\\w*|"
            + "star history|to-?do|usage|installation)\\b");
    /** A heading naming a table of contents ("Contents", "Table of Contents (ongoing)", "TOC", "📑 Contents"). */
    private static final Pattern CONTENTS = Pattern.compile("(?i)^\\W*(?:table\\s+of\\s+contents?|contents?|toc)\\b[^\\p{L}]*(?:\\(\\p{L}+\\))?\\W*$");
    final String list;
    final Venues venues;
    private final String[] lines;
    private final List<String> headings = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    /** Whether each heading of the path is a sub-heading a paragraph wrote ({@link SubHeadings}) rather than a heading. */
    private final List<Boolean> subs = new ArrayList<>();
    final List<Entry> rows = new ArrayList<>();
    /** The abbreviations the list defines outside its entries, short form to long form, the first definition of each. */
    private final java.util.Map<String, String> legend = new java.util.LinkedHashMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    int skipped;
    /** Rows and items read and left out as links to other lists, venues or licences ({@link NotEntries}). */
    private int notEntries;
    /** The year (and venue) the deepest heading with a year gives the entries beneath it, or null. */
    private Venues.Parsed headingFields;

    /**
     * The list's name, as diagnostics and sources give it.
     *
     * @return the name
     */
    public String list() {
        return list;
    }

    /**
     * The venues the list was read with.
     *
     * @return the known venues
     */
    public Venues venues() {
        return venues;
    }

    /**
     * The entries read from rows and bullets, in document order, before merging.
     *
     * @return the rows (the run's own list: read it, do not change it)
     */
    public List<Entry> rows() {
        return rows;
    }

    /**
     * What the readers noticed, sorted by line once the walk is done.
     *
     * @return the diagnostics (the run's own list: read it, do not change it)
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The abbreviations the list defines once, outside its entries ({@link Legend}): short form to long form, the
     * first definition of each short form, in the order written.
     *
     * @return the legend, a read-only view
     */
    public java.util.Map<String, String> legend() {
        return java.util.Collections.unmodifiableMap(legend);
    }

    /** Learns a definition of the list's legend; a short form defined before keeps its first long form. */
    void define(Legend.Definition d) {
        legend.putIfAbsent(d.shortForm(), d.longForm());
    }

    /**
     * How many entry-like rows could not be read.
     *
     * @return the count of skipped rows
     */
    public int skipped() {
        return skipped;
    }

    /**
     * How many rows or items were left out on purpose as no paper: links to other lists, to a venue's site or to a
     * licence ({@link NotEntries}).
     *
     * @return the count
     */
    public int notEntries() {
        return notEntries;
    }

    /** Counts a row or item left out as a link to another list, venue or licence. */
    void notEntry() {
        notEntries++;
    }

    ListRun(String list, Venues venues, String[] lines) {
        this.list = list;
        this.venues = venues;
        this.lines = lines;
    }

    /** The text of a 1-based line (after mis-encoding repair), or "" when there is no such line. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    void heading(int level, String title) {
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            pop();
        }
        // "## Contents" then "### Paper List", "#### Surveys": a table of contents lists the list's parts, it does not hold
        // them; a heading under it is the next part of the list, not a part of the contents
        while (!headings.isEmpty() && !subs.get(subs.size() - 1) && CONTENTS.matcher(headings.get(headings.size() - 1)).matches()) {
            pop();
        }
        if (!title.isEmpty()) {
            levels.add(level);
            headings.add(title);
            subs.add(false);
        }
        headingFieldsFromPath();
    }

    /**
     * A paragraph naming the group of the items after it ({@code **Domain Randomization**}: {@link SubHeadings}): a
     * heading one level below the current heading, in place of the sub-heading before it, for the items up to the
     * next heading or sub-heading. Nothing before the first heading.
     */
    void subHeading(String title) {
        while (!subs.isEmpty() && subs.get(subs.size() - 1)) {
            pop();
        }
        if (levels.isEmpty() || title.isEmpty()) {
            return;
        }
        levels.add(levels.get(levels.size() - 1) + 1);
        headings.add(title);
        subs.add(true);
        headingFieldsFromPath();
    }

    private void pop() {
        levels.remove(levels.size() - 1);
        headings.remove(headings.size() - 1);
        subs.remove(subs.size() - 1);
    }

    private void headingFieldsFromPath() {
        headingFields = null;
        for (int i = headings.size() - 1; i >= 0 && headingFields == null; i--) {
            headingFields = Inferred.fromHeading(headings.get(i), venues).orElse(null);
        }
    }

    /** The level of the heading the reader is under (2 for "##"; a sub-heading not counted), 0 before the first heading. */
    int headingLevel() {
        for (int i = levels.size() - 1; i >= 0; i--) {
            if (!subs.get(i)) {
                return levels.get(i);
            }
        }
        return 0;
    }

    String section() {
        return String.join(" > ", headings);
    }

    /** Puts the entry under the current heading path; an entry before the first heading has no section. */
    void section(Entry.Builder b) {
        if (!headings.isEmpty()) {
            b.section(section());
        }
    }

    /** True when a heading on the current path names a part of the list that holds no entries (contents, news …). */
    boolean inNonEntrySection() {
        for (String h : headings) {
            if (NOT_ENTRIES.matcher(h).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a heading below the list's title (level 2 or deeper) on the current path names other lists and
     * resources ("## Awesome Lists", "## Other Resources": {@link NotEntries#isOtherListsHeading}).
     */
    boolean inOtherListsSection() {
        for (int i = 0; i < headings.size(); i++) {
            if (levels.get(i) >= 2 && NotEntries.isOtherListsHeading(headings.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Adds an entry read from a row or item on this line, within the limits that keep it indexable ({@link EntryLimits}). */
    /** True when the nearest heading naming software or data is over the items read now: their names alone are titles. */
    boolean namesItems() {
        return EntryKinds.headingKind(headings) != null;
    }

    /** The headings over the rows read now, outermost first. */
    List<String> headings() {
        return List.copyOf(headings);
    }

    /** Adds a list item's entry, of kind tool or dataset when it is only a name under such a heading ({@link EntryKinds}). */
    void addItem(Entry entry, int line, String titleUrl) {
        add(EntryKinds.of(entry, headings, titleUrl), line);
    }

    /**
     * Replaces the item read into row {@code index} by a fuller reading of it, and drops the warning that it had no
     * web link.
     */
    void replaceItem(int index, Entry entry, int line, String titleUrl) {
        rows.set(index, finished(EntryKinds.of(entry, headings, titleUrl), line));
        diagnostics.removeIf(d -> d.line() == line && d.level() == Diagnostic.Level.WARNING && d.message().contains("has a title but no web link"));
    }

    void add(Entry entry, int line) {
        rows.add(finished(entry, line));
    }

    /** A row as it is kept: the venue written before its title read out, its heading's fields filled, fitted to the limits. */
    private Entry finished(Entry entry, int line) {
        // "NeurIPS 2020 submission: Title", "[ICML 2020] Title": the venue written in the title is the entry's, not its title
        return EntryLimits.fit(Inferred.withHeading(VenuePrefix.apply(withoutBraces(entry), venues), headingFields), message -> error(line, message));
    }

    /**
     * "Type {B} Errors", "It{'}s All in the Name": a title with BibTeX's braces, read without them
     * ({@link References#bibtexTitle}); an id made from the title is made again from the title read.
     */
    private static Entry withoutBraces(Entry entry) {
        String title = References.bibtexTitle(entry.title());
        if (title.equals(entry.title())) {
            return entry;
        }
        Entry.Builder b = entry.toBuilder().title(title);
        if (entry.id().equals(Ids.slug(entry.title()))) {
            b.id(Ids.slug(title));
        }
        return b.build();
    }

    void error(int line, String message) {
        diagnostics.add(new Diagnostic(list, line, Diagnostic.Level.ERROR, message));
    }

    void warning(int line, String message) {
        diagnostics.add(new Diagnostic(list, line, Diagnostic.Level.WARNING, message));
    }

    /** Reports a row that looked like an entry but could not be read, and counts it. */
    void skip(int line, String message) {
        error(line, message);
        skipped++;
    }

    void reportEmptyLinks(List<CellContent.LinkRef> links, int line) {
        for (CellContent.LinkRef link : links) {
            if (link.url().isEmpty()) {
                warning(line, "empty link [" + Cells.quote(link.label(), Cells.QUOTE) + "]()");
            }
        }
    }

    /** Sets the venue (and the year, unless one is set) from a venue cell such as "TGRS2021" or "CVPR 2024 Highlight". */
    void venue(Entry.Builder b, String text) {
        if (ArxivMonths.read(b, text, venues)) {
            return;
        }
        venues.parse(text).ifPresent(v -> applyVenue(b, v));
    }

    void applyVenue(Entry.Builder b, Venues.Parsed parsed) {
        // "In IJCAI. [": what a reader left around the venue as written ("[[paper](…)]" after it) is no part of it
        Venues.Parsed v = parsed.asWritten() == null ? parsed
                : new Venues.Parsed(parsed.venue(), parsed.year(), Venues.written(parsed.asWritten()), parsed.known());
        b.venue(v.venue());
        // "(2021)" after a title is a year, not a venue as written
        if (v.venue() != null && !v.venue().equals(v.asWritten())) {
            b.venueAsWritten(v.asWritten());
        } else if (v.venue() == null && v.asWritten() != null && v.asWritten().codePoints().anyMatch(Character::isLetter)) {
            // "RS2024", a venue no one knows glued to its year: the year is read, the text kept as written
            b.venueAsWritten(v.asWritten());
        }
        if (v.year() != null && b.build().year() == null) {
            b.year(v.year());
        }
    }

    /** Sets the date and year from a date cell; an unreadable date is reported and left out. */
    void date(Entry.Builder b, String text, int line) {
        if (Cells.isPlaceholder(text)) {
            return;
        }
        Optional<String> iso = Dates.parse(text);
        if (iso.isEmpty()) {
            error(line, "unreadable date '" + Cells.quote(text, Cells.QUOTE) + "'; the entry has no date");
            return;
        }
        b.date(iso.get()).year(Dates.year(iso.get()));
    }

    /** Sets the size from "968k", "7,058", ">1M"; false (and nothing set) when the text is not a size. */
    static boolean size(Entry.Builder b, String text) {
        String t = text.strip();
        if (t.length() > 32) {
            return false;
        }
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            return false;
        }
        double number = Double.parseDouble(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        double factor = switch (unit) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b" -> 1e9;
            default -> 1;
        };
        b.size(Math.round(number * factor)).sizeAsWritten(t);
        return true;
    }

    /** Adds a cell's links (classified by URL and label) to the entry and returns its remaining text, or null. */
    static String noteText(Entry.Builder b, CellContent cell) {
        for (CellContent.LinkRef link : cell.links()) {
            link(b, LinkClassifier.kindOf(link.url(), link.label()), link);
        }
        String text = cell.textOutsideLinks();
        return Cells.isPlaceholder(text) ? null : text;
    }

    /** Adds a link of the list to the entry as this kind, with its label when that says more than a kind ({@link Labels#telling}). */
    static void link(Entry.Builder b, String kind, CellContent.LinkRef link) {
        b.link(kind, link.url(), Labels.telling(link.label(), link.url()));
    }

    /**
     * Adds a link found beside an entry's title (in its cell, or on its bullet's lines): a label naming the paper
     * ("Paper", "PDF", "arXiv") makes it the paper link, or the arXiv, DOI or other link when the paper link is taken;
     * any other link is classified by its URL and label.
     */
    /** A link label that cites a paper by its first author and year: "Liu et al.2022", "Gupta et al. 2019". */
    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{L}'’\\- ]{0,40}\\bet\\s+al\\.?\\s*,?\\s*(?:19|20)\\d{2}[a-z]?$");

    static void sideLink(Entry.Builder b, CellContent.LinkRef link) {
        String label = link.label().toLowerCase(Locale.ROOT);
        // a citation as the label ("Liu et al.2022", "Li Z et al. 2022") names the paper
        boolean paperish = label.contains("paper") || label.contains("pdf") || label.contains("arxiv") || CITATION.matcher(link.label()).matches();
        link(b, paperish ? paperLinkKind(link.url(), link.label(), b.hasLink(Links.PAPER))
                : LinkClassifier.kindOf(link.url(), link.label()), link);
    }

    /** The link kind for a link standing for the paper itself (a Paper column, a "[Paper](…)" link): arXiv, DOI or paper. */
    static String paperLinkKind(String url, String label, boolean paperTaken) {
        String kind = LinkClassifier.kindOf(url, label);
        if (kind.equals(Links.ARXIV) || kind.equals(Links.DOI)) {
            return paperTaken ? kind : Links.PAPER;
        }
        if (kind.equals(Links.OTHER) || kind.equals(Links.PAPER)) {
            return paperTaken ? Links.OTHER : Links.PAPER;
        }
        return kind;
    }
}
