package io.litindex.ingest;

import org.commonmark.node.Heading;

/** The text of a heading as a section name: inline HTML, images and leading emoji or symbols removed. */
final class Headings {
    private Headings() {}

    static String text(Heading heading) {
        String text = CellContent.of(heading).text();
        int start = 0;
        while (start < text.length()) {
            int cp = text.codePointAt(start);
            if (Character.isLetterOrDigit(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        int end = text.length();
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (Character.isLetterOrDigit(cp) || cp == ')' || cp == '?' || cp == '!') {
                break;
            }
            end -= Character.charCount(cp);
        }
        return Cells.clean(text.substring(start, end));
    }
}
