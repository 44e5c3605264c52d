package io.litindex.ingest.fields;

import io.litindex.model.Entry;
import io.litindex.model.Link;
import io.litindex.model.PaperRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lengths no real author, venue, section or id comes near, which keep every entry a reader makes indexable: Lucene
 * refuses facet labels longer than 8,191 characters and exact terms longer than 32,766 bytes, and a garbled list
 * (a cell of thousands of characters without a comma, a heading run on for pages) would otherwise make one; and a
 * row of hundreds of links (a garbled list pasting a link dump into one cell) would make one stored entry the size of
 * a list. What does not fit is left out, or for a section path shortened, and reported as an error on the entry's
 * line.
 */
public final class EntryLimits {
    /** The longest author or venue name kept, in characters. */
    static final int MAX_NAME = 300;
    /** The longest section path kept, in characters (a path's exact keys stay under Lucene's term limit even when Unicode folding lengthens them). */
    public static final int MAX_SECTION = 500;
    /** The longest id kept, in characters; a longer DOI or id is replaced by the title's slug. */
    static final int MAX_ID = 200;
    /** The most links kept for one row, far above the ten or so of a real entry. */
    public static final int MAX_LINKS = 200;

    private EntryLimits() {}

    /**
     * The entry with every value within the limits; each value left out or shortened is reported through
     * {@code error} with its message.
     *
     * @param e the entry as read
     * @param error takes one message per value left out or shortened
     * @return the entry itself when it fits, else a copy that does
     */
    public static Entry fit(Entry e, java.util.function.Consumer<String> error) {
        boolean fits = e.id().length() <= MAX_ID && e.authors().stream().allMatch(a -> a.length() <= MAX_NAME)
                && (e.venue() == null || e.venue().length() <= MAX_NAME)
                && (e.venueAsWritten() == null || e.venueAsWritten().length() <= MAX_NAME)
                && e.sections().stream().allMatch(s -> s.length() <= MAX_SECTION)
                && (e.sourcePaper() == null || e.sourcePaper().id() == null || e.sourcePaper().id().length() <= MAX_ID)
                && e.links().size() <= MAX_LINKS;
        if (fits) {
            return e;
        }
        String id = e.id();
        if (id.length() > MAX_ID) {
            id = Ids.slug(e.title());
            error.accept("id of " + count(e.id().length()) + " characters is too long; the entry's id is '" + id + "'");
        }
        List<String> authors = new ArrayList<>();
        for (String a : e.authors()) {
            if (a.length() > MAX_NAME) {
                error.accept("author name of " + count(a.length()) + " characters ('" + Cells.quote(a, Cells.QUOTE)
                        + "') is not a name; left out");
            } else {
                authors.add(a);
            }
        }
        String venue = e.venue();
        String venueAsWritten = e.venueAsWritten();
        if ((venue != null && venue.length() > MAX_NAME) || (venueAsWritten != null && venueAsWritten.length() > MAX_NAME)) {
            String longest = venueAsWritten != null && venueAsWritten.length() > MAX_NAME ? venueAsWritten : venue;
            error.accept("venue of " + count(longest.length()) + " characters ('" + Cells.quote(longest, Cells.QUOTE)
                    + "') is not a venue; left out");
            venue = null;
            venueAsWritten = null;
        }
        List<String> sections = new ArrayList<>();
        for (String s : e.sections()) {
            if (s.length() > MAX_SECTION) {
                int cut = Character.isHighSurrogate(s.charAt(MAX_SECTION - 2)) ? MAX_SECTION - 2 : MAX_SECTION - 1;
                error.accept("section path of " + count(s.length()) + " characters shortened to " + MAX_SECTION);
                s = s.substring(0, cut) + "…";
            }
            if (!sections.contains(s)) {
                sections.add(s);
            }
        }
        PaperRef source = e.sourcePaper();
        if (source != null && source.id() != null && source.id().length() > MAX_ID) {
            error.accept("source paper id of " + count(source.id().length()) + " characters is too long; left out");
            source = new PaperRef(source.title(), source.url(), null);
        }
        List<Link> links = e.links();
        if (links.size() > MAX_LINKS) {
            List<Link> left = links.subList(MAX_LINKS, links.size());
            error.accept(count(left.size()) + " links beyond the first " + MAX_LINKS + " left out, from "
                    + Cells.quote(left.get(0).url(), 100) + (left.size() > 1 ? " to " + Cells.quote(left.get(left.size() - 1).url(), 100) : ""));
            links = links.subList(0, MAX_LINKS);
        }
        return Entry.builder(id, e.title()).kind(e.kind()).aliases(e.aliases()).origins(e.origins()).authors(authors).etAl(e.etAl()).venue(venue)
                .venueAsWritten(venueAsWritten).year(e.year()).date(e.date()).sections(sections).links(links)
                .note(e.note()).legend(e.legend()).sourcePaper(source).datasetNames(e.datasetNames()).size(e.size()).sizeAsWritten(e.sizeAsWritten()).sources(e.sources())
                .build();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
