package io.litindex.ingest.fields;

import io.litindex.model.Entry;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known venue and its year written before a title, in the title's own text: "NeurIPS 2020 submission: Title",
 * "[ICML 2020] Title", "(CVPR 2021) Title", "ICLR'23: Title". It is the entry's venue and year (or, for a paper only
 * submitted there, its venue as written without a venue, and its year), not a part of its title. Only a venue the gazetteer knows, with its year, is
 * read, and only a few words may follow them before the colon ("oral", "workshop", "submission"): "VoxSRC 2019: The
 * first VoxCeleb Speaker Recognition Challenge" and "ICLR 2020 Reproducibility Challenge: …" keep their titles.
 */
public final class VenuePrefix {
    /** "[ICML 2020] Title", "(CVPR 2021) Title", "【AAAI 2022】Title": a bracketed venue and year, then the title. */
    private static final Pattern BRACKETED = Pattern.compile("^[\\[(（【]\\s*([^\\[\\]()（）【】]{3,40}?)\\s*[\\])）】]\\s*[:：\\-–—|]?\\s*(\\S.*)$");
    /** "NeurIPS 2020 submission: Title", "ICLR'23: Title": a venue and year, a colon, then the title. */
    private static final Pattern COLON = Pattern.compile("^([^:：\\[\\]()]{3,40}?)\\s*[:：]\\s+(\\S.*)$");
    /** Words that may follow a venue and its year before the title: how the paper was presented there. */
    private static final Set<String> PRESENTATION = Set.of("oral", "spotlight", "poster", "highlight", "workshop", "workshops",
            "findings", "main", "track", "long", "short", "paper", "accepted", "best", "award", "demo", "industry",
            "submission", "submitted", "in", "under", "review", "preprint");
    /** Words saying the paper was only sent to the venue: its note, not its venue. */
    private static final Pattern SUBMITTED = Pattern.compile("(?i)\\b(?:submission|submitted|under\\s+review)\\b");
    /** The most words a venue with its year and how it was presented may have before the title. */
    private static final int MAX_WORDS = 6;

    private VenuePrefix() {}

    /**
     * A venue prefix read off a title.
     *
     * @param venue the venue and year as parsed
     * @param written the prefix as written ("NeurIPS 2020 submission")
     * @param submitted true when the prefix says the paper was only submitted there
     * @param title the title after it
     */
    public record Split(Venues.Parsed venue, String written, boolean submitted, String title) {}

    /**
     * The venue prefix of a title, if it has one.
     *
     * @param title the title as read
     * @param venues the known venues
     * @return the venue, how it was written and the rest of the title, or empty
     */
    public static Optional<Split> split(String title, Venues venues) {
        if (title == null) {
            return Optional.empty();
        }
        String t = title.strip();
        Matcher m = BRACKETED.matcher(t);
        if (!m.matches()) {
            m = COLON.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String written = m.group(1).strip();
        String rest = m.group(2).strip();
        if (rest.split("\\s+").length < 2 || written.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<Venues.Parsed> parsed = venues.parse(written);
        if (parsed.isEmpty() || !parsed.get().known() || parsed.get().year() == null || !onlyPresentation(written, parsed.get(), venues)) {
            return Optional.empty();
        }
        return Optional.of(new Split(parsed.get(), written, SUBMITTED.matcher(written).find(), rest));
    }

    /** True when the words of the prefix are the venue's name, its year and words saying how the paper was presented. */
    private static boolean onlyPresentation(String written, Venues.Parsed parsed, Venues venues) {
        String name = written.replaceAll("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])|['’][0-9]{2}\\b", " ");
        StringBuilder head = new StringBuilder();
        for (String word : name.split("[\\s,\\-–—]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (PRESENTATION.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            head.append(head.length() == 0 ? "" : " ").append(word);
        }
        return venues.lookup(head.toString()).isPresent();
    }

    /**
     * The entry without a venue prefix in its title: the prefix gives its venue and year where it has none (a venue
     * the paper was only submitted to is kept as its venue as written, with no venue; another venue than the row's
     * goes to its note), and the title (and an id made from it) loses it.
     *
     * @param e the entry as read
     * @param venues the known venues
     * @return the entry, or {@code e} itself when its title has no venue prefix
     */
    public static Entry apply(Entry e, Venues venues) {
        Optional<Split> split = split(e.title(), venues);
        if (split.isEmpty()) {
            return e;
        }
        Split s = split.get();
        Entry.Builder b = e.toBuilder().title(s.title());
        if (e.id() != null && e.id().equals(Ids.slug(e.title()))) {
            b.id(Ids.slug(s.title()));
        }
        Venues.Parsed v = s.venue();
        boolean sameVenue = e.venue() != null && e.venue().equals(v.venue());
        if (s.submitted()) {
            // a venue the paper was only sent to is no venue of it: kept as written (shown, not searched as its venue),
            // and a row of the same paper that gives its venue replaces it when the rows are merged
            if (e.venue() == null && e.venueAsWritten() == null) {
                b.venueAsWritten(s.written());
            }
        } else if (e.venue() != null && !sameVenue) {
            // another venue than the one the row gives: a fact kept in the note
            b.note(e.note() == null || e.note().isBlank() ? s.written() : s.written() + "; " + e.note());
        } else if (e.venue() == null) {
            b.venue(v.venue());
            if (!v.venue().equals(v.asWritten())) {
                b.venueAsWritten(v.asWritten());
            }
        }
        if (e.year() == null) {
            b.year(v.year());
        }
        return b.build();
    }
}
