package io.litindex.search;

import io.litindex.InvalidRequestException;
import io.litindex.model.Kind;
import io.litindex.model.YearRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * litindex's query syntax, parsed into clauses: plain words, "phrases", -exclusions, OR, field:value
 * (title, author, venue, year, section, kind), prefix* and year:2023..2024.
 *
 * <p>Lenient where a reading is obvious: an unclosed quote runs to the end, a dangling OR or a lone
 * minus is ignored, parentheses are ignored, an unknown {@code name:} is plain text. Refused with one
 * line ({@link InvalidRequestException}) where guessing would mislead: leading or inner wildcards,
 * /regular expressions/, a prefix shorter than two characters, a bad year or kind.
 */
final class QuerySyntax {
    /** The fields a query may name. */
    enum Field {
        TITLE, AUTHOR, VENUE, YEAR, SECTION, KIND;

        private static final Map<String, Field> NAMES = Map.of(
                "title", TITLE, "author", AUTHOR, "authors", AUTHOR, "venue", VENUE, "year", YEAR,
                "section", SECTION, "sections", SECTION, "kind", KIND);

        static Field named(String name) {
            return NAMES.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A piece of a parsed query. */
    sealed interface Clause permits Words, Phrase, Prefix, FieldValue, YearValue, KindValue, AnyOf {}

    /**
     * A plain word as typed.
     *
     * @param start where it starts in the query text
     */
    record Word(String text, int start) {}

    /** Plain words typed side by side (a run): synonyms may span them, and entries matching all of them rank first. */
    record Words(List<Word> words) implements Clause {
        Words {
            words = List.copyOf(words);
        }

        /** The words joined by spaces. */
        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }
    }

    /** An "exact phrase" (or a quoted single word): exact words, no stemming, no synonyms. */
    record Phrase(String text) implements Clause {}

    /** A prefix* of at least two characters. */
    record Prefix(String text) implements Clause {}

    /** title:, author:, venue: or section: with a word, a "phrase" or a prefix*. */
    record FieldValue(Field field, String value, boolean prefix) implements Clause {}

    /** year:2024 or year:2023..2024. */
    record YearValue(YearRange years) implements Clause {}

    /** kind:paper or kind:dataset. */
    record KindValue(Kind kind) implements Clause {}

    /** Clauses joined by OR: any of them. */
    record AnyOf(List<Clause> options) implements Clause {
        AnyOf {
            options = List.copyOf(options);
        }
    }

    /** A parsed query: what entries should match, in query order, and what they must not. */
    record Parsed(List<Clause> positive, List<Clause> excluded) {
        boolean isEmpty() {
            return positive.isEmpty() && excluded.isEmpty();
        }
    }

    /** One lexical item: a clause (maybe negated), or the operator OR. */
    private record Item(Clause clause, boolean negated, boolean or) {}

    private final String text;
    private int pos;

    private QuerySyntax(String text) {
        this.text = text;
    }

    /** Parses a query; never throws anything but {@link InvalidRequestException}. */
    static Parsed parse(String query) {
        return new QuerySyntax(query == null ? "" : query).parse();
    }

    private Parsed parse() {
        List<Item> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                break;
            }
            items.addAll(next());
        }
        return combine(items);
    }

    /**
     * Applies OR to the clauses beside it (a b OR c = a, and b or c), sets exclusions apart, and joins
     * the plain words left side by side into runs. An OR with nothing on one side is ignored.
     */
    private static Parsed combine(List<Item> items) {
        List<Clause> positive = new ArrayList<>();
        List<Clause> excluded = new ArrayList<>();
        boolean orPending = false;
        for (Item item : items) {
            if (item.or()) {
                orPending = !positive.isEmpty();
            } else if (item.negated()) {
                excluded.add(item.clause());
                orPending = false;
            } else if (orPending) {
                Clause last = positive.remove(positive.size() - 1);
                List<Clause> options = new ArrayList<>();
                if (last instanceof AnyOf any) {
                    options.addAll(any.options());
                } else {
                    options.add(last);
                }
                options.add(item.clause());
                positive.add(new AnyOf(options));
                orPending = false;
            } else {
                positive.add(item.clause());
            }
        }
        List<Clause> runs = new ArrayList<>();
        for (Clause clause : positive) {
            if (clause instanceof Words w && !runs.isEmpty() && runs.get(runs.size() - 1) instanceof Words run) {
                List<Word> joined = new ArrayList<>(run.words());
                joined.addAll(w.words());
                runs.set(runs.size() - 1, new Words(joined));
            } else {
                runs.add(clause);
            }
        }
        return new Parsed(List.copyOf(runs), List.copyOf(excluded));
    }

    private List<Item> next() {
        boolean negated = false;
        char c = text.charAt(pos);
        if (c == '-' || c == '\u2212') {
            pos++;
            if (pos >= text.length() || isSpace(text.charAt(pos))) {
                return List.of(); // a lone minus
            }
            negated = true;
            c = text.charAt(pos);
        }
        if (c == '(' || c == ')') {
            pos++;
            return List.of(); // grouping is not offered; parentheses are ignored
        }
        if (isQuote(c)) {
            String phrase = quoted().strip();
            return phrase.isEmpty() ? List.of() : List.of(new Item(new Phrase(phrase), negated, false));
        }
        int start = pos;
        String word = bare();
        if (word.equals("OR") && !negated) {
            return List.of(new Item(null, false, true));
        }
        int colon = word.indexOf(':');
        if (colon > 0) {
            Field field = Field.named(word.substring(0, colon));
            String value = word.substring(colon + 1);
            if (field != null && value.isEmpty() && pos < text.length() && isQuote(text.charAt(pos))) {
                String phrase = quoted().strip();
                return phrase.isEmpty() ? List.of() : List.of(new Item(fieldValue(field, phrase, true, word + '"' + phrase + '"'), negated, false));
            }
            if (field != null && !value.isEmpty()) {
                return List.of(new Item(fieldValue(field, value, false, word), negated, false));
            }
            // an unknown name, or a name without a value: plain text ("GeoChat:" or "foo:bar")
        }
        List<Item> items = new ArrayList<>();
        for (Clause clause : plain(word, start)) {
            items.add(new Item(clause, negated, false));
        }
        return items;
    }

    /** A bare word: a plain word, or a prefix* when it ends in a star ("rs-lla*" is the word rs and the prefix lla). */
    private static List<Clause> plain(String word, int start) {
        if (word.length() >= 3 && word.startsWith("/") && word.endsWith("/")) {
            throw new InvalidRequestException("regular expressions are not supported: '" + word + "'");
        }
        int star = word.indexOf('*');
        if (star < 0) {
            return word.isBlank() ? List.of() : List.of(new Words(List.of(new Word(word, start))));
        }
        String stem = stripTrailingStars(word);
        if (stem.isEmpty()) {
            return List.of(); // a lone star: nothing to search for
        }
        if (star == 0) {
            throw new InvalidRequestException("leading wildcards are not supported: '" + word + "' (a prefix like 'sky*' is)");
        }
        if (stem.indexOf('*') >= 0) {
            throw new InvalidRequestException("'*' is supported only at the end of a word (prefix*): '" + word + "'");
        }
        int cut = lastNonWordChar(stem);
        String prefix = stem.substring(cut + 1);
        if (prefix.codePointCount(0, prefix.length()) < 2) {
            throw new InvalidRequestException("prefix '" + word + "' is too short: type at least 2 characters before '*'");
        }
        if (cut > 0) {
            return List.of(new Words(List.of(new Word(stem.substring(0, cut), start))), new Prefix(prefix));
        }
        return List.of(new Prefix(prefix));
    }

    private Clause fieldValue(Field field, String value, boolean phrase, String typed) {
        switch (field) {
            case YEAR -> {
                return new YearValue(YearRange.parse(value));
            }
            case KIND -> {
                return new KindValue(Kind.parse(value));
            }
            default -> {
                if (!phrase && value.indexOf('*') >= 0) {
                    String stem = stripTrailingStars(value);
                    if (value.startsWith("*") || stem.indexOf('*') >= 0) {
                        throw new InvalidRequestException("'*' is supported only at the end of a word (prefix*): '" + typed + "'");
                    }
                    if (stem.codePointCount(0, stem.length()) < 2) {
                        throw new InvalidRequestException("prefix '" + typed + "' is too short: type at least 2 characters before '*'");
                    }
                    return new FieldValue(field, stem, true);
                }
                return new FieldValue(field, value, false);
            }
        }
    }

    private static String stripTrailingStars(String word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '*') {
            end--;
        }
        return word.substring(0, end);
    }

    private static int lastNonWordChar(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text up to the closing quote, or to the end when there is none. */
    private String quoted() {
        pos++; // the opening quote
        int start = pos;
        while (pos < text.length() && !isQuote(text.charAt(pos))) {
            pos++;
        }
        String phrase = text.substring(start, pos);
        if (pos < text.length()) {
            pos++; // the closing quote
        }
        return phrase;
    }

    private String bare() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isSpace(c) || c == '(' || c == ')' || isQuote(c)) {
                break; // a quote ends the word: field:"value" reads the value next
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
