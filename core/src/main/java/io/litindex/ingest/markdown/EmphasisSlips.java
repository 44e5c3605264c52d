package io.litindex.ingest.markdown;

import io.litindex.ingest.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two slips of emphasis marks in numbered or bulleted references, repaired in the text before it is parsed (each
 * reported with a warning on its line), since Markdown reads them as no emphasis at all:
 * <ul>
 * <li>a title opened with one {@code *} and closed with two ({@code 1. *Title**. *A, B*. Venue. 2022.}): read as
 *   bold, as the list's other titles are (Markdown makes the title italic and the names plain text, so the item had
 *   no title);</li>
 * <li>italics whose closing {@code *} opens the next line ({@code *A, B, Ville Kyrki} then {@code *. Journal. 2023.}):
 *   a line may not start by closing emphasis, so Markdown shows both marks as text; the mark is moved to the end of the
 *   line before, where it closes the names.</li>
 * </ul>
 * Nothing else is touched: a line opening with {@code *} as a bullet ({@code * Title}) and bold text are left alone.
 */
final class EmphasisSlips {
    /** An item whose title opens with one {@code *} and closes with two, then a period, comma or space. */
    private static final Pattern SINGLE_OPENED_TITLE = Pattern.compile(
            "^(\\s{0,3}(?:\\d{1,9}[.)]|[-+])\\s+)\\*(?![*\\s])([^*]{2,400}?[^*\\s])\\*\\*(?=[.,:;]|\\s|$)");
    /** A line that starts by closing emphasis: a {@code *} then a period, comma, semicolon or the line's end. */
    private static final Pattern CLOSES_AT_START = Pattern.compile("^(\\s*)\\*(?=[.,;:](?:\\s|$)|\\s*$)");

    private EmphasisSlips() {}

    /**
     * Repairs the lines in place and returns a warning per repair.
     *
     * @param listName the list's name, for the diagnostics
     * @param lines the list's lines (changed in place)
     * @return the warnings
     */
    static List<Diagnostic> repair(String listName, String[] lines) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('*') < 0) {
                continue;
            }
            Matcher title = SINGLE_OPENED_TITLE.matcher(line);
            if (title.find()) {
                lines[i] = title.group(1) + "**" + title.group(2) + "**" + line.substring(title.end());
                out.add(new Diagnostic(listName, i + 1, Diagnostic.Level.WARNING,
                        "title opened with one '*' and closed with two; read as bold"));
            }
            Matcher closes = CLOSES_AT_START.matcher(lines[i]);
            if (i > 0 && closes.find() && opensItalics(lines[i - 1])) {
                lines[i - 1] = lines[i - 1].stripTrailing() + "*";
                lines[i] = closes.group(1) + " " + lines[i].substring(closes.end());
                out.add(new Diagnostic(listName, i + 1, Diagnostic.Level.WARNING,
                        "italics closed at the start of this line; read as closed at the end of the line before"));
            }
        }
        return out;
    }

    /**
     * True when the line leaves italics open: an odd number of single {@code *} marks (not pairs, not a bullet's) with
     * the last one opening words ("*A, B, Ville Kyrki"), and the line not ending in a mark.
     */
    private static boolean opensItalics(String line) {
        String s = line.stripTrailing();
        if (s.isEmpty() || s.endsWith("*")) {
            return false;
        }
        int start = 0;
        Matcher bullet = Pattern.compile("^\\s{0,3}\\*\\s").matcher(s);
        if (bullet.find()) {
            start = bullet.end();
        }
        int singles = 0;
        int last = -1;
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) != '*') {
                continue;
            }
            int run = 1;
            while (i + run < s.length() && s.charAt(i + run) == '*') {
                run++;
            }
            if (run % 2 == 1) {
                singles++;
                last = i + run - 1;
            }
            i += run - 1;
        }
        return singles % 2 == 1 && last + 1 < s.length() && Character.isLetter(s.charAt(last + 1));
    }
}
