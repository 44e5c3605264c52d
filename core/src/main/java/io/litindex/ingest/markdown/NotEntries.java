package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Link;
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

    /**
     * A heading over links to other lists and resources, not papers: "Awesome Lists", "Related Lists", "Other Awesome
     * Repositories", "Other Resources", "Useful Links", "See Also", "Tutorials", "Blogs".
     */
    private static final Pattern OTHER_LISTS_HEADING = Pattern.compile("(?i)^(?:(?:awesome|related|other|similar|more|useful|"
            + "recommended|additional)\\s+(?:awesome\\s+)?(?:lists?|repos|repositories|collections|resources|links|projects)"
            + "|resources|links|see also|tutorials?|blogs?|tutorials?\\s*(?:&|and)\\s*blogs?)$");

    private NotEntries() {}

    /**
     * True when a heading names a part of the list that points to other lists and resources ("Awesome Lists",
     * "Related Repositories", "Other Resources"), where a row that names no paper is no entry ({@link #pointsElsewhere}).
     */
    static boolean isOtherListsHeading(String heading) {
        return OTHER_LISTS_HEADING.matcher(heading.strip()).matches();
    }

    /**
     * True when a row read as an entry points to another list or resource rather than to a paper: it has no arXiv or
     * DOI link and names no authors, is titled "Awesome …" and links nothing but repositories named awesome-… on GitHub
     * (a date or venue beside it notwithstanding); or it states no venue or year either, and is titled "Awesome …", or
     * links nothing but such repositories, or stands under a heading of other lists ({@code underOtherLists}).
     */
    static boolean pointsElsewhere(Entry e, boolean underOtherLists) {
        boolean onlyAwesomeRepos = !e.links().isEmpty();
        for (Link link : e.links()) {
            if (LinkClassifier.arxivId(link.url()).isPresent() || LinkClassifier.doi(link.url()).isPresent()) {
                return false;
            }
            onlyAwesomeRepos &= AWESOME_REPO.matcher(link.url().strip()).matches();
        }
        boolean awesomeTitle = AWESOME_TITLE.matcher(e.title().strip()).find();
        if (awesomeTitle && onlyAwesomeRepos && e.authors().isEmpty()) {
            // "| **Awesome-LLM-Robotics** | - | 2022 | [Github](github.com/…/Awesome-LLM-Robotics) |": another list, dated
            return true;
        }
        if (e.venue() != null || e.year() != null || !e.authors().isEmpty()) {
            return false;
        }
        return underOtherLists || onlyAwesomeRepos || awesomeTitle;
    }

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
