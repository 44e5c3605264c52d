package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Cells;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;

/**
 * The text of a heading as a section name: inline HTML, images, emoji short codes ({@code :apple:}) and leading
 * or trailing emoji and symbols removed.
 */
final class Headings {
    private static final Pattern SHORT_CODE = Pattern.compile(":(?=[a-z0-9_+\\-]{0,40}[a-z])[a-z0-9_+\\-]{1,40}:");

    private Headings() {}

    static String text(Heading heading) {
        return clean(CellContent.of(heading).text());
    }

    /** A heading's plain text made a section name. */
    static String clean(String raw) {
        String text = SHORT_CODE.matcher(raw).replaceAll(" ");
        int start = 0;
        while (start < text.length()) {
            int cp = text.codePointAt(start);
            if (Character.isLetterOrDigit(cp)) {
                break;
            }
            // "(Variational) Autoencoders": an opening bracket closed later in the heading is part of it
            int close = cp == '(' ? ')' : cp == '[' ? ']' : cp == '“' ? '”' : cp == '"' ? '"' : -1;
            if (close > 0 && text.indexOf(close, start + 1) > start + 1) {
                break;
            }
            start += Character.charCount(cp);
        }
        int end = text.length();
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (Character.isLetterOrDigit(cp) || cp == ')' || cp == '?' || cp == '!' || cp == ']' || cp == '”' || cp == '"') {
                break;
            }
            end -= Character.charCount(cp);
        }
        return Cells.clean(text.substring(start, end));
    }
}
