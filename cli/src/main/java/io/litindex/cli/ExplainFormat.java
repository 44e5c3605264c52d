package io.litindex.cli;

import io.litindex.model.ScoreExplanation;
import io.litindex.model.ScorePart;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a score's explanation for people: a summary line, then its parts, largest first, one line each. */
final class ExplainFormat {
    private static final int PART_WIDTH = 20;

    private ExplainFormat() {}

    /**
     * The explanation, each line indented by {@code indent} and elided to the terminal's width.
     *
     * @param why the explanation
     * @param indent the spaces before each line
     */
    static void print(ScoreExplanation why, String indent, Terminal terminal, PrintWriter out) {
        int width = terminal.width();
        if (!why.matches()) {
            out.println(TableFormat.elide(indent + "does not match the query"
                    + (why.notMatched().isEmpty() ? "" : " (none of: " + String.join(", ", why.notMatched()) + ")"), width));
            return;
        }
        int words = why.matched().size() + why.notMatched().size();
        StringBuilder summary = new StringBuilder(indent).append("score ").append(number(why.score()));
        if (words > 0) {
            summary.append(" · matches ").append(why.matched().size()).append(" of ").append(words)
                    .append(words == 1 ? " query word" : " query words");
            if (!why.notMatched().isEmpty()) {
                summary.append(" (not: ").append(String.join(", ", why.notMatched())).append(')');
            }
        }
        out.println(terminal.dim(TableFormat.elide(summary.toString(), width)));
        for (ScorePart part : why.parts()) {
            String line = indent + TableFormat.pad(number(part.score()), 7) + " " + TableFormat.pad(part.part(), PART_WIDTH)
                    + (part.detail() == null ? "" : " " + part.detail());
            out.println(TableFormat.elide(line, width));
        }
    }

    /** A score with two decimals. */
    static String number(float value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
