package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Venues;
import java.util.Optional;

/**
 * A paper's link labelled with where and when it was published, on a line of its own under the title (reading audit,
 * session 25): "[CHI 2024](https://arxiv.org/abs/2309.10245) • [Code](…)", "[Findings of ACL 2024](…)", "[arXiv, 5 Sep
 * 2024](…)", "[NeurIPS 2024 Benchmark](…)". The label is the entry's venue and year when it reads as a venue litindex
 * knows, with a year, in a few words; any other label ("Paper", "Code", a title) gives nothing.
 */
final class VenueLinks {
    /** The most words of such a label ("Workshop on NL VIZ 2021 at IEEE VIS 2021" has nine, and is no venue's name). */
    private static final int MAX_WORDS = 6;

    private VenueLinks() {}

    /** The venue and year a link's label names, or empty. */
    static Optional<Venues.Parsed> read(String label, Venues venues) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.split("\\s+").length > MAX_WORDS || !Venues.hasYear(l)) {
            return Optional.empty();
        }
        return venues.parse(l).filter(v -> v.known() && v.venue() != null && v.year() != null);
    }
}
