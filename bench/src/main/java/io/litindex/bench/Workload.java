package io.litindex.bench;

import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.YearRange;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** The query classes measured, and a fixed, seeded set of queries for each drawn from the corpus itself. */
public final class Workload {
    /** What a query class asks for. */
    public enum QueryClass {
        ONE_TERM(1, false, false, false, false),
        TWO_TERMS(2, false, false, false, false),
        PHRASE(2, true, false, false, false),
        THREE_TERMS_YEAR(3, false, true, false, false),
        ONE_TERM_FACETS(1, false, false, true, false),
        TWO_TERMS_FACETS(2, false, false, true, false),
        PHRASE_FACETS(2, true, false, true, false),
        THREE_TERMS_YEAR_FACETS(3, false, true, true, false),
        TWO_TERMS_HIGHLIGHT(2, false, false, false, true);

        final int terms;
        final boolean phrase;
        final boolean year;
        final boolean facets;
        final boolean highlight;

        QueryClass(int terms, boolean phrase, boolean year, boolean facets, boolean highlight) {
            this.terms = terms;
            this.phrase = phrase;
            this.year = year;
            this.facets = facets;
            this.highlight = highlight;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One query of a class: its text and optional year range. */
    public record Query(String text, Integer yearFrom, Integer yearTo) {}

    static final List<Dimension> FACET_DIMS = List.of(Dimension.VENUE, Dimension.YEAR, Dimension.KIND, Dimension.HAS_CODE);

    private final List<String> terms;
    private final List<String[]> bigrams;
    private final List<Integer> years;

    private Workload(List<String> terms, List<String[]> bigrams, List<Integer> years) {
        this.terms = terms;
        this.bigrams = bigrams;
        this.years = years;
    }

    /** Query material from the corpus: its words by frequency (so query terms are Zipf-distributed too) and its title bigrams. */
    public static Workload from(List<Entry> entries) {
        Set<?> stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        List<String> terms = new ArrayList<>();
        List<String[]> bigrams = new ArrayList<>();
        Map<String, Boolean> seenBigram = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        int step = Math.max(1, entries.size() / 5000);
        for (int i = 0; i < entries.size(); i += step) {
            Entry e = entries.get(i);
            String[] words = e.title().toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
            String prev = null;
            for (String w : words) {
                boolean usable = w.length() >= 3 && !stop.contains(w) && !w.chars().allMatch(Character::isDigit);
                if (usable) {
                    terms.add(w);
                    if (prev != null && seenBigram.putIfAbsent(prev + " " + w, true) == null) {
                        bigrams.add(new String[] {prev, w});
                    }
                }
                prev = usable ? w : null;
            }
            if (e.year() != null) {
                years.add(e.year());
            }
        }
        return new Workload(terms, bigrams, years);
    }

    /** {@code n} queries of a class, the same for the same seed. */
    public List<Query> queries(QueryClass c, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ c.ordinal());
        List<Query> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text;
            if (c.phrase) {
                String[] b = bigrams.get(r.nextInt(bigrams.size()));
                text = "\"" + b[0] + " " + b[1] + "\"";
            } else {
                StringBuilder sb = new StringBuilder();
                for (int t = 0; t < c.terms; t++) {
                    sb.append(t == 0 ? "" : " ").append(terms.get(r.nextInt(terms.size())));
                }
                text = sb.toString();
            }
            Integer from = null;
            Integer to = null;
            if (c.year) {
                from = years.get(r.nextInt(years.size()));
                to = from + r.nextInt(2);
            }
            out.add(new Query(text, from, to));
        }
        return out;
    }

    /**
     * The litindex request for a query of a class: top 10, highlighted only in the highlight class. The time limit is
     * a minute instead of the default 2 s: raw Lucene has none, and a query the machine's load slows past 2 s must be
     * measured, not abort the run.
     */
    static SearchRequest request(QueryClass c, Query q) {
        SearchRequest.Builder b = SearchRequest.builder().query(q.text()).limit(10).highlight(c.highlight).timeLimit(BENCH_TIME_LIMIT);
        if (c.facets) {
            b.facets(FACET_DIMS);
        }
        if (q.yearFrom() != null) {
            b.years(new YearRange(q.yearFrom(), q.yearTo()));
        }
        return b.build();
    }

    private static final Duration BENCH_TIME_LIMIT = Duration.ofMinutes(1);

    /** Runs a query on litindex the way a user of the library would; returns the number of hits read. */
    static int run(Searcher searcher, QueryClass c, Query q) {
        SearchResult result = searcher.search(request(c, q));
        if (result.partial()) {
            throw new IllegalStateException("query ran out of its time limit: " + q);
        }
        return result.hits().size();
    }

    /** Runs the equivalent query on the raw-Lucene baseline. */
    static int run(RawLucene raw, QueryClass c, Query q) throws IOException {
        return raw.search(q.text(), q.yearFrom(), q.yearTo(), c.facets, c.highlight);
    }
}
