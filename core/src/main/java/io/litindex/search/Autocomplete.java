package io.litindex.search;

import io.litindex.index.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Suggestion;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Autocomplete over titles, model and dataset names, and authors: an {@link AnalyzingInfixSuggester}
 * built in memory once per index state. The last word typed is a prefix, earlier words must match whole;
 * any word of a suggestion may match, and compound names match by their parts ("clip" → RemoteCLIP).
 * Names come first, then titles, then authors; within each, the text held by more entries first.
 */
final class Autocomplete implements Closeable {
    /** A name is the text before a title's colon when it has at most this many words ("Remote Sensing ChatGPT"). */
    private static final int MAX_NAME_WORDS = 3;
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    private static final char PAYLOAD_SEPARATOR = '\u001f';
    /** Suggestions looked at beyond the limit, so that whole-word matches further down can move up. */
    private static final int LOOKAHEAD = 20;
    private static final Analyzer WORDS = Analyzers.exact();

    private record Candidate(String text, Suggestion.Type type, String id, int count) {}

    private final AnalyzingInfixSuggester suggester;
    /** The words of every suggestion text, analyzed once when built, so lookups never re-analyze results. */
    private final Map<String, Set<String>> wordsOf;

    private Autocomplete(AnalyzingInfixSuggester suggester, Map<String, Set<String>> wordsOf) {
        this.suggester = suggester;
        this.wordsOf = wordsOf;
    }

    /** Builds the suggester over these entries. */
    static Autocomplete build(List<Entry> entries) throws IOException {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.PAPER) {
                for (String name : names(e.title())) {
                    merge(candidates, new Candidate(name, Suggestion.Type.NAME, e.id(), 1));
                }
            }
            merge(candidates, new Candidate(e.title(), Suggestion.Type.TITLE, e.id(), 1));
            for (String author : e.authors()) {
                merge(candidates, new Candidate(author, Suggestion.Type.AUTHOR, null, 1));
            }
        }
        List<Candidate> ordered = new ArrayList<>(candidates.values());
        ordered.sort(Comparator.comparing(Candidate::type).thenComparing(Candidate::count, Comparator.reverseOrder())
                .thenComparing(c -> c.text().toLowerCase(Locale.ROOT)));
        AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), Analyzers.exact(),
                Analyzers.exactQuery(), 2, false, true, false, true);
        try {
            suggester.build(new Candidates(ordered));
        } catch (IOException | RuntimeException e) {
            suggester.close();
            throw e;
        }
        Map<String, Set<String>> wordsOf = new java.util.HashMap<>();
        for (Candidate c : ordered) {
            wordsOf.computeIfAbsent(c.text(), t -> Set.copyOf(words(t)));
        }
        return new Autocomplete(suggester, Map.copyOf(wordsOf));
    }

    /**
     * Up to {@code limit} suggestions for what has been typed so far. Within each type, a suggestion
     * holding the last typed word whole (Zhan) comes before those it is only a prefix of (Zhang).
     */
    List<Suggestion> lookup(String typed, int limit) throws IOException {
        if (typed.isBlank() || limit == 0) {
            return List.of();
        }
        List<String> typedWords = words(typed);
        String last = typedWords.isEmpty() ? "" : typedWords.get(typedWords.size() - 1);
        List<Suggestion> out = new ArrayList<>();
        for (Lookup.LookupResult r : suggester.lookup(typed, (Set<BytesRef>) null, limit + LOOKAHEAD, true, false)) {
            String payload = r.payload.utf8ToString();
            int cut = payload.indexOf(PAYLOAD_SEPARATOR);
            Suggestion.Type type = Suggestion.Type.valueOf(payload.substring(0, cut));
            String id = payload.substring(cut + 1);
            out.add(new Suggestion(r.key.toString(), type, id.isEmpty() ? null : id));
        }
        List<Suggestion> ordered = new ArrayList<>(out);
        ordered.sort(Comparator.comparing(Suggestion::type)
                .thenComparing(s -> !wordsOf.getOrDefault(s.text(), Set.of()).contains(last)));
        return List.copyOf(ordered.subList(0, Math.min(limit, ordered.size())));
    }

    /** The words of a text as the suggester indexes them, compound parts included. */
    private static List<String> words(String text) {
        return Analyzers.terms(WORDS, "text", text, new ArrayList<>());
    }

    /** The model or dataset names a title starts with: "RS5M and GeoRSCLIP: …" names RS5M and GeoRSCLIP. */
    static List<String> names(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(title.substring(0, colon).strip())) {
            if (!part.isBlank() && part.strip().split("\\s+").length <= MAX_NAME_WORDS) {
                names.add(part.strip());
            }
        }
        return names;
    }

    private static void merge(Map<String, Candidate> candidates, Candidate c) {
        String key = c.type() + "\u0000" + c.text().toLowerCase(Locale.ROOT);
        Candidate old = candidates.get(key);
        if (old == null) {
            candidates.put(key, c);
        } else {
            // one text, several entries: keep the first entry's id (authors have none) and count them
            candidates.put(key, new Candidate(old.text(), old.type(), c.type() == Suggestion.Type.AUTHOR ? null : old.id(), old.count() + 1));
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    /** Feeds candidates to the suggester; the weight keeps the order: names, titles, authors, then count. */
    private static final class Candidates implements InputIterator {
        private final List<Candidate> candidates;
        private int next;
        private Candidate current;

        Candidates(List<Candidate> candidates) {
            this.candidates = candidates;
        }

        @Override
        public BytesRef next() {
            if (next >= candidates.size()) {
                current = null;
                return null;
            }
            current = candidates.get(next++);
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            // higher first: by type (names first), then by how many entries hold the text
            return (long) (Suggestion.Type.values().length - current.type().ordinal()) * 1_000_000L + current.count();
        }

        @Override
        public BytesRef payload() {
            String id = current.id() == null ? "" : current.id();
            return new BytesRef((current.type().name() + PAYLOAD_SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
