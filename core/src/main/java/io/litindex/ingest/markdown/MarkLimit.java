package io.litindex.ingest.markdown;

import io.litindex.ingest.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Keeps reading linear in the size of a list however its emphasis marks are arranged. commonmark-java pairs the
 * emphasis marks ({@code *} and {@code _}) of one paragraph, heading or table cell in time quadratic in their number
 * when they do not pair up: 120 KB of {@code *_* _} repeated take about 25 seconds to parse, a megabyte hours. So the
 * marks of one such piece of text beyond the first {@link #MAX_MARKS} are escaped before the list is parsed (they
 * read as the characters they are), and the piece is reported with a warning. No real list comes near the limit: a
 * bold title takes four marks, a table cell a handful.
 *
 * <p>Where the pieces of text are is found by parsing the list's blocks only (in pieces, as the reader parses), and
 * only when a run of lines without a blank line holds more marks than the limit, which a list's largest table may.
 */
final class MarkLimit {
    /** The most emphasis marks of one paragraph, heading or table cell read as emphasis. */
    static final int MAX_MARKS = 1_000;

    /** The reader's parser (same extensions, so the same blocks) with the inline parsing left out: each piece of inline text is kept as a {@link Unit}. */
    private static final Parser BLOCKS = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES) // so that each line of inline text says where it is
            .inlineParserFactory(context -> (content, block) -> block.appendChild(new Unit(content)))
            .build();

    /** The inline text of a block, as the parser would have parsed it. */
    private static final class Unit extends CustomNode {
        final SourceLines content;

        Unit(SourceLines content) {
            this.content = content;
        }
    }

    private MarkLimit() {}

    /**
     * Escapes, in place, the emphasis marks of each piece of inline text beyond the first {@link #MAX_MARKS}.
     *
     * @param lines the list's lines (1-based line n is {@code lines[n - 1]})
     * @return a warning for each piece of text whose marks were cut
     */
    static List<Diagnostic> apply(String listName, String[] lines, int pieceChars) {
        if (!anyRunOverLimit(lines)) {
            return List.of();
        }
        Map<Integer, TreeSet<Integer>> escapes = new TreeMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Chunks.parse(lines, pieceChars, BLOCKS, piece -> {
            Deque<Node> todo = new ArrayDeque<>();
            for (Node top = piece.document().getFirstChild(); top != null; top = top.getNext()) {
                if (!piece.owns(piece.lineOf(top))) {
                    break;
                }
                todo.push(top);
            }
            while (!todo.isEmpty()) {
                Node node = todo.pop();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    todo.push(child);
                }
                if (node instanceof Unit unit) {
                    limit(unit, piece, lines, escapes, warnings, listName);
                }
            }
        });
        for (Map.Entry<Integer, TreeSet<Integer>> line : escapes.entrySet()) {
            String raw = lines[line.getKey() - 1];
            StringBuilder escaped = new StringBuilder(raw.length() + line.getValue().size());
            int from = 0;
            for (int column : line.getValue()) {
                escaped.append(raw, from, column).append('\\');
                from = column;
            }
            lines[line.getKey() - 1] = escaped.append(raw, from, raw.length()).toString();
        }
        warnings.sort(java.util.Comparator.comparingInt(Diagnostic::line));
        return warnings;
    }

    /**
     * Finds the marks of one piece of inline text beyond the limit in the list's lines. Each line of the piece is the
     * stretch of its raw line that its source span gives; the parser may have changed a few characters of it (a table
     * cell's "\\|" becomes "|", a leading tab spaces), never its emphasis marks, so the marks are counted in the raw
     * stretch, in order.
     */
    private static void limit(Unit unit, Chunks.Piece piece, String[] lines, Map<Integer, TreeSet<Integer>> escapes,
            List<Diagnostic> warnings, String listName) {
        int marks = 0;
        int first = 0;
        for (SourceLine sourceLine : unit.content.getLines()) {
            if (sourceLine.getSourceSpan() == null) {
                continue;
            }
            int line = piece.line(sourceLine.getSourceSpan().getLineIndex());
            if (first == 0) {
                first = line;
            }
            String raw = lines[line - 1];
            int from = Math.min(raw.length(), sourceLine.getSourceSpan().getColumnIndex());
            int to = from;
            // the span's length counts the text as parsed: a table cell's "\\|" is one character of it
            for (int parsed = 0; parsed < sourceLine.getSourceSpan().getLength() && to < raw.length(); parsed++) {
                to += raw.charAt(to) == '\\' && to + 1 < raw.length() && raw.charAt(to + 1) == '|' ? 2 : 1;
            }
            for (int i = from; i < to; i++) {
                char c = raw.charAt(i);
                if ((c == '*' || c == '_') && !escaped(raw, i)) {
                    marks++;
                    if (marks > MAX_MARKS) {
                        escapes.computeIfAbsent(line, k -> new TreeSet<>()).add(i);
                    }
                }
            }
        }
        if (marks > MAX_MARKS) {
            warnings.add(new Diagnostic(listName, Math.max(1, first), Diagnostic.Level.WARNING, String.format(Locale.ROOT,
                    "%,d emphasis marks (* and _) in one paragraph or cell; those after the first %,d are read as text, "
                            + "so that reading stays fast", marks, MAX_MARKS)));
        }
    }

    /** True when the character at {@code i} follows an odd number of backslashes. */
    private static boolean escaped(CharSequence s, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** True when some run of lines without a blank line holds more marks than one piece of text may: only then can a piece. */
    private static boolean anyRunOverLimit(String[] lines) {
        int run = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                run = 0;
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '*' || c == '_') {
                    run++;
                }
            }
            if (run > MAX_MARKS) {
                return true;
            }
        }
        return false;
    }
}
