package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Cells;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Paragraphs that name the group of the items after them, as a heading one level below the current one would:
 * {@code **Domain Randomization**} between the numbered items of a {@code ####} heading, {@code *Surveys*},
 * {@code <a name="heading_21"></a>**Code Jailbreaking**}, and plain short text standing alone between two runs of
 * items ({@code Chemical Weaponization}). The items after it, to the next heading or sub-heading, are read under
 * {@code … > Heading > Domain Randomization} ({@link ListRun#subHeading}).
 *
 * <p>Prose is no sub-heading: the paragraph is one line of at most {@link #MAX_WORDS} words, without a link or image,
 * not a sentence (no final period, question or exclamation mark, no comma or semicolon inside a plain text), not a
 * note ({@code **Note:**}, {@code **Update**}); and items must follow it: at the top level, the next block is a list
 * whose first item has a title of its own, or a table (so a bold paper title over its {@code [Paper]} and {@code
 * [Code]} bullets stays that paper's); plain text stands between two lists. Inside a numbered item, a last paragraph of
 * that shape is a sub-heading only when the numbering starts again after it ({@code 2.} … {@code 1.}), which says a
 * new group begins.
 */
final class SubHeadings {
    /** A sub-heading has at most this many words; a longer emphasised paragraph is prose. */
    static final int MAX_WORDS = 8;
    /** Plain (not emphasised) text has at most this many words. */
    static final int MAX_PLAIN_WORDS = 6;
    /** Words that open a note, a call or a notice rather than name a group. */
    private static final Set<String> NOTICES = Set.of("note", "notes", "nb", "n.b", "tip", "tips", "hint", "warning",
            "disclaimer", "update", "updates", "updated", "news", "remark", "remarks", "attention", "important",
            "caution", "todo", "tbd", "coming", "thanks", "contact", "please", "if", "we", "this", "these", "our", "i");
    /** An HTML anchor without a destination ({@code <a name="x">}, {@code <a id='x'>}) or its closing tag. */
    private static final Pattern ANCHOR = Pattern.compile("(?i)^<a\\s+(?:name|id)\\s*=\\s*[\"']?[^\"'>]*[\"']?\\s*/?>$|^</a\\s*>$");
    /** Small words a plain title-cased sub-heading may write in lower case. */
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on",
            "or", "the", "to", "vs", "via", "with", "&");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(\\d{1,9})[.)]");

    private SubHeadings() {}

    /** The shape of a paragraph that may name a group: emphasised (bold or italic), plain, or neither (null). */
    enum Shape { EMPHASIS, PLAIN }

    /** A sub-heading's text and its shape. */
    record Label(String text, Shape shape) {}

    /**
     * The sub-heading a top-level paragraph writes, or null: its shape ({@link #label(Paragraph)}) and the blocks
     * around it (a list whose first item has a title, or a table, after it; plain text between two lists).
     */
    static String atTopLevel(Paragraph paragraph) {
        Label label = label(paragraph);
        if (label == null) {
            return null;
        }
        Node next = paragraph.getNext();
        if (label.shape() == Shape.PLAIN) {
            return paragraph.getPrevious() instanceof ListBlock && next instanceof ListBlock list && titled(list) ? label.text() : null;
        }
        return next instanceof TableBlock || next instanceof ListBlock list && titled(list) ? label.text() : null;
    }

    /**
     * The sub-heading a one-item list writes over a block quote of items ("- **Vehicle re-identification**", then
     * "&gt; #### 1) *"Title"* [[paper](…)]"): the item is only an emphasised label of the shape a sub-heading paragraph
     * has ({@link #label(Paragraph)}), and the quote after it holds the group's items; else null.
     */
    static String labelOverQuote(ListBlock list) {
        if (!(list.getFirstChild() instanceof ListItem item) || item.getNext() != null || !(list.getNext() instanceof org.commonmark.node.BlockQuote)
                || !(item.getFirstChild() instanceof Paragraph p) || p.getNext() != null) {
            return null;
        }
        Label label = label(p);
        return label != null && label.shape() == Shape.EMPHASIS ? label.text() : null;
    }

    /**
     * The sub-heading written as the last paragraph of a numbered item ({@code 1. **Title**. …} then, after a blank
     * line and indented, {@code Chemical Weaponization}), when the numbering starts again at the next item; else null.
     *
     * @param item the item
     * @param lineText the raw text of a node's first line
     */
    static String inItem(ListItem item, java.util.function.Function<Node, String> lineText) {
        if (!(item.getParent() instanceof OrderedList) || !(item.getLastChild() instanceof Paragraph last)
                || last == item.getFirstChild() || !(item.getNext() instanceof ListItem next)) {
            return null;
        }
        Label label = label(last);
        if (label == null || label.text().indexOf(',') >= 0) {
            return null;
        }
        int here = number(lineText.apply(item));
        int after = number(lineText.apply(next));
        if (here <= 0 || after <= 0 || after > here || !startsWithTitle(next)) {
            return null;
        }
        // the list numbers its items on one side of the restart ("1." "2." then "1.", or "1." then "1." "2."): in a list
        // that writes "1." before every item, a number no higher than the one before says nothing
        boolean countsBefore = item.getPrevious() instanceof ListItem previous && number(lineText.apply(previous)) == here - 1;
        boolean countsAfter = next.getNext() instanceof ListItem third && number(lineText.apply(third)) == after + 1;
        return countsBefore || countsAfter ? label.text() : null;
    }

    private static int number(String line) {
        Matcher m = ITEM_NUMBER.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * The group a paragraph names by its shape alone: the whole paragraph one bold or italic span (after empty HTML
     * anchors), or plain title-cased text, on one line; null for prose, notes, links and images.
     */
    static Label label(Paragraph paragraph) {
        Node span = null;
        boolean plain = false;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                if (!ANCHOR.matcher(html.getLiteral().strip()).matches()) {
                    return null;
                }
            } else if (n instanceof Text t && t.getLiteral().isBlank() || n instanceof HardLineBreak && n.getNext() == null) {
                continue;
            } else if (span == null && (n instanceof StrongEmphasis || n instanceof Emphasis)) {
                span = n;
            } else if (span == null && n instanceof Text && n.getNext() == null && n.getPrevious() == null) {
                span = n;
                plain = true;
            } else {
                return null;
            }
        }
        if (span == null || MarkdownWalker.hasLink(span, true, 0) || hasBreak(span)) {
            return null;
        }
        String raw = plain ? ((Text) span).getLiteral() : CellContent.of(span).text();
        String text = Headings.clean(Cells.clean(raw).replaceAll("[\\s:：]+$", ""));
        if (text.isEmpty() || !text.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        String[] words = text.split("\\s+");
        if (words.length > (plain ? MAX_PLAIN_WORDS : MAX_WORDS)) {
            return null;
        }
        // a sentence, or what ends like one, is prose
        char end = text.charAt(text.length() - 1);
        if (end == '.' || end == '?' || end == '!' || end == ';' || end == ',' || raw.strip().matches(".*[.?!;,]\\s*[*_]*\\s*$")) {
            return null;
        }
        if (NOTICES.contains(words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}.]", ""))) {
            return null;
        }
        if (plain && !titleCased(words)) {
            return null;
        }
        return new Label(text, plain ? Shape.PLAIN : Shape.EMPHASIS);
    }

    /** Every word capitalised (or a digit, or a small word after the first): "Chemical Weaponization", "Risks of Misuse". */
    private static boolean titleCased(String[] words) {
        if (words.length == 0 || words.length == 1 && words[0].length() < 3) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.matches(".*[,;.:!?\"“”()\\[\\]].*")) {
                return false;
            }
            int cp = w.codePointAt(0);
            if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                continue;
            }
            if (i == 0 || !SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBreak(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak || hasBreak(n)) {
                return true;
            }
        }
        return false;
    }

    /** True when the list's first item opens with a title of its own: a bold span or a link not naming a link kind. */
    private static boolean titled(ListBlock list) {
        return list.getFirstChild() instanceof ListItem item && startsWithTitle(item);
    }

    private static boolean startsWithTitle(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return false;
        }
        CellContent content = CellContent.of(p);
        String bold = content.segments.get(0).bold();
        if (!bold.isEmpty() && bold.split("\\s+").length >= 2) {
            return true;
        }
        for (CellContent.LinkRef link : content.links()) {
            if (!Labels.isGeneric(link.label())) {
                return true;
            }
        }
        // a plain title ("(CVPR 17) Title", "Title. Authors. Venue."): words beyond a link label's few
        return content.links().isEmpty() && content.text().split("\\s+").length > 3;
    }
}
