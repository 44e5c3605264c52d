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
 * (title, author, venue, year, section, kind), has:code, prefix* and year:2023..2024.
 *
 * <p>Lenient where a reading is obvious: an unclosed quote runs to the end, a dangling OR or a lone
 * minus is ignored, parentheses are ignored, an unknown {@code name:} is plain text. Refused with one
 * line ({@link InvalidRequestException}) where guessing would mislead: leading or inner wildcards,
 * /regular expressions/, a prefix shorter than two characters, a bad year or kind. Refused too, before any
 * work is spent on it, a query longer than {@link #MAX_LENGTH} characters or {@link #MAX_WORDS} words: every
 * word becomes several clauses in every field, and no one types more (a pasted title has 10 to 20 words).
 */
final class QuerySyntax {
    /** The longest query searched, in characters. */
    static final int MAX_LENGTH = 2_000;
    /** The most words a query may hold ({@link #wordsIn}); the words of a phrase or a field's value count, OR does not. */
    static final int MAX_WORDS = 64;

    /** The fields a query may name. */
    enum Field {
        TITLE, AUTHOR, VENUE, YEAR, SECTION, KIND, HAS;

        private static final Map<String, Field> NAMES = Map.of(
                "title", TITLE, "author", AUTHOR, "authors", AUTHOR, "venue", VENUE, "year", YEAR,
                "section", SECTION, "sections", SECTION, "kind", KIND, "has", HAS);

        static Field named(String name) {
            return NAMES.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A piece of a parsed query. */
    sealed interface Clause permits Words, Phrase, Prefix, FieldValue, YearValue, KindValue, HasCode, AnyOf {}

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

    /** The longest prefix* searched, in characters. */
    static final int MAX_PREFIX = 50;

    /** A prefix* of 2 to {@link #MAX_PREFIX} characters. */
    record Prefix(String text) implements Clause {}

    /** title:, author:, venue: or section: with a word, a "phrase" or a prefix*. */
    record FieldValue(Field field, String value, boolean prefix) implements Clause {}

    /** year:2024 or year:2023..2024. */
    record YearValue(YearRange years) implements Clause {}

    /** kind:paper or kind:dataset. */
    record KindValue(Kind kind) implements Clause {}

    /** has:code: entries that link their source code ({@code -has:code}: those that do not). */
    record HasCode() implements Clause {}

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
        String text = query == null ? "" : query;
        if (text.length() > MAX_LENGTH) {
            throw new InvalidRequestException(String.format(Locale.ROOT,
                    "query too long: %,d characters; litindex searches queries of up to %,d", text.length(), MAX_LENGTH));
        }
        return new QuerySyntax(text).parse();
    }

    private Parsed parse() {
        List<Item> items = new ArrayList<>();
        int words = 0;
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                break;
            }
            for (Item item : next()) {
                words += item.or() ? 0 : words(item.clause());
                items.add(item);
            }
            if (words > MAX_WORDS) {
                throw new InvalidRequestException("query too long: more than " + MAX_WORDS + " words; litindex searches queries of up to "
                        + MAX_WORDS + " words (a phrase or a field's value counts its words)");
            }
        }
        return combine(items);
    }

    /** How many words a clause holds, counted as the analyzers will split them ({@link #wordsIn}). */
    private static int words(Clause clause) {
        if (clause instanceof Words w) {
            return w.words().stream().mapToInt(word -> wordsIn(word.text())).sum();
        }
        if (clause instanceof Phrase p) {
            return wordsIn(p.text());
        }
        if (clause instanceof FieldValue f) {
            return wordsIn(f.value());
        }
        return 1;
    }

    /**
     * The words of a text as the analyzers split it: runs of letters and digits, each Chinese or Japanese character a
     * word of its own ("RS-LLaVA" is two, "遥感" two), so that no single typed word hides hundreds.
     */
    static int wordsIn(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp) || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HIRAGANA) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                count += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return count;
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
        checkPrefixLength(prefix, word);
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
            case HAS -> {
                if (!value.equalsIgnoreCase("code")) {
                    throw new InvalidRequestException("has: takes 'code' (has:code, or -has:code for entries without code), not '" + value + "'");
                }
                return new HasCode();
            }
            default -> {
                if (!phrase && value.indexOf('*') >= 0) {
                    String stem = stripTrailingStars(value);
                    if (value.startsWith("*") || stem.indexOf('*') >= 0) {
                        throw new InvalidRequestException("'*' is supported only at the end of a word (prefix*): '" + typed + "'");
                    }
                    checkPrefixLength(stem, typed);
                    return new FieldValue(field, stem, true);
                }
                return new FieldValue(field, value, false);
            }
        }
    }

    /**
     * A prefix needs 2 characters to say something and may have at most {@value #MAX_PREFIX}: Lucene matches a prefix
     * with an automaton of a state per byte, and refuses one of a thousand states.
     */
    private static void checkPrefixLength(String prefix, String typed) {
        int length = prefix.codePointCount(0, prefix.length());
        if (length < 2) {
            throw new InvalidRequestException("prefix '" + typed + "' is too short: type at least 2 characters before '*'");
        }
        if (length > MAX_PREFIX) {
            throw new InvalidRequestException("prefix of " + length + " characters is too long: a prefix* may have at most "
                    + MAX_PREFIX + " characters (search for the whole word without '*')");
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

    /**
     * The text up to the closing quote, or to the end when there is none, each run of white space in it (line breaks
     * too) one space: a phrase's words are the same, and a message quoting it stays on one line.
     */
    private String quoted() {
        pos++; // the opening quote
        StringBuilder phrase = new StringBuilder();
        boolean space = false;
        while (pos < text.length() && !isQuote(text.charAt(pos))) {
            char c = text.charAt(pos++);
            if (isSpace(c) || Character.isISOControl(c)) {
                space = true;
            } else {
                if (space && phrase.length() > 0) {
                    phrase.append(' ');
                }
                space = false;
                phrase.append(c);
            }
        }
        if (pos < text.length()) {
            pos++; // the closing quote
        }
        return phrase.toString();
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
