package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Cells;
import io.litindex.model.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The parsed inline content of a table cell or list item, cut into segments at {@code <br>} tags:
 * each segment's plain text, links, bold text and images. Raw HTML other than {@code <br>} is dropped
 * (its text content is kept: {@code M<sup>3</sup>IT} reads "M3IT").
 */
final class CellContent {
    /** A link as written: its label (plain text) and destination. */
    record LinkRef(String label, String url, boolean bold) {}

    /** The part of a cell between two {@code <br>} tags. */
    static final class Segment {
        final StringBuilder text = new StringBuilder();
        final StringBuilder bold = new StringBuilder();
        final StringBuilder outside = new StringBuilder();
        final List<LinkRef> links = new ArrayList<>();
        final List<String> images = new ArrayList<>();

        String text() {
            return Cells.clean(text.toString());
        }

        String bold() {
            return Cells.clean(bold.toString());
        }

        boolean isEmpty() {
            return text().isEmpty() && links.isEmpty() && images.isEmpty();
        }
    }

    /** A pair of brackets holding nothing but spaces and separators. */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[\\[(【]\\s*[|,;/]?\\s*[\\])】]");
    /** A closing bracket at the start or an opening one at the end, with the spaces beside it. */
    private static final Pattern OPEN_ENDS = Pattern.compile("^\\s*[\\])】]|[\\[(【]\\s*$");
    private static final Pattern BR = Pattern.compile("(?i)^<\\s*br\\s*/?\\s*>$");
    /** Deeper inline nesting than this (only pathological input has it) is not read, so no input can exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    final List<Segment> segments = new ArrayList<>();

    private CellContent() {
        segments.add(new Segment());
    }

    static CellContent of(Node parent) {
        CellContent content = new CellContent();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            content.visit(child, false, null, 0);
        }
        return content;
    }

    /** The content of a run of sibling inline nodes, such as one line of a list item's paragraph. */
    static CellContent of(List<Node> nodes) {
        CellContent content = new CellContent();
        for (Node node : nodes) {
            content.visit(node, false, null, 0);
        }
        return content;
    }

    /** The text of the whole cell, segments joined by a space. */
    String text() {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text).append(' '));
        return Cells.clean(sb.toString());
    }

    List<LinkRef> links() {
        List<LinkRef> all = new ArrayList<>();
        segments.forEach(s -> all.addAll(s.links));
        return all;
    }

    List<String> images() {
        List<String> all = new ArrayList<>();
        segments.forEach(s -> all.addAll(s.images));
        return all;
    }

    /**
     * The text of the cell outside its links, separators between links dropped: what is left to read as a note.
     * Brackets that held only links ("[[Paper](…)]") go with them, and so does a bracket left open or closed
     * at either end where the text was cut at a link.
     */
    String textOutsideLinks() {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.outside).append(' '));
        String text = sb.toString();
        for (int pass = 0; pass < 3; pass++) {
            String emptied = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
            if (emptied.equals(text)) {
                break;
            }
            text = emptied;
        }
        text = OPEN_ENDS.matcher(text).replaceAll("");
        return Cells.dropSeparators(Cells.clean(text));
    }

    private Segment current() {
        return segments.get(segments.size() - 1);
    }

    private void visit(Node node, boolean bold, StringBuilder linkLabel, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof Text t) {
            append(t.getLiteral(), bold, linkLabel);
        } else if (node instanceof Code c) {
            append(c.getLiteral(), bold, linkLabel);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            append(" ", bold, linkLabel);
        } else if (node instanceof HtmlInline html) {
            if (BR.matcher(html.getLiteral().strip()).matches()) {
                segments.add(new Segment());
            }
        } else if (node instanceof Image image) {
            current().images.add(image.getDestination());
        } else if (node instanceof Link link) {
            StringBuilder label = new StringBuilder();
            boolean[] hasBold = {bold};
            Segment at = current();
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof StrongEmphasis) {
                    hasBold[0] = true;
                }
                visit(child, bold, label, depth + 1);
            }
            at.links.add(new LinkRef(Cells.clean(label.toString()), destination(link.getDestination()), hasBold[0]));
            if (linkLabel != null) {
                linkLabel.append(label);
            }
        } else if (node instanceof StrongEmphasis) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child, true, linkLabel, depth + 1);
            }
            if (!bold) {
                current().bold.append(' ');
            }
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child, bold, linkLabel, depth + 1);
            }
        }
    }

    private void append(String text, boolean bold, StringBuilder linkLabel) {
        current().text.append(text);
        if (linkLabel == null) {
            current().outside.append(text);
        }
        if (bold) {
            current().bold.append(text);
        }
        if (linkLabel != null) {
            linkLabel.append(text);
        }
    }

    /**
     * A link's target, without brackets written around a web address by mistake ("[paper]([https://arxiv.org/…])"),
     * and with https:// before a web address written without its scheme ({@link #withScheme}).
     */
    static String destination(String url) {
        String u = url.strip();
        if (u.length() > 2 && u.startsWith("[") && u.endsWith("]")) {
            String inner = u.substring(1, u.length() - 1).strip();
            String lower = inner.toLowerCase(java.util.Locale.ROOT);
            if ((lower.startsWith("http://") || lower.startsWith("https://")) && inner.indexOf('[') < 0 && inner.indexOf(']') < 0) {
                return inner;
            }
        }
        return withScheme(u);
    }

    /** A link target written without its scheme as the https address it stands for ({@link Links#withScheme}). */
    static String withScheme(String url) {
        return Links.withScheme(url);
    }
}
