package io.litindex.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a long list into pieces that commonmark parses one at a time, so memory stays bounded by the piece, not
 * the list. A piece ends only where no Markdown block continues: before a heading; before an unindented line
 * that follows a blank line; before a top-level bullet; or between two rows of a table, in which case the
 * next piece starts with the table's header again. Never inside a fenced code block or an HTML comment.
 * A text shorter than the target is one piece, parsed exactly as a whole. (Link reference definitions do not
 * reach across pieces; awesome lists do not use them.)
 */
final class Chunks {
    /** A piece of the text and, for each of its lines, the 1-based line of the whole text it came from. */
    record Chunk(String text, int[] lines) {
        /** The line of the whole text for a 0-based line index of this piece. */
        int line(int index) {
            return index >= 0 && index < lines.length ? lines[index] : (lines.length == 0 ? 0 : lines[lines.length - 1]);
        }
    }

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[-*+][ \\t]+\\S.*");

    private Chunks() {}

    /** Splits {@code lines} (the text's lines, without line ends) into pieces of about {@code target} characters. */
    static List<Chunk> split(String[] lines, int target) {
        List<Chunk> chunks = new ArrayList<>();
        Builder current = new Builder();
        String fence = null;
        boolean inComment = false;
        int tableHeader = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean blank = line.isBlank();
            if (fence == null && !inComment && i > 0 && current.chars >= target) {
                boolean boundary = ATX.matcher(line).matches()
                        || (!blank && lines[i - 1].isBlank() && !Character.isWhitespace(line.charAt(0)))
                        || (tableHeader < 0 && LIST_ITEM.matcher(line).matches());
                boolean tableRow = tableHeader >= 0 && !blank && i > tableHeader + 2 && !ATX.matcher(line).matches();
                if (boundary || tableRow) {
                    chunks.add(current.build());
                    current = new Builder();
                    if (tableRow) {
                        current.add(lines[tableHeader], tableHeader + 1);
                        current.add(lines[tableHeader + 1], tableHeader + 2);
                    }
                }
            }
            current.add(line, i + 1);
            if (fence != null) {
                if (closesFence(line, fence)) {
                    fence = null;
                }
                continue;
            }
            if (inComment) {
                inComment = !line.contains("-->");
                continue;
            }
            var m = FENCE.matcher(line);
            if (m.matches()) {
                fence = m.group(1);
                tableHeader = -1;
                continue;
            }
            int open = line.lastIndexOf("<!--");
            if (open >= 0 && line.indexOf("-->", open + 4) < 0) {
                inComment = true;
            }
            if (blank || ATX.matcher(line).matches()) {
                tableHeader = -1;
            } else if (tableHeader < 0 && i > 0 && isDelimiterRow(line)
                    && lines[i - 1].indexOf('|') >= 0 && !lines[i - 1].isBlank()) {
                tableHeader = i - 1;
            }
        }
        if (current.count > 0 || chunks.isEmpty()) {
            chunks.add(current.build());
        }
        return chunks;
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

    private static boolean closesFence(String line, String fence) {
        String t = line.strip();
        if (t.isEmpty() || t.charAt(0) != fence.charAt(0)) {
            return false;
        }
        int n = 0;
        while (n < t.length() && t.charAt(n) == fence.charAt(0)) {
            n++;
        }
        return n >= fence.length() && t.substring(n).isBlank() && line.length() - line.stripLeading().length() <= 3;
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] lines = new int[64];
        private int count;
        private long chars;

        void add(String line, int number) {
            if (count > 0) {
                text.append('\n');
            }
            text.append(line);
            if (count == lines.length) {
                lines = java.util.Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = number;
            chars += line.length() + 1;
        }

        Chunk build() {
            return new Chunk(text.toString(), java.util.Arrays.copyOf(lines, count));
        }
    }
}
