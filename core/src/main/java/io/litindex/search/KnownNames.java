package io.litindex.search;

import io.litindex.InvalidRequestException;
import io.litindex.index.Acronyms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Well-known model, method and data-set names and the titles of the papers that introduced them (GIN →
 * "How Powerful are Graph Neural Networks?"): data, by default the bundled {@code known-names.tsv}, extended by
 * the files of the system property {@value #EXTRA_PROPERTY}. Immutable.
 */
final class KnownNames {
    /** System property: files of more names (same format), separated by the path separator. */
    static final String EXTRA_PROPERTY = "litindex.names.extra";
    /** Where the bundled names live on the class path. */
    static final String RESOURCE = "/io/litindex/search/known-names.tsv";

    private static volatile KnownNames configured;

    /** Titles by name key ({@link Acronyms#nameKey}). */
    private final Map<String, List<String>> titles;
    /** Name keys by title: the names a paper introduced. */
    private final Map<String, List<String>> names = new HashMap<>();

    /** Titles of a name's later versions by the name's key (tacotron → Tacotron 2's, mobilenet → MobileNetV2's). */
    private final Map<String, List<String>> versions = new HashMap<>();
    /** A name key ending in a version: "tacotron 2", "esm 1b", "llava 1 5", "inception v3", "mobilenetv2". */
    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("(.+?[a-z])(?: v?[0-9]+[a-z]?(?: [0-9]+)?|v[0-9]+)");

    private KnownNames(Map<String, List<String>> titles) {
        this.titles = titles;
        titles.forEach((name, list) -> list.forEach(title -> names.computeIfAbsent(title, t -> new ArrayList<>(1)).add(name)));
        titles.forEach((name, list) -> {
            java.util.regex.Matcher m = VERSIONED.matcher(name);
            if (m.matches()) {
                List<String> later = versions.computeIfAbsent(m.group(1), k -> new ArrayList<>(1));
                list.stream().filter(t -> !later.contains(t) && !titles.getOrDefault(m.group(1), List.of()).contains(t)).forEach(later::add);
            }
        });
    }

    /**
     * The titles of the papers that introduced a later version of the name typed (Tacotron → Tacotron 2's "Natural
     * TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions"; ESM → ESM-2's and ESM-1b's): a name
     * followed by a number, with or without a v or a letter after it.
     *
     * @param typed a query word or run of words as typed
     * @return the titles, none when no later version is known
     */
    List<String> laterVersions(String typed) {
        Objects.requireNonNull(typed, "typed == null");
        return versions.getOrDefault(Acronyms.nameKey(typed), List.of());
    }

    /**
     * Names in this format: one {@code name[|other name…]<TAB>title} a line; {@code #} starts a comment line.
     *
     * @param source where the text comes from, for error messages
     * @param text the lines
     * @throws InvalidRequestException naming the source and line of a line of another shape
     */
    static KnownNames parse(String source, String text) {
        Map<String, List<String>> titles = new HashMap<>();
        add(titles, source, text);
        return new KnownNames(titles);
    }

    private static void add(Map<String, List<String>> titles, String source, String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new InvalidRequestException(source + ":" + (i + 1) + ": expected 'name[|other name…]<TAB>title', got: " + line);
            }
            String title = cells[1].strip();
            for (String name : cells[0].split("\\|")) {
                String key = Acronyms.nameKey(name.strip());
                if (key.isEmpty()) {
                    throw new InvalidRequestException(source + ":" + (i + 1) + ": a name without letters or digits: " + line);
                }
                List<String> list = titles.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!list.contains(title)) {
                    list.add(title);
                }
            }
        }
    }

    /**
     * The bundled names plus the files named by {@value #EXTRA_PROPERTY}, read on first use.
     *
     * @throws InvalidRequestException when a named file cannot be read or holds a malformed line
     */
    static KnownNames configured() {
        KnownNames k = configured;
        if (k == null) {
            Map<String, List<String>> titles = new HashMap<>();
            VocabularyFiles.read(RESOURCE, EXTRA_PROPERTY, "names", (source, text) -> add(titles, source, text));
            k = new KnownNames(titles);
            configured = k;
        }
        return k;
    }

    /**
     * The titles of the papers that introduced the name typed.
     *
     * @param typed a query word or run of words as typed
     * @return the titles, none when the name is unknown
     */
    List<String> titles(String typed) {
        Objects.requireNonNull(typed, "typed == null");
        return titles.getOrDefault(Acronyms.nameKey(typed), List.of());
    }

    /**
     * The names (as {@link Acronyms#nameKey} keys) known for the paper of a title.
     *
     * @param title a title as the names file writes it
     * @return the name keys, none when the title is not in the file
     */
    List<String> names(String title) {
        return names.getOrDefault(title, List.of());
    }

    /** How many names are known. */
    int size() {
        return titles.size();
    }
}
