package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.ShortForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a list defines once, outside its entries: legend lines ("- `Geo-Loc.`: Geo-Localization",
 * "**VG**: Visual Grounding", "- RSVQA = Remote Sensing VQA"), an "Abbreviations: VG = visual grounding, …" line,
 * and legend tables ({@code | Abbr. | Meaning |}). Read strictly: the short form's letters must spell the long form
 * (Schwartz and Hearst's test: the first letter starts a word, the others follow in order), and a short form needs the
 * shape of an abbreviation (two capitals or digits, a closing period, or a run of legend lines that holds one), so that
 * ordinary prose ("**Note**: Nothing to add") is never read as a definition.
 */
final class Legend {
    /** A short form and the long form a list gives it. */
    record Definition(String shortForm, String longForm) {}

    /** A short form has at most this many characters. */
    static final int MAX_SHORT = 12;
    /** A long form has at most this many words. */
    static final int MAX_LONG_WORDS = 8;

    /** "- `SF`: Long Form", "**SF** = Long Form", "SF – Long Form": one definition on a line of its own. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s{0,3}(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(`[^`]{1,14}`|\\*\\*[^*]{1,14}\\*\\*|__[^_]{1,14}__|[\\p{L}][\\p{L}\\p{N}.\\-+/&]{0,13})"
                    + "\\s*(?::|=|–|—|\\s-\\s)\\s*(.+?)\\s*[.;]?\\s*$");
    /** "Abbreviations: VG = visual grounding, VQA (visual question answering); …". */
    private static final Pattern LIST_LINE = Pattern.compile(
            "(?i)^\\s{0,3}(?:[-*+]\\s+)?(?:\\*\\*|__)?(?:abbreviations?|acronyms?|legend|notations?|glossary)(?:\\*\\*|__)?\\s*[:：]\\s*(.+)$");
    /** One pair of such a line: "SF = Long Form", "SF: Long Form", "SF – Long Form". */
    private static final Pattern PAIR = Pattern.compile("^(\\S{1,14})\\s*(?:=|:|–|—|\\s-\\s)\\s*(.+)$");
    /** One pair written with parentheses: "Long Form (SF)" or "SF (Long Form)". */
    private static final Pattern PAREN_PAIR = Pattern.compile("^([^()]+?)\\s*\\(([^()]+)\\)$");
    /** The words of a long form: letters, digits, spaces, hyphens, apostrophes, slashes and ampersands only. */
    private static final Pattern LONG_TEXT = Pattern.compile("^[\\p{L}][\\p{L}\\p{N}'’\\-/& ]*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    /** The next line of an item that goes on with a link: indented or plain text (not a new item), holding a link. */
    private static final Pattern CONTINUED_WITH_LINK = Pattern.compile("^(?!\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s)(?=\\s*\\S).*\\]\\(");

    private Legend() {}

    /**
     * The definitions written on a list's lines, outside fenced code: legend lines (a run of them counts together)
     * and "Abbreviations: …" lines.
     *
     * @param lines the list's lines, first at index 0
     * @return each definition with its 1-based line, in the order written
     */
    static List<Found> read(String[] lines) {
        List<Found> out = new ArrayList<>();
        List<Candidate> run = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                flush(run, out);
                continue;
            }
            // a line whose item goes on with a link on the next line is an entry ("- **BERT**: Title" then "[paper](…)")
            boolean itemGoesOn = i + 1 < lines.length && CONTINUED_WITH_LINK.matcher(lines[i + 1]).find();
            Candidate c = fenced || itemGoesOn ? null : candidate(line, i + 1);
            if (c == null) {
                flush(run, out);
                Matcher list = fenced ? null : LIST_LINE.matcher(line);
                if (list != null && list.matches()) {
                    for (Definition d : pairs(list.group(1))) {
                        out.add(new Found(d, i + 1));
                    }
                }
            } else {
                run.add(c);
            }
        }
        flush(run, out);
        return out;
    }

    /** A definition and the line it was written on. */
    record Found(Definition definition, int line) {}

    /** A legend line's definition, before its run decides on a short form that has no abbreviation's shape. */
    private record Candidate(Definition definition, boolean marked, boolean shaped, int line) {}

    /** A legend line's short and long form when they pass the spelling test; null for any other line. */
    private static Candidate candidate(String line, int number) {
        if (line.length() > 200 || line.contains("](") || line.contains("http")) {
            return null;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String raw = m.group(1);
        boolean marked = raw.startsWith("`") || raw.startsWith("*") || raw.startsWith("_");
        String shortForm = marked ? raw.substring(raw.startsWith("`") ? 1 : 2, raw.length() - (raw.startsWith("`") ? 1 : 2)).strip() : raw;
        String longForm = unmark(m.group(2));
        Definition d = definition(shortForm, longForm);
        return d == null ? null : new Candidate(d, marked, hasAbbreviationShape(shortForm), number);
    }

    /** A run of legend lines: each line whose short form has an abbreviation's shape counts, and the marked others when one does. */
    private static void flush(List<Candidate> run, List<Found> out) {
        boolean anyShaped = run.stream().anyMatch(Candidate::shaped);
        for (Candidate c : run) {
            if (c.shaped() || c.marked() && anyShaped && run.size() >= 2) {
                out.add(new Found(c.definition(), c.line()));
            }
        }
        run.clear();
    }

    /** The pairs of an "Abbreviations: …" line, each checked as a definition (short form first or in parentheses). */
    static List<Definition> pairs(String text) {
        List<Definition> out = new ArrayList<>();
        for (String piece : unmark(text).split("[;,]")) {
            String p = piece.strip().replaceAll("[.]$", "").strip();
            Matcher pair = PAIR.matcher(p);
            Matcher paren = PAREN_PAIR.matcher(p);
            Definition d = null;
            if (paren.matches()) {
                // "Long Form (SF)" or "SF (Long Form)": the spelling test tells which is which
                d = definition(paren.group(2).strip(), paren.group(1).strip());
                if (d == null) {
                    d = definition(paren.group(1).strip(), paren.group(2).strip());
                }
            } else if (pair.matches()) {
                d = definition(pair.group(1).strip(), pair.group(2).strip());
            }
            if (d != null && hasAbbreviationShape(d.shortForm())) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * A legend table's definition from its short-form and long-form cells, or null when the row is no definition.
     *
     * @param shortCell the text of the abbreviation cell
     * @param longCell the text of the meaning cell
     * @return the definition, or null
     */
    static Definition tableRow(String shortCell, String longCell) {
        String s = unmark(shortCell).strip();
        if (s.isEmpty() || s.length() > MAX_SHORT || s.contains(" ") && s.split(" ").length > 2) {
            return null;
        }
        return definition(s, unmark(longCell).strip());
    }

    /** The header names of a legend table's short-form column. */
    private static final Pattern SHORT_HEADER = Pattern.compile(
            "(?i)^(?:abbr\\.?|abbrev\\.?|abbreviations?|acronyms?|short(?:\\s+form)?|symbols?|notations?)$");
    /** The header names of a legend table's long-form column. */
    private static final Pattern LONG_HEADER = Pattern.compile(
            "(?i)^(?:meanings?|full\\s+(?:name|form|term)s?|definitions?|descriptions?|stands\\s+for|long\\s+forms?|expansions?|explanations?|terms?)$");

    /**
     * The columns of a legend table: two or three columns, one headed as abbreviations, one as their meanings.
     *
     * @param headers the header cells' text
     * @return the short-form and long-form column indexes, or null when the table is no legend
     */
    static int[] tableColumns(List<String> headers) {
        if (headers.size() < 2 || headers.size() > 3) {
            return null;
        }
        int s = -1;
        int l = -1;
        for (int i = 0; i < headers.size(); i++) {
            String h = unmark(headers.get(i)).strip();
            if (s < 0 && SHORT_HEADER.matcher(h).matches()) {
                s = i;
            } else if (l < 0 && LONG_HEADER.matcher(h).matches()) {
                l = i;
            }
        }
        return s >= 0 && l >= 0 ? new int[] {s, l} : null;
    }

    /** The definition when the long form is a few plain words that the short form's letters spell; else null. */
    static Definition definition(String shortForm, String longForm) {
        String s = shortForm.strip();
        String l = longForm.strip().replaceAll("\\s+", " ");
        if (s.length() < 2 || s.length() > MAX_SHORT || !Character.isLetter(s.charAt(0)) || !LONG_TEXT.matcher(l).matches()) {
            return null;
        }
        String[] words = l.split(" ");
        if (words.length > MAX_LONG_WORDS || l.length() <= s.length()) {
            return null;
        }
        String ls = l.toLowerCase(Locale.ROOT);
        String ss = s.toLowerCase(Locale.ROOT);
        // the short form is no word of the long form ("Update: Update the list", "VQA: VQA datasets")
        String bare = ss.replaceAll("[.]$", "");
        for (String w : ls.split("[ \\-/]")) {
            if (w.equals(bare)) {
                return null;
            }
        }
        return spells(ss, ls) ? new Definition(s, l) : null;
    }

    /** Schwartz and Hearst's test at a legend's strictness: the short form's letters and digits in order in the long form, the first starting a word. */
    static boolean spells(String shortForm, String longForm) {
        return ShortForms.longForm(shortForm, longForm, ShortForms.Strictness.LETTERS, false) != null;
    }

    /** Two capitals or digits (SGG, VG, RSVQA, Geo-Loc.), or a closing period (Cls.): the shape of an abbreviation, not of a word. */
    static boolean hasAbbreviationShape(String s) {
        int strong = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            strong += Character.isUpperCase(c) || Character.isDigit(c) ? 1 : 0;
        }
        return strong >= 2 || s.endsWith(".") && s.length() >= 3;
    }

    /** The text without Markdown emphasis and code marks. */
    private static String unmark(String text) {
        return text.replace("**", "").replace("__", "").replace("`", "").replace("*", "").strip();
    }
}
