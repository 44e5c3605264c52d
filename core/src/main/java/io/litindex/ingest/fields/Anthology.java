package io.litindex.ingest.fields;

import io.litindex.model.Entry;
import io.litindex.model.Link;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The venue and year an ACL Anthology link names by its paper id (reading, session 25): old-style ids are a letter for
 * the venue, two digits for the year and the paper's number ("aclweb.org/anthology/P19-1159" is ACL 2019, D18-1521
 * EMNLP 2018, Q18-1041 TACL 2018; W, a workshop, names no venue); new-style ids write the year and the event
 * ("aclanthology.org/2020.acl-main.485" ACL 2020, "2021.naacl-main.5" NAACL, "2022.findings-emnlp.7" Findings of
 * EMNLP; "2020.gebnlp-1.10", a workshop, none). An entry takes them only where it has no venue (or year) of its own.
 */
public final class Anthology {
    /** An anthology address and its id: old-style (P19-1159, also under "P/P19/") or new-style (2020.acl-main.485). */
    private static final Pattern ID = Pattern.compile("(?i)(?:aclanthology\\.org|aclweb\\.org/anthology(?:-new)?|aclanthology\\.info/papers"
            + "|aclanthology\\.coli\\.uni-saarland\\.de/papers)/(?:[a-z]/[a-z]\\d{2}/)?(?:(?<letter>[a-z])(?<yy>\\d{2})-(?<num>\\d{4})"
            + "|(?<year>(?:19|20)\\d{2})\\.(?<event>[a-z0-9]+(?:-[a-z0-9]+)?)\\.\\d+)(?![\\w-])");
    /**
     * The letters of old-style ids and the venues they name. W (workshops) names none, nor does S, which holds both
     * SemEval and *SEM in volumes whose order changes from year to year (S18-2 is *SEM, S19-2 SemEval).
     */
    private static final Map<Character, String> LETTERS = Map.of('P', "ACL", 'N', "NAACL", 'D', "EMNLP", 'Q', "TACL",
            'J', "Computational Linguistics", 'E', "EACL", 'C', "COLING", 'K', "CoNLL");
    /** The events of new-style ids and the venues they name. */
    private static final Map<String, String> EVENTS = Map.ofEntries(Map.entry("acl", "ACL"), Map.entry("naacl", "NAACL"),
            Map.entry("emnlp", "EMNLP"), Map.entry("eacl", "EACL"), Map.entry("aacl", "AACL"), Map.entry("coling", "COLING"),
            Map.entry("conll", "CoNLL"), Map.entry("tacl", "TACL"), Map.entry("cl", "Computational Linguistics"),
            Map.entry("semeval", "SemEval"), Map.entry("lrec", "LREC"));
    /** The volumes of a new-style event that are its own proceedings (not a student or other workshop of it). */
    private static final Pattern VOLUME = Pattern.compile("main|long|short|demo|demos|industry|tutorials?|\\d");

    private Anthology() {}

    /**
     * The venue and year an ACL Anthology address names.
     *
     * @param url a link's address
     * @param venues the known venues
     * @return the known venue and its year, or empty for any other address, a workshop or an unknown event
     */
    public static Optional<Venues.Parsed> venue(String url, Venues venues) {
        Matcher m = url == null ? null : ID.matcher(url);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        String name;
        int year;
        if (m.group("letter") != null) {
            char letter = Character.toUpperCase(m.group("letter").charAt(0));
            int yy = Integer.parseInt(m.group("yy"));
            year = yy >= 50 ? 1900 + yy : 2000 + yy;
            // D19-5xxx, P19-6xxx: the workshops held with a conference, in its letter since 2019
            boolean workshop = "DNP".indexOf(letter) >= 0 && m.group("num").charAt(0) >= '5';
            name = workshop ? null : LETTERS.get(letter);
        } else {
            year = Integer.parseInt(m.group("year"));
            String[] event = m.group("event").toLowerCase(Locale.ROOT).split("-", 2);
            if (event[0].equals("findings") && event.length == 2) {
                name = EVENTS.containsKey(event[1]) ? "Findings of " + EVENTS.get(event[1]) : null;
            } else {
                name = event.length == 1 || VOLUME.matcher(event[1]).matches() ? EVENTS.get(event[0]) : null;
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        return venues.lookup(name).map(v -> new Venues.Parsed(v.display(), year, null, true));
    }

    /**
     * The entry with the venue (and year) of its first ACL Anthology link that names one, where it has no venue.
     *
     * @param e the entry
     * @param venues the known venues
     * @return the entry, with origin "anthology-id" for each field it took
     */
    public static Entry withVenue(Entry e, Venues venues) {
        if (e.venue() != null) {
            return e;
        }
        for (Link link : e.links()) {
            Optional<Venues.Parsed> v = venue(link.url(), venues);
            if (v.isPresent()) {
                Entry.Builder b = e.toBuilder().venue(v.get().venue()).origin("venue", Entry.ORIGIN_ANTHOLOGY_ID);
                if (e.year() == null) {
                    b.year(v.get().year()).origin("year", Entry.ORIGIN_ANTHOLOGY_ID);
                }
                return b.build();
            }
        }
        return e;
    }
}
