package io.litindex.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * An HTML table in a Markdown list ({@code <table><tr><td>Title</td>…</tr></table>}) read as the Markdown table it
 * stands for: its first row of two cells or more is the header, each {@code <tr>} a row, each {@code <td>} or
 * {@code <th>} a cell. A cell's HTML is written as the Markdown it means ({@code <a href="u">t</a>} is {@code [t](u)},
 * {@code <b>} and {@code <strong>} bold, {@code <em>} and {@code <i>} italic, {@code <code>} code, {@code <img src>}
 * an image, {@code <br>} kept; other tags dropped), so {@link TableReader} reads the rows as it reads a Markdown table's,
 * on the lines of their {@code <tr>}. A row of one cell spanning the others ({@code <td colspan="5">📖CNN-Based
 * Method</td>}) names the group of the rows under it, as an italic group row of a Markdown table does.
 *
 * <p>Only a table whole in one HTML block is read (CommonMark ends an HTML block at a blank line); rows of a table cut
 * by blank lines are reported as before.
 */
final class HtmlTables {
    private static final Pattern TABLE = Pattern.compile("(?i)<table\\b");
    private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)(?:</tr\\s*>|(?=<tr\\b)|</table\\s*>|$)");
    private static final Pattern CELL = Pattern.compile("(?is)<(td|th)\\b([^>]*)>(.*?)(?:</\\1\\s*>|(?=<t[dh]\\b)|$)");
    private static final Pattern COLSPAN = Pattern.compile("(?i)\\bcolspan\\s*=\\s*[\"']?\\s*(\\d+)");
    private static final Pattern ANCHOR = Pattern.compile("(?is)<a\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>");
    private static final Pattern IMAGE = Pattern.compile("(?is)<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BOLD = Pattern.compile("(?i)</?(?:b|strong)\\s*>");
    private static final Pattern ITALIC = Pattern.compile("(?i)</?(?:i|em)\\s*>");
    private static final Pattern CODE = Pattern.compile("(?i)</?code\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    /** A placeholder for a kept {@code <br>} while other tags are dropped. */
    private static final String BR = "\u0000";
    /** The most rows read from one table, and the longest block looked at. */
    private static final int MAX_ROWS = 5_000;
    private static final int MAX_CHARS = 2_000_000;

    private HtmlTables() {}

    /** One row of the table: its cells' Markdown, the 0-based line of the block where it starts, and whether it is a group row. */
    private record Row(List<String> cells, int blockLine, boolean group) {}

    /**
     * Reads the HTML table of a block through {@code tables}. True when the block held a table with a header (its rows
     * are then read, or the table is reported as one without a title column, as a Markdown table would be); false when
     * it held none, and the block is looked at as before.
     */
    static boolean read(HtmlBlock html, Chunks.Piece piece, ListRun run, TableReader tables, Parser parser) {
        String literal = html.getLiteral();
        if (html.getSourceSpans().isEmpty() || literal.length() > MAX_CHARS || !TABLE.matcher(literal).find()) {
            return false;
        }
        List<Row> rows = rows(literal);
        if (rows.isEmpty() || rows.get(0).group() || rows.get(0).cells().size() < 2) {
            return false;
        }
        int columns = rows.get(0).cells().size();
        int firstIndex = html.getSourceSpans().get(0).getLineIndex();
        StringBuilder md = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> cells = new ArrayList<>(row.cells());
            if (row.group()) {
                String label = Headings.clean(cells.get(0).replace("*", " "));
                if (label.isEmpty()) {
                    continue;
                }
                cells = new ArrayList<>(List.of("*" + label + "*"));
            }
            while (cells.size() < columns && (row.group() || r == 0)) {
                cells.add("");
            }
            String line = "| " + String.join(" | ", cells) + " |";
            md.append(line).append('\n');
            lines.add(piece.line(firstIndex + row.blockLine()));
            raw.add(line);
            if (r == 0) {
                StringBuilder delimiter = new StringBuilder("|");
                delimiter.append(" --- |".repeat(columns));
                md.append(delimiter).append('\n');
                lines.add(lines.get(0));
                raw.add(delimiter.toString());
            }
        }
        Node doc = parser.parse(md.toString());
        if (!(doc.getFirstChild() instanceof TableBlock table)) {
            return false;
        }
        tables.read(table, node -> at(lines, node), piece::owns, node -> {
            int i = index(node);
            return i >= 0 && i < raw.size() ? raw.get(i) : "";
        });
        return true;
    }

    /** The line of the list where a node of the made table starts: its row's {@code <tr>} line. */
    private static int at(List<Integer> lines, Node node) {
        int i = index(node);
        return i >= 0 && i < lines.size() ? lines.get(i) : (lines.isEmpty() ? 0 : lines.get(0));
    }

    private static int index(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
    }

    /** The table's rows, in order, each cell as Markdown. */
    private static List<Row> rows(String literal) {
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(literal);
        int from = 0;
        while (rows.size() < MAX_ROWS && from < literal.length() && row.find(from)) {
            from = Math.max(row.end(), row.start() + 1);
            List<String> cells = new ArrayList<>();
            int spanned = 0;
            Matcher cell = CELL.matcher(row.group(1));
            int at = 0;
            while (at < row.group(1).length() && cell.find(at)) {
                at = Math.max(cell.end(), cell.start() + 1);
                cells.add(markdown(cell.group(3)));
                Matcher span = COLSPAN.matcher(cell.group(2));
                spanned = Math.max(spanned, span.find() ? Integer.parseInt(span.group(1)) : 1);
            }
            if (cells.isEmpty()) {
                continue;
            }
            boolean group = cells.size() == 1 && spanned > 1 && !cells.get(0).contains("](");
            rows.add(new Row(cells, lineIndex(literal, row.start()), group));
        }
        return rows;
    }

    /** The 0-based line of the block where a character stands. */
    static int lineIndex(String literal, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (literal.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** A cell's HTML as the Markdown it means, on one line, its pipes escaped. */
    static String markdown(String html) {
        String s = html;
        StringBuilder out = new StringBuilder();
        Matcher a = ANCHOR.matcher(s);
        int last = 0;
        while (a.find()) {
            out.append(s, last, a.start());
            String text = plain(a.group(2));
            String url = a.group(1).strip();
            if (url.isEmpty() || text.isEmpty()) {
                out.append(text);
            } else {
                out.append('[').append(text.replace("[", "\\[").replace("]", "\\]")).append("](").append(url.replace(" ", "%20").replace(")", "%29")).append(')');
            }
            last = a.end();
        }
        out.append(s.substring(last));
        s = IMAGE.matcher(out.toString()).replaceAll(m -> Matcher.quoteReplacement("![](" + m.group(1).strip() + ")"));
        s = BREAK.matcher(s).replaceAll(BR);
        s = BOLD.matcher(s).replaceAll("**");
        s = ITALIC.matcher(s).replaceAll("*");
        s = CODE.matcher(s).replaceAll("`");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace(BR, "<br>").replaceAll("\\s+", " ").strip();
        return s.replaceAll("(?<!\\\\)\\|", "\\\\|");
    }

    /** Text without tags, spaces single. */
    private static String plain(String html) {
        String s = BOLD.matcher(html).replaceAll("**");
        s = ITALIC.matcher(s).replaceAll("*");
        return TAG.matcher(BREAK.matcher(s).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
