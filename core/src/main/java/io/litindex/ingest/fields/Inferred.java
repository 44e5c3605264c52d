package io.litindex.ingest.fields;

import io.litindex.model.Entry;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields an entry does not state but its context gives: the year (and venue) of a heading it is listed under
 * ("## 2020", "### CVPR 2023"), and the year and month of its arXiv identifier (2305.12345 is May 2023). Each
 * records its origin ({@link Entry#ORIGIN_HEADING}, {@link Entry#ORIGIN_ARXIV_ID}).
 */
public final class Inferred {
    /** New-style arXiv ids: yymm.number (since April 2007). */
    private static final Pattern NEW_ID = Pattern.compile("^(\\d{2})(\\d{2})\\.\\d{4,5}");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(?:year|papers?|publications?|published|works|in|of)\\b");
    /** The number of a part of the list before a heading's text: "4. ", "3.2 ", "10) ". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*(?:[.)]\\s*|\\s+)(?=\\p{L})");
    /** The longest heading read for a year or a venue. */
    private static final int MAX_HEADING = 40;

    private Inferred() {}

    /**
     * What a heading gives the entries beneath it: a year alone ("2020") or a known venue with its year ("CVPR 2023",
     * "4. CVPR2021" after the number of the list's part).
     *
     * @param heading a heading's text
     * @param venues the known venues
     * @return the year (and venue), or empty when the heading gives neither
     */
    public static Optional<Venues.Parsed> fromHeading(String heading, Venues venues) {
        // "## 4. CVPR2021", "### 3.2 ICLR 2020": the number of the list's part is not the venue's name
        String h = heading == null ? "" : SECTION_NUMBER.matcher(heading.strip()).replaceFirst("");
        if (h.isEmpty() || h.length() > MAX_HEADING || !Venues.hasYear(h) || h.split("\\s+").length > 4) {
            return Optional.empty();
        }
        // "Year 2021", "Papers in 2021", "2021 Papers": words around a year that name no venue
        String bare = FILLER.matcher(h).replaceAll(" ").strip();
        return venues.parse(bare.isEmpty() ? h : bare).filter(v -> v.year() != null && (v.venue() == null || v.known()));
    }

    /**
     * The entry with the heading's year and venue where it has none of its own.
     *
     * @param e the entry as read
     * @param heading what the nearest heading gives, or null
     * @return the entry, with origin "heading" for each field it took
     */
    public static Entry withHeading(Entry e, Venues.Parsed heading) {
        if (heading == null || e.year() != null) {
            return e;
        }
        Entry.Builder b = e.toBuilder().year(heading.year()).origin("year", Entry.ORIGIN_HEADING);
        if (e.venue() == null && heading.venue() != null) {
            b.venue(heading.venue()).origin("venue", Entry.ORIGIN_HEADING);
            if (!heading.venue().equals(heading.asWritten())) {
                b.venueAsWritten(heading.asWritten());
            }
        }
        return b.build();
    }

    /**
     * The entry with the year and month of its arXiv id (of its own links, else its source paper's) when it has no year.
     *
     * @param e the entry
     * @return the entry, with origin "arxiv-id" for the year and date it took
     */
    public static Entry withArxivYear(Entry e) {
        if (e.year() != null) {
            return e;
        }
        String id = null;
        for (io.litindex.model.Link link : e.links()) {
            id = LinkClassifier.arxivId(link.url()).orElse(null);
            if (id != null) {
                break;
            }
        }
        if (id == null && e.sourcePaper() != null) {
            id = LinkClassifier.arxivId(e.sourcePaper().url()).orElse(null);
        }
        Matcher m = id == null ? null : NEW_ID.matcher(id);
        if (m == null || !m.find()) {
            return e;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return e;
        }
        Entry.Builder b = e.toBuilder().year(2000 + Integer.parseInt(m.group(1))).origin("year", Entry.ORIGIN_ARXIV_ID);
        if (e.date() == null) {
            b.date(String.format(java.util.Locale.ROOT, "%04d-%02d", 2000 + Integer.parseInt(m.group(1)), month))
                    .origin("date", Entry.ORIGIN_ARXIV_ID);
        }
        return b.build();
    }

    /**
     * The entry with the long form of each short form of the list's legend that its title, aliases or note write as
     * a whole word, case as written ("Geo-Loc." or "Geo-Loc" in the note "Geo-Loc., VQA"; VG is not in RSVG).
     *
     * @param e the entry
     * @param legend the list's short forms and their long forms
     * @return the entry, with the legend definitions it uses
     */
    public static Entry withLegend(Entry e, java.util.Map<String, String> legend) {
        if (legend.isEmpty()) {
            return e;
        }
        Entry.Builder b = null;
        for (java.util.Map.Entry<String, String> d : legend.entrySet()) {
            if (e.legend().containsKey(d.getKey())) {
                continue;
            }
            boolean used = writes(e.title(), d.getKey()) || writes(e.note(), d.getKey());
            for (int i = 0; i < e.aliases().size() && !used; i++) {
                used = writes(e.aliases().get(i), d.getKey());
            }
            if (used) {
                b = b == null ? e.toBuilder() : b;
                b.legend(d.getKey(), d.getValue());
            }
        }
        return b == null ? e : b.build();
    }

    /**
     * True when the text writes the short form as a whole word (a closing period optional) or as a part of a name
     * in capitals and small letters: SAR in SARDet and SARChat (a capital and a small letter follow), not in SARLANG,
     * ERA or RSVG.
     */
    static boolean writes(String text, String shortForm) {
        if (text == null) {
            return false;
        }
        String form = shortForm.endsWith(".") ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        if (form.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                    || Character.isLowerCase(text.charAt(at - 1)) && Character.isUpperCase(form.charAt(0));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || Character.isUpperCase(form.charAt(form.length() - 1)) && end + 1 < text.length()
                    && Character.isUpperCase(text.charAt(end)) && Character.isLowerCase(text.charAt(end + 1));
            if (before && after) {
                return true;
            }
        }
        return false;
    }
}
