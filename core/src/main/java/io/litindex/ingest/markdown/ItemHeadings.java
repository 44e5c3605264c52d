package io.litindex.ingest.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Numbered papers written as headings: "&gt; #### 1) *"Title"* [[paper](https://…)] [[github](https://…)]", one
 * heading per paper under a venue heading ("## 5. ECCV2020"). Such a heading is an item of the list, not a part of it:
 * it opens with an item number ("1)", "12."), it is of level 3 or deeper, and it links to the web after its text. A
 * list takes this reading only when its document holds at least {@link #MIN_ITEMS} such headings, so that a lone
 * "### 1. [Overview](https://…)" stays a heading.
 */
final class ItemHeadings {
    /** The item number a numbered paper opens with, and the text after it. */
    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,4}[.)]\\s+");
    /** The fewest headings in the shape that make a document's numbered headings its papers. */
    static final int MIN_ITEMS = 3;
    /** Quotes and lists nested deeper than this are not looked into (as {@link MarkdownWalker} reads them). */
    private static final int MAX_DEPTH = 16;

    /** Whether a document's numbered headings with web links are its papers. */
    private final PerDocument<Boolean> items = new PerDocument<>(top -> count(top, 0) >= MIN_ITEMS);

    /** True when the heading is a numbered paper of a document written so. */
    boolean isItem(Heading heading) {
        return items.of(heading) && shaped(heading);
    }

    /**
     * The heading as a one-item numbered list, its text without the item number, on the heading's lines: the list
     * reader reads it as it reads "1. *"Title"* [[paper](…)]". The heading's inline content moves into the item.
     */
    static OrderedList asList(Heading heading) {
        Paragraph paragraph = new Paragraph();
        paragraph.setSourceSpans(heading.getSourceSpans());
        Node child = heading.getFirstChild();
        if (child instanceof Text text) {
            Matcher m = NUMBER.matcher(text.getLiteral());
            if (m.find()) {
                text.setLiteral(text.getLiteral().substring(m.end()));
            }
        }
        while (child != null) {
            Node next = child.getNext();
            paragraph.appendChild(child);
            child = next;
        }
        ListItem item = new ListItem();
        item.setSourceSpans(heading.getSourceSpans());
        item.appendChild(paragraph);
        OrderedList list = new OrderedList();
        list.setSourceSpans(heading.getSourceSpans());
        list.appendChild(item);
        return list;
    }

    private static int count(Node parent, int depth) {
        int n = 0;
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h && shaped(h)) {
                n++;
            } else if (block instanceof BlockQuote && depth < MAX_DEPTH) {
                n += count(block, depth + 1);
            }
        }
        return n;
    }

    /** A heading of level 3 or deeper opening with an item number, with text after it and a link to the web. */
    private static boolean shaped(Heading heading) {
        if (heading.getLevel() < 3 || !(heading.getFirstChild() instanceof Text text) || !NUMBER.matcher(text.getLiteral()).find()) {
            return false;
        }
        for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link link && link.getDestination().regionMatches(true, 0, "http", 0, 4)) {
                return true;
            }
            if (hasWebLink(n, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWebLink(Node node, int depth) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link link && link.getDestination().regionMatches(true, 0, "http", 0, 4)
                    || depth < MAX_DEPTH && hasWebLink(n, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
