package io.litindex.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of link an entry may carry, in the order they are shown (the {@link Link#kind()} of each of
 * {@link Entry#links()}), and the rule for two URLs being the same one.
 */
public final class Links {
    /** Where the title points: the paper itself (publisher page, PDF, arXiv, blog post). */
    public static final String PAPER = "paper";
    /** The arXiv version when the paper link is elsewhere. */
    public static final String ARXIV = "arxiv";
    /** The paper's DOI, as a https://doi.org/ link. */
    public static final String DOI = "doi";
    /** The kinds of link that name the paper itself, in the order a row's own link is taken: paper, arXiv, DOI. */
    public static final java.util.List<String> SELF = java.util.List.of(PAPER, ARXIV, DOI);
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

    /** The known kinds in the order they are shown. */
    public static final List<String> KINDS = List.of(PAPER, ARXIV, DOI, CODE, PROJECT, DATA, MODEL, DEMO, OTHER);

    private Links() {}

    /**
     * A copy of {@code links} ordered by kind (known kinds in {@link #KINDS}' order, then the rest by name), the
     * links of one kind in the order given, without a link that repeats an earlier one of its kind
     * ({@link #sameUrl}); a repeat that has a label gives it to the earlier link when that has none.
     *
     * @param links the links, in the order the list gives them
     * @return an unmodifiable, ordered copy
     */
    public static List<Link> ordered(List<Link> links) {
        List<Link> kept = new ArrayList<>(links.size());
        Set<String> seen = new HashSet<>();
        for (Link link : links) {
            if (link == null) {
                continue;
            }
            if (seen.add(link.kind() + " " + urlKey(link.url()))) {
                kept.add(link);
            } else if (link.label() != null) {
                for (int i = 0; i < kept.size(); i++) {
                    Link k = kept.get(i);
                    if (k.label() == null && k.sameAs(link)) {
                        kept.set(i, new Link(k.kind(), k.url(), link.label()));
                    }
                }
            }
        }
        kept.sort(Comparator.comparingInt((Link l) -> rank(l.kind())).thenComparing(l -> rank(l.kind()) < KINDS.size() ? "" : l.kind()));
        return List.copyOf(kept);
    }

    /**
     * Links from the earlier JSON form of an entry's links, one URL per kind (kind to URL), ordered as
     * {@link #ordered(List)} orders them; blank URLs are left out.
     *
     * @param byKind link kind to URL
     * @return the links
     */
    public static List<Link> fromMap(Map<String, String> byKind) {
        List<Link> out = new ArrayList<>();
        byKind.forEach((kind, url) -> {
            if (url != null && !url.isBlank()) {
                out.add(Link.of(kind, url));
            }
        });
        return ordered(out);
    }

    /**
     * The first URL of a kind among {@code links}.
     *
     * @param links the links
     * @param kind the kind ({@link #PAPER} …)
     * @return the URL, or null when no link is of that kind
     */
    public static String first(List<Link> links, String kind) {
        for (Link l : links) {
            if (l.kind().equals(kind)) {
                return l.url();
            }
        }
        return null;
    }

    /**
     * Every URL of a kind among {@code links}, in order.
     *
     * @param links the links
     * @param kind the kind ({@link #PAPER} …)
     * @return the URLs, possibly none
     */
    public static List<String> urls(List<Link> links, String kind) {
        return links.stream().filter(l -> l.kind().equals(kind)).map(Link::url).toList();
    }

    /**
     * True when two URLs name the same resource as far as a list is concerned: they differ at most in {@code http}
     * against {@code https}, the case of the scheme and host, a leading {@code www.} of the host, and trailing
     * slashes of the path. Anything else (the path's case, the query, the fragment) makes them different.
     *
     * @param a a URL
     * @param b another URL
     * @return whether they are the same
     */
    public static boolean sameUrl(String a, String b) {
        return urlKey(a).equals(urlKey(b));
    }

    /** A host name after "www.": a label, a dot, and the next label's first character ("www.example.org/x"). */
    private static final java.util.regex.Pattern SCHEMELESS =
            java.util.regex.Pattern.compile("(?i)^www\\.[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\.[\\p{L}\\p{N}].*");

    /**
     * A link target written "www.example.org/x" (no scheme), which Markdown renders as a link all the same, as the
     * https address it stands for; any other target as it is. Null stays null.
     *
     * @param url a link's target
     * @return the target, with https:// before a scheme-less web address
     */
    public static String withScheme(String url) {
        return url != null && SCHEMELESS.matcher(url.strip()).matches() ? "https://" + url.strip() : url;
    }

    /**
     * The form of a URL that {@link #sameUrl same} URLs share: a key for sets of links.
     *
     * @param url a URL
     * @return its key
     */
    public static String urlKey(String url) {
        String u = url.strip();
        int colon = u.indexOf("://");
        String scheme = colon < 0 ? "" : u.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? u : u.substring(colon + 3);
        if (scheme.equals("http") || scheme.equals("https")) {
            scheme = "";
        }
        int slash = indexOfAny(rest, "/?#");
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String tail = slash < 0 ? "" : rest.substring(slash);
        int query = indexOfAny(tail, "?#");
        String path = query < 0 ? tail : tail.substring(0, query);
        String after = query < 0 ? "" : tail.substring(query);
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return scheme + "//" + host + path.substring(0, end) + after;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int rank(String kind) {
        int i = KINDS.indexOf(kind);
        return i < 0 ? KINDS.size() : i;
    }
}
