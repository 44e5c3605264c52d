package io.litindex.ingest.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference string that puts the names before the title, as citation styles and "Cite" dialogs write it:
 * MLA and IEEE with the title in quotes, GB/T 7714 with a document-type mark after the title, the ACM reference
 * format with the year after the names, APA with the year in parentheses after them, and the shorter "Title (YYYY),
 * Names" and "Names. Title. Venue Year".
 */
public final class References {
    /** A BibTeX accent on one letter: {\\"o}, {\\~a}, {\\v{s}}, {\\'a}, \\`a. */
    private static final java.util.regex.Pattern BIBTEX_ACCENT = java.util.regex.Pattern.compile(
            "\\{?\\\\([\"'`~^=.vcuHkr])\\s*\\{?(\\p{L})\\}?\\}?|\\{([\"'`~^=.])(\\p{L})\\}");
    /** A BibTeX letter of its own: {\\o}, {\\l}, {\\ss}, {\\aa}, {\\ae}, {\\i}. */
    private static final java.util.regex.Pattern BIBTEX_LETTER = java.util.regex.Pattern.compile("\\{\\\\(o|O|l|L|ss|aa|AA|ae|AE|oe|OE|i)\\}");
    private static final java.util.Map<String, String> LETTERS = java.util.Map.ofEntries(java.util.Map.entry("o", "ø"),
            java.util.Map.entry("O", "Ø"), java.util.Map.entry("l", "ł"), java.util.Map.entry("L", "Ł"), java.util.Map.entry("ss", "ß"),
            java.util.Map.entry("aa", "å"), java.util.Map.entry("AA", "Å"), java.util.Map.entry("ae", "æ"), java.util.Map.entry("AE", "Æ"),
            java.util.Map.entry("oe", "œ"), java.util.Map.entry("OE", "Œ"), java.util.Map.entry("i", "ı"));
    private static final java.util.Map<Character, Character> MARKS = java.util.Map.ofEntries(java.util.Map.entry('"', '\u0308'),
            java.util.Map.entry('\'', '\u0301'), java.util.Map.entry('`', '\u0300'), java.util.Map.entry('~', '\u0303'),
            java.util.Map.entry('^', '\u0302'), java.util.Map.entry('=', '\u0304'), java.util.Map.entry('.', '\u0307'),
            java.util.Map.entry('v', '\u030C'), java.util.Map.entry('c', '\u0327'), java.util.Map.entry('u', '\u0306'),
            java.util.Map.entry('H', '\u030B'), java.util.Map.entry('k', '\u0328'), java.util.Map.entry('r', '\u030A'));

    /**
     * Names as BibTeX writes them, with their accents as letters: "Sch{\\"u}tze" is "Schütze", "Jo{\\~a}o" "João",
     * "Glava{\\v{s}}" "Glavaš", "S{\\o}gaard" "Søgaard", "O{'}Connor" "O'Connor"; other braces ("{B}") are dropped.
     * Text without a backslash or a brace is returned as it is.
     *
     * @param text names (or a title) in BibTeX's writing
     * @return the text with letters for its escapes
     */
    public static String bibtexAccents(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('{') < 0) {
            return text;
        }
        java.util.regex.Matcher letter = BIBTEX_LETTER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (letter.find()) {
            letter.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(LETTERS.get(letter.group(1))));
        }
        letter.appendTail(out);
        java.util.regex.Matcher accent = BIBTEX_ACCENT.matcher(out.toString());
        StringBuilder marked = new StringBuilder();
        while (accent.find()) {
            // "{\\"u}" as the list writes it, or "{"u}" once Markdown has read its backslash escape
            int g = accent.group(1) != null ? 1 : 3;
            String composed = java.text.Normalizer.normalize(accent.group(g + 1) + MARKS.get(accent.group(g).charAt(0)), java.text.Normalizer.Form.NFC);
            accent.appendReplacement(marked, java.util.regex.Matcher.quoteReplacement(composed));
        }
        accent.appendTail(marked);
        return marked.toString().replace("{'}", "'").replace("{", "").replace("}", "");
    }

    /** A group BibTeX braces to keep its case: "{B}ayesian", "{2D}", "{BERT}", "{Neural Machine Translation}". */
    private static final Pattern CASE_BRACES = Pattern.compile("\\{([\\p{L}\\p{N}][\\p{L}\\p{N}\\-' ]{0,60})\\}");
    /** A brace group opened by a backslash: an accent or letter ("{\\"u}", "{\\o}"), or a command ("{\\lambda}"). */
    private static final Pattern ESCAPE_BRACES = Pattern.compile("\\{\\\\[^{}]{1,12}(?:\\{\\p{L}\\})?\\}");

    /**
     * A title as BibTeX writes it, read: the braces that keep a letter's case dropped and the text kept ("Type {B}
     * Errors" is "Type B Errors", "{B}ayesian" "Bayesian", "It{'}s" "It's"), accents as letters ("Sch{\\"u}tze").
     * A group that is no such thing (a set "{0,1}", a command "{\\lambda}") stays as written.
     *
     * @param title a title
     * @return the title without BibTeX's braces
     */
    public static String bibtexTitle(String title) {
        if (title == null || title.indexOf('{') < 0) {
            return title;
        }
        String t = title.replace("{'}", "'");
        Matcher escape = ESCAPE_BRACES.matcher(t);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            String letter = bibtexAccents(escape.group());
            escape.appendReplacement(out, Matcher.quoteReplacement(letter.indexOf('\\') < 0 ? letter : escape.group()));
        }
        escape.appendTail(out);
        return CASE_BRACES.matcher(out.toString()).replaceAll("$1");
    }

    /**
     * A reference read into its parts.
     *
     * @param title the title, without quotes or the type mark
     * @param authors the names before (or after) the title
     * @param venueText the text that names where it appeared (journal, proceedings …), or null
     * @param year the year of publication, or null
     */
    public record Cited(String title, Authors.Parsed authors, String venueText, Integer year) {}

    /** No reference string litindex reads is longer: longer text is a paragraph, not a citation. */
    private static final int MAX_REFERENCE = 800;
    /** The label a "Cite" dialog puts before the copied reference ("MLA", "APA" …). */
    private static final Pattern STYLE_LABEL = Pattern.compile("^(?:MLA|APA|Chicago|Harvard|Vancouver|GB/T\\s*7714)\\s+");
    /** MLA, Chicago, IEEE: names, then the title in double quotes, then the venue ("Names. "Title." Venue. 2017."). */
    private static final Pattern QUOTED = Pattern.compile(
            "^([^\"“”]{2,400}?)[\\s,.:]+[\"“]([^\"“”]{3,500}?)[\"”]\\s*[.,:]?\\s*(.*)$");
    /** GB/T 7714: the document type in brackets right after the title ("Title[C]//Proceedings …", "Title[J]. Journal, 2015"). */
    private static final Pattern TYPE_MARK = Pattern.compile("\\[(?:[CJMDRANPSZG]|EB/OL|[CJM]/OL)\\]\\s*(?://|[.,])?\\s*");
    /** The ACM reference format: "Names. 2018. Title. In Proceedings of …". */
    private static final Pattern YEAR_SECOND = Pattern.compile("^(.{2,600}?)\\.\\s+((?:19|20)\\d{2})\\.\\s+(.{3,500}?[.?!])\\s+(\\S.*)$");
    /** "Title (2007), R Salakhutdinov, A Mnih": a title, its year in parentheses, then the names. */
    private static final Pattern YEAR_THEN_NAMES = Pattern.compile("^(.{8,500}?\\S)\\s*[(（]((?:19|20)\\d{2})[)）]\\s*[,，]\\s*(.+?)\\.?\\s*$");
    /** The end of a sentence: a period (or a title's question or exclamation mark), then a space and a capital letter or digit. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.?!])\\s+(?=[\\p{Lu}\\d])");
    /** A year standing alone, not a page range's part nor an arXiv number's. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d:/.\\-–])((?:19|20)\\d{2})(?![\\d\\-–])");
    private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*\\bet\\s+al\\.?$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    private References() {}

    /**
     * Reads a reference string.
     *
     * @param text the text of a list item before its links
     * @param knownVenue a known venue with its year in a short text ("KDD2017"), else empty
     * @return the parts, or empty when the text is not a reference of these shapes
     */
    public static Optional<Cited> parse(String text, Function<String, Optional<Venues.Parsed>> knownVenue) {
        String t = Cells.clean(text);
        if (t.length() < 12 || t.length() > MAX_REFERENCE) {
            return Optional.empty();
        }
        t = STYLE_LABEL.matcher(t).replaceFirst("");
        Optional<Cited> c = quoted(t);
        if (c.isEmpty()) {
            c = typeMarked(t);
        }
        if (c.isEmpty()) {
            c = yearSecond(t);
        }
        if (c.isEmpty()) {
            c = apa(t);
        }
        if (c.isEmpty()) {
            c = yearThenNames(t);
        }
        if (c.isEmpty()) {
            c = namesFirst(t, knownVenue);
        }
        return c;
    }

    private static Optional<Cited> quoted(String t) {
        Matcher m = QUOTED.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String names = m.group(1).strip();
        String title = trimTitle(m.group(2));
        if (!Authors.looksLikeNames(names) || title.split("\\s+").length < 2) {
            return Optional.empty();
        }
        String rest = m.group(3).strip();
        return Optional.of(new Cited(title, invertedFirst(names), blankToNull(rest), lastYear(rest)));
    }

    private static Optional<Cited> typeMarked(String t) {
        Matcher mark = TYPE_MARK.matcher(t);
        if (!mark.find()) {
            return Optional.empty();
        }
        String before = t.substring(0, mark.start());
        String rest = t.substring(mark.end()).strip();
        // the names end at the first period after which a title starts: "Rendle S, Freudenthaler C. Improving …"
        for (int dot = before.indexOf('.'); dot > 0 && dot < before.length() - 3; dot = before.indexOf('.', dot + 1)) {
            String names = before.substring(0, dot).strip();
            String title = trimTitle(before.substring(dot + 1));
            if (Authors.looksLikeNames(names) && title.split("\\s+").length >= 2) {
                return Optional.of(new Cited(title, Authors.parse(names), blankToNull(rest), firstYear(rest)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Cited> yearSecond(String t) {
        Matcher m = YEAR_SECOND.matcher(t);
        if (!m.matches() || !Authors.looksLikeNames(m.group(1))) {
            return Optional.empty();
        }
        String title = trimTitle(m.group(3));
        if (title.split("\\s+").length < 2) {
            return Optional.empty();
        }
        String rest = m.group(4).replaceFirst("^In:?\\s+", "");
        return Optional.of(new Cited(title, Authors.parse(m.group(1)), rest, Integer.valueOf(m.group(2))));
    }

    /** APA's year after the names: "(2017).", "(2017a).", "(2020, June 5)." */
    private static final Pattern APA_YEAR = Pattern.compile("\\s[(（]((?:19|20)\\d{2})[a-z]?(?:,[^()（）]{1,30})?[)）]\\.?\\s+");
    /** The end of an APA title: a period, question or exclamation mark and a space, not after an initial or "vs". */
    private static final Pattern APA_TITLE_END = Pattern.compile("(?<![\\s.](?:\\p{Lu}|vs|e\\.g|i\\.e))([.?!])\\s+");
    /** APA's pages or volume in parentheses after a proceedings' name: " (pp. 1263–1272)", " (Vol. 2, pp. 1–9)". */
    private static final Pattern APA_PAGES = Pattern.compile("\\s*[(（](?:pp?\\.|Vol\\.)[^()（）]{0,40}[)）]");
    /** A DOI or URL ending an APA reference ("https://doi.org/10.1016/…", "doi:10.1109/…"): no part of its venue. */
    private static final Pattern TRAILING_LOCATOR = Pattern.compile("(?i)[\\s.]*(?:https?://\\S+|doi:\\s*10\\.\\S+)\\s*$");

    /**
     * APA: "Kipf, T. N., &amp; Welling, M. (2017). Semi-supervised classification with graph convolutional networks. In
     * International Conference on Learning Representations.": the names ({@link Authors#apa}), the year in parentheses,
     * the title to its first sentence end (a question mark stays: APA titles keep it), then the venue with volume and
     * pages; a DOI or URL at the end is no part of the venue.
     *
     * @param t the reference's text
     * @return its parts, or empty when it is not written so
     */
    public static Optional<Cited> apa(String t) {
        Matcher y = APA_YEAR.matcher(t);
        if (!y.find()) {
            return Optional.empty();
        }
        Optional<Authors.Parsed> names = Authors.apa(t.substring(0, y.start()));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String rest = t.substring(y.end());
        Matcher end = APA_TITLE_END.matcher(rest);
        String title;
        String venue;
        if (end.find()) {
            title = rest.substring(0, end.group(1).equals(".") ? end.start() : end.end(1));
            venue = rest.substring(end.end());
        } else {
            title = rest;
            venue = "";
        }
        title = trimTitle(title);
        venue = APA_PAGES.matcher(TRAILING_LOCATOR.matcher(venue).replaceFirst("")).replaceAll("").strip();
        if (title.codePoints().filter(Character::isLetter).count() < 3) {
            return Optional.empty();
        }
        return Optional.of(new Cited(title, names.get(), blankToNull(venue), Integer.valueOf(y.group(1))));
    }

    private static Optional<Cited> yearThenNames(String t) {
        Matcher m = YEAR_THEN_NAMES.matcher(t);
        if (!m.matches() || !Authors.looksLikeNames(m.group(3))) {
            return Optional.empty();
        }
        String title = trimTitle(m.group(1));
        if (title.split("\\s+").length < 2) {
            return Optional.empty();
        }
        return Optional.of(new Cited(title, Authors.parse(m.group(3)), null, Integer.valueOf(m.group(2))));
    }

    /** "Yin Lou, Mikhail Obukhov. BDT- Boosting Decision Tables …. KDD2017.": names, a title, a known venue with its year. */
    private static Optional<Cited> namesFirst(String t, Function<String, Optional<Venues.Parsed>> knownVenue) {
        String[] sentences = SENTENCE.split(t);
        if (sentences.length < 3 || sentences.length > 8) {
            return Optional.empty();
        }
        String names = sentences[0].replaceAll("\\.$", "").strip();
        String last = sentences[sentences.length - 1].replaceAll("[.,;]+$", "").strip();
        String title = trimTitle(String.join(" ", java.util.Arrays.asList(sentences).subList(1, sentences.length - 1)));
        if (!Authors.looksLikeNames(names) || Authors.looksLikeNames(title) || title.split("\\s+").length < 2) {
            return Optional.empty();
        }
        Optional<Venues.Parsed> v = last.split("\\s+").length <= 6 ? knownVenue.apply(last) : Optional.empty();
        return v.map(p -> new Cited(title, Authors.parse(names), last, p.year()));
    }

    /**
     * The venue a reference names, and its year: the first of its sentences that is a known venue (after "In",
     * "Proceedings of the", an edition and the volume, issue and pages are set aside: "Proceedings of the 10th ACM
     * Conference on Recommender Systems" is RecSys), else its first sentence as written when it reads as a venue's name.
     *
     * @param cited the reference
     * @param venues the venues litindex knows
     * @return the venue and year (the venue null when only the year is known), or empty when neither is
     */
    public static Optional<Venues.Parsed> venue(Cited cited, Venues venues) {
        String text = cited.venueText();
        if (text != null) {
            String[] sentences = SENTENCE.split(text);
            for (String sentence : sentences) {
                Optional<Venues.Venue> known = known(sentence, venues);
                if (known.isPresent()) {
                    return Optional.of(new Venues.Parsed(known.get().display(), cited.year(), sentence.strip().replaceAll("\\.$", ""), true));
                }
            }
            String name = name(sentences[0]);
            if (name.codePoints().filter(Character::isLetter).count() < 3) {
                // "J. Biomed. Semant.": an abbreviated journal's name is cut into sentences at its periods
                name = name(text);
            }
            int comma = name.indexOf(", ");
            if (comma > 0) {
                name = name.substring(0, comma).strip();
            }
            if (readsAsVenue(name)) {
                return Optional.of(new Venues.Parsed(name, cited.year(), name, false));
            }
        }
        return cited.year() == null ? Optional.empty() : Optional.of(new Venues.Parsed(null, cited.year(), null, false));
    }

    /** Words that mark the name of a journal or proceedings. */
    private static final Set<String> PUBLICATION_WORDS = Set.of("journal", "transactions", "proceedings", "annals", "advances",
            "conference", "symposium", "workshop", "letters", "magazine", "bulletin", "review", "science", "research",
            "notes", "trends", "foundations");
    private static final Pattern PROCEEDINGS = Pattern.compile("(?i)^(?:in:?\\s+)?(?:(?:the\\s+)?proceedings?\\s+of\\s+)?(?:the\\s+)?");
    private static final Pattern EDITION = Pattern.compile("(?i)^(?:\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d{2}|first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:twenty|thirty|forty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|twentieth|thirtieth|fortieth)\\s+");
    /** The volume, issue, year and pages after a journal's name: "22.1 (2004): 143-177", ", 2015, 18(1): 69-88", " (2017)". */
    private static final Pattern TAIL = Pattern.compile("(?:\\s+\\d+(?:\\.\\d+)?\\s*[(（](?:19|20)\\d{2}[)）].*|[,\\s]+(?:19|20)\\d{2}\\b.*|\\s*[(（](?:19|20)\\d{2}[)）].*)$");
    private static final Pattern ACRONYM = Pattern.compile("[(（]([\\p{Lu}][\\p{L}\\-]{1,12})[)）]");

    /** Kinds of proceedings tracks: "Long Papers", "Shared Task Papers", "System Demonstrations". */
    private static final String TRACK_KIND = "\\(?(?:(?:long|short|full|research|shared task|findings|industry|demo|student)\\s+papers?"
            + "|papers|main conference|main volume|system demonstrations|demonstrations|tutorial abstracts|industry track)\\)?";
    /**
     * A volume or track of a proceedings after a colon: ": Volume 2", ": Research Papers", ": Shared Task Papers",
     * ": Volume 1 (Long Papers)", ": Volume 2, Shared Task Papers", ": System Demonstrations", ": Main Conference".
     */
    private static final Pattern TRACK = Pattern.compile("(?i)\\s*:\\s*(?:(?:volume|vol\\.?)\\s*\\d+(?:\\s*[,:]?\\s*" + TRACK_KIND + ")?"
            + "|" + TRACK_KIND + ")\\s*$");

    /** A sentence's venue name: without "In", "Proceedings of the", the edition, and the volume, year and pages after it. */
    private static String name(String sentence) {
        String s = sentence.strip().replaceAll("\\.$", "").strip();
        s = PROCEEDINGS.matcher(s).replaceFirst("");
        s = EDITION.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        // "Conference on Machine Translation: Volume 2, Shared Task Papers": a volume or track of the proceedings
        s = TRACK.matcher(s).replaceFirst("");
        return s.strip().replaceAll("[,;:]+$", "").strip();
    }

    private static Optional<Venues.Venue> known(String sentence, Venues venues) {
        String name = name(sentence);
        if (name.isEmpty() || name.split("\\s+").length > 16) {
            return Optional.empty();
        }
        Matcher acronym = ACRONYM.matcher(name);
        while (acronym.find()) {
            Optional<Venues.Venue> v = venues.lookup(acronym.group(1));
            if (v.isPresent()) {
                return v;
            }
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(name);
        int comma = name.indexOf(", ");
        if (comma > 0) {
            candidates.add(name.substring(0, comma));
        }
        for (String c : List.copyOf(candidates)) {
            // "ACM SIGKDD International Conference on …" and "ACM SIGKDD Conference on …" name one venue
            String without = c.replaceAll("(?i)\\binternational\\s+", "");
            if (!without.equals(c)) {
                candidates.add(without);
            }
        }
        for (String c : candidates) {
            Optional<Venues.Venue> v = venues.lookup(c);
            if (v.isPresent()) {
                return v;
            }
        }
        // a short name: "AAAI", "IJCAI", "ICDM'08", "WSDM’18", "arXiv preprint arXiv:1801.05532"
        for (String c : candidates) {
            if (c.split("\\s+").length <= 4) {
                Optional<Venues.Parsed> p = venues.parse(c);
                if (p.isPresent() && p.get().known() && p.get().venue() != null) {
                    return venues.lookup(p.get().venue());
                }
            }
        }
        return Optional.empty();
    }

    /** A venue's name as written: one to fourteen words, capitalised, or naming a journal or proceedings. */
    private static boolean readsAsVenue(String name) {
        if (name.isEmpty() || !name.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > 14) {
            return false;
        }
        for (String w : words) {
            if (PUBLICATION_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\W+$", ""))) {
                return true;
            }
        }
        return Character.isUpperCase(name.codePointAt(0)) && words.length <= 6;
    }

    /**
     * MLA's names: the first author written "Last, First", the others "First Last" ("Hong, Liangjie, Aziz S. Doumith,
     * and Brian D. Davison"); other lines are cut as {@link Authors#parse} cuts them.
     */
    static Authors.Parsed invertedFirst(String text) {
        String t = Cells.clean(text).replaceAll("[.,]+$", "");
        Matcher etAl = ET_AL.matcher(t);
        boolean hasEtAl = etAl.find();
        String body = hasEtAl ? t.substring(0, etAl.start()) : t;
        List<String> parts = new ArrayList<>();
        for (String p : NAME_SEPARATOR.split(body)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() >= 2 && isSurname(parts.get(0)) && parts.get(1).split("\\s+").length <= 3
                && (parts.size() == 2 || parts.get(2).split("\\s+").length >= 2)) {
            List<String> names = new ArrayList<>();
            names.add(parts.get(1) + " " + parts.get(0));
            names.addAll(parts.subList(2, parts.size()));
            return new Authors.Parsed(List.copyOf(names), hasEtAl);
        }
        return Authors.parse(text);
    }

    /** A surname alone: one to three capitalised words (or particles), no initial. */
    private static boolean isSurname(String part) {
        String[] words = part.split("\\s+");
        if (words.length > 3 || part.contains(".")) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || (!Character.isUpperCase(w.codePointAt(0)) && !Set.of("de", "van", "von", "der", "den", "di", "da", "le", "la").contains(w))) {
                return false;
            }
        }
        return Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    private static String trimTitle(String title) {
        return Cells.clean(title).replaceAll("[\\s.,:;]+$", "").strip();
    }

    /**
     * The last year a text writes, not part of a page range, a date or an arXiv number ("In Proceedings of ACL 2016,
     * pages 1–9": 2016).
     *
     * @param text any text
     * @return the year, or null when it writes none
     */
    public static Integer lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }

    private static Integer firstYear(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
