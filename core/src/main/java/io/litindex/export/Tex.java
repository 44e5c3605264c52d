package io.litindex.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text for BibTeX field values: TeX's special characters escaped so that braces stay balanced, accented
 * Latin letters written as TeX accents ({@code ü} is <code>{\"u}</code>), typographic punctuation as text
 * commands, and other scripts left as UTF-8 (biber reads them; bibtex passes them through).
 */
final class Tex {
    /** Combining marks and the TeX accent command for each; symbol commands take no space before the letter. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "\\`"), Map.entry('\u0301', "\\'"), Map.entry('\u0302', "\\^"),
            Map.entry('\u0303', "\\~"), Map.entry('\u0304', "\\="), Map.entry('\u0307', "\\."),
            Map.entry('\u0308', "\\\""), Map.entry('\u0306', "\\u "), Map.entry('\u030A', "\\r "),
            Map.entry('\u030B', "\\H "), Map.entry('\u030C', "\\v "), Map.entry('\u0323', "\\d "),
            Map.entry('\u0327', "\\c "), Map.entry('\u0328', "\\k "));

    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('\\', "{\\textbackslash}"), Map.entry('{', "{\\textbraceleft}"),
            Map.entry('}', "{\\textbraceright}"), Map.entry('$', "\\$"), Map.entry('&', "\\&"),
            Map.entry('%', "\\%"), Map.entry('#', "\\#"), Map.entry('_', "\\_"),
            Map.entry('^', "{\\textasciicircum}"), Map.entry('~', "{\\textasciitilde}"),
            Map.entry('<', "{\\textless}"), Map.entry('>', "{\\textgreater}"), Map.entry('|', "{\\textbar}"),
            Map.entry('\u2013', "{\\textendash}"), Map.entry('\u2014', "{\\textemdash}"),
            Map.entry('\u2018', "{\\textquoteleft}"), Map.entry('\u2019', "{\\textquoteright}"),
            Map.entry('\u201C', "{\\textquotedblleft}"), Map.entry('\u201D', "{\\textquotedblright}"),
            Map.entry('\u2026', "{\\textellipsis}"), Map.entry('\u00A0', "~"),
            Map.entry('\u00DF', "{\\ss}"), Map.entry('\u00E6', "{\\ae}"), Map.entry('\u00C6', "{\\AE}"),
            Map.entry('\u0153', "{\\oe}"), Map.entry('\u0152', "{\\OE}"), Map.entry('\u00F8', "{\\o}"),
            Map.entry('\u00D8', "{\\O}"), Map.entry('\u0142', "{\\l}"), Map.entry('\u0141', "{\\L}"),
            Map.entry('\u0131', "{\\i}"));

    /** Letters folded to ASCII for citation keys. */
    private static final Map<Character, String> FOLDED = Map.of(
            '\u00DF', "ss", '\u00E6', "ae", '\u0153', "oe", '\u00F8', "o", '\u0142', "l", '\u0131', "i", '\u0111', "d");

    private Tex() {}

    /** {@code text} as a BibTeX field value's content. */
    static String escape(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int marks = i + 1;
            while (marks < s.length() && Character.getType(s.charAt(marks)) == Character.NON_SPACING_MARK) {
                marks++;
            }
            if (marks > i + 1 && isAsciiLetter(c) && allKnownAccents(s, i + 1, marks)) {
                String inner = c == 'i' ? "\\i" : c == 'j' ? "\\j" : Character.toString(c);
                for (int m = i + 1; m < marks; m++) {
                    String accent = ACCENTS.get(s.charAt(m));
                    inner = m == i + 1 ? accent + inner : accent.strip() + "{" + inner + "}";
                }
                out.append('{').append(inner).append('}');
                i = marks;
                continue;
            }
            if (marks > i + 1) {
                // marks on a letter TeX has no accent for: keep the composed character as UTF-8
                out.append(Normalizer.normalize(s.substring(i, marks), Normalizer.Form.NFC));
                i = marks;
                continue;
            }
            String symbol = SYMBOLS.get(c);
            if (symbol != null) {
                out.append(symbol);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                // control characters have no place in a bibliography
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /**
     * A title for BibTeX: escaped, and every word with a capital letter after its first letter
     * ("SkyEyeGPT", "RS-LLaVA") in braces, so that styles that change case leave it as written.
     */
    static String title(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.strip().split(" +")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String escaped = escape(word);
            out.append(hasInnerCapital(word) ? "{" + escaped + "}" : escaped);
        }
        return out.toString();
    }

    /** A name for BibTeX's author field: in braces when it holds a comma or the word "and", which BibTeX would split. */
    static String name(String name) {
        String escaped = escape(name.strip());
        boolean group = name.contains(",") || name.matches("(?i).*\\band\\b.*") || name.equalsIgnoreCase("others");
        return group ? "{" + escaped + "}" : escaped;
    }

    /** A URL or identifier as a verbatim field: unchanged, except braces and backslashes percent-encoded. */
    static String verbatim(String text) {
        return text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replaceAll("\\s", "%20");
    }

    /** Lower-case ASCII letters and digits only: "Lüddecke" is "luddecke", "RS-LLaVA:" is "rsllava". */
    static String keyPart(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (FOLDED.containsKey(c)) {
                out.append(FOLDED.get(c));
            }
        }
        return out.toString();
    }

    private static boolean hasInnerCapital(String word) {
        boolean seenLetter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (seenLetter && Character.isUpperCase(c)) {
                    return true;
                }
                seenLetter = true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean allKnownAccents(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ACCENTS.containsKey(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
