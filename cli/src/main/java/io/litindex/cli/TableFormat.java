package io.litindex.cli;

import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Search results for people: rank, title, venue, year and a code marker, then facet counts, fitting the terminal. */
final class TableFormat {
    private static final int VENUE_WIDTH = 14;
    private static final int YEAR_WIDTH = 4;
    private static final int CODE_WIDTH = 4;
    private static final String GAP = "  ";
    private static final String ELLIPSIS = "…";

    private final Terminal terminal;

    TableFormat(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * Prints the hits, the summary line and the facet counts.
     *
     * @param filtered whether filters narrowed the matches (an empty result then says so)
     */
    void print(SearchResult result, int offset, boolean filtered, PrintWriter out) {
        int rankWidth = Math.max(2, Integer.toString(offset + result.hits().size()).length());
        int titleWidth = terminal.width() - rankWidth - VENUE_WIDTH - YEAR_WIDTH - CODE_WIDTH - 4 * GAP.length();
        if (!result.hits().isEmpty()) {
            out.println(terminal.dim(pad("#", rankWidth) + "  " + pad("Title", titleWidth) + "  "
                    + pad("Venue", VENUE_WIDTH) + "  Year  Code"));
        }
        int rank = offset;
        for (Hit hit : result.hits()) {
            rank++;
            String title = titleCell(hit, titleWidth);
            out.println(pad(Integer.toString(rank), rankWidth) + "  " + title + "  "
                    + pad(elide(hit.entry().venue() == null ? "-" : hit.entry().venue(), VENUE_WIDTH), VENUE_WIDTH) + "  "
                    + pad(hit.entry().year() == null ? "-" : hit.entry().year().toString(), 4) + "  "
                    + (hit.entry().hasCode() ? "yes" : "-"));
            if (hit.explanation() != null) {
                ExplainFormat.print(hit.explanation(), " ".repeat(rankWidth + GAP.length() + 2), terminal, out);
            }
        }
        out.println(summary(result, offset, filtered));
        for (Map.Entry<String, List<FacetValue>> facet : result.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            // the entries without a value take their place by count, so that the counts add up ("no venue (3)")
            List<String> shown = new java.util.ArrayList<>();
            long missing = result.missing().getOrDefault(facet.getKey(), 0L);
            for (FacetValue v : facet.getValue()) {
                if (missing > 0 && missing > v.count()) {
                    shown.add("no " + facet.getKey().replace('_', ' ') + " (" + missing + ")");
                    missing = 0;
                }
                shown.add(v.value() + " (" + v.count() + ")");
            }
            if (missing > 0) {
                shown.add("no " + facet.getKey().replace('_', ' ') + " (" + missing + ")");
            }
            String values = String.join(", ", shown);
            out.println(elide(pad(facet.getKey(), 8) + "  " + values, terminal.width()));
        }
        out.flush();
    }

    private String summary(SearchResult result, int offset, boolean filtered) {
        if (result.total() == 0) {
            String what = result.query().isEmpty() ? "" : " '" + result.query() + "'";
            if (!filtered) {
                return "No entries match" + what + ".";
            }
            boolean counts = result.facets().values().stream().anyMatch(values -> !values.isEmpty());
            return "No entries match" + what + " with these filters" + (counts ? "; each count below leaves its own dimension's filter out." : ".");
        }
        if (result.hits().isEmpty()) {
            return result.total() + " entries match; none at offset " + offset + ".";
        }
        return "Showing " + (offset + 1) + "-" + (offset + result.hits().size()) + " of " + result.total()
                + (result.total() == 1 ? " entry." : " entries.");
    }

    /** The title elided to the width; on a terminal the matched words in bold. */
    private String titleCell(Hit hit, int width) {
        String plain = hit.entry().title();
        String marked = hit.highlights().get("title");
        String shown = elide(plain, width);
        String padding = " ".repeat(Math.max(0, width - shown.codePointCount(0, shown.length())));
        if (!terminal.ansi() || marked == null) {
            return shown + padding;
        }
        return bolden(marked, shown.length() - (shown.endsWith(ELLIPSIS) ? 1 : 0)) + (shown.endsWith(ELLIPSIS) ? ELLIPSIS : "") + padding;
    }

    /** The marked text cut to {@code visible} characters of content, matches in bold. */
    private String bolden(String marked, int visible) {
        StringBuilder sb = new StringBuilder();
        boolean inMatch = false;
        int shown = 0;
        int i = 0;
        while (i < marked.length() && shown < visible) {
            if (marked.startsWith("**", i)) {
                sb.append(inMatch ? "\u001b[0m" : "\u001b[1m");
                inMatch = !inMatch;
                i += 2;
                continue;
            }
            sb.append(marked.charAt(i++));
            shown++;
        }
        if (inMatch) {
            sb.append("\u001b[0m");
        }
        return sb.toString();
    }

    static String elide(String text, int width) {
        if (text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))).stripTrailing() + ELLIPSIS;
    }

    static String pad(String text, int width) {
        int len = text.codePointCount(0, text.length());
        return len >= width ? text : text + " ".repeat(width - len);
    }
}
