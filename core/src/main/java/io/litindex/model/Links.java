package io.litindex.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kinds of link an entry may carry, in the order they are shown; the keys of {@link Entry#links()}. */
public final class Links {
    /** Where the title points: the paper itself (publisher page, PDF, arXiv, blog post). */
    public static final String PAPER = "paper";
    /** The arXiv version when the paper link is elsewhere. */
    public static final String ARXIV = "arxiv";
    /** The paper's DOI, as a https://doi.org/ link. */
    public static final String DOI = "doi";
    /** The source code: a GitHub repository, also when named only by a star badge. */
    public static final String CODE = "code";
    /** The project's home page. */
    public static final String PROJECT = "project";
    /** Where the data can be downloaded (a dataset's main link). */
    public static final String DATA = "data";
    /** The trained model's weights (Hugging Face, say). */
    public static final String MODEL = "model";
    /** A demo to try. */
    public static final String DEMO = "demo";
    /** A link of no known kind. */
    public static final String OTHER = "other";

    private static final List<String> ORDER = List.of(PAPER, ARXIV, DOI, CODE, PROJECT, DATA, MODEL, DEMO, OTHER);

    private Links() {}

    /**
     * A copy of {@code links} ordered by kind (known kinds first, then the rest by name), without blank URLs.
     *
     * @param links link kind to URL
     * @return an unmodifiable, ordered copy
     */
    public static Map<String, String> ordered(Map<String, String> links) {
        Map<String, String> sorted = new LinkedHashMap<>();
        links.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> rank(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    private static int rank(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }
}
