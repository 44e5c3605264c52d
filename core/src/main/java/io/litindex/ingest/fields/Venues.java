package io.litindex.ingest.fields;

import io.litindex.LitindexException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The venues litindex knows (read from {@code venues.tsv}), and the parsing of venue cells such as
 * "TGRS2021", "arxiv 2023" or "CVPR 2024 Highlight" into one display name and a year.
 */
public final class Venues {
    /** What kind of venue it is; BibTeX export chooses the entry type from it. */
    public enum Type {
        /** A journal ("T-GRS", "Nature Methods"). */
        JOURNAL,
        /** A conference ("CVPR", "NeurIPS"). */
        CONFERENCE,
        /** A workshop, often of a conference ("CVPR Workshops"). */
        WORKSHOP,
        /** A preprint server (arXiv, bioRxiv, medRxiv). */
        PREPRINT,
        /** Anything else a list names as a venue. */
        OTHER,
        /**
         * A publisher (Springer Nature, Elsevier, IEEE): written alone it names no venue, so it is kept as written only;
         * its name before a journal's ("IEEE Transactions on …") is read with the rest.
         */
        PUBLISHER
    }

    /**
     * A known venue.
     *
     * @param display the name facets show ("T-GRS")
     * @param type journal, conference, workshop, preprint, other or publisher
     * @param fullName the full name ("IEEE Transactions on Geoscience and Remote Sensing")
     */
    public record Venue(String display, Type type, String fullName) {}

    /**
     * A venue cell parsed: the display name (or the text as written when unknown), a year if the cell had one.
     *
     * @param venue the display name, or the text as written when the venue is not known
     * @param year the year the cell states, or null
     * @param asWritten the cell as written
     * @param known true when the venue is one of the known ones, or a longer name of a known journal's family written
     *     in full ("Nature Computer Science" beside the known Nature: see {@link Venues#parse})
     */
    public record Parsed(String venue, Integer year, String asWritten, boolean known) {}

    /** Latin letters (a hyphen or ampersand inside) written right before a year without a space: "RS" in "RS2024". */
    private static final Pattern GLUED = Pattern.compile("^[A-Za-z][A-Za-z&\\-]{0,19}$");
    private static final Pattern YEAR4 = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern YEAR2 = Pattern.compile("^(.*?)\\s*[-'’]\\s*([0-9]{2})$");
    /** A name then a two-digit year, perhaps with a month: "TPAMI 22", "Arxiv 24.04", "OpenReview '23". */
    private static final Pattern YEAR2_AFTER = Pattern.compile("^(.*\\p{L}[^0-9]*?)\\s+[-'’]?([0-9]{2})(?:\\.[0-9]{2})?$");
    /** Characters trimmed off a venue's edges; an asterisk is emphasis left over ("*GeBNLP 2022.*"). */
    private static final String EDGE_CHARS = "-–—,.;:'’()[]*";
    /** The fewest words matched as a venue's name; the longest known name or alias sets the most ({@code maxWords}). */
    private static final int MAX_VENUE_WORDS = 8;
    /** Cells longer than this are not searched for a two-digit year ("CVPR-24"). */
    private static final int MAX_SHORT = 40;

    /** The longest venue as written whose brackets and final period are looked at. */
    private static final int MAX_WRITTEN = 300;
    /**
     * Pages, volume and issue after a comma: ", pages 427–434", ", page 423", ", pp. 1-10", ", vol. 5", ", no. 2", ", 5:101–115",
     * ", 3(2):10–20", and pages after a year and a colon (", 2016: 45-57" is ", 2016"); a year after a comma is not one of them.
     */
    private static final Pattern PAGES = Pattern.compile("(?i)(?:[,;]\\s*(?:(?:pages?|pp?\\.|vol(?:ume|\\.)?|no\\.|issue)\\s*\\d+"
            + "(?:\\s*[-–—]+\\s*\\d+)?|(?!(?:19|20)\\d{2}\\b)\\d+(?:\\s*\\(\\d+\\))?\\s*:\\s*\\d+(?:\\s*[-–—]+\\s*\\d+)?)"
            + "|(?<=\\b(?:19|20)\\d{2})\\s*:\\s*\\d+\\s*[-–—]+\\s*\\d+)(?=\\s*(?:[,.;)\\]]|$))");
    /** Brackets with nothing inside, left where a link was taken out: "In IJCAI. [ ]". */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\[\\s*\\]|\\(\\s*\\)");
    /** What comes before a venue's name in a reference: "In", "In Proceedings of the", an edition ("10th", "Eleventh"). */
    private static final Pattern LEAD = Pattern.compile("(?i)(?:in:?\\s+)?(?:(?:the\\s+)?(?:proceedings|proc\\.?)\\s+of\\s+)?(?:the\\s+)?"
            + "(?:\\d{1,3}(?:st|nd|rd|th)\\s+|(?:(?:twenty|thirty|forty|fifty)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
            + "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\\s+)?");

    /** "arXiv:2106.07139": an arXiv identifier written as the venue names arXiv. */
    private static final Pattern ARXIV_ID = Pattern.compile("(?i)\\barxiv\\s*[:.]?\\s*(?:abs/)?\\d{4}\\.\\d{4,5}(?:v\\d+)?");
    private static final Pattern WORKSHOP = Pattern.compile("(?i)\\bworkshops?\\b");
    /** A name with a remark in brackets at its end: "Discover Applied Sciences (Springer Nature)". */
    private static final Pattern BRACKETED_END = Pattern.compile("^(.*\\S)\\s*[(（]([^()（）]{2,60})[)）]$");
    /** A name that ends as an event's does: "… Seminar", "… Symposium", "… Lecture Series". */
    private static final Pattern EVENT_END = Pattern.compile("(?i)\\s(?:seminars?|symposium|conference|colloquium|summit|meeting|forum|"
            + "lectures?|series|tutorials?|school)$");
    /** A word this long or longer that is one edit from a known one-word venue is read as that venue ("iSchience"). */
    private static final int MIN_FUZZY = 7;
    /** A word this long or longer with two neighbouring letters swapped from a known one-word venue is read as it ("Arixv"). */
    private static final int MIN_FUZZY_SWAP = 5;
    /** A name of several words this long or longer (letters and digits) one edit from a known one is read as it ("Nature Method"). */
    private static final int MIN_FUZZY_NAME = 10;

    /** Small words inside a journal's name ("Briefings in Bioinformatics", "Journal of …"). */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "and", "in", "on", "for", "the", "&");
    /** The most words a known journal's name may be followed by and still be read as a longer name of its family. */
    private static final int MAX_FAMILY_WORDS = 4;
    /** A capitalised word of letters (a hyphen inside): a word of a journal's name as written ("Computer", "Drug"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{L}+)?");
    /** Where a venue's contiguous name ends: a comma, semicolon, parenthesis, bracket or a sentence's period. */
    private static final Pattern NAME_END = Pattern.compile("[,;(\\[（]|\\.\\s");

    private static final Venues DEFAULT = load();

    /** The venues by name and alias (key form); publishers are not among them. */
    private final Map<String, Venue> byKey;
    /** The publishers' names and aliases (key form): written alone they name no venue. */
    private final java.util.Set<String> publishers;
    /** Every name and alias read, publishers too, for a file of the user's added to them. */
    private final Map<String, Venue> known;
    private final List<Venue> all;
    /** Every display name, full name and alias as the file writes it (publishers left out), with its venue: a file of the user's first. */
    private final List<Map.Entry<String, Venue>> names;
    /** The words of the known venues' names, lower case without a plural "s": what a journal's name is made of. */
    private final java.util.Set<String> nameWords;
    /** The most words of a known name or alias ("Conference of the North American Chapter of the Association for …"). */
    private final int maxWords;

    private Venues(Map<String, Venue> known, List<Venue> all, List<Map.Entry<String, Venue>> names, int maxWords) {
        Map<String, Venue> venues = new HashMap<>();
        java.util.Set<String> publishers = new java.util.HashSet<>();
        known.forEach((k, v) -> {
            if (v.type() == Type.PUBLISHER) {
                publishers.add(k);
            } else {
                venues.put(k, v);
            }
        });
        this.byKey = Collections.unmodifiableMap(venues);
        this.publishers = java.util.Set.copyOf(publishers);
        this.known = known;
        this.all = all;
        this.names = names.stream().filter(n -> n.getValue().type() != Type.PUBLISHER).toList();
        this.maxWords = Math.max(MAX_VENUE_WORDS, maxWords);
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Venue v : all) {
            if (v.type() == Type.PUBLISHER) {
                continue; // a publisher's name is no journal's ("Springer", "Press")
            }
            for (String name : List.of(v.display(), v.fullName())) {
                for (String w : name.split("[\\s,:()]+")) {
                    if (w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
                        words.add(stem(w));
                    }
                }
            }
        }
        this.nameWords = java.util.Set.copyOf(words);
    }

    /** A name word lower case, without a plural "s" ("Methods" and "Method" are one word). */
    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * The venues bundled with litindex.
     *
     * @return the bundled gazetteer (read once)
     */
    public static Venues standard() {
        return DEFAULT;
    }

    /**
     * The venues known.
     *
     * @return every venue, a user's file's first
     */
    public List<Venue> all() {
        return all;
    }

    /**
     * Every name of the known venues as the gazetteer writes it: each venue's display name, full name and aliases, publishers
     * left out, a file of the user's first.
     *
     * @return the names, each with its venue
     */
    public List<Map.Entry<String, Venue>> names() {
        return names;
    }

    /**
     * The known venue with this display name or alias, if any.
     *
     * @param text a name or alias, in any case and spacing
     * @return the venue, or empty
     */
    public Optional<Venue> lookup(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Venue v = byKey.get(key(text));
        return Optional.ofNullable(v != null ? v : workshopWord(text.strip()));
    }

    /** A conference's acronym with a W glued to it: "ICMLW", "NeurIPSW", "ECCVW". */
    private static final Pattern WORKSHOP_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d]{1,12}W");

    /**
     * The workshop a word names as its conference's acronym and a W ("ICMLW" is ICML's workshop, shown "ICML Workshop"
     * unless the gazetteer has one: "CVPRW"), or null: only a known conference's, of an acronym with two capitals.
     */
    private Venue workshopWord(String word) {
        if (word.length() < 4 || !WORKSHOP_WORD.matcher(word).matches()) {
            return null;
        }
        String stem = word.substring(0, word.length() - 1);
        if (stem.chars().filter(Character::isUpperCase).count() < 2) {
            return null;
        }
        Venue conference = byKey.get(key(stem));
        return conference != null && conference.type() == Type.CONFERENCE ? workshopOf(conference) : null;
    }

    /**
     * The display name for {@code text}: the known venue's, else the text itself, trimmed.
     *
     * @param text a venue as written
     * @return the display name
     */
    public String displayName(String text) {
        return lookup(text).map(Venue::display).orElse(text == null ? null : text.strip());
    }

    /**
     * Parses a venue cell: "TGRS2021" → (T-GRS, 2021); "CVPR 2024 Highlight" → (CVPR, 2024);
     * "Remote Sensing" → (Remote Sensing, null); "CVPR-24" → (CVPR, 2024). Empty when the cell is blank
     * or a placeholder ("-", "null", "N/A").
     *
     * @param cell the cell's text; null reads as blank
     * @return the venue and year, or empty
     */
    public Optional<Parsed> parse(String cell) {
        // "CHI25", "Ubicomp25 (IMWUT Vol 9 Issue 4)": a known venue glued to a two-digit year
        Optional<Parsed> glued = GluedShortYears.read(this, cell);
        if (glued.isPresent()) {
            return glued;
        }
        return parsed(cell).map(this::withoutPublisher);
    }

    /**
     * A publisher is no venue: "Springer Nature 2023" and "Elsevier" alone name none (the year is kept, and the text as
     * written); "Discover Applied Sciences (Springer Nature)" is the journal, its publisher in brackets a remark kept in
     * the venue as written.
     */
    private Parsed withoutPublisher(Parsed p) {
        if (p.venue() == null) {
            return p;
        }
        Matcher remark = BRACKETED_END.matcher(p.venue());
        if (remark.matches() && publisher(remark.group(2))) {
            return new Parsed(remark.group(1).strip(), p.year(), p.asWritten(), p.known());
        }
        return publisher(p.venue()) ? new Parsed(null, p.year(), p.asWritten(), false) : p;
    }

    /**
     * Whether the name is a publisher's or society's (IEEE, ACM, Springer Nature …), which alone names no venue.
     *
     * @param name a name as written
     * @return whether a publisher has it as its name or alias
     */
    public boolean isPublisher(String name) {
        return publisher(name);
    }

    private boolean publisher(String name) {
        return publishers.contains(key(name));
    }

    private Optional<Parsed> parsed(String cell) {
        String text = written(cell == null ? "" : cell);
        if (Cells.isPlaceholder(text)) {
            return Optional.empty();
        }
        Integer year = null;
        String rest = text.length() <= MAX_SHORT * 2 ? ARXIV_ID.matcher(text).replaceAll("arXiv") : text;
        String scanned = rest;
        Matcher m = YEAR4.matcher(rest);
        boolean glued = false;
        if (m.find()) {
            year = Integer.valueOf(m.group(1));
            // "RS2024": one Latin word glued to the year, nothing else but edges around them
            glued = m.start() > 0 && Character.isLetter(rest.charAt(m.start() - 1))
                    && GLUED.matcher(trimEdges(rest.substring(0, m.start()))).matches() && trimEdges(rest.substring(m.end())).isEmpty();
            rest = (rest.substring(0, m.start()) + " " + rest.substring(m.end())).strip();
        }
        // "Medical Imaging 2022: Image Processing" without its year is "Medical Imaging: Image Processing"
        rest = trimEdges(rest.replaceAll("\\s+", " ").replaceAll(" ([,:;])", "$1"));
        Venue venue = longestKnownPrefix(rest);
        if (venue == null) {
            // "In IJCAI", "Proceedings of the Eleventh ACM Conference on Recommender Systems": a known venue after them
            Matcher lead = LEAD.matcher(rest);
            if (lead.lookingAt() && lead.end() < rest.length()) {
                Venue after = longestKnownPrefix(rest.substring(lead.end()));
                if (after != null) {
                    venue = after;
                    rest = rest.substring(lead.end());
                }
            }
        }
        if (venue != null && venue.type() == Type.CONFERENCE && JournalNames.continues(rest, this::prefixWords)) {
            // "Big Data Research 2021": a journal whose name starts with a conference's ("Big Data") is not the conference
            venue = null;
        }
        if (venue != null && (venue.type() == Type.OTHER || venue.type() == Type.JOURNAL)) {
            // "Google AI Blog", "Google Sheet": an organisation's name followed by more of a name is something of its
            // own (a blog, a document), not the organisation; "Machine Learning Advances and Applications Seminar" is a
            // seminar, not the journal Machine Learning: read as an unknown name
            String name = year == null ? rest : contiguousName(scanned, m);
            Matcher end = NAME_END.matcher(name);
            String contiguous = trimEdges((end.find() ? name.substring(0, end.start()) : name).strip());
            if (!contiguous.isEmpty() && lookup(contiguous).isEmpty() && !WORKSHOP.matcher(contiguous).find()
                    && (venue.type() != Type.JOURNAL || EVENT_END.matcher(contiguous).find())) {
                venue = null;
            }
        }
        if (venue != null) {
            // "2023 Nature Computer Science", "Nature Method, 2022": the venue's name goes on before or after the year
            String name = year == null ? rest : contiguousName(scanned, m);
            Optional<Parsed> longer = longerJournal(venue, trimEdges(name), year, text);
            if (longer.isPresent()) {
                return longer;
            }
        }
        if (venue == null && rest.length() <= MAX_SHORT && rest.split("\\s+").length <= 4) {
            venue = nearKnownWord(rest);
            if (venue == null) {
                // "Narure Methods", "Briefings in Bioinformatic": a known name of several words, one letter off
                venue = nearKnownName(rest);
            }
        }
        if (venue == null && glued) {
            // "RS2024": letters glued to a year are a venue only when they are a known one's ("TGRS2021"); else the year alone
            return Optional.of(new Parsed(null, year, text, false));
        }
        if (venue != null && venue.type() != Type.WORKSHOP && rest.length() <= MAX_SHORT * 2 && WORKSHOP.matcher(rest).find()) {
            venue = workshopOf(venue);
        }
        if (venue == null && year == null && rest.length() <= MAX_SHORT) {
            Matcher two = YEAR2.matcher(rest);
            if (two.matches()) {
                Venue v = lookup(trimEdges(two.group(1))).orElse(null);
                if (v != null) {
                    return Optional.of(new Parsed(v.display(), 2000 + Integer.parseInt(two.group(2)), text, true));
                }
            }
        }
        if (venue != null && year == null && rest.length() <= MAX_SHORT) {
            // "[TPAMI 22] **Title**": a known venue's whole name, then a two-digit year
            Matcher two = YEAR2_AFTER.matcher(rest);
            Venue named = two.matches() ? lookup(trimEdges(two.group(1))).orElse(null) : null;
            if (named != null && named.equals(venue)) {
                year = 2000 + Integer.parseInt(two.group(2));
            }
        }
        if (venue != null) {
            return Optional.of(new Parsed(venue.display(), year, text, true));
        }
        if (rest.isEmpty()) {
            return year == null ? Optional.empty() : Optional.of(new Parsed(null, year, text, false));
        }
        return Optional.of(new Parsed(rest, year, text, false));
    }

    /**
     * The entries with one spelling for each venue: a venue written in several ways that differ only in case, spaces or
     * punctuation ("Openreview" and "OpenReview", "USENIX security" and "USENIX Security") is shown as the spelling most
     * of its entries use (the first seen among equals), so that a facet lists it once; each entry keeps its own spelling
     * as the venue as written.
     *
     * @param entries the entries of one list
     * @return the entries, those with another spelling of a venue rewritten
     */
    public static List<io.litindex.model.Entry> withOneSpelling(List<io.litindex.model.Entry> entries) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (io.litindex.model.Entry e : entries) {
            if (e.venue() != null) {
                spellings.computeIfAbsent(key(e.venue()), k -> new LinkedHashMap<>()).merge(e.venue(), 1, Integer::sum);
            }
        }
        Map<String, String> chosen = new HashMap<>();
        spellings.forEach((k, counts) -> {
            if (counts.size() > 1 && !k.isEmpty()) {
                String best = null;
                for (Map.Entry<String, Integer> c : counts.entrySet()) {
                    if (best == null || c.getValue() > counts.get(best)) {
                        best = c.getKey();
                    }
                }
                chosen.put(k, best);
            }
        });
        if (chosen.isEmpty()) {
            return entries;
        }
        List<io.litindex.model.Entry> out = new ArrayList<>(entries.size());
        for (io.litindex.model.Entry e : entries) {
            String one = e.venue() == null ? null : chosen.get(key(e.venue()));
            if (one == null || one.equals(e.venue())) {
                out.add(e);
            } else {
                out.add(e.toBuilder().venue(one).venueAsWritten(e.venueAsWritten() == null ? e.venue() : e.venueAsWritten()).build());
            }
        }
        return out;
    }

    /** The part of the cell that holds the venue's name without its year: after a leading year, else before the year. */
    private static String contiguousName(String text, Matcher year) {
        String before = text.substring(0, year.start());
        return trimEdges(before).isEmpty() ? text.substring(year.end()) : before;
    }

    /**
     * A known journal's name written in full and followed by more words of journals' names is another journal of its
     * family: "Nature Computer Science" is not Nature; "Nature Method" (one letter off) is Nature Methods. The words
     * that follow must be capitalised words the known venues' names are made of ("Computer", "Science", "Reviews",
     * "Methods"), with small joining words inside ("of", "and"): "Nature Diffusion Model" stays Nature with a remark,
     * and an abbreviation followed by a word ("MedIA Journal", "TMI Journal") is the abbreviation's venue. The longer
     * name is kept as written and counts as known (its family's head is).
     */
    private Optional<Parsed> longerJournal(Venue head, String name, Integer year, String text) {
        if (head.type() != Type.JOURNAL || !head.display().chars().anyMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        Matcher end = NAME_END.matcher(name);
        String contiguous = (end.find() ? name.substring(0, end.start()) : name).strip();
        String[] words = contiguous.split("\\s+");
        int n = 0;
        for (int i = Math.min(words.length, maxWords); i >= 1; i--) {
            if (byKey.get(key(String.join(" ", java.util.Arrays.copyOf(words, i)))) == head) {
                n = i;
                break;
            }
        }
        String written = key(String.join(" ", java.util.Arrays.copyOf(words, n)));
        if (n == 0 || n == words.length || !(written.equals(key(head.display())) || written.equals(key(head.fullName())))) {
            return Optional.empty();
        }
        int last = n - 1;
        for (int i = n; i < words.length && i < n + MAX_FAMILY_WORDS; i++) {
            String w = words[i];
            if (NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT)) && i + 1 < words.length) {
                continue;
            }
            if (!NAME_WORD.matcher(w).matches()) {
                break; // a model's name or a remark after the journal's name: "Nature Machine Intelligence sciPENN"
            }
            if (!nameWords.contains(stem(w))) {
                return Optional.empty(); // "Nature Diffusion Model": a capitalised word no journal's name has
            }
            last = i;
        }
        if (last < n) {
            return Optional.empty();
        }
        String longer = String.join(" ", java.util.Arrays.copyOfRange(words, 0, last + 1));
        Venue near = nearKnownName(longer);
        if (near != null) {
            return Optional.of(new Parsed(near.display(), year, text, true));
        }
        return Optional.of(new Parsed(longer, year, text, true));
    }

    /** The known venue whose whole name is one edit from the text (at least {@code MIN_FUZZY_NAME} letters), if only one is. */
    private Venue nearKnownName(String text) {
        String k = key(text);
        if (k.length() < MIN_FUZZY_NAME) {
            return null;
        }
        Venue found = null;
        for (Map.Entry<String, Venue> e : byKey.entrySet()) {
            if (Math.abs(e.getKey().length() - k.length()) <= 1 && oneEdit(k, e.getKey())) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** The workshop venue of a conference: a known one ("CVPR Workshop" is CVPRW), else "ICML Workshop". */
    private Venue workshopOf(Venue conference) {
        Venue known = byKey.get(key(conference.display() + " workshop"));
        if (known == null) {
            known = byKey.get(key(conference.display() + "w"));
        }
        return known != null && known.type() == Type.WORKSHOP ? known
                : new Venue(conference.display() + " Workshop", Type.WORKSHOP, conference.fullName() + " (workshop)");
    }

    /** The known one-word venue one edit (a letter added, dropped or changed) from the text's first word, if only one is. */
    private Venue nearKnownWord(String text) {
        int space = text.indexOf(' ');
        String word = key(space < 0 ? text : text.substring(0, space));
        if (word.length() < MIN_FUZZY_SWAP) {
            return null;
        }
        Venue found = null;
        for (Map.Entry<String, Venue> e : byKey.entrySet()) {
            String k = e.getKey();
            // seven letters and one edit ("iSchience"); a letter dropped from a longer name ("NeuIPS", "Bioriv"); two
            // letters swapped in five or more ("Arixv", "NeruIPS")
            boolean longEnough = word.length() >= MIN_FUZZY || word.length() == MIN_FUZZY - 1 && k.length() == MIN_FUZZY
                    || k.length() == word.length() && swapped(word, k);
            if (longEnough && Math.abs(k.length() - word.length()) <= 1 && k.charAt(0) == word.charAt(0) && oneEdit(word, k)) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** True when {@code a} is {@code b} with two neighbouring characters swapped ("arixv", "arxiv"). */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** True when {@code a} and {@code b} differ by exactly one inserted, deleted or replaced character, or two swapped. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (swapped(a, b)) {
            return true;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return b.length() - a.length() == 1 && a.substring(i).equals(b.substring(i + 1));
    }

    /**
     * True when the text holds a year (1900–2099) standing alone.
     *
     * @param text the text
     * @return whether it does
     */
    public static boolean hasYear(String text) {
        return YEAR4.matcher(text).find();
    }

    /** How many of the text's first words name a known venue, the most that do (0 when none does). */
    private int prefixWords(String text) {
        return knownPrefixWords(text.split("\\s+", maxWords + 1));
    }

    /** How many of the first words name a known venue, the most that do (0 when none does). */
    private int knownPrefixWords(String[] words) {
        for (int n = Math.min(words.length, maxWords); n >= 1; n--) {
            if (byKey.containsKey(key(String.join(" ", java.util.Arrays.copyOf(words, n))))) {
                return n;
            }
        }
        return 0;
    }

    private Venue longestKnownPrefix(String text) {
        String[] words = text.split("\\s+", maxWords + 1);
        int n = knownPrefixWords(words);
        if (n > 0) {
            return byKey.get(key(String.join(" ", java.util.Arrays.copyOf(words, n))));
        }
        return words.length == 0 ? null : workshopWord(words[0].replaceAll("[.,;:]+$", ""));
    }

    private static String trimEdges(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEdge(text.charAt(start))) {
            start++;
        }
        // a closing bracket that closes one opened inside is kept: "武汉大学学报 (信息科学版)"
        while (end > start && isEdge(text.charAt(end - 1)) && !closesInside(text, start, end - 1)) {
            end--;
        }
        return text.substring(start, end);
    }

    /** True when the character at {@code at} is ')' or ']' and more of its openers than closers lie in [start, at). */
    private static boolean closesInside(String text, int start, int at) {
        char c = text.charAt(at);
        char open = c == ')' ? '(' : c == ']' ? '[' : 0;
        if (open == 0) {
            return false;
        }
        int depth = 0;
        for (int i = start; i < at; i++) {
            depth += text.charAt(i) == open ? 1 : text.charAt(i) == c ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * The text with a two-digit year after a name written in full ("ICML 24" → "ICML 2024", "Arxiv 24.03" → "Arxiv
     * 2024"), for a name the venue list does not know as well; other text as it is.
     */
    public static String withCentury(String text) {
        Matcher m = YEAR2_AFTER.matcher(text.strip());
        return m.matches() ? m.group(1) + " 20" + m.group(2) : text;
    }

    /**
     * A venue as written, without what the text around it left at its edges: "In IJCAI. [" (a link in brackets
     * followed it) is "In IJCAI", "2018 Nature Biotechnology," is "2018 Nature Biotechnology", "*GeBNLP 2022.*" is
     * "GeBNLP 2022"; an abbreviation's period ("Int. J. Geogr. Inf. Sci.") and brackets that close inside stay. Pages,
     * volume and issue after a comma are no part of it ("In Proceedings of ACL, pages 427–434" is "In Proceedings of ACL").
     *
     * @param text a venue as the list wrote it
     * @return the text without those edges
     */
    public static String written(String text) {
        // "In IJCAI. [[paper](…)]": the brackets a link stood in, now empty
        String t = EMPTY_BRACKETS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (t.length() <= MAX_WRITTEN) {
            // "In Proceedings of ACL, pages 427–434", "TACL, 5:101–115": where in the venue, not which venue
            t = PAGES.matcher(t).replaceAll("");
        }
        int from = 0;
        int to = t.length();
        int before = -1;
        while (before != to - from) {
            before = to - from;
            while (from < to && (Character.isWhitespace(t.charAt(to - 1)) || ",;:*_|[(（".indexOf(t.charAt(to - 1)) >= 0)) {
                to--;
            }
            while (from < to && (Character.isWhitespace(t.charAt(from)) || ",;:*_|)]）".indexOf(t.charAt(from)) >= 0)) {
                from++;
            }
            if (to - from > MAX_WRITTEN) {
                break; // no venue is this long: the brackets and periods of a long text are left as they are
            }
            if (from < to && ")]".indexOf(t.charAt(to - 1)) >= 0 && !closesInside(t, from, to - 1)) {
                to--;
            }
            if (from < to && "[(".indexOf(t.charAt(from)) >= 0 && t.indexOf(t.charAt(from) == '[' ? ']' : ')', from) < 0) {
                from++;
            }
            if (from < to && t.charAt(to - 1) == '.' && (to - from < 2 || t.charAt(to - 2) != '.')) {
                int space = t.lastIndexOf(' ', to - 2);
                String last = t.substring(Math.max(from, space + 1), to - 1);
                // a sentence's period after a word or a year, not an abbreviation's ("Sci.", "J.")
                if (last.length() >= 4 && last.indexOf('.') < 0 || !last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
                    to--;
                }
            }
        }
        return t.substring(from, to).strip();
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || EDGE_CHARS.indexOf(c) >= 0;
    }

    /** A name as the gazetteer compares names: lower case, letters, digits and ampersands only ("IEEE T-IV" is "ieeetiv"). */
    public static String key(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '&') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Venues load() {
        try (InputStream in = Venues.class.getResourceAsStream("venues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("venues.tsv is missing from litindex-core's resources");
            }
            Map<String, Venue> byKey = new HashMap<>();
            List<Venue> all = new ArrayList<>();
            List<Map.Entry<String, Venue>> names = new ArrayList<>();
            int words = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "venues.tsv", byKey, all, names);
            return new Venues(Collections.unmodifiableMap(byKey), List.copyOf(all), names, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These venues and those of a file of your own, in the format of the bundled {@code venues.tsv}: one venue a line,
     * tab-separated display name, type (journal, conference, workshop, preprint, other, publisher), full name and aliases
     * ({@code |}-separated); lines starting with {@code #} are comments. A name or alias in the file wins over the
     * bundled one. Use the result with {@code new MarkdownListReader(venues)}.
     *
     * @param file the venues file
     * @return these venues and the file's
     * @throws LitindexException when the file cannot be read (missing, unreadable, not UTF-8)
     * @throws IllegalArgumentException naming the file and line when a line is not in that format
     */
    public Venues with(java.nio.file.Path file) {
        Map<String, Venue> byKey = new HashMap<>();
        List<Venue> extra = new ArrayList<>();
        List<Map.Entry<String, Venue>> names = new ArrayList<>();
        int words;
        try (BufferedReader reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            words = read(reader, file.toString(), byKey, extra, names);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LitindexException("cannot read the venues file " + file + ": no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new LitindexException("cannot read the venues file " + file + ": not UTF-8", e);
        } catch (IOException e) {
            throw new LitindexException("cannot read the venues file " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        this.known.forEach(byKey::putIfAbsent);
        List<Venue> all = new ArrayList<>(extra);
        all.addAll(this.all);
        names.addAll(this.names);
        return new Venues(Collections.unmodifiableMap(byKey), List.copyOf(all), names, Math.max(this.maxWords, words));
    }

    /** Reads a venues file into the maps; returns the most words a name, full name or alias of it has. */
    private static int read(BufferedReader reader, String name, Map<String, Venue> byKey, List<Venue> all,
            List<Map.Entry<String, Venue>> names) throws IOException {
        String line;
        int number = 0;
        int words = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            Type type = null;
            if (cols.length >= 3) {
                try {
                    type = Type.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    type = null;
                }
            }
            if (type == null || cols[0].isBlank()) {
                throw new IllegalArgumentException(name + ":" + number + ": expected 'display name<TAB>type<TAB>full name"
                        + "[<TAB>alias|alias…]' with type journal, conference, workshop, preprint, other or publisher");
            }
            Venue venue = new Venue(cols[0].strip(), type, cols[2].isBlank() ? cols[0].strip() : cols[2].strip());
            all.add(venue);
            Map<String, Venue> keys = new LinkedHashMap<>();
            keys.put(key(cols[0]), venue);
            keys.put(key(venue.fullName()), venue);
            names.add(Map.entry(cols[0].strip(), venue));
            names.add(Map.entry(venue.fullName(), venue));
            words = Math.max(words, Math.max(cols[0].strip().split("\\s+").length, venue.fullName().split("\\s+").length));
            if (cols.length > 3 && !cols[3].isBlank()) {
                for (String alias : cols[3].split("\\|")) {
                    keys.put(key(alias), venue);
                    if (!alias.isBlank()) {
                        names.add(Map.entry(alias.strip(), venue));
                    }
                    words = Math.max(words, alias.strip().split("\\s+").length);
                }
            }
            keys.remove("");
            keys.forEach(byKey::putIfAbsent);
        }
        return words;
    }
}
