package io.litindex.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Stacks the parts of compound model and dataset names on the word itself, at the same position and
 * offsets, so that SkyEyeGPT is also found as sky, eye, gpt, skyeye and eyegpt, and GeoRSCLIP as geo,
 * rs, clip, geors and rsclip. Index-time only: a query word is matched as typed.
 *
 * <p>Lucene's WordDelimiterGraphFilter splits at case changes and can join all parts, but neither emits
 * the leading runs people type ("skyeye" of SkyEyeGPT) nor splits capital runs like RSCLIP; this filter
 * does both. Known parts are read from {@code name-parts.txt}.
 */
final class CompoundPartsFilter extends TokenFilter {
    /** Words with more parts than this are expanded over their first parts only (bounds the n² runs). */
    static final int MAX_PARTS = 8;
    /** The token type of a stacked part (the word itself keeps its own), so that one analysis can feed fields without parts too. */
    static final String PART_TYPE = "<PART>";
    /** Words whose expansion each filter remembers, at most: a list repeats its names, the cache is cleared when full. */
    static final int CACHE_SIZE = 4096;
    private static final Set<String> KNOWN = loadKnownParts();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    /** The parts of the words this filter expanded lately (a filter serves one thread: no locking). */
    private final Map<String, List<String>> expanded = new HashMap<>();
    private State word;

    CompoundPartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            type.setType(PART_TYPE);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (plainWord(term.buffer(), term.length())) {
            return true;
        }
        String whole = term.toString();
        List<String> parts = expanded.get(whole);
        if (parts == null) {
            if (expanded.size() >= CACHE_SIZE) {
                expanded.clear();
            }
            parts = expand(whole);
            expanded.put(whole, parts);
        }
        if (!parts.isEmpty()) {
            pending.addAll(parts);
            word = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }

    /**
     * True for a word that is certainly no compound, told without building a string: an ASCII letter
     * followed by lower-case ASCII letters only ("remote", "Sensing"), most words of any text; ASCII
     * digits only ("2024"); up to three ASCII capitals ("VQA").
     */
    static boolean plainWord(char[] chars, int length) {
        if (length == 0 || allBetween(chars, length, '0', '9') || length <= 3 && allBetween(chars, length, 'A', 'Z')) {
            return true;
        }
        char first = chars[0];
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = chars[i];
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean allBetween(char[] chars, int length, char from, char to) {
        for (int i = 0; i < length; i++) {
            if (chars[i] < from || chars[i] > to) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts of a word and every run of consecutive parts joined, lower-cased, without the whole word
     * itself; empty when the word is not a compound. Parts shorter than two characters are only kept
     * inside longer runs.
     */
    static List<String> expand(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < 3 || KNOWN.contains(lower)) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String piece : splitAtCaseAndDigits(word)) {
            parts.addAll(splitCapitals(piece));
        }
        if (parts.size() < 2) {
            return List.of();
        }
        int n = Math.min(parts.size(), MAX_PARTS);
        Set<String> out = new LinkedHashSet<>();
        for (int from = 0; from < n; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < n; to++) {
                run.append(parts.get(to));
                if (run.length() >= 2 && !(from == 0 && to == parts.size() - 1)) {
                    out.add(run.toString());
                }
            }
        }
        out.remove(lower);
        return List.copyOf(out);
    }

    /**
     * Pieces of a word split where lower case meets upper case (skyE|ye), where letters meet digits
     * (H|2|RSVLM), before the last capital of a capital run followed by a lower-case word (MM|Ship), and
     * at any other character (h.conghui); in their original case.
     */
    static List<String> splitAtCaseAndDigits(String word) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(piece, pieces);
                continue;
            }
            if (piece.length() > 0) {
                char p = word.charAt(i - 1);
                boolean lowerToUpper = Character.isLowerCase(p) && Character.isUpperCase(c);
                boolean letterDigit = Character.isDigit(p) != Character.isDigit(c);
                boolean capitalsToWord = Character.isUpperCase(p) && Character.isUpperCase(c)
                        && lowerRun(word, i + 1) >= 2;
                if (lowerToUpper || letterDigit || capitalsToWord) {
                    flush(piece, pieces);
                }
            }
            piece.append(c);
        }
        flush(piece, pieces);
        return pieces;
    }

    /**
     * A piece written in capitals split into known parts: wholly (RSCLIP = rs + clip), else a known
     * first part and the rest (RSxyz), else the rest and a known last part of three letters or more
     * (xyGPT); anything else is one part, lower-cased.
     */
    static List<String> splitCapitals(String piece) {
        String lower = piece.toLowerCase(Locale.ROOT);
        if (piece.length() < 4 || !piece.equals(piece.toUpperCase(Locale.ROOT)) || KNOWN.contains(lower)
                || !lower.chars().allMatch(Character::isLetter)) {
            return List.of(lower);
        }
        List<String> whole = decompose(lower);
        if (whole != null) {
            return whole;
        }
        for (int cut = lower.length() - 2; cut >= 2; cut--) {
            if (KNOWN.contains(lower.substring(0, cut))) {
                return List.of(lower.substring(0, cut), lower.substring(cut));
            }
        }
        for (int cut = 2; cut <= lower.length() - 3; cut++) {
            if (KNOWN.contains(lower.substring(cut))) {
                return List.of(lower.substring(0, cut), lower.substring(cut));
            }
        }
        return List.of(lower);
    }

    /** {@code text} as a sequence of known parts, longest parts first; null when it is not one. */
    private static List<String> decompose(String text) {
        if (text.isEmpty()) {
            return new ArrayList<>();
        }
        for (int end = text.length(); end >= 2; end--) {
            String head = text.substring(0, end);
            if (KNOWN.contains(head)) {
                List<String> rest = decompose(text.substring(end));
                if (rest != null) {
                    rest.add(0, head);
                    return rest;
                }
            }
        }
        return null;
    }

    private static int lowerRun(String word, int from) {
        int i = from;
        while (i < word.length() && Character.isLowerCase(word.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static void flush(StringBuilder piece, List<String> pieces) {
        if (piece.length() > 0) {
            pieces.add(piece.toString());
            piece.setLength(0);
        }
    }

    private static Set<String> loadKnownParts() {
        String resource = "name-parts.txt";
        try (InputStream in = CompoundPartsFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("io/litindex/index/" + resource + " is missing from litindex-core");
            }
            Set<String> parts = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String part = line.strip().toLowerCase(Locale.ROOT);
                if (!part.isEmpty() && !part.startsWith("#")) {
                    parts.add(part);
                }
            }
            return Set.copyOf(parts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/litindex/index/" + resource, e);
        }
    }
}
