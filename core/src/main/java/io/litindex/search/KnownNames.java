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

    /** Titles by name key ({@link #key}). */
    private final Map<String, List<String>> titles;
    /** Name keys by title: the names a paper introduced. */
    private final Map<String, List<String>> names = new HashMap<>();

    /** Titles of a name's later versions by the name's key (tacotron → Tacotron 2's, mobilenet → MobileNetV2's). */
    private final Map<String, List<String>> versions = new HashMap<>();
    /**
     * A name key ending in a version: "tacotron 2", "esm 1b", "llava 1 5", "inception v3", "mobilenetv2"; a v glued
     * to the name takes one or two digits (UAV123 is no version 123 of "UA").
     */
    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("(.+?[a-z])(?: v?[0-9]+[a-z]?(?: [0-9]+)?|v[0-9]{1,2})");

    /**
     * @param titles titles by name key
     * @param shaped the keys of the names written in a name's shape ({@link #nameShaped}), for a later version's base
     */
    private KnownNames(Map<String, List<String>> titles, java.util.Set<String> shaped) {
        this.titles = titles;
        // a title's names as a title writes them before it ("SVD++: …" has the title key "svd …"): without the plus signs
        titles.forEach((name, list) -> list.forEach(title -> {
            List<String> of = names.computeIfAbsent(title, t -> new ArrayList<>(1));
            String written = name.replaceAll("\\++$", "");
            if (!of.contains(written)) {
                of.add(written);
            }
        }));
        titles.forEach((name, list) -> {
            java.util.regex.Matcher m = VERSIONED.matcher(name);
            // the part before the version is a name only when the file knows it as one (Tacotron, MobileNet) or
            // writes it in a name's shape (ESM-2, MiniGPT-4, NYUv2): "Market-1501" and "Sports-1M" are no later
            // versions of the words market and sports
            if (m.matches() && (titles.containsKey(m.group(1)) || shaped.contains(m.group(1)))) {
                List<String> later = versions.computeIfAbsent(m.group(1), k -> new ArrayList<>(1));
                list.stream().filter(t -> !later.contains(t) && !titles.getOrDefault(m.group(1), List.of()).contains(t)).forEach(later::add);
            }
        });
    }

    /**
     * The key a name is known by: its {@link Acronyms#nameKey}, and the plus signs it ends with, which make another
     * name of it (SVD++ is no SVD, UNet++ no U-Net, DeepLabv3+ no DeepLabv3): "svd++", "unet++", "deeplabv3+".
     *
     * @param name a name as written, in the file or in a query
     * @return the key; empty for a name without letters or digits
     */
    static String key(String name) {
        String key = Acronyms.nameKey(name);
        String written = name.strip();
        int plus = written.length();
        while (plus > 0 && written.charAt(plus - 1) == '+') {
            plus--;
        }
        return key.isEmpty() ? key : key + written.substring(plus);
    }

    /**
     * Whether the letters and digits that begin a written name, as many as a key's (spaces aside), are written as a
     * name is rather than as a word: a digit among them or a capital after the first (ESM, MiniGPT, M2M, NYU, NAS-Bench),
     * not Market, sports or Vimeo.
     */
    static boolean nameShaped(String written, String baseKey) {
        int wanted = baseKey.replace(" ", "").length();
        String spelled = io.litindex.index.GreekLetters.spell(written);
        int seen = 0;
        for (int i = 0; i < spelled.length() && seen < wanted; i++) {
            char c = spelled.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isDigit(c) || (seen > 0 && Character.isUpperCase(c))) {
                    return true;
                }
                seen++;
            }
        }
        return false;
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
        return versions.getOrDefault(key(typed), List.of());
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
        java.util.Set<String> shaped = new java.util.HashSet<>();
        add(titles, shaped, source, text);
        return new KnownNames(titles, shaped);
    }

    private static void add(Map<String, List<String>> titles, java.util.Set<String> shaped, String source, String text) {
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
                String key = key(name);
                if (key.isEmpty()) {
                    throw new InvalidRequestException(source + ":" + (i + 1) + ": a name without letters or digits: " + line);
                }
                java.util.regex.Matcher version = VERSIONED.matcher(key);
                if (version.matches() && nameShaped(name.strip(), version.group(1))) {
                    shaped.add(version.group(1));
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
            java.util.Set<String> shaped = new java.util.HashSet<>();
            VocabularyFiles.read(RESOURCE, EXTRA_PROPERTY, "names", (source, text) -> add(titles, shaped, source, text));
            k = new KnownNames(titles, shaped);
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
        return titles.getOrDefault(key(typed), List.of());
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
