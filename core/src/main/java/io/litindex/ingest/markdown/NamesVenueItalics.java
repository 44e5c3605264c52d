package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Authors;
import io.litindex.ingest.fields.Venues;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first author's surname, "et al." and the venue in one italic span after a bold title (fourteenth blind round,
 * session 26): "**Title.** *Jin et al. Arxiv.* [[paper](…)]", "*Li et al. NeurIPS.*". The names are the entry's
 * authors and the rest its venue, read as if written after the italics ("*Authors.* Venue."). Only a venue litindex
 * knows is read so: "*Zhang et al. Proceedings of a workshop*" stays as it was.
 */
final class NamesVenueItalics {
    /** One to three capitalised words (a surname, or given names and surname), "et al.", then a few words. */
    private static final Pattern SHAPE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-.]*){0,2})\\s+et\\s+al\\.?,?\\s+(\\S[^*]{0,40}?)[\\s.,;]*$");

    /**
     * Names and the venue as written.
     *
     * @param names the names before "et al." (with et al.)
     * @param venue the venue as the span writes it, without its closing period
     */
    record Read(Authors.Parsed names, String venue) {}

    private NamesVenueItalics() {}

    /** The names and venue of an italic span, or empty when it is not names, "et al." and a known venue. */
    static Optional<Read> read(String text, Venues venues) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String place = m.group(2).strip();
        if (venues.parse(place).filter(v -> v.known() && v.venue() != null).isEmpty()) {
            return Optional.empty();
        }
        Authors.Parsed names = Authors.parse(m.group(1) + " et al.");
        if (names.names().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(names, place));
    }
}
