package io.litindex.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A citation count in parentheses after a reference, written as a link to the citing papers and the count:
 * {@code In *Proceedings of ACL 2002*. ([Citation](https://scholar.google.com/…): 8,507)}. The link stays a link of the
 * entry; the parentheses and the count leave the text the venue is read from (the count was the note {@code 8,507)} and
 * a venue ending the text came out as {@code … Summarization. (}) and become the note {@code Citation: 8,507}.
 */
final class CitationCounts {
    /** After the link: a colon, a count (digits, thousands cut by commas), the closing parenthesis. */
    private static final Pattern COUNT_AFTER = Pattern.compile("^\\s*:\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\)");
    /** A link label naming citations: "Citation", "Citations", "Cited by", "Google Scholar". */
    private static final Pattern CITATION_LABEL = Pattern.compile("(?i)(?:citations?|cited\\s+by|google\\s+scholar)");

    /** The nodes without the count, and the count as a note ("Citation: 8,507"), if there was one. */
    record Taken(List<Node> nodes, Optional<String> note) {}

    private CitationCounts() {}

    /**
     * Takes a parenthesised citation count, {@code ([Citation](url): 8,507)}, out of a run of inline nodes.
     *
     * @param nodes one line's inline nodes (not changed)
     * @return the nodes with the opening parenthesis and the count removed (the link kept), and the count's note
     */
    static Taken take(List<Node> nodes) {
        for (int k = 1; k + 1 < nodes.size(); k++) {
            if (!(nodes.get(k) instanceof Link link) || !(nodes.get(k - 1) instanceof Text before)
                    || !(nodes.get(k + 1) instanceof Text after)) {
                continue;
            }
            String open = before.getLiteral().stripTrailing();
            String label = CellContent.of(link).text().strip();
            Matcher count = COUNT_AFTER.matcher(after.getLiteral());
            if (!open.endsWith("(") || !CITATION_LABEL.matcher(label).matches() || !count.find()) {
                continue;
            }
            List<Node> out = new ArrayList<>(nodes.subList(0, k - 1));
            out.add(new Text(open.substring(0, open.length() - 1)));
            out.add(link);
            out.add(new Text(after.getLiteral().substring(count.end())));
            out.addAll(nodes.subList(k + 2, nodes.size()));
            return new Taken(out, Optional.of(label + ": " + count.group(1)));
        }
        return new Taken(nodes, Optional.empty());
    }
}
