package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads an "awesome list" README into entries. commonmark-java parses the Markdown (with the GFM tables
 * extension); this class walks the tree: headings (also ones written as HTML, or wrapped in {@code <font>})
 * give the section path, tables go to {@link TableReader}, bulleted and numbered lists to {@link BulletReader}.
 * Every entry-like row that cannot be read becomes a diagnostic instead of vanishing. Mis-encoded text is
 * repaired first, line by line, and reported; emphasis marks beyond what one paragraph or cell can take in linear
 * time are read as text ({@link MarkLimit}). Long lists are parsed in pieces ({@link Chunks}), so memory stays
 * bounded. The same paper listed twice becomes one entry ({@link EntryMerger}).
 */
public final class MarkdownListReader {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    /** Texts up to this many characters are parsed as one piece. */
    static final int CHUNK_CHARS = 1 << 20;
    private static final Pattern HTML_HEADING = Pattern.compile("(?is)<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>");
    private static final Pattern FONT_SIZE = Pattern.compile("(?i)<font\\b[^>]*\\bsize\\s*=\\s*[\"']?\\+?([1-7])");
    /** A paragraph in a large font is a heading up to this many characters; a longer one is text. */
    static final int MAX_FONT_HEADING = 150;
    private static final Pattern HTML_ROW_START = Pattern.compile("<(tr|li)[\\s>]");
    /** A link to the web in HTML (not to an anchor of the page, as a table of contents has). */
    private static final Pattern WEB_HREF = Pattern.compile("href\\s*=\\s*[\"']?\\s*https?://");
    /** A Markdown list item or table row with a web link: "- [Title](https://…)", "1. …", "| [Title](https://…) | …". */
    private static final Pattern MARKDOWN_ENTRY_LINE = Pattern.compile("^\\s{0,3}(?:[-*+]\\s|\\d{1,9}[.)]\\s|\\|).*\\]\\(\\s*<?https?://");
    private static final Pattern INLINE_HEADING = Pattern.compile("(?i)^<h([1-6])\\b");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    /** Repairs reported one by one on a line; more are counted in one diagnostic. */
    private static final int MAX_REPAIRS_SHOWN = 5;
    /** Quotes and lists nested deeper than this are not read. */
    private static final int MAX_DEPTH = 16;

    private final Venues venues;
    private final int chunkChars;

    /** A reader that knows the venues litindex ships ({@code venues.tsv}). */
    public MarkdownListReader() {
        this(Venues.standard());
    }

    /**
     * A reader that knows these venues.
     *
     * @param venues the venues, with their spellings
     */
    public MarkdownListReader(Venues venues) {
        this(venues, CHUNK_CHARS);
    }

    MarkdownListReader(Venues venues, int chunkChars) {
        this.venues = venues;
        this.chunkChars = chunkChars;
    }

    /**
     * Reads a list file; sources and diagnostics name it by its file name.
     *
     * @param file the list
     * @return the entries and diagnostics
     * @throws SourceException when the file is missing, unreadable, binary or too large
     */
    public ImportResult read(Path file) {
        return finish(parse(Sources.name(file), Sources.load(file)));
    }

    /**
     * Reads one list. Never throws for what the text holds: whatever cannot be read is a diagnostic.
     *
     * @param listName the name sources and diagnostics refer to (usually the file name)
     * @param markdown the list's text
     * @return the entries and diagnostics
     * @throws NullPointerException when either argument is null
     */
    public ImportResult read(String listName, String markdown) {
        java.util.Objects.requireNonNull(listName, "listName == null");
        return finish(parse(listName, SourceText.of(listName, markdown)));
    }

    /** Reads a list into its rows (before merging) and diagnostics; the checker looks at the rows one by one. */
    ListRun parse(String listName, SourceText source) {
        String[] lines = source.text().split("\n", -1);
        List<Diagnostic> repairs = new ArrayList<>();
        List<TextRepair.Repair> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            found.clear();
            String repaired = TextRepair.repair(line, found);
            if (repaired != line) {
                for (TextRepair.Repair r : found.subList(0, Math.min(found.size(), MAX_REPAIRS_SHOWN))) {
                    repairs.add(new Diagnostic(listName, i + 1, Diagnostic.Level.WARNING,
                            "mis-encoded text '" + r.found() + "' read as '" + r.repaired() + "'"));
                }
                if (found.size() > MAX_REPAIRS_SHOWN) {
                    repairs.add(new Diagnostic(listName, i + 1, Diagnostic.Level.WARNING,
                            "and " + (found.size() - MAX_REPAIRS_SHOWN) + " more mis-encoded words on this line, read repaired"));
                }
                lines[i] = repaired;
            }
        }
        List<Diagnostic> cut = MarkLimit.apply(listName, lines, chunkChars);
        ListRun run = new ListRun(listName, venues, lines);
        run.diagnostics.addAll(source.diagnostics());
        run.diagnostics.addAll(repairs);
        run.diagnostics.addAll(cut);
        TableReader tables = new TableReader(run, MarkdownListReader::inline);
        BulletReader bullets = new BulletReader(run, tables);
        Chunks.parse(lines, chunkChars, PARSER, piece -> walk(piece.document(), piece, run, tables, bullets, 0));
        if (run.rows.isEmpty() && run.skipped == 0) {
            run.error(1, source.text().isBlank() ? "the list is empty" : "no entries found: no table with a title, "
                    + "paper or name column and no list item with a title and a link");
        }
        run.diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return run;
    }

    private void walk(Node parent, Chunks.Piece piece, ListRun run, TableReader tables, BulletReader bullets, int depth) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (depth == 0 && !piece.owns(piece.lineOf(block))) {
                break;
            }
            if (block instanceof Heading heading) {
                run.heading(heading.getLevel(), Headings.text(heading));
            } else if (block instanceof TableBlock table) {
                tables.read(table, piece::lineOf, piece::owns);
            } else if (block instanceof ListBlock list) {
                bullets.read(list, piece::line, depth == 0 ? piece::owns : line -> true);
            } else if (block instanceof BlockQuote && depth < MAX_DEPTH) {
                walk(block, piece, run, tables, bullets, depth + 1);
            } else if (block instanceof HtmlBlock html) {
                htmlHeading(html.getLiteral(), run);
                htmlBlockRows(html, piece, run);
            } else if (block instanceof Paragraph paragraph) {
                fontHeading(paragraph, run);
                if (!strayRows(paragraph, piece, run)) {
                    bullets.readParagraph(paragraph, piece::line);
                }
            }
        }
    }

    /**
     * Lines of a paragraph that look like table rows (two cells or more, with a leading pipe or right under a table) are rows the parser did not
     * take into a table: the table above ended (a row of empty cells ends it), or the header has no delimiter row.
     * They are reported and counted as skipped, never dropped silently. True when any was.
     */
    private static boolean strayRows(Paragraph paragraph, Chunks.Piece piece, ListRun run) {
        boolean reported = false;
        boolean rightAfterTable = false;
        if (paragraph.getPrevious() instanceof TableBlock table && !table.getSourceSpans().isEmpty()) {
            List<SourceSpan> spans = table.getSourceSpans();
            rightAfterTable = piece.lineOf(paragraph) == piece.line(spans.get(spans.size() - 1).getLineIndex()) + 1;
        }
        for (SourceSpan span : paragraph.getSourceSpans()) {
            int line = piece.line(span.getLineIndex());
            String raw = run.line(line).strip();
            boolean hasText = raw.replace("|", "").strip().length() > 0;
            boolean rowLike = hasText && (rightAfterTable ? raw.indexOf('|') >= 0 : raw.startsWith("|") && TableReader.rawCells(raw).size() >= 2);
            if (rowLike && !TableReader.isDelimiterRow(raw)) {
                reported = true;
                run.skip(line, "line looks like a table row but is not part of a table (no delimiter row under a header, "
                        + "or a row of empty cells ended the table above); skipped");
            }
        }
        return reported;
    }

    /** An HTML block holding {@code <h2>Title</h2>} is a heading of that level. */
    private static void htmlHeading(String literal, ListRun run) {
        String head = literal.length() > 2_000 ? literal.substring(0, 2_000) : literal;
        Matcher m = HTML_HEADING.matcher(head);
        if (m.find()) {
            String text = Headings.clean(unescape(TAG.matcher(m.group(2)).replaceAll(" ")));
            if (!text.isEmpty()) {
                run.heading(Integer.parseInt(m.group(1)), text);
            }
        }
    }

    /**
     * Lines of an HTML block that look like entries are reported on their lines and counted as skipped, never dropped
     * silently: the rows of an HTML table ({@code <tr>…</tr>}) and the items of an HTML list ({@code <li>…}) that hold
     * a link (litindex reads Markdown tables and lists), and
     * Markdown list items or table rows with a web link that an HTML tag right above swallowed ({@code <details>}
     * without a blank line after its {@code <summary>}: CommonMark reads everything up to the next blank line as HTML).
     */
    private static void htmlBlockRows(HtmlBlock html, Chunks.Piece piece, ListRun run) {
        if (run.inNonEntrySection() || html.getSourceSpans().isEmpty()) {
            return;
        }
        int rowStart = -1;
        boolean tableRow = false;
        boolean link = false;
        for (SourceSpan span : html.getSourceSpans()) {
            int line = piece.line(span.getLineIndex());
            String raw = run.line(line);
            String text = raw.toLowerCase(java.util.Locale.ROOT);
            Matcher row = HTML_ROW_START.matcher(text);
            if (row.find()) {
                htmlRow(run, rowStart, tableRow, link);
                rowStart = line;
                tableRow = row.group(1).equals("tr");
                link = false;
            }
            link |= WEB_HREF.matcher(text).find();
            if (rowStart > 0 && (text.contains("</tr>") || text.contains("</li>"))) {
                htmlRow(run, rowStart, tableRow, link);
                rowStart = -1;
            } else if (rowStart < 0 && MARKDOWN_ENTRY_LINE.matcher(raw).find()) {
                run.skip(line, "Markdown inside an HTML block is read as HTML (put a blank line after the HTML tag above it); skipped");
            }
        }
        htmlRow(run, rowStart, tableRow, link);
    }

    /** Reports an HTML table row or list item that starts on {@code line} and holds a link. */
    private static void htmlRow(ListRun run, int line, boolean tableRow, boolean link) {
        if (line > 0 && link) {
            run.skip(line, tableRow ? "HTML table row with a link is not read (litindex reads Markdown tables: | Title | Venue | …); skipped"
                    : "HTML list item with a link is not read (litindex reads Markdown lists: - [Title](…)); skipped");
        }
    }

    /**
     * A paragraph of text wrapped in HTML that makes it a heading ({@code <font size=5>…</font>}, an inline
     * {@code <h3>}) is a heading: font size 6 or 7 is level 1, 5 is level 2, 4 is level 3. A paragraph with
     * links or images is not.
     */
    private static void fontHeading(Paragraph paragraph, ListRun run) {
        int level = 0;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link || n instanceof Image) {
                return;
            }
            if (n instanceof HtmlInline html) {
                Matcher font = FONT_SIZE.matcher(html.getLiteral());
                Matcher h = INLINE_HEADING.matcher(html.getLiteral());
                if (h.find()) {
                    level = Integer.parseInt(h.group(1));
                } else if (font.find() && level == 0) {
                    int size = Integer.parseInt(font.group(1));
                    level = size >= 6 ? 1 : size == 5 ? 2 : size == 4 ? 3 : 0;
                }
            }
        }
        if (level == 0 || hasLinkOrImage(paragraph, 0)) {
            return;
        }
        String text = Headings.clean(CellContent.of(paragraph).text());
        if (!text.isEmpty() && text.length() <= MAX_FONT_HEADING) {
            run.heading(level, text);
        }
    }

    private static boolean hasLinkOrImage(Node node, int depth) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link || n instanceof Image || (depth < MAX_DEPTH && hasLinkOrImage(n, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The inline content of one raw table cell's Markdown. */
    static CellContent inline(String markdown) {
        Node doc = PARSER.parse(markdown.strip());
        Node first = doc.getFirstChild();
        return CellContent.of(first == null ? doc : first);
    }

    /** Merges a list's rows into its entries: duplicates folded, datasets linked to their papers, ids made unique. */
    static ImportResult finish(ListRun run) {
        EntryMerger merger = new EntryMerger();
        merger.addAll(run.rows);
        List<Entry> merged = resolveSourcePapers(merger.entries());
        merged.replaceAll(Inferred::withArxivYear);
        return FieldCoverage.withCoverage(run.list, new ImportResult(EntryMerger.uniqueIds(merged), run.diagnostics, run.skipped));
    }

    /**
     * Links each dataset to the entry of the paper it comes from, when the entries hold it, and lets the
     * dataset take that paper's authors, venue and date where it has none of its own.
     */
    static List<Entry> resolveSourcePapers(List<Entry> entries) {
        Map<String, Entry> papers = new HashMap<>();
        Map<String, Entry> papersById = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.PAPER) {
                for (String key : EntryMerger.keys(e)) {
                    papers.putIfAbsent(key, e);
                }
                papersById.putIfAbsent(e.id(), e);
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
            Entry paper = EntryMerger.keys(probe).stream().map(papers::get).filter(p -> p != null).findFirst()
                    .orElseGet(() -> e.sourcePaper().id() == null ? null : papersById.get(e.sourcePaper().id()));
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

}
