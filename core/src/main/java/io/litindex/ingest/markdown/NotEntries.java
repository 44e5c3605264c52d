package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Venues;
import java.util.regex.Pattern;

/**
 * Items that have a title and a link but are no paper: a link to a conference's site ("[CVPR 2024](https://cvpr…)"),
 * to another list ("[Awesome Graph Learning](…)", github.com/…/awesome-…), to a licence.
 */
final class NotEntries {
    private static final Pattern AWESOME_TITLE = Pattern.compile("(?i)^awesome[\\s\\-_]");
    private static final Pattern AWESOME_REPO = Pattern.compile("(?i)^https?://(?:www\\.)?github\\.com/[^/]+/awesome[\\-_][^/]*/?$");
    private static final Pattern LICENCE = Pattern.compile("(?i)^(?:the\\s+)?(?:mit|apache|bsd|gpl|cc[\\s\\-]by[\\w\\s\\-.]*|creative commons[\\w\\s\\-.]*)?\\s*licen[cs]e\\b.{0,20}$");
    private static final Pattern LICENCE_URL = Pattern.compile("(?i)(?:creativecommons\\.org/licenses|opensource\\.org/licenses|/LICENSE(?:\\.md|\\.txt)?$)");

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:(?:19|20)[0-9]{2}|['’][0-9]{2})(?![0-9])");

    /** "Here is our new paper list on …", "Awesome list of …": a pointer to another list. */
    private static final Pattern OTHER_LIST = Pattern.compile("(?i)\\b(?:paper|reading|awesome)[\\s\\-]lists?\\b");

    private NotEntries() {}

    /** True when an item with this title and title link is no entry. */
    static boolean matches(String title, String url, Venues venues) {
        String t = title == null ? "" : title.strip();
        String u = url == null ? "" : url.strip();
        if (AWESOME_TITLE.matcher(t).find() || AWESOME_REPO.matcher(u).matches() || OTHER_LIST.matcher(t).find()) {
            return true;
        }
        if (LICENCE.matcher(t).matches() || LICENCE_URL.matcher(u).find()) {
            return true;
        }
        // a title that is nothing but a venue (with its year) names a conference or journal, not a paper
        if (t.length() <= 40 && t.split("\\s+").length <= 4) {
            String name = YEAR.matcher(t).replaceAll(" ").replaceAll("[\\s\\-–'’,.()\\[\\]]+$", "").strip();
            return !name.isEmpty() && venues.lookup(name).map(known -> known.type() != Venues.Type.OTHER).orElse(false);
        }
        return false;
    }
}
