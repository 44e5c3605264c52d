package io.litindex.ingest.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an author line such as "Y. Zhan, Z. Xiong, and Y. Yuan.", "L. Jiao et al.", "Last, First and others" or APA's
 * "Kipf, T. N., &amp; Welling, M." into names.
 */
public final class Authors {
    /**
     * The names in order and whether the line ended in "et al.".
     *
     * @param names the names, in order
     * @param etAl true when the line ended in "et al."
     */
    public record Parsed(List<String> names, boolean etAl) {}

    /**
     * "et al." (or "et, al"), BibTeX's "and others" (or ", others"), ", etc" ending the line: more authors than are
     * written.
     */
    private static final Pattern ET_AL = Pattern.compile("(?i)(?:\\bet[\\s,]*al|\\band\\s+others|,\\s*others|,\\s*etc)\\.?\\s*$");
    /** How far from the end "et al." is looked for: it ends the line, and this keeps a huge line linear. */
    private static final int ET_AL_TAIL = 16;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    /** Surname particles written in lower case ("Nathan de Lara", "Betty van Aken", "Ali el Hassouni", "Rémi Tachet des Combes"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "del", "della", "der", "den", "di",
            "da", "dos", "das", "des", "du", "van", "von", "la", "le", "bin", "al", "el", "y", "zu", "ter", "ten", "st.", "e");
    /** "Last, First and Last, First": BibTeX's order, each name a surname, a comma and given names. */
    private static final Pattern BIBTEX_NAMES = Pattern.compile(
            "[^,;&]+,\\s*[^,;&]+?(?:\\s+and\\s+[^,;&]+,\\s*[^,;&]+?)+");
    /** BibTeX's names, then " and " and a surname alone before "et al.": "Lopez, Pablo and Behrisch, Michael and Erdmann". */
    private static final Pattern LONE_LAST = Pattern.compile("^(.*\\S)\\s+and\\s+(\\p{Lu}[\\p{L}'’\\-]+)\\s*$");
    /** A surname before "Last, First"'s comma: capitalised words (or particles), none an initial with a period. */
    private static final Pattern SURNAME = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Ll}{1,4})\\s+){0,2}\\p{Lu}[\\p{L}'’\\-]+");
    /** No author line litindex reads as names is longer. */
    private static final int MAX_NAMES_LINE = 4000;

    /**
     * "Chen H, Li W, Chen S, et al. Title": surnames (a capital, then lower case) with their initials (GB/T 7714,
     * Vancouver), then a period and the title; "GPT A. Study" is no citation.
     */
    private static final Pattern LEADING = Pattern.compile(
            "^((?:\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}){1,3},\\s*){0,12}\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}){1,3}(?:,\\s*et\\s+al)?)\\.\\s*(\\S.{3,})$");

    /**
     * The names a citation puts before its title, and the title after them.
     *
     * @param names the names, in order ("Chen H", "Li W")
     * @param etAl true when they ended in "et al."
     * @param rest the title that follows
     */
    public record Leading(List<String> names, boolean etAl, String rest) {}

    /** An APA surname: capitalised words, lower-case particles before them ("van der Maaten", "Ben-Nun", "O’Neil"). */
    private static final Pattern APA_SURNAME = Pattern.compile("(?:(?:\\p{Ll}{1,4}|\\p{Lu}[\\p{L}'’\\-]*)\\s+){0,3}\\p{Lu}[\\p{L}'’\\-]*\\p{L}");
    /** APA initials: one to four capitals each with its period ("T. N.", "J.-P.", "P.S."). */
    private static final Pattern APA_INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.){0,3}");
    /** What joins the last APA name ("& Welling, M.", "and Welling, M.") or stands for names left out (APA 7's ". . ."). */
    private static final Pattern APA_JOIN = Pattern.compile("^(?:&|and|\\.\\s?\\.\\s?\\.|…)\\s+");

    private Authors() {}

    /**
     * Reads names written as APA writes them: each a surname, a comma and initials, cut by commas, the last after "&amp;"
     * ("Kipf, T. N., &amp; Welling, M.", "Veličković, P., Cucurull, G., &amp; Bengio, Y.", "Xu, K., et al."). Each name is given
     * initials first ("T. N. Kipf"), as lists write authors; APA 7's ". . ." before the last name marks names left out.
     *
     * @param line the names, as written
     * @return the names, or empty when the line is not written so
     */
    public static java.util.Optional<Parsed> apa(String line) {
        String text = Cells.clean(line);
        if (text.isEmpty() || text.length() > MAX_NAMES_LINE) {
            return java.util.Optional.empty();
        }
        int cut = etAlStart(text);
        boolean etAl = cut >= 0;
        if (etAl) {
            text = text.substring(0, cut);
        }
        // the period of the last initial may have been cut with the sentence's ("… & Welling, M" before "(2017)")
        text = text.replaceAll("[\\s,;:]+$", "");
        if (!text.endsWith(".")) {
            text += ".";
        }
        String[] parts = text.split("\\s*,\\s*", -1);
        if (parts.length < 2 || parts.length % 2 != 0) {
            return java.util.Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) {
            java.util.regex.Matcher join = APA_JOIN.matcher(parts[i]);
            String surname = parts[i];
            if (join.find()) {
                if (i == 0) {
                    return java.util.Optional.empty();
                }
                etAl |= !join.group().startsWith("&") && !join.group().startsWith("and");
                surname = parts[i].substring(join.end());
            }
            if (!APA_SURNAME.matcher(surname).matches() || !APA_INITIALS.matcher(parts[i + 1]).matches()) {
                return java.util.Optional.empty();
            }
            names.add(parts[i + 1].replaceAll("\\.(?=\\p{Lu})", ". ") + " " + surname);
        }
        return java.util.Optional.of(new Parsed(List.copyOf(names), etAl));
    }

    /**
     * Reads names written before a title as a citation writes them, surname then initials without periods ("Lv Z, Wang
     * F J, Liu T, et al. Novel Automatic Approach …", "Canty M J. Image Analysis …").
     *
     * @param text a title as written
     * @return the names and the title after them, or empty when the text does not start so
     */
    public static java.util.Optional<Leading> leading(String text) {
        java.util.regex.Matcher m = LEADING.matcher(text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        Parsed names = parse(m.group(1));
        return java.util.Optional.of(new Leading(names.names(), names.etAl(), m.group(2).strip()));
    }

    /**
     * Five Chinese characters or more in a row: a sentence, never a person's name (two to four characters), as in a note
     * written under a title ("将目标检测的RPN网络引入到目标跟踪", reading audit, session 25).
     */
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{5,}");

    /**
     * True when a plain line reads as a list of people: no digits or links, every name of one to six words, each
     * word capitalised (or a particle such as "de", or an initial, or a nickname in brackets or quotes inside the
     * name: "Zhiwei (Tony) Qin"), and two names or a name of two words at least, or one before "et al.".
     *
     * @param line the line's text
     * @return whether it reads as names
     */
    public static boolean looksLikeNames(String line) {
        String text = Cells.clean(line);
        if (text.isEmpty() || text.length() > MAX_NAMES_LINE || text.contains("://") || HAN_RUN.matcher(text).find()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        Parsed parsed = parse(text);
        List<String> names = parsed.names();
        if (names.isEmpty()) {
            return false;
        }
        boolean twoWords = false;
        for (String name : names) {
            String[] words = name.split("\\s+");
            if (words.length > 6) {
                return false;
            }
            twoWords |= words.length >= 2;
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (i > 0 && i < words.length - 1 && NICKNAME.matcher(w).matches()) {
                    continue; // "Zhiwei (Tony) Qin"
                }
                int first = w.codePointAt(0);
                if (Character.isLowerCase(first) && !PARTICLES.contains(w) && !w.startsWith("d'") && !w.startsWith("d’")) {
                    return false;
                }
                if (!Character.isLetter(first)) {
                    return false;
                }
            }
        }
        return twoWords || names.size() >= 2 || parsed.etAl(); // "Seyyed-Kalantari et al": a surname and others
    }

    /**
     * Splits an author line into names: "A, B and C", "Last, First and Last, First" (each "Last, First" one person),
     * initials kept with their name; a trailing "et al." (or BibTeX's "and others") is noted, not kept as a name.
     *
     * @param line an author line, as written
     * @return the names in order (an empty list for a blank line) and whether the line ended in "et al."
     */
    public static Parsed parse(String line) {
        java.util.Optional<Parsed> apa = apa(line);
        if (apa.isPresent()) {
            return apa.get();
        }
        String text = Cells.clean(line);
        int cut = etAlStart(text);
        boolean etAl = cut >= 0;
        if (etAl) {
            text = text.substring(0, cut);
        }
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher lone = etAl ? LONE_LAST.matcher(text) : null;
        if (lone != null && text.length() <= MAX_NAMES_LINE && lone.matches() && bibtexShaped(lone.group(1))
                && BIBTEX_NAMES.matcher(lone.group(1)).matches()) {
            // "Lopez, Pablo Alvarez and Behrisch, Michael and Erdmann et, al.": BibTeX's names, the last a surname alone
            Parsed first = parse(lone.group(1));
            names.addAll(first.names());
            names.add(lone.group(2));
            return new Parsed(List.copyOf(names), true);
        }
        if (text.length() <= MAX_NAMES_LINE && bibtexShaped(text) && BIBTEX_NAMES.matcher(text).matches()) {
            // "Kazerouni, Amirhossein and Aghdam, Ehsan": the names are cut at " and ", each "Last, First" kept whole
            for (String part : text.split("\\s+and\\s+")) {
                String name = stripFinalPeriod(unmarked(part.strip()));
                if (!name.isEmpty() && !Cells.isPlaceholder(name)) {
                    names.add(name);
                }
            }
            return new Parsed(List.copyOf(names), etAl);
        }
        if (semicolonShaped(text)) {
            // "Jeon, Jihyeong; Park, Jiwon; Kang, U" (Scopus, EndNote): one person between semicolons, "Last, First" whole
            for (String part : text.split(";")) {
                String name = stripFinalPeriod(unmarked(part.strip().replaceFirst("^(?i)and\\s+", "")));
                if (!name.isEmpty() && !Cells.isPlaceholder(name)) {
                    names.add(name);
                }
            }
            return new Parsed(List.copyOf(names), etAl);
        }
        for (String part : SEPARATOR.split(text)) {
            String name = stripFinalPeriod(unmarked(NICKNAME_GLUED.matcher(part.strip()).replaceAll("$1 ")));
            if (!name.isEmpty() && !Cells.isPlaceholder(name)) {
                names.add(name);
            }
        }
        return new Parsed(invertedFirst(names), etAl);
    }

    /** A nickname in brackets or quotes between given name and surname: "(Tony)" in "Zhiwei (Tony) Qin", "\"Tony\"". */
    private static final Pattern NICKNAME = Pattern.compile("[(\"“]\\p{Lu}[\\p{L}'’\\-]*[)\"”]");
    /** A bracketed nickname glued to the surname after it: "Zhiwei (Tony)Qin" is "Zhiwei (Tony) Qin". */
    private static final Pattern NICKNAME_GLUED = Pattern.compile("(\\(\\p{Lu}[\\p{L}'’\\-]*\\))(?=\\p{L})");

    /** One capitalised word: a surname or a given name written alone ("Sato", "Motoki", "Jean-Baptiste"). */
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*");

    /**
     * "Sato, Motoki, Jun Suzuki, and Yuji Matsumoto": the first author written surname first, as Chicago and MLA write
     * the first name of a reference, the others given name first. When the first two parts are one capitalised word
     * each and every other part (two at least) is a name of two words or more, the first two are one person, turned
     * given name first ("Motoki Sato"). Lists of surnames alone ("Vaswani, Shazeer, Parmar") keep their names.
     */
    private static List<String> invertedFirst(List<String> names) {
        if (names.size() < 4 || !ONE_NAME.matcher(names.get(0)).matches() || !ONE_NAME.matcher(names.get(1)).matches()) {
            return List.copyOf(names);
        }
        for (String other : names.subList(2, names.size())) {
            if (other.split("\\s+").length < 2) {
                return List.copyOf(names);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(names.get(1) + " " + names.get(0));
        out.addAll(names.subList(2, names.size()));
        return List.copyOf(out);
    }

    /**
     * Names cut by semicolons, one of them at least written "Last, First" and none with two commas: the shape of
     * "Jeon, Jihyeong; Park, Jiwon" and "Ganeshapillai, Gartheeban; John Guttag". The part before a comma is a surname
     * (one to three words, no initial with a period), so "A. Smith, B. Jones; C. Lee" keeps its comma-cut names.
     */
    private static boolean semicolonShaped(String text) {
        if (text.indexOf(';') < 0) {
            return false;
        }
        boolean lastFirst = false;
        for (String part : text.split(";")) {
            String p = part.strip();
            int comma = p.indexOf(',');
            if (comma < 0) {
                continue;
            }
            if (p.indexOf(',', comma + 1) >= 0) {
                return false;
            }
            String surname = p.substring(0, comma).strip().replaceFirst("^(?i)and\\s+", "");
            if (!SURNAME.matcher(surname).matches() || p.substring(comma + 1).isBlank()) {
                return false;
            }
            lastFirst = true;
        }
        return lastFirst;
    }

    /** As many commas as names and one " and " fewer: the shape of "Last, First and Last, First". */
    private static boolean bibtexShaped(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            commas += text.charAt(i) == ',' ? 1 : 0;
        }
        int ands = text.split("\\s+and\\s+", -1).length - 1;
        return ands >= 1 && commas == ands + 1;
    }

    /** Where a final "et al." (with the commas and spaces before it) starts, or -1. */
    private static int etAlStart(String text) {
        int from = Math.max(0, text.length() - ET_AL_TAIL);
        java.util.regex.Matcher m = ET_AL.matcher(text).region(from, text.length()).useTransparentBounds(true);
        if (!m.find()) {
            return -1;
        }
        int start = m.start();
        while (start > 0 && (text.charAt(start - 1) == ',' || Character.isWhitespace(text.charAt(start - 1)))) {
            start--;
        }
        return start;
    }

    /**
     * The surname: the last word of the name, without a trailing period ("X. X. Zhu" → "Zhu"); of a name written
     * {@code Last, First} ("Blodgett, Su Lin"), the last word before the comma ("Blodgett").
     *
     * @param name one person's name
     * @return the surname
     */
    public static String surname(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0 && comma < n.length() - 1 && !n.substring(0, comma).isBlank()) {
            // "Blodgett, Su Lin" (BibTeX order, kept as written): the surname is before the comma ("van der Berg, Jan" →
            // "Berg", as "Jan van der Berg" is); "John Smith, Jr." → "Smith"
            n = n.substring(0, comma).strip();
            // "Daumé III, Hal": a generation suffix before the comma is no surname
            n = n.replaceFirst("(?<=\\S)\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)$", "");
        }
        int space = n.lastIndexOf(' ');
        int dot = n.lastIndexOf('.', n.length() - 2);
        int cut = Math.max(space, dot);
        return stripFinalPeriod(cut < 0 ? n : n.substring(cut + 1));
    }

    /**
     * Marks glued to a name that say something of the person, not their name: equal contribution ("Ahmed Masry∗",
     * "Sinan Du*"), corresponding author ("Chun Yuan†", "‡", "✉"), an affiliation's superscript number ("Wei Li¹²").
     */
    private static final Pattern MARKS = Pattern.compile("^[*∗⁎†‡§¶✉#\\s]+|(?<=\\S)[*∗⁎†‡§¶✉#¹²³⁴⁵⁶⁷⁸⁹⁰\\s]+$");

    /** The name without the marks glued to it ({@link #MARKS}): "Ahmed Masry∗" is "Ahmed Masry". */
    private static String unmarked(String name) {
        return MARKS.matcher(name).replaceAll("");
    }

    /** Drops a sentence-ending period, but keeps the period of an initial ("Zhu X." stays). */
    private static String stripFinalPeriod(String name) {
        if (!name.endsWith(".")) {
            return name;
        }
        String body = name.substring(0, name.length() - 1);
        int start = Math.max(body.lastIndexOf(' '), body.lastIndexOf('.')) + 1;
        return body.length() - start >= 2 ? body : name;
    }
}
