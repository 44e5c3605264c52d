package io.litindex.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small BibTeX reader for tests, written independently of {@link BibtexWriter}: it parses entries the
 * way bibtex does (brace-balanced values, quoted values, numbers, month macros) and decodes the LaTeX that
 * the writer may produce back into Unicode, so that a test can compare what it reads with the entries.
 */
final class BibtexReader {
    /** One parsed entry: type, key, and each field's raw value (still LaTeX). */
    record Item(String type, String key, Map<String, String> raw) {
        String text(String field) {
            String v = raw.get(field);
            return v == null ? null : decode(v);
        }

        List<String> authors() {
            String v = raw.get("author");
            if (v == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String name : splitTopLevel(v, " and ")) {
                names.add(decode(name));
            }
            return names;
        }
    }

    private final String s;
    private int i;

    private BibtexReader(String s) {
        this.s = s;
    }

    static List<Item> parse(String bib) {
        return new BibtexReader(bib).items();
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        while (true) {
            int at = s.indexOf('@', i);
            if (at < 0) {
                return items;
            }
            i = at + 1;
            String type = word().toLowerCase();
            ws();
            expect('{');
            int comma = s.indexOf(',', i);
            String key = s.substring(i, comma).strip();
            if (!key.matches("[A-Za-z0-9:_\\-]+")) {
                throw new IllegalArgumentException("bad key '" + key + "'");
            }
            i = comma + 1;
            Map<String, String> fields = new LinkedHashMap<>();
            while (true) {
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    break;
                }
                String name = word().toLowerCase();
                ws();
                expect('=');
                ws();
                String value = value();
                if (fields.put(name, value) != null) {
                    throw new IllegalArgumentException("field " + name + " twice in " + key);
                }
                ws();
                if (s.charAt(i) == ',') {
                    i++;
                }
            }
            items.add(new Item(type, key, fields));
        }
    }

    private String value() {
        char c = s.charAt(i);
        if (c == '{') {
            int depth = 0;
            int start = i + 1;
            do {
                char d = s.charAt(i++);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == '@' && depth == 0) {
                    throw new IllegalArgumentException("unbalanced braces before offset " + i);
                }
            } while (depth > 0);
            return s.substring(start, i - 1);
        }
        if (c == '"') {
            int depth = 0;
            int start = ++i;
            while (s.charAt(i) != '"' || depth > 0) {
                depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
                i++;
            }
            return s.substring(start, i++);
        }
        String w = word();
        if (w.isEmpty()) {
            throw new IllegalArgumentException("no value at offset " + i);
        }
        return w;
    }

    private String word() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return s.substring(start, i);
    }

    private void ws() {
        while (Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at offset " + i + ": " + s.substring(i, Math.min(s.length(), i + 30)));
        }
        i++;
    }

    /** Splits at {@code sep} outside braces, as bibtex splits author lists at " and ". */
    static List<String> splitTopLevel(String v, String sep) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && v.startsWith(sep, k)) {
                parts.add(v.substring(start, k));
                start = k + sep.length();
                k = start - 1;
            }
        }
        parts.add(v.substring(start));
        return parts;
    }

    // --- LaTeX to Unicode ---

    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("textbackslash", "\\"), Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"),
            Map.entry("textasciicircum", "^"), Map.entry("textasciitilde", "~"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("textbar", "|"), Map.entry("textendash", "\u2013"),
            Map.entry("textemdash", "\u2014"), Map.entry("textquoteleft", "\u2018"), Map.entry("textquoteright", "\u2019"),
            Map.entry("textquotedblleft", "\u201C"), Map.entry("textquotedblright", "\u201D"),
            Map.entry("textellipsis", "\u2026"), Map.entry("ss", "\u00DF"), Map.entry("ae", "\u00E6"),
            Map.entry("AE", "\u00C6"), Map.entry("oe", "\u0153"), Map.entry("OE", "\u0152"), Map.entry("o", "\u00F8"),
            Map.entry("O", "\u00D8"), Map.entry("l", "\u0142"), Map.entry("L", "\u0141"), Map.entry("i", "\u0131"),
            Map.entry("j", "\u0237"));
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("`", '\u0300'), Map.entry("'", '\u0301'), Map.entry("^", '\u0302'), Map.entry("~", '\u0303'),
            Map.entry("=", '\u0304'), Map.entry(".", '\u0307'), Map.entry("\"", '\u0308'), Map.entry("u", '\u0306'),
            Map.entry("r", '\u030A'), Map.entry("H", '\u030B'), Map.entry("v", '\u030C'), Map.entry("d", '\u0323'),
            Map.entry("c", '\u0327'), Map.entry("k", '\u0328'));

    /** LaTeX text as Unicode: commands and accents decoded, grouping braces dropped, NFC. */
    static String decode(String latex) {
        int[] pos = {0};
        return Normalizer.normalize(decode(latex, pos, false), Normalizer.Form.NFC);
    }

    private static String decode(String t, int[] pos, boolean one) {
        StringBuilder out = new StringBuilder();
        while (pos[0] < t.length()) {
            char c = t.charAt(pos[0]);
            if (c == '{') {
                int end = matching(t, pos[0]);
                out.append(decode(t.substring(pos[0] + 1, end), new int[] {0}, false));
                pos[0] = end + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("unbalanced } in " + t);
            } else if (c == '\\') {
                pos[0]++;
                char n = t.charAt(pos[0]);
                String name;
                if (Character.isLetter(n)) {
                    int start = pos[0];
                    while (pos[0] < t.length() && Character.isLetter(t.charAt(pos[0]))) {
                        pos[0]++;
                    }
                    name = t.substring(start, pos[0]);
                    if (pos[0] < t.length() && t.charAt(pos[0]) == ' ') {
                        pos[0]++;
                    }
                } else {
                    name = Character.toString(n);
                    pos[0]++;
                }
                if (ACCENTS.containsKey(name)) {
                    String base = decode(t, pos, true);
                    base = base.equals("\u0131") ? "i" : base.equals("\u0237") ? "j" : base;
                    out.append(base).append(ACCENTS.get(name));
                } else if (COMMANDS.containsKey(name)) {
                    out.append(COMMANDS.get(name));
                } else if ("$&%#_{}".contains(name)) {
                    out.append(name);
                } else {
                    throw new IllegalArgumentException("unknown command \\" + name + " in " + t);
                }
            } else if (c == '~') {
                out.append('\u00A0');
                pos[0]++;
            } else {
                out.append(c);
                pos[0]++;
            }
            if (one) {
                break;
            }
        }
        return out.toString();
    }

    private static int matching(String t, int open) {
        int depth = 0;
        for (int k = open; k < t.length(); k++) {
            depth += t.charAt(k) == '{' ? 1 : t.charAt(k) == '}' ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        throw new IllegalArgumentException("unbalanced { in " + t);
    }
}
