package io.litindex.ingest.fields;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the venue and year of a shields.io badge image: {@code img.shields.io/badge/Conference-ICLR'22-blue},
 * {@code img.shields.io/badge/arXiv-2023-b31b1b}. Other badges (stars, licence, "PRs welcome") give nothing.
 */
public final class Badges {
    private static final Pattern STATIC_BADGE = Pattern.compile("(?i)^https?://img\\.shields\\.io/badge/([^?#]{1,200})");
    /** Badge labels that say the message is where the paper was published. */
    private static final Set<String> VENUE_LABELS = Set.of("conference", "journal", "venue", "publication", "published",
            "accepted", "paper", "pub", "proceedings", "workshop", "preprint");
    /** A year alone as a badge's label ("2025-ASPLOS-9370DB"): the message names where the paper was published. */
    private static final Pattern YEAR_LABEL = Pattern.compile("(?:19|20)\\d{2}");
    /** A single dash between two parts of the badge path ("--" is a dash inside a part). */
    private static final Pattern PART = Pattern.compile("(?<!-)-(?!-)");

    private Badges() {}

    /**
     * The venue and year a badge image states, if any.
     *
     * @param imageUrl the badge image's URL; null reads as none
     * @param venues the venues that name the conference or journal
     * @return the venue and year, or empty for any other badge
     */
    public static Optional<Venues.Parsed> venue(String imageUrl, Venues venues) {
        Matcher m = STATIC_BADGE.matcher(imageUrl == null ? "" : imageUrl.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String path = m.group(1).replaceAll("(?i)\\.(svg|png)$", "");
        String[] parts = PART.split(path, -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String label = decode(parts.length >= 3 ? parts[0] : "");
        String message = decode(parts.length >= 3 ? parts[1] : parts[0]);
        if (label.isEmpty() && message.isEmpty()) {
            return Optional.empty();
        }
        if (VENUE_LABELS.contains(label.toLowerCase(Locale.ROOT))) {
            return venues.parse(message).filter(v -> v.known() || v.year() != null);
        }
        if (YEAR_LABEL.matcher(label).matches() && message.codePoints().anyMatch(Character::isLetter)) {
            // "Publish: 2025-ASPLOS", "2026-Github": the year is the paper's, the message its venue when a known one
            Integer year = Integer.valueOf(label);
            return Optional.of(venues.parse(message + " " + label).filter(v -> v.venue() != null && publishedAt(venues, v))
                    .map(v -> new Venues.Parsed(v.venue(), year, v.asWritten(), true))
                    .orElseGet(() -> new Venues.Parsed(null, year, message, false)));
        }
        return venues.parse(label + " " + message).filter(v -> publishedAt(venues, v));
    }

    /** A known venue that is a place of publication (a conference, journal or preprint server), not another known name. */
    private static boolean publishedAt(Venues venues, Venues.Parsed v) {
        return v.known() && venues.lookup(v.venue()).map(known -> known.type() != Venues.Type.OTHER).orElse(false);
    }

    private static String decode(String part) {
        String p = part.replace("__", "\u0000").replace('_', ' ').replace('\u0000', '_').replace("--", "-");
        try {
            p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray % stays as written
        }
        return Cells.clean(p);
    }
}
