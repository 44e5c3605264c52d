package io.litindex.ingest.markdown;

import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.fields.TextRepair;
import io.litindex.ingest.fields.Venues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * Walks the Markdown tree of one list: commonmark-java parses it (with the GFM tables extension), headings (also
 * ones written as HTML, or wrapped in {@code <font>}) give the section path, tables go to {@link TableReader},
 * bulleted and numbered lists to {@link BulletReader}. Every entry-like row that cannot be read becomes a diagnostic
 * instead of vanishing. Mis-encoded text is repaired first, line by line, and reported; emphasis marks beyond what
 * one paragraph or cell can take in linear time are read as text ({@link MarkLimit}). Long lists are parsed in
 * pieces ({@link Chunks}), so memory stays bounded.
 *
 * <p>Public for {@code io.litindex.ingest.MarkdownListReader} and {@code ListChecker}, which merge and check the
 * rows; library users call {@code MarkdownListReader}, not this class.
 */
public final class MarkdownWalker {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    /** Texts up to this many characters are parsed as one piece. */
    public static final int CHUNK_CHARS = 1 << 20;
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

    private MarkdownWalker() {
    }

    /**
     * Reads a list into its rows (before merging) and diagnostics, sorted by line: mis-encoded text is repaired
     * and reported first, then the Markdown is parsed in pieces and walked.
     *
     * @param listName the name diagnostics and sources refer to
     * @param text the list's text
     * @param before diagnostics already found while decoding the text, kept in the result
     * @param venues the venues known to the readers
     * @param chunkChars the size of a piece parsed at once ({@link #CHUNK_CHARS} unless testing)
     * @return the run, holding the rows, the diagnostics and the count of skipped rows
     */
    public static ListRun parse(String listName, String text, List<Diagnostic> before, Venues venues, int chunkChars) {
        String[] lines = text.split("\n", -1);
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
        // "1. *Title**.", "*A, B, Ville Kyrki" then "*. Journal. 2023.": emphasis marks slipped, read as meant
        repairs.addAll(EmphasisSlips.repair(listName, lines));
        List<Diagnostic> cut = new ArrayList<>(MarkLimit.apply(listName, lines, chunkChars));
        cut.addAll(unclosedLinks(listName, lines));
        ListRun run = new ListRun(listName, venues, lines);
        run.diagnostics.addAll(before);
        run.diagnostics.addAll(repairs);
        run.diagnostics.addAll(cut);
        // the abbreviations the list defines once, outside its entries, for the entries that use them
        for (Legend.Found definition : Legend.read(lines)) {
            run.define(definition.definition());
        }
        TableReader tables = new TableReader(run, MarkdownWalker::inline);
        BulletReader bullets = new BulletReader(run, tables);
        Chunks.parse(lines, chunkChars, PARSER, piece -> walk(piece.document(), piece, run, tables, bullets, 0));
        tables.finish();
        if (run.rows.isEmpty() && run.skipped == 0) {
            run.error(1, text.isBlank() ? "the list is empty" : "no entries found: no table with a title, "
                    + "paper or name column and no list item with a title and a link");
        }
        run.diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return run;
    }

    /**
     * "[Title](https://arxiv.org/pdf/2004.08546.pdf" with no ")" after the address: Markdown shows it as text, not a link
     * (an address in angle brackets, "[x](&lt;https://… (draft)&gt;)", may hold spaces and is not looked at).
     */
    private static final Pattern UNCLOSED_LINK = Pattern.compile("\\]\\(\\s*(https?://[^\\s()<>]+)(?=\\s+[^\\s)\"'“]|\\s*$)");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(?:```|~~~)");

    /**
     * A link whose address is not closed by ")" (at the line's end, or before more words) is text to Markdown, so
     * its item may give no entry, or an entry without that link: one warning on its line says so. Lines in fenced code
     * and HTML comments are not looked at.
     */
    private static List<Diagnostic> unclosedLinks(String listName, String[] lines) {
        List<Diagnostic> out = new ArrayList<>();
        boolean fenced = false;
        boolean comment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                continue;
            }
            int open = line.lastIndexOf("<!--");
            int close = line.lastIndexOf("-->");
            boolean hidden = fenced || comment || open >= 0;
            if (open > close) {
                comment = true;
            } else if (close >= 0) {
                comment = false;
            }
            if (hidden || line.indexOf("](") < 0) {
                continue;
            }
            Matcher m = UNCLOSED_LINK.matcher(line);
            if (m.find()) {
                out.add(new Diagnostic(listName, i + 1, Diagnostic.Level.WARNING, "link to " + io.litindex.ingest.fields.Cells.quote(m.group(1),
                        io.litindex.ingest.fields.Cells.QUOTE) + " is not closed (no ')' after its address): Markdown shows it as text; not read as a link"));
            }
        }
        return out;
    }

    private static void walk(Node parent, Chunks.Piece piece, ListRun run, TableReader tables, BulletReader bullets, int depth) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (depth == 0 && !piece.owns(piece.lineOf(block))) {
                break;
            }
            if (block instanceof Heading heading) {
                if (bullets.itemHeadings.isItem(heading)) {
                    // "> #### 1) *"Title"* [[paper](…)]": a numbered paper written as a heading is an item, not a part
                    bullets.read(ItemHeadings.asList(heading), piece::line, depth == 0 ? piece::owns : line -> true);
                } else if (bullets.paperHeadings.isPaper(heading)) {
                    // "#### [Title](https://…)" or "##### (2021) Title", the venue and links under it: one paper
                    block = bullets.paperHeadings.read(heading, run, piece::line, depth == 0 ? piece::owns : line -> true);
                } else {
                    run.heading(heading.getLevel(), Headings.text(heading));
                }
            } else if (block instanceof TableBlock table) {
                tables.read(table, piece::lineOf, piece::owns);
            } else if (block instanceof ListBlock list) {
                String label = SubHeadings.labelOverQuote(list);
                if (label != null) {
                    // "- **Person search**" over a block quote of its papers: the group's name, as a sub-heading
                    run.subHeading(label);
                } else {
                    bullets.read(list, piece::line, depth == 0 ? piece::owns : line -> true);
                }
            } else if (block instanceof BlockQuote && depth < MAX_DEPTH) {
                walk(block, piece, run, tables, bullets, depth + 1);
            } else if (block instanceof HtmlBlock html) {
                if (!html.getLiteral().stripLeading().startsWith("<!--")) {
                    htmlHeading(html.getLiteral(), run); // a heading inside a comment is hidden too
                }
                // "<table><tr><td>…</td></tr></table>": an HTML table is read as the Markdown table it stands for
                if (html.getLiteral().stripLeading().startsWith("<!--") || !HtmlTables.read(html, piece, run, tables, PARSER)) {
                    if (!html.getLiteral().stripLeading().startsWith("<!--")) {
                        // "<details><summary><a href=…>Title</a> (2023)</summary>…BibTeX…</details>": a paper per summary
                        HtmlSummaries.read(html, piece, run);
                    }
                    htmlBlockRows(html, piece, run);
                }
            } else if (block instanceof Paragraph paragraph) {
                fontHeading(paragraph, run);
                String sub = SubHeadings.atTopLevel(paragraph);
                if (sub != null) {
                    // "**Domain Randomization**" over the items of a heading: their group, as a heading one level below
                    run.subHeading(sub);
                }
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
        if (html.getLiteral().stripLeading().startsWith("<!--")) {
            commentRows(html, piece, run);
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

    /**
     * An HTML comment ({@code <!-- … -->}) is text the list's author chose to hide: rows and items inside it are not
     * read and not counted as skipped; one warning on the comment's first line says how many looked like entries.
     */
    private static void commentRows(HtmlBlock html, Chunks.Piece piece, ListRun run) {
        int first = -1;
        int rows = 0;
        for (SourceSpan span : html.getSourceSpans()) {
            int line = piece.line(span.getLineIndex());
            first = first < 0 ? line : first;
            if (MARKDOWN_ENTRY_LINE.matcher(run.line(line)).find()) {
                rows++;
            }
        }
        if (rows > 0) {
            run.warning(first, rows + (rows == 1 ? " row or item" : " rows or items") + " with a link inside an HTML comment (<!-- … -->); not read");
        }
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
        if (level == 0 || hasLink(paragraph, true, 0)) {
            return;
        }
        String text = Headings.clean(CellContent.of(paragraph).text());
        if (!text.isEmpty() && text.length() <= MAX_FONT_HEADING) {
            run.heading(level, text);
        }
    }

    /** Whether the node holds a link (or, with {@code orImage}, an image), looked for down to {@link #MAX_DEPTH} levels. */
    static boolean hasLink(Node node, boolean orImage, int depth) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link || orImage && n instanceof Image || (depth < MAX_DEPTH && hasLink(n, orImage, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The few HTML entities lists write in raw HTML, as text (the ampersand's last, so nothing is decoded twice). */
    static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The inline content of one raw table cell's Markdown. */
    static CellContent inline(String markdown) {
        Node doc = PARSER.parse(markdown.strip());
        Node first = doc.getFirstChild();
        return CellContent.of(first == null ? doc : first);
    }

}
