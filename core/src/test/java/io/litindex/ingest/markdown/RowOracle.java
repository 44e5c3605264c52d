package io.litindex.ingest.markdown;

import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.fields.Dates;
import io.litindex.model.Entry;
import io.litindex.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Which lines of a Markdown list are entry-like, found independently of the reader from the whole text's syntax tree
 * (the reader parses long lists in pieces): a table body row with a bold text or a web link, a line outside any table
 * that starts with a pipe and holds such a row's cells, and a list item whose first line starts with a bold title or
 * a titled web link and which links somewhere on the web. Each must end up as an entry read from that line or an
 * error on it (for a table row, also the warning that its table has no title column). Parts of a list that the
 * documentation says hold no entries are left out: code, HTML, list items under a heading such as "Contents" or "News".
 */
final class RowOracle {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    /** The headings whose list items are not entries (tables of contents, news …), as the README and guide describe them. */
    private static final Pattern NOT_ENTRIES = Pattern.compile("(?i)\\b(?:table of contents|contents|toc|news|updates?|"
            + "change ?log|what'?s new|contacts?|citations?|cite|citing|acknowledge?ments?|license|contribut\\w*|"
            + "star history|to-?do|usage|installation)\\b");
    private static final Pattern HTML_HEADING = Pattern.compile("(?is)<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>");
    private static final Pattern FONT = Pattern.compile("(?i)<font\\b[^>]*\\bsize\\s*=\\s*[\"']?\\+?([4-7])|^<h([1-6])\\b");
    private static final Pattern BR = Pattern.compile("(?i)^<\\s*br\\s*/?\\s*>$");
    /** Nesting the reader does not follow (documented: deeper quotes and lists are not read). */
    private static final int MAX_DEPTH = 15;

    /** A line that must be an entry or an error; {@code header} is the line of its table's header, or 0. */
    record Expected(int line, int header, String what) {}

    private final String[] lines;
    private final List<String> headings = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    final List<Expected> expected = new ArrayList<>();

    private RowOracle(String text) {
        this.lines = text.split("\n", -1);
    }

    /** The entry-like lines of a list (line ends already \n), read as the reader reads it: with its emphasis marks limited. */
    static List<Expected> of(String text) {
        String limited = limited(text);
        RowOracle oracle = new RowOracle(limited);
        oracle.blocks(PARSER.parse(limited), 0);
        return oracle.expected;
    }

    /** The text with the emphasis marks beyond what one paragraph or cell may hold escaped ({@link MarkLimit}). */
    static String limited(String text) {
        String[] lines = text.split("\n", -1);
        MarkLimit.apply("m.md", lines, MarkdownWalker.CHUNK_CHARS);
        return String.join("\n", lines);
    }

    /**
     * The most unescaped emphasis marks one paragraph, heading or table cell of the text hands the inline parser, whose
     * time grows with their square: what bounds the work of parsing the text once its marks are limited.
     */
    static int mostMarksInOnePiece(String text) {
        int[] most = {0};
        Parser counting = Parser.builder().extensions(List.of(TablesExtension.create())).inlineParserFactory(context -> (content, block) -> {
            String s = content.getContent();
            int marks = 0;
            int backslashes = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c == '*' || c == '_') && backslashes % 2 == 0) {
                    marks++;
                }
                backslashes = c == '\\' ? backslashes + 1 : 0;
            }
            most[0] = Math.max(most[0], marks);
        }).build();
        counting.parse(text);
        return most[0];
    }

    /**
     * The expected lines that became neither an entry nor an error (nor, for a table row, the warning on its header):
     * what this list's reading lost without a word.
     */
    static List<Expected> lost(String text, ImportResult result) {
        Set<Integer> read = new HashSet<>();
        for (Entry e : result.entries()) {
            for (Source s : e.sources()) {
                read.add(s.line());
            }
        }
        Set<Integer> errors = new HashSet<>();
        Set<Integer> untitledTables = new HashSet<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.level() == Diagnostic.Level.ERROR) {
                errors.add(d.line());
            }
            if (d.message().contains("has no title, paper or name column")) {
                untitledTables.add(d.line());
            }
        }
        List<Expected> lost = new ArrayList<>();
        for (Expected e : of(text)) {
            if (!read.contains(e.line()) && !errors.contains(e.line()) && !(e.header() > 0 && untitledTables.contains(e.header()))) {
                lost.add(e);
            }
        }
        return lost;
    }

    private int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private String raw(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** The blocks the reader walks: those of the document and of block quotes. */
    private void blocks(Node parent, int depth) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                heading(h.getLevel(), Headings.text(h));
            } else if (block instanceof TableBlock table) {
                table(table);
            } else if (block instanceof ListBlock list) {
                if (!inNonEntrySection()) {
                    items(list, 0);
                }
            } else if (block instanceof BlockQuote && depth < MAX_DEPTH) {
                blocks(block, depth + 1);
            } else if (block instanceof HtmlBlock html) {
                Matcher m = HTML_HEADING.matcher(html.getLiteral());
                if (m.find()) {
                    heading(Integer.parseInt(m.group(1)), m.group(2).replaceAll("<[^>]*>", " ").strip());
                }
            } else if (block instanceof Paragraph p) {
                fontHeading(p);
                strayRows(p, parent instanceof Document);
            }
        }
    }

    private void heading(int level, String text) {
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            levels.remove(levels.size() - 1);
            headings.remove(headings.size() - 1);
        }
        if (!text.isEmpty()) {
            levels.add(level);
            headings.add(text);
        }
    }

    private boolean inNonEntrySection() {
        return headings.stream().anyMatch(h -> NOT_ENTRIES.matcher(h).find());
    }

    /**
     * A paragraph wrapped in {@code <font size=4..7>} or an inline {@code <hN>} is a heading (only its level matters here),
     * unless it runs longer than a heading does.
     */
    private void fontHeading(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link || n instanceof Image) {
                return;
            }
        }
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                Matcher m = FONT.matcher(html.getLiteral());
                if (m.find()) {
                    int level = m.group(2) != null ? Integer.parseInt(m.group(2)) : Math.max(1, 8 - Integer.parseInt(m.group(1)) - 1);
                    String text = Headings.clean(CellContent.of(p).text());
                    if (text.length() <= MarkdownWalker.MAX_FONT_HEADING) {
                        heading(level, text);
                    }
                    return;
                }
            }
        }
    }

    /** Lines of a top-level paragraph that start with a pipe and hold two cells or more with a bold text or a web link. */
    private void strayRows(Paragraph p, boolean topLevel) {
        for (SourceSpan span : p.getSourceSpans()) {
            int line = span.getLineIndex() + 1;
            String raw = raw(line).strip();
            if (raw.startsWith("|") && TableReader.rawCells(raw).size() >= 2 && !TableReader.isDelimiterRow(raw)
                    && (raw.contains("](http") || BOLD_TEXT.matcher(raw).find())) {
                expected.add(new Expected(line, 0, "a row outside a table"));
            }
        }
    }

    private static final Pattern BOLD_TEXT = Pattern.compile("\\*\\*[^*]*\\p{L}[^*]*\\*\\*");

    private void table(TableBlock table) {
        List<String> headers = new ArrayList<>();
        int header = line(table);
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                header = line(part.getFirstChild());
                for (Node cell = part.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    headers.add(CellContent.of(cell).text());
                }
            } else if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(CellContent.of(cell).text());
                        }
                    }
                    boolean repeatsHeader = cells.size() == headers.size() && java.util.stream.IntStream.range(0, cells.size())
                            .allMatch(i -> cells.get(i).equalsIgnoreCase(headers.get(i)));
                    if (!repeatsHeader && (hasWebLink(row) || hasBoldText(row))) {
                        expected.add(new Expected(line(row), header, "a table row"));
                    }
                }
            }
        }
    }

    private void items(ListBlock list, int depth) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li)) {
                continue;
            }
            boolean titled = li.getFirstChild() instanceof Paragraph first && startsWithTitle(first);
            boolean links = false;
            for (Node child = li.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph || child instanceof Heading) {
                    links |= hasWebLink(child);
                } else if (child instanceof TableBlock table) {
                    table(table);
                }
            }
            if (titled && links) {
                expected.add(new Expected(line(li), 0, "a list item"));
            }
            if (depth < MAX_DEPTH) {
                for (Node child = li.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock sub) {
                        items(sub, depth + 1);
                    }
                }
            }
        }
    }

    /**
     * True when the first thing with letters on the paragraph's first line (past images, HTML and emoji) is a bold
     * title or a link whose label is a title: not a date, not a kind of link ("Paper", "Code"), not an anchor.
     */
    private static boolean startsWithTitle(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak || (n instanceof HtmlInline h && BR.matcher(h.getLiteral().strip()).matches())) {
                return false;
            }
            if (n instanceof Image || n instanceof HtmlInline || (n instanceof Text t && !hasLetters(t.getLiteral()))) {
                continue;
            }
            if (n instanceof StrongEmphasis strong) {
                if (strong.getFirstChild() instanceof Link link && link.getNext() == null) {
                    return titleLink(link) || isTitle(CellContent.of(strong).text());
                }
                return isTitle(CellContent.of(strong).text());
            }
            return n instanceof Link link && titleLink(link);
        }
        return false;
    }

    private static boolean titleLink(Link link) {
        return !link.getDestination().startsWith("#") && isTitle(CellContent.of(link).text());
    }

    private static boolean isTitle(String text) {
        String t = BulletReader.stripEdges(text);
        return !t.isEmpty() && hasLetters(t) && Dates.parse(t).isEmpty() && !Labels.isGeneric(t);
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean hasWebLink(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link link) {
                String d = link.getDestination().strip().toLowerCase(Locale.ROOT);
                if (d.startsWith("http://") || d.startsWith("https://")) {
                    return true;
                }
            }
            if (hasWebLink(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBoldText(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if ((n instanceof StrongEmphasis && hasLetters(CellContent.of(n).text())) || hasBoldText(n)) {
                return true;
            }
        }
        return false;
    }
}
