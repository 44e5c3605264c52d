package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Authors;
import io.litindex.ingest.fields.Badges;
import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import io.litindex.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Reads the rows of a GFM table into entries. The header names say what each column holds, in any order
 * ({@link #role}); a table with a Name or Dataset column and a Paper column describes datasets, any other table
 * with a title, paper or name column describes papers. Cells of other columns are kept in the note as
 * "Header: value". The cell count of each row is compared with the header's on the row's source line,
 * because the parser pads and cuts rows to the header's width; text in cells beyond the header is kept.
 */
final class TableReader {
    /** What a table column holds, from its header. */
    enum Role { TITLE, PAPER, NAME, DATASET, ALIAS, VENUE, DATE, YEAR, CODE, LINK, NOTE, AUTHORS, SIZE, AFFILIATION, ORDINAL, OTHER }

    private static final Pattern ROW_NUMBER = Pattern.compile("\\s*\\d{1,6}\\.?\\s*");

    private final ListRun run;
    private final Function<String, CellContent> inline;
    private final Set<Integer> reportedHeaders = new HashSet<>();
    /** The rows whose cell count is not their header's, by the header's line: reported once per table ({@link #finish}). */
    private final java.util.Map<Integer, Misfits> misfits = new java.util.TreeMap<>();
    /** The group each table (by its header's line) is in now: a table read in two pieces goes on in the same group. */
    private final java.util.Map<Integer, String> groups = new java.util.HashMap<>();
    /** The group label of the rows being read ("Diffusion Policy (DP)"), or null. */
    private String group;
    /** The most words a group row's label has: a longer emphasised line is a title. */
    private static final int MAX_GROUP_WORDS = 10;

    /**
     * @param inline parses one raw cell's Markdown, for the text of cells beyond the header
     */
    TableReader(ListRun run, Function<String, CellContent> inline) {
        this.run = run;
        this.inline = inline;
    }

    /** Column roles from a header cell's text. */
    static Role role(String header) {
        String h = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}#& ]", " ").replaceAll("\\s+", " ").strip()
                // "Venue and Year", "Code and Data": "and" between two names of columns is "&"
                .replaceAll("(?<=\\S) and (?=\\S)", " & ");
        switch (h) {
            case "title", "paper title", "paper name", "title & authors", "title and authors", "papers title" -> {
                return Role.TITLE;
            }
            case "paper", "papers", "paper link", "paper links", "pdf", "arxiv", "link to paper", "source paper" -> {
                return Role.PAPER;
            }
            case "name", "names" -> {
                return Role.NAME;
            }
            case "dataset", "datasets", "dataset name", "benchmark", "benchmarks", "benchmark name" -> {
                return Role.DATASET;
            }
            case "model", "models", "model name", "abbreviation", "abbr", "short name", "method", "methods", "acronym" -> {
                return Role.ALIAS;
            }
            case "venue", "publication", "published in", "published", "conference", "journal", "conf", "pub",
                    "conference journal", "journal conference", "venue & year", "venue year", "venue and year", "publisher", "year & venue",
                    "conference & year", "journal & year", "venue & date" -> {
                return Role.VENUE;
            }
            case "date", "time", "release date", "published date", "publication date", "release", "released", "update", "updated" -> {
                return Role.DATE;
            }
            case "year", "pub year", "publication year" -> {
                return Role.YEAR;
            }
            case "code", "codes", "github", "repo", "repository", "code & weights", "code and weights", "code & data",
                    "code & model", "code link", "implementation", "official code" -> {
                return Role.CODE;
            }
            case "link", "links", "url", "project", "project page", "homepage", "demo", "download", "page", "website",
                    "resource", "resources", "weights", "checkpoint", "huggingface", "hf", "data", "data link", "dataset link" -> {
                return Role.LINK;
            }
            case "note", "notes", "remark", "remarks", "description", "comment", "comments", "highlight", "highlights",
                    "summary", "tldr", "tl dr", "keywords", "contribution" -> {
                return Role.NOTE;
            }
            case "author", "authors", "first author" -> {
                return Role.AUTHORS;
            }
            case "#", "no", "nr", "index", "idx", "num", "number", "s n", "sn", "sr no", "sl no", "serial", "serial no" -> {
                return Role.ORDINAL;
            }
            case "affiliation", "affiliations", "institution", "institutions", "organization", "org", "team", "lab" -> {
                return Role.AFFILIATION;
            }
            default -> {
                if (h.endsWith("publication time") || h.endsWith("publication date")) {
                    // "Earliest publication time": when the paper came out
                    return Role.DATE;
                }
                if (h.contains("size") || h.startsWith("#") || h.startsWith("number of") || h.startsWith("num ")
                        || h.equals("scale") || h.equals("samples") || h.equals("count") || h.equals("volume")
                        || h.equals("images") || h.equals("pairs")) {
                    return Role.SIZE;
                }
                // "Title (Link)", "标题": a remark after the name, or a header in Chinese, Japanese or Korean
                return HeaderVariants.role(header);
            }
        }
    }

    /**
     * Reads a table's rows.
     *
     * @param lineOf the line of the list where a node starts
     * @param owns which lines are read now (a table split between two pieces is read in two parts)
     */
    void read(TableBlock table, ToIntFunction<Node> lineOf, IntPredicate owns) {
        read(table, lineOf, owns, row -> run.line(lineOf.applyAsInt(row)));
    }

    /**
     * Reads a table's rows, each row's raw Markdown given by {@code rawOf} (a table made from HTML has no line of its
     * own in the list: {@link HtmlTables}).
     */
    void read(TableBlock table, ToIntFunction<Node> lineOf, IntPredicate owns, java.util.function.Function<Node, String> rawOf) {
        List<String> headers = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<TableRow> body = new ArrayList<>();
        int headerLine = lineOf.applyAsInt(table);
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                TableRow head = (TableRow) part.getFirstChild();
                headerLine = lineOf.applyAsInt(head);
                for (Node cell = head.getFirstChild(); cell != null; cell = cell.getNext()) {
                    String header = CellContent.of(cell).text();
                    headers.add(header);
                    roles.add(role(header));
                }
            } else if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    body.add((TableRow) row);
                }
            }
        }
        int[] legendColumns = Legend.tableColumns(headers);
        if (legendColumns != null) {
            // a legend table (| Abbr. | Meaning |): definitions of the list's abbreviations, not entries
            for (TableRow row : body) {
                if (!owns.test(lineOf.applyAsInt(row))) {
                    break;
                }
                List<String> texts = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    texts.add(CellContent.of(cell).text());
                }
                if (texts.size() > Math.max(legendColumns[0], legendColumns[1])) {
                    Legend.Definition d = Legend.tableRow(texts.get(legendColumns[0]), texts.get(legendColumns[1]));
                    if (d != null) {
                        run.define(d);
                    }
                }
            }
            return;
        }
        Shape shape = Shape.of(roles);
        if (shape == null) {
            if (reportedHeaders.add(headerLine)) {
                run.warning(headerLine, "table (" + Cells.quote(String.join(" | ", headers), Cells.QUOTE)
                        + ") has no title, paper or name column; its rows are not entries");
            }
            return;
        }
        // "| Name | Info | Link |" whose Info cells read "TOG 2015", "ICLR 2023": the venue column after all
        VenueColumns.promote(roles, bodyTexts(body), run.venues);
        group = groups.get(headerLine);
        for (TableRow row : body) {
            int line = lineOf.applyAsInt(row);
            if (!owns.test(line)) {
                break;
            }
            List<CellContent> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    cells.add(CellContent.of(cell));
                }
            }
            List<String> rawCells = rawCells(rawOf.apply(row));
            String label = groupLabel(row, cells, rawCells);
            if (label != null) {
                // "| _Diffusion Policy (DP)_ | | |": a row naming the group of the rows below it, as a heading would
                group = label;
                groups.put(headerLine, label);
                continue;
            }
            readRow(shape, headers, roles, cells, rawCells, line, headerLine);
        }
        group = null;
    }

    /** Each body row's cell texts, for what a column holds as a whole ({@link VenueColumns}). */
    private static List<List<String>> bodyTexts(List<TableRow> body) {
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : body) {
            List<String> texts = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    texts.add(CellContent.of(cell).text());
                }
            }
            rows.add(texts);
        }
        return rows;
    }

    /**
     * The label of a row that names a group of the rows below it rather than a paper: in a table of two columns or
     * more, its first cell holds nothing but one italic span of at most {@link #MAX_GROUP_WORDS} words, without links,
     * and every other cell (those beyond the header too) is empty ("| _Diffusion Policy (DP)_ | | | |", "| _Surveys_|").
     * A bold first cell alone stays a title ("| **Paper Title** | | |"). Null for any other row.
     */
    static String groupLabel(TableRow row, List<CellContent> cells, List<String> rawCells) {
        if (cells.size() < 2 || !cells.get(0).links().isEmpty() || !cells.get(0).images().isEmpty()) {
            return null;
        }
        for (int i = 1; i < cells.size(); i++) {
            if (!cells.get(i).text().isBlank() || !cells.get(i).links().isEmpty() || !cells.get(i).images().isEmpty()) {
                return null;
            }
        }
        for (int i = 1; i < rawCells.size(); i++) {
            if (!rawCells.get(i).isBlank()) {
                return null;
            }
        }
        Node first = row.getFirstChild();
        Node span = null;
        for (Node n = first == null ? null : first.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t && t.getLiteral().isBlank()) {
                continue;
            }
            if (span != null || !(n instanceof Emphasis)) {
                return null;
            }
            span = n;
        }
        if (span == null) {
            return null;
        }
        String label = Cells.clean(CellContent.of(span).text()).replaceAll("[\\s:]+$", "").strip();
        if (label.isEmpty() || label.split("\\s+").length > MAX_GROUP_WORDS || !label.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        return label;
    }

    /** Puts the entry under the current heading path and, inside a table, under the group its row is in. */
    private void section(Entry.Builder b) {
        if (group == null) {
            run.section(b);
            return;
        }
        String s = run.section();
        b.section(s.isEmpty() ? group : s + " > " + group);
    }

    /** True when a row's only links point inside the page ("| More for [VLAs](#vla) |") and it has no other text: a cross-reference. */
    private static boolean onlyAnchors(List<CellContent> cells) {
        boolean anchor = false;
        for (int i = 0; i < cells.size(); i++) {
            CellContent c = cells.get(i);
            if (!c.images().isEmpty()) {
                return false;
            }
            for (CellContent.LinkRef l : c.links()) {
                if (!l.url().strip().startsWith("#")) {
                    return false;
                }
                anchor = true;
            }
            if (i > 0 && !c.text().isBlank()) {
                return false;
            }
        }
        return anchor;
    }

    private void readRow(Shape shape, List<String> headers, List<Role> roles, List<CellContent> cells, List<String> rawCells,
            int line, int headerLine) {
        if (cells.stream().allMatch(c -> Cells.isPlaceholder(c.text()) && c.links().isEmpty() && c.images().isEmpty())) {
            return;
        }
        if (repeatsHeader(headers, cells)) {
            return;
        }
        if (onlyAnchors(cells)) {
            run.notEntry();
            return;
        }
        List<CellContent> extra = new ArrayList<>();
        if (rawCells.size() > headers.size()) {
            for (String cell : rawCells.subList(headers.size(), rawCells.size())) {
                if (!cell.isBlank()) {
                    extra.add(inline.apply(cell));
                }
            }
        }
        if (rawCells.size() != headers.size()) {
            misfits.computeIfAbsent(headerLine, h -> new Misfits(headers.size())).add(line, rawCells.size(), extra);
        }
        for (CellContent cell : cells) {
            run.reportEmptyLinks(cell.links(), line);
        }
        for (CellContent cell : extra) {
            run.reportEmptyLinks(cell.links(), line);
        }
        Optional<Entry> entry = shape.kind == Kind.DATASET
                ? datasetRow(headers, roles, cells, extra, line)
                : paperRow(headers, roles, cells, extra, line);
        // a row that points to another list or resource ("Awesome Lists" tables) is no entry
        if (entry.isPresent() && NotEntries.pointsElsewhere(entry.get(), run.inOtherListsSection())) {
            run.notEntry();
        } else {
            entry.ifPresent(e -> run.add(e, line));
        }
    }

    private static boolean repeatsHeader(List<String> headers, List<CellContent> cells) {
        if (cells.size() != headers.size()) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).text().equalsIgnoreCase(headers.get(i)) || !cells.get(i).links().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private Optional<Entry> paperRow(List<String> headers, List<Role> roles, List<CellContent> cells,
            List<CellContent> extra, int line) {
        CellContent titleCell = null;
        Title title = null;
        Role titleRole = null;
        for (Role r : List.of(Role.TITLE, Role.PAPER, Role.NAME, Role.DATASET, Role.ALIAS)) {
            CellContent c = cell(roles, cells, r).orElse(null);
            if (c == null) {
                continue;
            }
            Title t = Title.of(c);
            if (!t.text.isEmpty() && (r != Role.PAPER || !Labels.isGeneric(t.text))) {
                titleCell = c;
                title = t;
                titleRole = r;
                break;
            }
        }
        if (title == null) {
            run.skip(line, "row has no title; skipped");
            return Optional.empty();
        }
        // "[GentleHumanoid] GentleHumanoid: Learning …": a tag before the title is no part of it
        TitleTags.Split tagged = TitleTags.of(title.text);
        Entry.Builder b = Entry.builder("pending", tagged.title()).kind(Kind.PAPER).source(new Source(run.list, line));
        section(b);
        b.link(Links.PAPER, title.url);
        title.badgeRepository.ifPresent(repo -> b.link(Links.CODE, repo));
        // the title cell's other links ("**Title** [[Paper]](…) [[Code]](…)") are links of the entry too
        sideLinks(b, titleCell, title.url);
        if (!title.authors.isEmpty()) {
            Authors.Parsed authors = Authors.parse(title.authors);
            b.authors(authors.names()).etAl(authors.etAl());
        }
        List<String> notes = new ArrayList<>();
        if (tagged.tag() != null) {
            notes.add(tagged.tag());
        }
        for (int i = 0; i < cells.size() && i < roles.size(); i++) {
            CellContent cell = cells.get(i);
            if (cell == titleCell) {
                continue;
            }
            switch (roles.get(i)) {
                // "| Name | Paper Title |": beside a title column, the name column holds the paper's short names
                case NAME -> {
                    if (titleRole == Role.TITLE || titleRole == Role.PAPER) {
                        shortNames(b, notes, headers.get(i), cell, tagged.title());
                    } else {
                        labelled(b, notes, headers.get(i), cell);
                    }
                }
                case VENUE -> run.venue(b, cell.text());
                case DATE, YEAR -> run.date(b, cell.text(), line);
                case AUTHORS -> {
                    Authors.Parsed authors = Authors.parse(cell.text());
                    b.authors(authors.names()).etAl(authors.etAl());
                }
                case CODE -> cell.links().forEach(l -> ListRun.link(b,
                        LinkClassifier.githubRepository(l.url()).isPresent() && !isProject(l.label())
                                ? Links.CODE : LinkClassifier.kindOf(l.url(), l.label()), l));
                case PAPER -> cell.links().forEach(l -> ListRun.link(b,
                        ListRun.paperLinkKind(l.url(), l.label(), b.hasLink(Links.PAPER)), l));
                case LINK -> cell.links().forEach(l -> ListRun.link(b, LinkClassifier.kindOf(l.url(), l.label()), l));
                case NOTE -> addNote(notes, ListRun.noteText(b, cell));
                case ORDINAL -> ordinal(b, notes, headers.get(i), cell);
                case ALIAS -> shortNames(b, notes, headers.get(i), cell, tagged.title());
                default -> labelled(b, notes, headers.get(i), cell);
            }
        }
        // "| Title | Type |" over "DAC 2026 Survey": the venue of a table with no venue column
        KindColumns.venue(run, b, headers, roles, cells);
        extra.forEach(cell -> addNote(notes, ListRun.noteText(b, cell)));
        extraBadges(b, extra);
        if (!notes.isEmpty()) {
            b.note(String.join("; ", notes));
        }
        Entry e = b.build();
        e = e.toBuilder().id(Ids.forPaper(e.links(), e.title())).build();
        if (titleRole == Role.NAME && !roles.contains(Role.TITLE) && !roles.contains(Role.PAPER)) {
            // "| Year | Venue | Keywords | Name | Download |" over dataset names and paper titles alike: each row decides
            e = EntryKinds.ofNameCell(e, run.headings(), dataColumn(headers, roles));
        }
        return Optional.of(e);
    }

    /** A header cell's words: lower case, letters and digits only, single spaces ("Paper Type:" → "paper type"). */
    static String headerWords(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Header names of a column of data links ("Download", "Data", "Dataset Link"). */
    private static final Pattern DATA_HEADER = Pattern.compile("(?:downloads?|data|data ?links?|dataset ?links?|data ?download|get data)");

    /** True when a table has a column of downloads or data links ("Download", "Data Link") or of sizes ("#Images", "Size"). */
    static boolean dataColumn(List<String> headers, List<Role> roles) {
        for (int i = 0; i < headers.size() && i < roles.size(); i++) {
            String h = headerWords(headers.get(i));
            if (roles.get(i) == Role.SIZE || (roles.get(i) != Role.NAME && DATA_HEADER.matcher(h).matches())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Entry> datasetRow(List<String> headers, List<Role> roles, List<CellContent> cells,
            List<CellContent> extra, int line) {
        CellContent nameCell = cell(roles, cells, Role.DATASET).or(() -> cell(roles, cells, Role.NAME)).orElse(null);
        String name = nameCell == null ? "" : Title.of(nameCell).text;
        if (name.isEmpty()) {
            run.skip(line, "dataset row has no name; skipped");
            return Optional.empty();
        }
        Entry.Builder b = Entry.builder(Ids.slug(name), name).kind(Kind.DATASET).source(new Source(run.list, line));
        section(b);
        if (nameCell != null) {
            for (CellContent.LinkRef l : nameCell.links()) {
                b.link(Links.DATA, l.url());
            }
        }
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < cells.size() && i < roles.size(); i++) {
            CellContent cell = cells.get(i);
            if (cell == nameCell) {
                continue;
            }
            switch (roles.get(i)) {
                case PAPER, TITLE -> {
                    Title paper = Title.of(cell);
                    if (!paper.text.isEmpty() && !Labels.isGeneric(paper.text)) {
                        b.sourcePaper(new PaperRef(paper.text, paper.url, null));
                        sideLinks(b, cell, paper.url);
                    } else {
                        cell.links().forEach(l -> ListRun.link(b, ListRun.paperLinkKind(l.url(), l.label(), b.hasLink(Links.PAPER)), l));
                    }
                }
                case LINK -> cell.links().forEach(l -> ListRun.link(b, Links.DATA, l));
                case CODE -> cell.links().forEach(l -> ListRun.link(b, Links.CODE, l));
                case VENUE -> run.venue(b, cell.text());
                case DATE, YEAR -> run.date(b, cell.text(), line);
                case AUTHORS -> {
                    Authors.Parsed authors = Authors.parse(cell.text());
                    b.authors(authors.names()).etAl(authors.etAl());
                }
                case SIZE -> {
                    if (!ListRun.size(b, cell.text())) {
                        labelled(b, notes, headers.get(i), cell);
                    }
                }
                case NOTE -> {
                    if (!ListRun.size(b, cell.text())) {
                        addNote(notes, ListRun.noteText(b, cell));
                    }
                }
                case ORDINAL -> ordinal(b, notes, headers.get(i), cell);
                default -> labelled(b, notes, headers.get(i), cell);
            }
        }
        extra.forEach(cell -> addNote(notes, ListRun.noteText(b, cell)));
        extraBadges(b, extra);
        if (!notes.isEmpty()) {
            b.note(String.join("; ", notes));
        }
        return Optional.of(b.build());
    }

    /**
     * Reports, once per table at its header's line, the rows whose cell count differs from the header's (a header that
     * lost its last column, "| Title | Venue | Date | Code |" over rows of five): how many, on which lines, and what
     * was done. Every such row is read: cells beyond the header that are empty lose nothing, a badge there is read as
     * a badge of the row ({@link #extraBadges}), and text there is kept in the row's note, which is an error, since its
     * column has no name. Missing cells are read as empty. Called once the whole list is read, so a table read in two
     * pieces is reported once.
     */
    void finish() {
        misfits.forEach((headerLine, m) -> m.report(run, headerLine));
        misfits.clear();
    }

    /** The rows of one table whose cell count is not the header's. */
    private static final class Misfits {
        /** The most row lines a report names. */
        private static final int LINES_SHOWN = 3;
        private final int headerCells;
        private final List<Integer> wide = new ArrayList<>();
        private final List<Integer> narrow = new ArrayList<>();
        private int empty;
        private int badge;
        private int text;
        private int firstText;

        Misfits(int headerCells) {
            this.headerCells = headerCells;
        }

        void add(int line, int cells, List<CellContent> extra) {
            if (cells < headerCells) {
                narrow.add(line);
                return;
            }
            wide.add(line);
            if (extra.isEmpty()) {
                empty++;
            } else if (extra.stream().allMatch(TableReader::onlyBadges)) {
                badge++;
            } else if (text++ == 0) {
                firstText = line;
            }
        }

        void report(ListRun run, int headerLine) {
            if (!wide.isEmpty()) {
                List<String> parts = new ArrayList<>();
                if (empty > 0) {
                    parts.add("are empty in " + empty);
                }
                if (badge > 0) {
                    parts.add("hold a badge in " + badge + " (read as the row's badge)");
                }
                if (text > 0) {
                    parts.add("hold text in " + text + " (kept in the row's note" + (text > 1 ? "; first on line " + firstText : "") + ")");
                }
                String message = "header has " + headerCells + " cells but " + rows(wide) + " more; all read: the cells beyond the header "
                        + String.join(", ", parts);
                if (text > 0) {
                    run.error(headerLine, message);
                } else {
                    run.warning(headerLine, message);
                }
            }
            if (!narrow.isEmpty()) {
                run.warning(headerLine, "header has " + headerCells + " cells but " + rows(narrow) + " fewer; the missing cells are read as empty");
            }
        }

        /** "1 row (line 95) has", "128 rows (lines 82, 83, 84 … 420) have". */
        private static String rows(List<Integer> lines) {
            if (lines.size() == 1) {
                return "1 row (line " + lines.get(0) + ") has";
            }
            StringBuilder sb = new StringBuilder().append(lines.size()).append(" rows (lines ");
            for (int i = 0; i < Math.min(LINES_SHOWN, lines.size()); i++) {
                sb.append(i == 0 ? "" : ", ").append(lines.get(i));
            }
            if (lines.size() > LINES_SHOWN) {
                sb.append(lines.size() > LINES_SHOWN + 1 ? " … " : ", ").append(lines.get(lines.size() - 1));
            }
            return sb.append(") have").toString();
        }
    }

    /** True for a cell holding only images (badges), with no text besides link labels. */
    private static boolean onlyBadges(CellContent cell) {
        return !cell.images().isEmpty() && Cells.isPlaceholder(cell.textOutsideLinks()) && cell.text().isBlank();
    }

    /**
     * Badges in cells beyond the header (a star badge, a shields.io venue badge), read as the title cell's star badge
     * and a bullet's venue badge are: the repository as the code link, the venue and year where the row gives none.
     */
    private void extraBadges(Entry.Builder b, List<CellContent> extra) {
        for (CellContent cell : extra) {
            for (String image : cell.images()) {
                LinkClassifier.badgeRepository(image).ifPresent(repo -> b.link(Links.CODE, repo));
                Badges.venue(image, run.venues).ifPresent(v -> {
                    Entry now = b.build();
                    if (now.venue() == null && v.venue() != null) {
                        b.venue(v.venue()).origin("venue", Entry.ORIGIN_BADGE);
                    }
                    if (now.year() == null && v.year() != null) {
                        b.year(v.year()).origin("year", Entry.ORIGIN_BADGE);
                    }
                });
            }
        }
    }

    /** A cell of a "#" or "No." column: a row number says nothing of the entry and is left out; anything else is kept. */
    private static void ordinal(Entry.Builder b, List<String> notes, String header, CellContent cell) {
        if (!ROW_NUMBER.matcher(cell.text()).matches() || !cell.links().isEmpty()) {
            labelled(b, notes, header, cell);
        }
    }

    /** A cell of a column litindex has no field for: its links are kept, its text goes to the note as "Header: text". */
    /** A short name: a word or two (three at most), 40 characters at most, with a letter; "PSNR, SSIM" names two. */
    private static final Pattern SHORT_NAME = Pattern.compile("[^\\s,;/]{1,40}(?:\\s[^\\s,;/]{1,40}){0,2}");

    /**
     * The cell of a short-name column beside the title ("| Abbreviation | Title |", "| Title | Abbr |": GeoKR, FID,
     * "PSNR, SSIM"): kept as a note under its header, as any other column, and each name is also an alias of the
     * entry, so the name finds it as the title's own name would. A cell that holds more than short names (a sentence)
     * gives no alias.
     */
    private static void shortNames(Entry.Builder b, List<String> notes, String header, CellContent cell, String title) {
        labelled(b, notes, header, cell);
        String text = Cells.clean(cell.textOutsideLinks());
        List<String> names = new ArrayList<>();
        for (String part : text.split("\\s*[,;/]\\s*")) {
            String name = part.strip();
            if (Cells.isPlaceholder(name)) {
                continue;
            }
            if (!SHORT_NAME.matcher(name).matches() || name.codePoints().noneMatch(Character::isLetter) || name.length() > 40) {
                return;
            }
            names.add(name);
        }
        for (String name : names) {
            // the title's own name ("RingMo: A Remote Sensing Foundation Model …") is no other name
            boolean leading = title.regionMatches(true, 0, name, 0, name.length()) && title.substring(name.length()).stripLeading().startsWith(":");
            if (!leading && !Ids.normalizedTitle(name).equals(Ids.normalizedTitle(title))) {
                b.alias(name);
            }
        }
    }

    private static void labelled(Entry.Builder b, List<String> notes, String header, CellContent cell) {
        String text = ListRun.noteText(b, cell);
        if (text != null) {
            addNote(notes, header.isBlank() ? text : Cells.clean(header) + ": " + text);
        }
    }

    private static void addNote(List<String> notes, String text) {
        if (text != null && !text.isBlank() && !notes.contains(text)) {
            notes.add(text);
        }
    }

    private static Optional<CellContent> cell(List<Role> roles, List<CellContent> cells, Role role) {
        int i = roles.indexOf(role);
        return i >= 0 && i < cells.size() ? Optional.of(cells.get(i)) : Optional.empty();
    }

    /**
     * The cells of a raw table row as GFM splits them: at every pipe not escaped with a backslash, the leading
     * and trailing pipe optional. Linear in the line's length.
     */
    static List<String> rawCells(String line) {
        String t = line.strip();
        int start = t.startsWith("|") ? 1 : 0;
        int end = t.length();
        if (end > start && t.charAt(end - 1) == '|' && (end < 2 || t.charAt(end - 2) != '\\')) {
            end--;
        }
        List<String> cells = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            if (t.charAt(i) == '|' && (i == 0 || t.charAt(i - 1) != '\\')) {
                cells.add(t.substring(from, i));
                from = i + 1;
            }
        }
        cells.add(t.substring(from, Math.max(from, end)));
        return cells;
    }

    /** A table's delimiter row ("|---|:--:|", "--- | ---"): only pipes, hyphens, colons and blanks, with a pipe and a hyphen. */
    static boolean isDelimiterRow(String line) {
        boolean pipe = false;
        boolean hyphen = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|') {
                pipe = true;
            } else if (c == '-') {
                hyphen = true;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return pipe && hyphen;
    }

    /** The kind of entry a table's rows describe; null when the table has no column to take a title from. */
    private record Shape(Kind kind) {
        static Shape of(List<Role> roles) {
            boolean dataset = roles.contains(Role.DATASET)
                    || (roles.contains(Role.NAME) && roles.contains(Role.PAPER) && !roles.contains(Role.TITLE));
            if (dataset) {
                return new Shape(Kind.DATASET);
            }
            boolean titled = roles.contains(Role.TITLE) || roles.contains(Role.PAPER) || roles.contains(Role.NAME)
                    || (roles.contains(Role.ALIAS) && (roles.contains(Role.CODE) || roles.contains(Role.LINK)
                    || roles.contains(Role.VENUE) || roles.contains(Role.DATE) || roles.contains(Role.YEAR)));
            return titled ? new Shape(Kind.PAPER) : null;
        }
    }

    /** The title of a title cell: bold link text, else link text, else bold text, else the first segment's text. */
    /** Adds the links of a title cell other than the title's own link, as {@link ListRun#sideLink} reads them. */
    private static void sideLinks(Entry.Builder b, CellContent cell, String titleUrl) {
        for (CellContent.LinkRef l : cell.links()) {
            if (!l.url().isEmpty() && !l.url().startsWith("#") && !l.url().equals(titleUrl)) {
                ListRun.sideLink(b, l);
            }
        }
    }

    static final class Title {
        String text = "";
        String url;
        String authors = "";
        Optional<String> badgeRepository = Optional.empty();

        static Title of(CellContent cell) {
            Title t = new Title();
            for (String image : cell.images()) {
                t.badgeRepository = t.badgeRepository.or(() -> LinkClassifier.badgeRepository(image));
            }
            int titleSegment = -1;
            CellContent.LinkRef chosen = null;
            for (int pass = 0; pass < 2 && chosen == null; pass++) {
                for (int s = 0; s < cell.segments.size() && chosen == null; s++) {
                    for (CellContent.LinkRef link : cell.segments.get(s).links) {
                        // a link labelled only with a kind ("[Paper]", "[Code]") beside a plain title is not the title
                        if (!link.label().isEmpty() && (pass == 1 ? !Labels.isGeneric(link.label()) : link.bold())) {
                            chosen = link;
                            titleSegment = s;
                            break;
                        }
                    }
                }
            }
            if (chosen != null) {
                t.text = chosen.label();
                t.url = chosen.url().isEmpty() ? null : chosen.url();
            } else {
                for (int s = 0; s < cell.segments.size(); s++) {
                    CellContent.Segment seg = cell.segments.get(s);
                    String candidate = seg.bold().isEmpty() || namePrefix(seg.bold(), seg.text()) ? seg.text() : seg.bold();
                    if (!candidate.isEmpty() && !Cells.isPlaceholder(candidate)) {
                        t.text = candidate;
                        titleSegment = s;
                        break;
                    }
                }
            }
            if (titleSegment >= 0) {
                StringBuilder rest = new StringBuilder();
                for (int s = titleSegment + 1; s < cell.segments.size(); s++) {
                    rest.append(cell.segments.get(s).text()).append(' ');
                }
                t.authors = Cells.clean(rest.toString());
            }
            return t;
        }
    }

    /**
     * True when the bold text only names the model before the title goes on after a colon: "**GeoChat**: Grounded
     * Large Vision-Language Model …" or "**GeoChat:** Grounded …", whose title is the whole text.
     */
    static boolean namePrefix(String bold, String text) {
        if (!text.startsWith(bold) || text.length() == bold.length()) {
            return false;
        }
        String after = text.substring(bold.length()).strip();
        return (bold.endsWith(":") || after.startsWith(":")) && after.replace(":", "").strip().length() > 0;
    }

    private static boolean isProject(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.contains("project") || l.contains("page");
    }
}
