package io.litindex.ingest;

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
    public enum Type { JOURNAL, CONFERENCE, PREPRINT, OTHER }

    /** A known venue. */
    public record Venue(String display, Type type, String fullName) {}

    /** A venue cell parsed: the display name (or the text as written when unknown), a year if the cell had one. */
    public record Parsed(String venue, Integer year, String asWritten, boolean known) {}

    private static final Pattern YEAR4 = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern YEAR2 = Pattern.compile("^(.*?)\\s*[-'’]\\s*([0-9]{2})$");
    private static final String EDGE_CHARS = "-–—,.;:'’()[]";
    /** No known venue name is longer; longer cells are matched on their first words only. */
    private static final int MAX_VENUE_WORDS = 8;
    /** Cells longer than this are not searched for a two-digit year ("CVPR-24"). */
    private static final int MAX_SHORT = 40;

    private static final Venues DEFAULT = load();

    private final Map<String, Venue> byKey;
    private final List<Venue> all;

    private Venues(Map<String, Venue> byKey, List<Venue> all) {
        this.byKey = byKey;
        this.all = all;
    }

    /** The venues bundled with litindex. */
    public static Venues standard() {
        return DEFAULT;
    }

    public List<Venue> all() {
        return all;
    }

    /** The known venue with this display name or alias, if any. */
    public Optional<Venue> lookup(String text) {
        return Optional.ofNullable(text == null ? null : byKey.get(key(text)));
    }

    /** The display name for {@code text}: the known venue's, else the text itself, trimmed. */
    public String displayName(String text) {
        return lookup(text).map(Venue::display).orElse(text == null ? null : text.strip());
    }

    /**
     * Parses a venue cell: "TGRS2021" → (T-GRS, 2021); "CVPR 2024 Highlight" → (CVPR, 2024);
     * "Remote Sensing" → (Remote Sensing, null); "CVPR-24" → (CVPR, 2024). Empty when the cell is blank
     * or a placeholder ("-", "null", "N/A").
     */
    public Optional<Parsed> parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (Cells.isPlaceholder(text)) {
            return Optional.empty();
        }
        Integer year = null;
        String rest = text;
        Matcher m = YEAR4.matcher(text);
        if (m.find()) {
            year = Integer.valueOf(m.group(1));
            rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
        }
        rest = trimEdges(rest);
        Venue venue = longestKnownPrefix(rest);
        if (venue == null && year == null && rest.length() <= MAX_SHORT) {
            Matcher two = YEAR2.matcher(rest);
            if (two.matches()) {
                Venue v = lookup(trimEdges(two.group(1))).orElse(null);
                if (v != null) {
                    return Optional.of(new Parsed(v.display(), 2000 + Integer.parseInt(two.group(2)), text, true));
                }
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

    private Venue longestKnownPrefix(String text) {
        String[] words = text.split("\\s+", MAX_VENUE_WORDS + 1);
        for (int n = Math.min(words.length, MAX_VENUE_WORDS); n >= 1; n--) {
            Venue v = byKey.get(key(String.join(" ", java.util.Arrays.copyOf(words, n))));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String trimEdges(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEdge(text.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || EDGE_CHARS.indexOf(c) >= 0;
    }

    static String key(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '&') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Venues load() {
        Map<String, Venue> byKey = new HashMap<>();
        List<Venue> all = new ArrayList<>();
        try (InputStream in = Venues.class.getResourceAsStream("venues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("venues.tsv is missing from litindex-core's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                Venue venue = new Venue(cols[0], Type.valueOf(cols[1].toUpperCase(Locale.ROOT)), cols[2]);
                all.add(venue);
                Map<String, Venue> keys = new LinkedHashMap<>();
                keys.put(key(cols[0]), venue);
                keys.put(key(cols[2]), venue);
                if (cols.length > 3 && !cols[3].isBlank()) {
                    for (String alias : cols[3].split("\\|")) {
                        keys.put(key(alias), venue);
                    }
                }
                keys.forEach(byKey::putIfAbsent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Venues(Collections.unmodifiableMap(byKey), List.copyOf(all));
    }
}
