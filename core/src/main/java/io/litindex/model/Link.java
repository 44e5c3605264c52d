package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One link of an entry: its kind ({@link Links}), its URL, and the label the list gave it when that says more than
 * the kind ("official code", "PyTorch").
 *
 * @param kind the link's kind, one of {@link Links}' constants (or another name read from JSON)
 * @param url the URL as the list writes it
 * @param label the list's label for the link when it says more than its kind, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "url", "label"})
public record Link(String kind, String url, String label) {

    /**
     * Checks and normalizes the fields: a null or blank kind is {@link Links#OTHER}, a blank label is null, the URL
     * and label are stripped.
     *
     * @param kind the link's kind
     * @param url the URL
     * @param label the list's label, or null
     * @throws NullPointerException when the URL is null
     * @throws IllegalArgumentException when the URL is blank
     */
    public Link {
        Objects.requireNonNull(url, "url == null");
        url = url.strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException("url is blank");
        }
        kind = kind == null || kind.isBlank() ? Links.OTHER : kind.strip();
        label = label == null || label.isBlank() ? null : label.strip();
    }

    /**
     * A link without a label.
     *
     * @param kind the link's kind ({@link Links})
     * @param url the URL
     * @return the link
     */
    public static Link of(String kind, String url) {
        return new Link(kind, url, null);
    }

    /**
     * True when this link is of the same kind as {@code other} and its URL is the same ({@link Links#sameUrl}).
     *
     * @param other another link
     * @return whether the two say the same thing (labels aside)
     */
    public boolean sameAs(Link other) {
        return kind.equals(other.kind) && Links.sameUrl(url, other.url);
    }
}
