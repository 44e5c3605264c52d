package io.litindex.opensearch;

/**
 * OpenSearch's highlighted HTML in the two forms litindex's hits carry: HTML escaped as litindex escapes it (OpenSearch's
 * html encoder also escapes "/"), and plain text with {@code **match**} markers.
 */
final class Highlighted {
    private Highlighted() {}

    /** OpenSearch's fragment ({@code encoder: html}, {@code <mark>} tags) as litindex writes HTML. */
    static String fromOpenSearch(String fragment) {
        return fragment.replace("&#x2F;", "/").strip();
    }

    /** The plain form of litindex's HTML: marks as {@code **}, entities back to characters. */
    static String plain(String html) {
        return html.replace("<mark>", "**").replace("</mark>", "**")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
