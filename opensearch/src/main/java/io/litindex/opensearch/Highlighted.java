package io.litindex.opensearch;

/** The plain form of a highlight in litindex's HTML (escaped text, matches in {@code <mark>}): {@code **match**} markers. */
final class Highlighted {
    private Highlighted() {}

    /** The plain form of litindex's HTML: marks as {@code **}, entities back to characters. */
    static String plain(String html) {
        return html.replace("<mark>", "**").replace("</mark>", "**")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
