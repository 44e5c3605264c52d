package io.litindex.index;

import io.litindex.model.Link;
import io.litindex.model.Links;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The owners an entry's links name on code hosts: the lab, company or person whose code, model or data it links. */
public final class Owners {
    /** Paths of github.com and gitlab.com that are the site's own pages, not an account. */
    private static final Set<String> SITE_PAGES = Set.of("orgs", "users", "topics", "features", "sponsors", "marketplace",
            "explore", "settings", "login", "join", "about", "collections", "trending", "search", "apps", "site",
            "enterprise", "pricing", "readme", "events", "customer-stories", "security", "team", "help", "groups",
            "dashboard", "projects", "snippets", "-");
    /** The first path segment of huggingface.co links whose account comes second (…/datasets/OWNER/DATA). */
    private static final Set<String> HUB_KINDS = Set.of("datasets", "spaces", "models");
    /** Paths of huggingface.co that are the site's own pages (papers, docs, blog …), not an account. */
    private static final Set<String> HUB_PAGES = Set.of("papers", "docs", "blog",
            "collections", "organizations", "learn", "tasks", "pricing", "join", "login", "settings", "search", "chat",
            "inference-endpoints", "posts", "enterprise", "welcome", "new", "api");
    /** Links of these kinds point at the paper, not at what its authors published. */
    private static final Set<String> PAPER_KINDS = Set.of(Links.PAPER, Links.ARXIV, Links.DOI);

    private Owners() {}

    /**
     * The owners of an entry's code, model, data, project and other links on code hosts (github.com, gitlab.com,
     * huggingface.co, bitbucket.org, and an account's github.io pages), each once, as written, in link order. Indexed with the
     * vocabulary's analysis: split at '-', '.', '_' and case changes (haotian-liu → haotian liu; OpenGVLab → opengvlab,
     * open, gv, lab …), the whole name kept.
     * Paper links are left out, and so are links to awesome lists (the list linking itself or another list).
     *
     * @param links the entry's links
     * @return the owners' names as the links write them (OpenGVLab, haotian-liu); empty when no link names one
     */
    public static List<String> of(List<Link> links) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Link link : links) {
            if (PAPER_KINDS.contains(link.kind())) {
                continue;
            }
            String owner = owner(link.url());
            if (owner != null) {
                owners.putIfAbsent(owner.toLowerCase(Locale.ROOT), owner);
            }
        }
        return new ArrayList<>(owners.values());
    }

    /**
     * The account a URL belongs to on a code host, as written; null when it is no code host's account page, or
     * the repository is an awesome list.
     *
     * @param url a link's URL
     * @return the owner's name, or null
     */
    static String owner(String url) {
        Place place = place(url);
        if (place == null || place.repository().toLowerCase(Locale.ROOT).contains("awesome") || !plausible(place.owner())) {
            return null;
        }
        return place.owner();
    }

    /**
     * Where a URL points on a code host.
     *
     * @param host the host, lower case, without "www." or a port (github.com, huggingface.co, vita.github.io)
     * @param owner the account, as written
     * @param repository the repository, model, dataset or space under it, as written; empty when the URL names none
     */
    record Place(String host, String owner, String repository) {}

    /**
     * The account and repository a URL names on a code host (github.com, gitlab.com, bitbucket.org,
     * huggingface.co, an account's github.io pages); null for any other URL and for the hosts' own pages
     * (github.com/topics/…, huggingface.co/papers/…).
     *
     * @param url a link's URL
     * @return where it points, or null
     */
    static Place place(String url) {
        String u = url.strip();
        int scheme = u.indexOf("://");
        u = scheme >= 0 ? u.substring(scheme + 3) : u;
        int end = firstOf(u, "/?#");
        String host = u.substring(0, end).toLowerCase(Locale.ROOT);
        int colon = host.indexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        List<String> path = segments(end < u.length() && u.charAt(end) == '/' ? u.substring(end + 1) : "");
        String owner;
        String repository;
        if (host.endsWith(".github.io") && host.length() > ".github.io".length()) {
            // an account's pages: the account is the host's first label, its repository the first path segment
            owner = u.substring(0, host.length() - ".github.io".length());
            if (owner.indexOf('.') >= 0) {
                return null;
            }
            repository = path.isEmpty() ? owner : path.get(0);
        } else if (host.equals("github.com") || host.equals("gitlab.com") || host.equals("bitbucket.org")) {
            if (path.isEmpty() || SITE_PAGES.contains(path.get(0).toLowerCase(Locale.ROOT))) {
                return null;
            }
            owner = path.get(0);
            repository = path.size() > 1 ? path.get(1) : "";
        } else if (host.equals("huggingface.co") || host.equals("hf.co")) {
            // huggingface.co/OWNER/MODEL, …/datasets/OWNER/DATA, …/spaces/OWNER/APP
            int first = !path.isEmpty() && HUB_KINDS.contains(path.get(0).toLowerCase(Locale.ROOT)) ? 1 : 0;
            if (path.size() <= first || first == 0 && HUB_PAGES.contains(path.get(0).toLowerCase(Locale.ROOT))) {
                return null;
            }
            owner = path.get(first);
            repository = path.size() > first + 1 ? path.get(first + 1) : "";
        } else {
            return null;
        }
        return new Place(host, owner, repository);
    }

    /** An account name: letters, digits, '-', '_' and '.', with a letter, at most 64 characters. */
    private static boolean plausible(String owner) {
        if (owner.isEmpty() || owner.length() > 64) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < owner.length(); i++) {
            char c = owner.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c)) && c != '-' && c != '_' && c != '.') {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** The non-empty segments of a URL path, up to its query or fragment. */
    private static List<String> segments(String path) {
        String p = path.substring(0, firstOf(path, "?#"));
        List<String> out = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
