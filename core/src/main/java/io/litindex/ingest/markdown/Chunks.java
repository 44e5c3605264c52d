package io.litindex.ingest.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Block;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Parses a long list in pieces, so memory stays bounded by a piece, not the list. A window of lines is parsed;
 * every top-level block but the last is complete (CommonMark never reopens a block once a later one has started),
 * so the piece ends where the last block starts, and the next window starts there. When that last block is a
 * table, the piece ends before its last row instead and the next window starts with the table's header and
 * delimiter lines again; when it is a list, before its last item. A window holding a single block grows until the
 * block ends. No piece starts at a line indented by four columns or more unless it starts code there: such a line
 * may start a table only as the continuation of a paragraph, and would read as code at the start of a piece.
 * Nor does a piece start right after blocks nested {@link #MAX_OPEN_DEPTH} deep: CommonMark's parser stops starting
 * blocks while too many are open, so the line after such nesting reads otherwise than at the start of a piece.
 * A text of at most {@code target} characters is one piece, parsed whole. The parser itself decides
 * where blocks start, so reading in pieces gives the same result as reading whole (link reference definitions
 * aside, which awesome lists do not use); the tests check this on the large real list and on generated lists.
 */
final class Chunks {
    /**
     * The deepest nesting of blocks (lists, items, quotes) after which a piece may start: far below the 100 open
     * blocks past which commonmark-java starts no new block on a line, far above what any real list nests.
     */
    static final int MAX_OPEN_DEPTH = 32;

    /**
     * One parsed piece: its tree, the 1-based line of the whole text for each of its lines, and the first line (of the
     * whole text) that belongs to the next piece: blocks, table rows and list items starting there are not read here.
     */
    record Piece(Node document, int[] lines, int limit) {
        /** The line of the whole text for a 0-based line index of this piece. */
        int line(int index) {
            return index >= 0 && index < lines.length ? lines[index] : (lines.length == 0 ? 0 : lines[lines.length - 1]);
        }

        /** The line of the whole text where a node starts. */
        int lineOf(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return line(spans.isEmpty() ? 0 : spans.get(0).getLineIndex());
        }

        /** True when a node starting at this line of the whole text belongs to this piece. */
        boolean owns(int line) {
            return line < limit;
        }
    }

    private Chunks() {}

    /** Parses {@code lines} (the text's lines, without line ends) in pieces of about {@code target} characters, in order. */
    static void parse(String[] lines, int target, Parser parser, Consumer<Piece> consumer) {
        int start = 0;
        int[] prefix = new int[0];
        while (true) {
            long size = Math.max(1, target);
            while (true) {
                long chars = 0;
                for (int p : prefix) {
                    chars += lines[p].length() + 1;
                }
                int end = start;
                while (end < lines.length && (chars < size || end == start)) {
                    chars += lines[end].length() + 1;
                    end++;
                }
                int[] map = new int[prefix.length + end - start];
                StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, chars + 16));
                int k = 0;
                for (int p : prefix) {
                    map[k++] = p + 1;
                    text.append(lines[p]).append('\n');
                }
                for (int i = start; i < end; i++) {
                    map[k++] = i + 1;
                    text.append(lines[i]);
                    if (i < end - 1) {
                        text.append('\n');
                    }
                }
                Node document = parser.parse(text.toString());
                if (end >= lines.length) {
                    consumer.accept(new Piece(document, map, Integer.MAX_VALUE));
                    return;
                }
                Split split = split(document, new Piece(document, map, Integer.MAX_VALUE), start + 1, prefix, lines);
                if (split == null) {
                    size *= 2;
                    continue;
                }
                consumer.accept(new Piece(document, map, split.line));
                start = split.line - 1;
                prefix = split.prefix;
                break;
            }
        }
    }

    /** Where a piece ends (a 1-based line of the whole text, after {@code first}) and the header lines the next one repeats. */
    private record Split(int line, int[] prefix) {}

    private static Split split(Node document, Piece piece, int first, int[] prefix, String[] lines) {
        Node last = document.getLastChild();
        if (last == null) {
            return null;
        }
        if (last instanceof TableBlock table) {
            Split rows = betweenRows(table, piece, first, lines);
            if (rows != null) {
                return rows;
            }
        } else if (last instanceof ListBlock list && list.getLastChild() != null && list.getLastChild() != list.getFirstChild()) {
            int item = piece.lineOf(list.getLastChild());
            if (item > first && 1 + nesting(list.getLastChild().getPrevious()) <= MAX_OPEN_DEPTH) {
                return new Split(item, new int[0]);
            }
        }
        int line = piece.lineOf(last);
        boolean inPrefix = Arrays.stream(prefix).anyMatch(p -> p + 1 == line);
        boolean readsAlike = (last instanceof IndentedCodeBlock || !indented(lines[line - 1])) && nesting(last.getPrevious()) <= MAX_OPEN_DEPTH;
        return line > first && !inPrefix && readsAlike ? new Split(line, new int[0]) : null;
    }

    /** How many blocks nest along the last children of {@code block} (itself included): those that may still be open after it. */
    private static int nesting(Node block) {
        int depth = 0;
        for (Node n = block; n instanceof Block; n = n.getLastChild()) {
            depth++;
        }
        return depth;
    }

    /**
     * True when a line is indented by four columns or more. Such a line can start a block only where it continues a
     * paragraph (a table's header row, say); at the start of the next piece it would be read as code, so no piece
     * may start there.
     */
    static boolean indented(String line) {
        int columns = 0;
        for (int i = 0; i < line.length() && columns < 4; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                return false;
            }
        }
        return columns >= 4;
    }

    /** Before the last row of a table, the next piece repeating the header and delimiter lines. */
    private static Split betweenRows(TableBlock table, Piece piece, int first, String[] lines) {
        Node head = null;
        Node body = null;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                head = part;
            } else if (part instanceof TableBody) {
                body = part;
            }
        }
        if (head == null || body == null || body.getLastChild() == null || table.getSourceSpans().size() < 2) {
            return null;
        }
        int row = piece.lineOf(body.getLastChild());
        int header = piece.lineOf(head);
        int delimiter = piece.line(table.getSourceSpans().get(1).getLineIndex());
        if (row <= first || row <= delimiter || delimiter != header + 1 || indented(lines[header - 1])) {
            return null;
        }
        return new Split(row, new int[] {header - 1, delimiter - 1});
    }
}
