package io.litindex.ingest.markdown;

import java.util.function.Function;
import org.commonmark.node.Node;

/**
 * A fact about a whole document (how many of its headings or lists are written in some shape), worked out once from
 * the document's root and kept until a node of another document is asked about. The readers that decide a shape for
 * the whole document (one paper per heading, numbered paper headings, venue tags on bullets) each hold one.
 *
 * @param <T> the fact
 */
final class PerDocument<T> {
    private final Function<Node, T> compute;
    /** The root the fact was worked out for. */
    private Node root;
    private T fact;

    PerDocument(Function<Node, T> compute) {
        this.compute = compute;
    }

    /** The fact for the document that holds the node. */
    T of(Node node) {
        Node top = node;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        if (top != root) {
            fact = compute.apply(top);
            root = top;
        }
        return fact;
    }
}
