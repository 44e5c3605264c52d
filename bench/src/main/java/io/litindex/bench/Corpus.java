package io.litindex.bench;

import io.litindex.Catalog;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic corpus whose statistics follow real lists: vocabulary, title and author-list
 * lengths, venues, years and sections are drawn from the bundled catalog and, when present, from
 * ../shared/corpora/awesome-multimodal-llms.md; terms are Zipf-distributed, and a long tail of generated
 * model names and surnames keeps the vocabulary growing with the corpus as it does in real bibliographies.
 */
public final class Corpus {
    /** The seed every run uses, so two runs index exactly the same entries. */
    public static final long SEED = 20261127L;

    private static final String[] SYLLABLES = {"geo", "sky", "rs", "vision", "chat", "gpt", "clip", "bench", "earth",
        "llava", "sat", "terra", "aero", "omni", "intern", "qwen", "seg", "det", "vid", "med", "doc", "mini", "owl",
        "lens", "mind", "map", "scope", "lm", "vl", "net", "former", "agent", "cap", "ground", "spatial"};
    private static final String[] INITIALS = "ABCDEFGHJKLMNPQRSTWXYZ".split("");

    final Vocabulary vocabulary;

    private Corpus(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The corpus statistics, from the bundled catalog and the shared large list when it is there. */
    public static Corpus load(Path sharedList) throws IOException {
        List<Entry> real = new ArrayList<>(Catalog.bundledEntries());
        if (sharedList != null && Files.isRegularFile(sharedList)) {
            ImportResult imported = new MarkdownListReader().read(sharedList);
            real.addAll(imported.entries());
        }
        return new Corpus(Vocabulary.of(real));
    }

    /** The first {@code n} entries of the corpus; the same n always gives the same entries. */
    public List<Entry> generate(int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Entry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(entry(i, random));
        }
        return out;
    }

    /** Generates the first {@code n} entries one at a time, holding none of them: for runs under a small heap. */
    public void stream(int n, java.util.function.Consumer<Entry> sink) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < n; i++) {
            sink.accept(entry(i, random));
        }
    }

    private Entry entry(int i, SplittableRandom r) {
        String title = title(r);
        boolean dataset = r.nextInt(100) < 12;
        Entry.Builder b = Entry.builder(String.format(Locale.ROOT, "syn-%07d", i),
                dataset ? modelName(r) + (r.nextBoolean() ? "-" + (1 + r.nextInt(999)) + "k" : "") : title);
        b.kind(dataset ? Kind.DATASET : Kind.PAPER);
        int authors = vocabulary.authorCounts.sample(r);
        List<String> names = new ArrayList<>(authors);
        for (int a = 0; a < authors; a++) {
            names.add(INITIALS[r.nextInt(INITIALS.length)] + ". " + surname(r));
        }
        b.authors(names).etAl(r.nextInt(20) == 0);
        b.venue(vocabulary.venues.sample(r));
        int year = Integer.parseInt(vocabulary.years.sample(r));
        b.year(year).date(String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
        b.section(vocabulary.sections.sample(r));
        if (r.nextInt(20) == 0) {
            b.section(vocabulary.sections.sample(r));
        }
        String arxiv = String.format(Locale.ROOT, "%02d%02d.%05d", year % 100, 1 + r.nextInt(12), r.nextInt(100000));
        b.link(Links.PAPER, "https://arxiv.org/abs/" + arxiv);
        if (r.nextInt(100) < 45) {
            b.link(Links.CODE, "https://github.com/" + surname(r).toLowerCase(Locale.ROOT) + "/" + modelName(r));
        }
        if (r.nextInt(100) < 30) {
            b.note(words(r, 4 + r.nextInt(14)));
        }
        if (dataset) {
            b.sourcePaper(new PaperRef(title, "https://arxiv.org/abs/" + arxiv, null));
            b.size((long) (1 + r.nextInt(5000)) * 1000);
        }
        return b.build();
    }

    private String title(SplittableRandom r) {
        int length = vocabulary.titleLengths.sample(r);
        String body = words(r, length);
        if (r.nextInt(100) < 55) {
            return modelName(r) + ": " + Character.toUpperCase(body.charAt(0)) + body.substring(1);
        }
        return Character.toUpperCase(body.charAt(0)) + body.substring(1);
    }

    private String words(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            sb.append(r.nextInt(100) < 3 ? modelName(r) : vocabulary.words.sample(r));
        }
        return sb.toString();
    }

    /** A model name from the real ones, or a new compound (GeoSkyGPT-7B) for the long tail. */
    String modelName(SplittableRandom r) {
        if (r.nextInt(100) < 40) {
            return vocabulary.models.sample(r);
        }
        StringBuilder sb = new StringBuilder();
        int parts = 2 + r.nextInt(2);
        for (int p = 0; p < parts; p++) {
            String s = SYLLABLES[zipfIndex(r, SYLLABLES.length)];
            sb.append(s.length() <= 3 ? s.toUpperCase(Locale.ROOT) : Character.toUpperCase(s.charAt(0)) + s.substring(1));
        }
        if (r.nextInt(3) == 0) {
            sb.append('-').append(1 + r.nextInt(70)).append('B');
        }
        return sb.toString();
    }

    private String surname(SplittableRandom r) {
        if (r.nextInt(100) < 70) {
            return vocabulary.surnames.sample(r);
        }
        String a = SYLLABLES[r.nextInt(SYLLABLES.length)];
        String b = SYLLABLES[r.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(a.charAt(0)) + a.substring(1) + b;
    }

    private static int zipfIndex(SplittableRandom r, int n) {
        double u = r.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
    }

    /** Frequency-ranked samples of each property of the real entries. */
    static final class Vocabulary {
        Zipf<String> words;
        Zipf<String> models;
        Zipf<String> surnames;
        Weighted<String> venues;
        Weighted<String> years;
        Weighted<String> sections;
        Weighted<Integer> titleLengths;
        Weighted<Integer> authorCounts;

        static Vocabulary of(List<Entry> real) {
            Map<String, Integer> words = new HashMap<>();
            Map<String, Integer> models = new HashMap<>();
            Map<String, Integer> surnames = new HashMap<>();
            Map<String, Integer> venues = new HashMap<>();
            Map<String, Integer> years = new HashMap<>();
            Map<String, Integer> sections = new HashMap<>();
            Map<Integer, Integer> titleLengths = new HashMap<>();
            Map<Integer, Integer> authorCounts = new HashMap<>();
            for (Entry e : real) {
                String title = e.title();
                int colon = title.indexOf(':');
                if (colon > 0 && colon < 30 && !title.substring(0, colon).contains(" ")) {
                    models.merge(title.substring(0, colon), 1, Integer::sum);
                    title = title.substring(colon + 1);
                }
                int n = 0;
                for (String w : title.split("[^\\p{L}\\p{N}'-]+")) {
                    if (!w.isEmpty()) {
                        words.merge(w.length() > 1 && Character.isUpperCase(w.charAt(1)) ? w : w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                        n++;
                    }
                }
                if (e.note() != null) {
                    for (String w : e.note().split("[^\\p{L}\\p{N}'-]+")) {
                        if (!w.isEmpty()) {
                            words.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                        }
                    }
                }
                titleLengths.merge(Math.max(3, n), 1, Integer::sum);
                if (!e.authors().isEmpty()) {
                    authorCounts.merge(e.authors().size(), 1, Integer::sum);
                }
                for (String a : e.authors()) {
                    String[] parts = a.split("[ .]+");
                    surnames.merge(parts[parts.length - 1], 1, Integer::sum);
                }
                if (e.venue() != null) {
                    venues.merge(e.venue(), 1, Integer::sum);
                }
                if (e.year() != null) {
                    years.merge(e.year().toString(), 1, Integer::sum);
                }
                e.sections().forEach(s -> sections.merge(s, 1, Integer::sum));
            }
            if (authorCounts.isEmpty() || authorCounts.keySet().stream().allMatch(k -> k == 1)) {
                authorCounts.merge(3, 1, Integer::sum);
            }
            // lists like the shared one omit authors: give author counts a realistic spread anyway
            for (int k = 1; k <= 8; k++) {
                authorCounts.merge(k, 1, Integer::sum);
            }
            Vocabulary v = new Vocabulary();
            v.words = Zipf.ranked(words);
            v.models = Zipf.ranked(models);
            v.surnames = Zipf.ranked(surnames);
            v.venues = new Weighted<>(venues);
            v.years = new Weighted<>(years);
            v.sections = new Weighted<>(sections);
            v.titleLengths = new Weighted<>(titleLengths);
            v.authorCounts = new Weighted<>(authorCounts);
            return v;
        }
    }

    /** Samples values in proportion to their observed counts. */
    static final class Weighted<T> {
        private final List<T> values = new ArrayList<>();
        private final double[] cumulative;

        Weighted(Map<T, Integer> counts) {
            Map<T, Integer> sorted = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<T, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            cumulative = new double[sorted.size()];
            double sum = 0;
            int i = 0;
            for (Map.Entry<T, Integer> e : sorted.entrySet()) {
                values.add(e.getKey());
                sum += e.getValue();
                cumulative[i++] = sum;
            }
            for (int k = 0; k < cumulative.length; k++) {
                cumulative[k] /= sum;
            }
        }

        T sample(SplittableRandom r) {
            int at = java.util.Arrays.binarySearch(cumulative, r.nextDouble());
            return values.get(Math.min(values.size() - 1, at < 0 ? -at - 1 : at));
        }
    }

    /** Samples values by frequency rank with Zipf weights (s = 1): the rank-1 value twice as often as rank 2. */
    static final class Zipf<T> {
        private final Weighted<T> weighted;
        final List<T> ranked;

        private Zipf(Weighted<T> weighted, List<T> ranked) {
            this.weighted = weighted;
            this.ranked = ranked;
        }

        static Zipf<String> ranked(Map<String, Integer> counts) {
            List<String> ranked = new ArrayList<>(counts.keySet());
            ranked.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (int i = 0; i < ranked.size(); i++) {
                weights.put(ranked.get(i), (int) Math.max(1, Math.round(1_000_000.0 / (i + 1))));
            }
            return new Zipf<>(new Weighted<>(weights), ranked);
        }

        T sample(SplittableRandom r) {
            return weighted.sample(r);
        }
    }
}
