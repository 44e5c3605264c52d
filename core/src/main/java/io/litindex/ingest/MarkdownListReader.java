package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import io.litindex.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads an "awesome list" README into entries. commonmark-java parses the Markdown (with the GFM
 * tables extension); this class interprets the tree: headings give the section path, table rows give
 * entries, and every entry-like row that cannot be read becomes a diagnostic instead of vanishing.
 * Mis-encoded text is repaired first, and reported.
 */
public final class MarkdownListReader {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern SIZE = Pattern.compile("^[>~≈<]?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kKmMbB])?\\+?$");

    /** What a table column holds, from its header. */
    enum Role { TITLE, PAPER, NAME, VENUE, DATE, YEAR, CODE, LINK, NOTE, AUTHORS, SIZE, OTHER }

    private final Venues venues;

    public MarkdownListReader() {
        this(Venues.standard());
    }

    public MarkdownListReader(Venues venues) {
        this.venues = venues;
    }

    /**
     * Reads a list file; sources and diagnostics name it by its file name.
     *
     * @throws IOException when the file cannot be read
     */
    public ImportResult read(Path file) throws IOException {
        return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads one list.
     *
     * @param listName the name sources and diagnostics refer to (usually the file name)
     * @param markdown the list's text
     */
    public ImportResult read(String listName, String markdown) {
        Run run = new Run(listName);
        String text = run.repairLines(markdown);
        Node document = PARSER.parse(text);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                run.heading(heading);
            } else if (block instanceof TableBlock table) {
                run.table(table);
            }
        }
        return run.finish();
    }

    /** Column roles from a header cell's text. */
    static Role role(String header) {
        String h = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z#& ]", " ").replaceAll("\\s+", " ").strip();
        return switch (h) {
            case "title", "paper title" -> Role.TITLE;
            case "paper", "papers", "paper link" -> Role.PAPER;
            case "name", "dataset", "datasets", "model", "models", "abbreviation", "method", "benchmark" -> Role.NAME;
            case "venue", "publication", "published in", "published", "conference", "journal", "conf", "pub" -> Role.VENUE;
            case "date", "time", "release date", "published date" -> Role.DATE;
            case "year" -> Role.YEAR;
            case "code", "github", "repo", "repository", "code & weights", "code and weights" -> Role.CODE;
            case "link", "links", "url", "project", "project page", "homepage", "demo", "data", "download" -> Role.LINK;
            case "note", "notes", "remark", "remarks", "description", "comment", "comments", "highlight" -> Role.NOTE;
            case "author", "authors" -> Role.AUTHORS;
            case "size", "scale", "# samples", "#samples", "samples", "number", "#", "count" -> Role.SIZE;
            default -> Role.OTHER;
        };
    }

    /** The state of reading one list. */
    private final class Run {
        private final String list;
        private final List<String> headings = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private final List<Entry> rows = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private int skipped;

        Run(String list) {
            this.list = list;
        }

        String repairLines(String markdown) {
            String[] lines = markdown.split("\n", -1);
            StringBuilder out = new StringBuilder(markdown.length());
            for (int i = 0; i < lines.length; i++) {
                String repaired = TextRepair.repair(lines[i]);
                for (TextRepair.Repair r : TextRepair.repairs(lines[i])) {
                    diagnostics.add(new Diagnostic(list, i + 1, Diagnostic.Level.WARNING,
                            "mis-encoded text '" + r.found() + "' read as '" + r.repaired() + "'"));
                }
                out.append(repaired);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
            return out.toString();
        }

        void heading(Heading heading) {
            String title = Headings.text(heading);
            int level = heading.getLevel();
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                headings.remove(headings.size() - 1);
            }
            if (!title.isEmpty()) {
                levels.add(level);
                headings.add(title);
            }
        }

        String section() {
            return String.join(" > ", headings);
        }

        void table(TableBlock table) {
            List<Role> roles = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            List<TableRow> body = new ArrayList<>();
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableHead) {
                    TableRow head = (TableRow) part.getFirstChild();
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
            TableShape shape = TableShape.of(roles);
            for (TableRow row : body) {
                int line = line(row);
                List<CellContent> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(CellContent.of(cell));
                    }
                }
                readRow(shape, roles, cells, line);
            }
        }

        private void readRow(TableShape shape, List<Role> roles, List<CellContent> cells, int line) {
            if (cells.stream().allMatch(c -> Cells.isPlaceholder(c.text()) && c.links().isEmpty())) {
                return;
            }
            for (CellContent cell : cells) {
                for (CellContent.LinkRef link : cell.links()) {
                    if (link.url().isEmpty()) {
                        diagnostics.add(new Diagnostic(list, line, Diagnostic.Level.WARNING,
                                "empty link [" + link.label() + "]()"));
                    }
                }
            }
            Optional<Entry> entry = shape.kind == Kind.DATASET
                    ? datasetRow(roles, cells, line)
                    : paperRow(roles, cells, line);
            if (entry.isPresent()) {
                rows.add(entry.get());
            } else {
                skipped++;
            }
        }

        private Optional<Entry> paperRow(List<Role> roles, List<CellContent> cells, int line) {
            CellContent titleCell = cell(roles, cells, Role.TITLE).or(() -> cell(roles, cells, Role.PAPER))
                    .or(() -> cell(roles, cells, Role.NAME)).orElse(null);
            Title title = titleCell == null ? null : Title.of(titleCell);
            if (title == null || title.text.isEmpty()) {
                error(line, "row has no title; skipped");
                return Optional.empty();
            }
            Entry.Builder b = Entry.builder("pending", title.text).kind(Kind.PAPER)
                    .section(section()).source(new Source(list, line));
            b.link(Links.PAPER, title.url);
            title.badgeRepository.ifPresent(repo -> b.link(Links.CODE, repo));
            if (!title.authors.isEmpty()) {
                Authors.Parsed authors = Authors.parse(title.authors);
                b.authors(authors.names()).etAl(authors.etAl());
            }
            for (int i = 0; i < cells.size() && i < roles.size(); i++) {
                CellContent cell = cells.get(i);
                if (cell == titleCell) {
                    continue;
                }
                switch (roles.get(i)) {
                    case VENUE -> venue(b, cell.text());
                    case DATE, YEAR -> date(b, cell.text(), line);
                    case AUTHORS -> {
                        Authors.Parsed authors = Authors.parse(cell.text());
                        b.authors(authors.names()).etAl(authors.etAl());
                    }
                    case CODE -> cell.links().forEach(l -> b.link(
                            LinkClassifier.githubRepository(l.url()).isPresent() && !isProject(l.label())
                                    ? Links.CODE : LinkClassifier.kindOf(l.url(), l.label()), l.url()));
                    case PAPER, LINK -> cell.links().forEach(l -> b.link(LinkClassifier.kindOf(l.url(), l.label()), l.url()));
                    case NOTE -> note(b, cell);
                    default -> { }
                }
            }
            Entry e = b.build();
            return Optional.of(e.toBuilder().id(Ids.forPaper(e.links(), e.title())).build());
        }

        private Optional<Entry> datasetRow(List<Role> roles, List<CellContent> cells, int line) {
            CellContent nameCell = cell(roles, cells, Role.NAME).orElse(null);
            String name = nameCell == null ? "" : Title.of(nameCell).text;
            if (name.isEmpty()) {
                error(line, "dataset row has no name; skipped");
                return Optional.empty();
            }
            Entry.Builder b = Entry.builder(Ids.slug(name), name).kind(Kind.DATASET)
                    .section(section()).source(new Source(list, line));
            for (int i = 0; i < cells.size() && i < roles.size(); i++) {
                CellContent cell = cells.get(i);
                if (cell == nameCell) {
                    continue;
                }
                switch (roles.get(i)) {
                    case PAPER, TITLE -> {
                        Title paper = Title.of(cell);
                        if (!paper.text.isEmpty()) {
                            b.sourcePaper(new PaperRef(paper.text, paper.url, null));
                        }
                    }
                    case LINK -> cell.links().forEach(l -> b.link(Links.DATA, l.url()));
                    case CODE -> cell.links().forEach(l -> b.link(Links.CODE, l.url()));
                    case VENUE -> venue(b, cell.text());
                    case DATE, YEAR -> date(b, cell.text(), line);
                    case SIZE -> size(b, cell.text());
                    case NOTE -> {
                        if (!size(b, cell.text())) {
                            note(b, cell);
                        }
                    }
                    default -> { }
                }
            }
            return Optional.of(b.build());
        }

        private void venue(Entry.Builder b, String text) {
            venues.parse(text).ifPresent(v -> {
                b.venue(v.venue());
                if (v.venue() == null || !v.venue().equals(v.asWritten())) {
                    b.venueAsWritten(v.asWritten());
                }
                if (v.year() != null && b.build().year() == null) {
                    b.year(v.year());
                }
            });
        }

        private void date(Entry.Builder b, String text, int line) {
            if (Cells.isPlaceholder(text)) {
                return;
            }
            Optional<String> iso = Dates.parse(text);
            if (iso.isEmpty()) {
                diagnostics.add(new Diagnostic(list, line, Diagnostic.Level.WARNING, "unreadable date '" + text + "'"));
                return;
            }
            b.date(iso.get()).year(Dates.year(iso.get()));
        }

        private boolean size(Entry.Builder b, String text) {
            Matcher m = SIZE.matcher(text.strip());
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
            b.size(Math.round(number * factor)).sizeAsWritten(text.strip());
            return true;
        }

        private void note(Entry.Builder b, CellContent cell) {
            for (CellContent.LinkRef link : cell.links()) {
                b.link(LinkClassifier.kindOf(link.url(), link.label()), link.url());
            }
            String text = cell.textOutsideLinks();
            if (!Cells.isPlaceholder(text)) {
                b.note(text);
            }
        }

        private Optional<CellContent> cell(List<Role> roles, List<CellContent> cells, Role role) {
            int i = roles.indexOf(role);
            return i >= 0 && i < cells.size() ? Optional.of(cells.get(i)) : Optional.empty();
        }

        private void error(int line, String message) {
            diagnostics.add(new Diagnostic(list, line, Diagnostic.Level.ERROR, message));
        }

        ImportResult finish() {
            EntryMerger merger = new EntryMerger();
            merger.addAll(rows);
            List<Entry> merged = resolveSourcePapers(merger.entries());
            return new ImportResult(EntryMerger.uniqueIds(merged), diagnostics, skipped);
        }
    }

    /**
     * Links each dataset to the entry of the paper it comes from, when the list holds it, and lets the
     * dataset take that paper's authors, venue and date where it has none of its own.
     */
    static List<Entry> resolveSourcePapers(List<Entry> entries) {
        Map<String, Entry> papers = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.PAPER) {
                for (String key : EntryMerger.keys(e)) {
                    papers.putIfAbsent(key, e);
                }
            }
        }
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.kind() != Kind.DATASET || e.sourcePaper() == null) {
                out.add(e);
                continue;
            }
            Map<String, String> links = new HashMap<>();
            if (e.sourcePaper().url() != null) {
                links.put(Links.PAPER, e.sourcePaper().url());
            }
            Entry probe = Entry.builder("probe", e.sourcePaper().title()).links(links).build();
            Entry paper = EntryMerger.keys(probe).stream().map(papers::get).filter(p -> p != null).findFirst().orElse(null);
            if (paper == null) {
                out.add(e);
                continue;
            }
            Entry.Builder b = e.toBuilder().sourcePaper(e.sourcePaper().withId(paper.id()));
            if (e.authors().isEmpty()) {
                b.authors(paper.authors()).etAl(paper.etAl());
            }
            if (e.venue() == null) {
                b.venue(paper.venue()).venueAsWritten(paper.venueAsWritten());
            }
            if (e.year() == null) {
                b.year(paper.year()).date(paper.date());
            }
            out.add(b.build());
        }
        return out;
    }

    /** The shape of a table: which kind of entry its rows describe. */
    private record TableShape(Kind kind) {
        static TableShape of(List<Role> roles) {
            boolean names = roles.contains(Role.NAME);
            boolean titles = roles.contains(Role.TITLE) || roles.contains(Role.PAPER);
            return new TableShape(names && titles && !roles.contains(Role.TITLE) ? Kind.DATASET : Kind.PAPER);
        }
    }

    /** The title of a title cell: bold link text, else link text, else bold text, else the first segment's text. */
    private static final class Title {
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
                        if (!link.label().isEmpty() && (pass == 1 || link.bold())) {
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
                    String candidate = seg.bold().isEmpty() ? seg.text() : seg.bold();
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

    private static boolean isProject(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.contains("project") || l.contains("page");
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
