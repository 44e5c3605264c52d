package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.ingest.fields.Venues;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * A paper's link labelled with where and when it was published, on a line of its own under the title (reading audit,
 * session 25): "[CHI 2024](https://arxiv.org/abs/2309.10245) • [Code](…)", "[Findings of ACL 2024](…)", "[arXiv, 5 Sep
 * 2024](…)", "[NeurIPS 2024 Benchmark](…)". The label is the entry's venue and year when it reads as a venue litindex
 * knows, with a year, in a few words; any other label ("Paper", "Code", a title) gives nothing.
 */
final class VenueLinks {
    /** The most words of such a label ("Workshop on NL VIZ 2021 at IEEE VIS 2021" has nine, and is no venue's name). */
    private static final int MAX_WORDS = 6;

    /** The fewest links so labelled that make a document one that labels its papers' links with their venue. */
    private static final int MIN_LABELLED = 3;
    /** "arXiv", "arXiv preprint": the label of a preprint's link, no year. */
    private static final Pattern PREPRINT = Pattern.compile("(?i)arxiv(?:\\s+preprint)?");

    private VenueLinks() {}

    /**
     * The venue arXiv for a link labelled "arXiv" alone that leads to arXiv ("[arXiv](https://arxiv.org/abs/2409.16517)
     * • [homepage](…)"), in a document that labels its papers' links with their venue ({@link #labelsVenues}): there the
     * label says where the paper is published, as "[CHI 2024](…)" does above it. In other lists "[arXiv]" names a kind of
     * link, as "[code]" does, and gives no venue.
     */
    static Optional<Venues.Parsed> preprint(String label, String url, Venues venues) {
        if (label == null || url == null || !PREPRINT.matcher(label.strip()).matches() || LinkClassifier.arxivId(url).isEmpty()) {
            return Optional.empty();
        }
        return venues.parse("arXiv").filter(v -> v.known() && v.venue() != null)
                .map(v -> new Venues.Parsed(v.venue(), null, label.strip(), true));
    }

    /** Whether a document labels at least {@link #MIN_LABELLED} links with a known venue and a year ("[CHI 2024](…)"). */
    static boolean labelsVenues(Node top, Venues venues) {
        return count(top, venues, 0) >= MIN_LABELLED;
    }

    private static int count(Node node, Venues venues, int found) {
        for (Node n = node.getFirstChild(); n != null && found < MIN_LABELLED; n = n.getNext()) {
            if (n instanceof Link link) {
                found += read(CellContent.of(link).text(), venues).isPresent() ? 1 : 0;
            } else {
                found = count(n, venues, found);
            }
        }
        return found;
    }

    /** The venue and year a link's label names, or empty. */
    static Optional<Venues.Parsed> read(String label, Venues venues) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.split("\\s+").length > MAX_WORDS || !Venues.hasYear(l)) {
            return Optional.empty();
        }
        return venues.parse(l).filter(v -> v.known() && v.venue() != null && v.year() != null);
    }
}
