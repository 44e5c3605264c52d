package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person named in brackets at the end of a heading ("### Analog Mind Series (Behzad Razavi)") is the author of the
 * rows under it, when none of those rows names authors of its own. Only a person's name shape is read: two or three
 * capitalised words of letters, none a word of the field or a common word ("(Graph Neural Networks)", "(Open Source)"),
 * and not the long form of a short form before it ("VAE (Variational Autoencoder)"); a year, "(NLP)" or "(Surveys)" is
 * no name.
 */
final class HeadingAuthors {
    /** A name in brackets ending a heading, a title such as "Prof." or "Dr." before it allowed. */
    private static final Pattern NAMED = Pattern.compile(
            "^(.*\\S)\\s*[(（]\\s*(?:(?:Prof|Dr|Professor)\\.?\\s+)?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?){1,2})\\s*[)）]\\s*$");
    /** A short form written just before the brackets: "VAE", "MF". */
    private static final Pattern SHORT_FORM = Pattern.compile("(?:^|\\s)(\\p{Lu}[\\p{Lu}\\d-]{1,9})$");
    /** Endings of common words, never of the names read here: "Representation", "Methods" ("-ing" ends Jing and Ming too). */
    private static final Pattern WORD_ENDING = Pattern.compile(
            ".*(?:tion|tions|sion|ment|ments|ness|ity|ities|ics|ical|ure|ures|ence|ance|ive|ous|ism|ks|ls|ds|rs|ts|ps|gy|ies)$");
    /** Words of headings that are never part of a person's name. */
    private static final Set<String> NOT_NAMES = Set.of("open", "source", "large", "small", "language", "model", "neural", "deep",
            "graph", "vision", "image", "video", "text", "speech", "audio", "data", "survey", "paper", "new", "old", "other",
            "more", "part", "series", "the", "and", "with", "for", "from", "best", "top", "high", "low", "multi", "single",
            "general", "classic", "classical", "recent", "early", "latest", "machine", "reinforcement", "self", "semi", "web",
            "online", "offline", "time", "domain", "task", "policy", "agent", "robot", "world", "system", "code", "book",
            "course", "tutorial", "blog", "talk", "slides", "workshop", "challenge", "benchmark", "dataset", "tool", "library",
            "framework", "platform", "contrastive", "generative", "diffusion", "transformer", "attention", "memory", "chinese",
            "english", "medical", "clinical", "human", "person", "object", "scene", "point", "cloud", "matrix", "variational",
            "autoencoder", "adversarial", "federated", "continual", "meta", "zero", "few", "shot", "one", "two", "three", "learning",
            "computing", "training", "processing", "modeling", "modelling", "mining", "reasoning", "planning", "understanding",
            "encoding", "embedding", "tracking", "sensing", "parsing", "pretraining", "tuning", "testing", "programming",
            "engineering", "networking", "reading", "writing", "coming", "ongoing", "pending", "trending", "getting", "starting");

    private HeadingAuthors() {}

    /**
     * The rows with the author a heading names filled in, for every row under that heading when none has authors.
     *
     * @param rows the rows of one list, each under one section path ("A &gt; B (Name Surname)")
     * @return the rows, those under such a heading with its author (origin "heading")
     */
    static List<Entry> apply(List<Entry> rows) {
        Map<String, String> names = new HashMap<>();
        Map<String, Boolean> authorless = new HashMap<>();
        List<String> keys = new ArrayList<>(rows.size());
        for (Entry e : rows) {
            String key = null;
            if (!e.sections().isEmpty()) {
                String[] parts = e.sections().get(0).split(" > ");
                for (int i = parts.length - 1; i >= 0 && key == null; i--) {
                    String name = name(parts[i]);
                    if (name != null) {
                        key = String.join(" > ", Arrays.copyOf(parts, i + 1));
                        names.put(key, name);
                    }
                }
            }
            keys.add(key);
            if (key != null) {
                authorless.merge(key, e.authors().isEmpty(), Boolean::logicalAnd);
            }
        }
        if (names.isEmpty()) {
            return rows;
        }
        List<Entry> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Entry e = rows.get(i);
            String key = keys.get(i);
            out.add(key != null && authorless.get(key)
                    ? e.toBuilder().authors(List.of(names.get(key))).origin("authors", Entry.ORIGIN_HEADING).build() : e);
        }
        return out;
    }

    /**
     * The person a heading names in brackets at its end, or null.
     *
     * @param heading a heading's text
     * @return the name, or null
     */
    static String name(String heading) {
        Matcher m = NAMED.matcher(heading.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(2);
        for (String word : name.split("[\\s-]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() < 2 || NOT_NAMES.contains(w) || WORD_ENDING.matcher(w).matches()) {
                return null;
            }
        }
        // "VAE (Variational Autoencoder)", "MF (Matrix Factorization)": the long form of the short form before it
        Matcher shortForm = SHORT_FORM.matcher(m.group(1));
        if (shortForm.find() && Character.toUpperCase(shortForm.group(1).charAt(0)) == name.charAt(0)) {
            return null;
        }
        return name;
    }
}
