package io.litindex.search;

import io.litindex.bench.Corpus;
import io.litindex.bench.Workload;
import io.litindex.index.Schema;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.YearRange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Benchmark only (in the search package to reach the planner): what a query costs in COUNTS, which do not depend on
 * the machine's load, per query class of the quick bench's workload. The index is read through a reader that counts
 * every term dictionary look-up ({@code seekExact}/{@code seekCeil}), every term enumerated ({@code next}, as
 * prefixes, typo look-ups and fuzzy words enumerate), every postings list opened, every document stepped to in a
 * postings list ({@code nextDoc}/{@code advance}) and every position read, and through a similarity that counts every
 * BM25 score computed. A query is planned ({@code Queries.plan}, with its word readings) and searched as
 * {@code Searcher} searches a relevance-ordered page without facets: the term states looked up once, the matches
 * counted unscored, the top 11 found by score with pruning; and the spelling check every search makes. No query cache
 * (the counts of a query do not depend on the ones before it).
 *
 * <pre>
 * java [-Dlitindex.readings.off=X] -cp bench/target/benchmarks.jar io.litindex.search.QueryCounts --index DIR
 *      --size N [--queries 300] [--workload FILE] [--classes one_term,two_terms,phrase,three_terms_year]
 *      [--ids FILE] [--cpu ROUNDS] [--no-counts] [--sweep R1,R2+R3,…]
 * </pre>
 *
 * <p>{@code --index} is a litindex index of the quick bench's corpus of {@code --size} entries (the quick bench's
 * {@code --work DIR} keeps it as {@code DIR/n<size>/litindex}). {@code --workload FILE} keeps the drawn queries in a
 * file (written when missing), so that a run at 1M need not generate the corpus again. {@code --ids FILE} also
 * writes each query's top-10 ids as {@code Searcher.search} returns them (one line per query), for comparing
 * rankings between two builds. {@code --cpu ROUNDS} also times {@code Searcher.search} (CPU time of the thread) in
 * that many rounds over each class after the counts and prints the median of the rounds' medians.
 *
 * <p>Prints per class the mean per query of: leaf clauses and distinct terms in the planned query; term look-ups,
 * terms enumerated, postings opened, documents stepped, positions read in planning, in the spelling check and in
 * the search; BM25 scores computed; matches.
 */
public final class QueryCounts {
    private QueryCounts() {}

    /** The counters, one slot per phase. */
    static final String[] PHASES = {"plan", "spell", "states", "count", "top"};
    static final String[] KINDS = {"seeks", "enumerated", "postings", "docs", "positions", "scores"};
    static final long[][] COUNTS = new long[PHASES.length][KINDS.length];
    static int phase;

    static final int K_SEEKS = 0;
    static final int K_ENUMERATED = 1;
    static final int K_POSTINGS = 2;
    static final int K_DOCS = 3;
    static final int K_POSITIONS = 4;
    static final int K_SCORES = 5;

    static void add(int kind) {
        COUNTS[phase][kind]++;
    }

    public static void main(String[] args) throws Exception {
        Path index = null;
        int size = 0;
        int queries = 300;
        Path workloadFile = null;
        Path ids = null;
        int cpuRounds = 0;
        List<String> sweep = List.of();
        boolean counting = true;
        List<String> classes = List.of("one_term", "two_terms", "phrase", "three_terms_year");
        Path shared = Path.of("../shared/corpora/awesome-multimodal-llms.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--index" -> index = Path.of(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--workload" -> workloadFile = Path.of(args[++i]);
                case "--classes" -> classes = List.of(args[++i].split(","));
                case "--ids" -> ids = Path.of(args[++i]);
                case "--cpu" -> cpuRounds = Integer.parseInt(args[++i]);
                case "--sweep" -> sweep = List.of(args[++i].split(","));
                case "--no-counts" -> counting = false;
                case "--shared" -> shared = Path.of(args[++i]);
                default -> {
                    System.err.println("query-counts: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (index == null || size <= 0) {
            System.err.println("query-counts: --index DIR and --size N are required");
            System.exit(2);
        }
        Map<String, List<Workload.Query>> workload = workload(classes, size, queries, workloadFile, shared);
        System.out.println("# query counts: " + index + ", " + queries + " queries per class, readings off: '"
                + Queries.OFF + "', shape off: '" + Queries.SHAPE_OFF + "'");
        Queries planner = new Queries(Schema.standard(), Venues::standard, Synonyms.configured());
        Spelling spelling = new Spelling(Schema.standard());
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader plain = counting ? DirectoryReader.open(dir) : null) {
            DirectoryReader reader = counting ? new CountingReader(plain) : null;
            IndexSearcher searcher = reader == null ? null : new IndexSearcher(reader);
            if (searcher != null) {
                searcher.setQueryCache(null);
                searcher.setSimilarity(new CountingSimilarity(Schema.standard().similarity()));
            }
            List<String> configs = new ArrayList<>();
            configs.add(Queries.OFF.toString());
            sweep.forEach(x -> configs.add(x.replace('+', ',')));
            for (String off : counting ? configs : List.<String>of()) {
                Queries.OFF.set(off);
                counts(off, classes, workload, planner, spelling, reader, searcher);
            }
            Queries.OFF.set(configs.get(0));
        }
        if (ids != null || cpuRounds > 0) {
            try (Searcher real = Searcher.open(index)) {
                if (ids != null) {
                    try (BufferedWriter w = Files.newBufferedWriter(ids, StandardCharsets.UTF_8)) {
                        for (String c : classes) {
                            for (Workload.Query q : workload.get(c)) {
                                SearchResult r = real.search(request(q));
                                w.write(c + "\t" + q.text() + "\t" + q.yearFrom() + "\t" + r.total() + "\t"
                                        + r.hits().stream().map(h -> h.entry().id()).collect(Collectors.joining(" ")) + "\n");
                            }
                        }
                    }
                }
                if (cpuRounds > 0) {
                    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                    for (String c : classes) {
                        for (Workload.Query q : workload.get(c)) {
                            real.search(request(q)); // warm
                        }
                    }
                    for (String c : classes) {
                        List<Workload.Query> qs = workload.get(c);
                        double[] medians = new double[cpuRounds];
                        for (int r = 0; r < cpuRounds; r++) {
                            double[] us = new double[qs.size()];
                            for (int i = 0; i < qs.size(); i++) {
                                long t0 = mx.getCurrentThreadCpuTime();
                                real.search(request(qs.get(i)));
                                us[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e3;
                            }
                            medians[r] = median(us);
                        }
                        double[] sorted = medians.clone();
                        Arrays.sort(sorted);
                        System.out.printf(Locale.ROOT, "cpu_%s median_us=%.0f rounds_min=%.0f rounds_max=%.0f%n", c, median(medians),
                                sorted[0], sorted[sorted.length - 1]);
                    }
                }
            }
        }
    }

    private static void counts(String off, List<String> classes, Map<String, List<Workload.Query>> workload, Queries planner,
            Spelling spelling, DirectoryReader reader, IndexSearcher searcher) throws IOException {
        for (String c : classes) {
            long[][] sum = new long[PHASES.length][KINDS.length];
            long leaves = 0;
            long terms = 0;
            long matches = 0;
            for (Workload.Query q : workload.get(c)) {
                for (long[] row : COUNTS) {
                    Arrays.fill(row, 0);
                }
                SearchRequest request = request(q);
                phase = 0;
                Queries.Plan plan = planner.plan(request.query(), false, reader);
                long[] shape = shape(plan.query());
                leaves += shape[0];
                terms += shape[1];
                phase = 1;
                if (!plan.words().isEmpty()) {
                    spelling.suggest(reader, request.query(), plan.words());
                }
                matches += search(searcher, planner, plan, request);
                for (int p = 0; p < PHASES.length; p++) {
                    for (int k = 0; k < KINDS.length; k++) {
                        sum[p][k] += COUNTS[p][k];
                    }
                }
            }
            int n = workload.get(c).size();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "counts off=%s %s queries=%d leaves=%.1f terms=%.1f matches=%.0f",
                    off.isEmpty() ? "-" : off.replace(',', '+'), c, n, leaves / (double) n, terms / (double) n, matches / (double) n));
            for (int p = 0; p < PHASES.length; p++) {
                for (int k = 0; k < KINDS.length; k++) {
                    if (sum[p][k] > 0) {
                        line.append(String.format(Locale.ROOT, " %s_%s=%.1f", PHASES[p], KINDS[k], sum[p][k] / (double) n));
                    }
                }
            }
            long[] total = new long[KINDS.length];
            for (long[] row : sum) {
                for (int k = 0; k < KINDS.length; k++) {
                    total[k] += row[k];
                }
            }
            for (int k = 0; k < KINDS.length; k++) {
                line.append(String.format(Locale.ROOT, " all_%s=%.1f", KINDS[k], total[k] / (double) n));
            }
            System.out.println(line);
        }
    }

    /** The request the quick bench sends for a query (no facets, no highlights: they do not change the counts above). */
    static SearchRequest request(Workload.Query q) {
        SearchRequest.Builder b = SearchRequest.builder().query(q.text()).limit(10).timeLimit(Duration.ofMinutes(1));
        if (q.yearFrom() != null) {
            b.years(new YearRange(q.yearFrom(), q.yearTo()));
        }
        return b.build();
    }

    /** Searches a plan as {@code Searcher} searches a relevance-ordered page without facets; returns the matches. */
    private static long search(IndexSearcher searcher, Queries planner, Queries.Plan plan, SearchRequest request) throws IOException {
        phase = 2;
        Map<io.litindex.model.Dimension, Query> filters = planner.filters(request);
        Sort sort = Queries.sort(request.sort(), plan.coverage());
        boolean byScore = plan.coverage() == null && (plan.bonus() > 0 || !plan.words().isEmpty());
        SharedTermStates states = new SharedTermStates(searcher);
        for (Map.Entry<io.litindex.model.Dimension, Query> filter : filters.entrySet()) {
            filter.setValue(states.withStates(filter.getValue()));
        }
        Query matching = states.withStates(plan.matching());
        Query query = Queries.filtered(states.withStates(plan.query()), filters, null);
        if (plan.coverage() != null) {
            sort = sort.rewrite(searcher);
        }
        if (byScore) {
            phase = 3;
            long total = searcher.count(Queries.filtered(matching, filters, null));
            phase = 4;
            searcher.search(query, new TopScoreDocCollectorManager(11, null, 11));
            return total;
        }
        phase = 4;
        return searcher.search(query, new TopFieldCollectorManager(sort, 10, null, Integer.MAX_VALUE)).totalHits.value;
    }

    /** Leaf clauses (term queries, phrases, …) and distinct terms of a query. */
    static long[] shape(Query q) {
        long[] leaves = {0};
        Set<Term> terms = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                leaves[0]++;
                terms.addAll(Arrays.asList(ts));
            }

            @Override
            public void visitLeaf(Query query) {
                leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return new long[] {leaves[0], terms.size()};
    }

    private static Map<String, List<Workload.Query>> workload(List<String> classes, int size, int queries, Path file, Path shared)
            throws IOException {
        Map<String, List<Workload.Query>> out = new LinkedHashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Workload.Query(f[1],
                        f[2].isEmpty() ? null : Integer.valueOf(f[2]), f[3].isEmpty() ? null : Integer.valueOf(f[3])));
            }
            out.replaceAll((k, v) -> v.subList(0, Math.min(queries, v.size())));
            out.keySet().retainAll(classes);
            return out;
        }
        List<Entry> entries = Corpus.load(shared).generate(size);
        Workload w = Workload.from(entries);
        entries = null;
        for (Workload.QueryClass c : Workload.QueryClass.values()) {
            out.put(c.id(), w.queries(c, queries, Corpus.SEED));
        }
        if (file != null) {
            try (BufferedWriter bw = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, List<Workload.Query>> e : out.entrySet()) {
                    for (Workload.Query q : e.getValue()) {
                        bw.write(e.getKey() + "\t" + q.text() + "\t" + (q.yearFrom() == null ? "" : q.yearFrom()) + "\t"
                                + (q.yearTo() == null ? "" : q.yearTo()) + "\n");
                    }
                }
            }
        }
        out.keySet().retainAll(classes);
        return out;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** A reader counting term look-ups, enumerations, postings opened, documents stepped and positions read. */
    static final class CountingReader extends FilterDirectoryReader {
        CountingReader(DirectoryReader in) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    return new CountingLeaf(reader);
                }
            });
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new CountingReader(in);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    static final class CountingLeaf extends FilterLeafReader {
        CountingLeaf(LeafReader in) {
            super(in);
        }

        @Override
        public Terms terms(String field) throws IOException {
            Terms t = super.terms(field);
            return t == null ? null : new CountingTerms(t);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    static final class CountingTerms extends FilterLeafReader.FilterTerms {
        CountingTerms(Terms in) {
            super(in);
        }

        @Override
        public TermsEnum iterator() throws IOException {
            return new CountingTermsEnum(in.iterator());
        }

        @Override
        public TermsEnum intersect(CompiledAutomaton compiled, BytesRef startTerm) throws IOException {
            return new CountingTermsEnum(in.intersect(compiled, startTerm));
        }
    }

    static final class CountingTermsEnum extends FilterLeafReader.FilterTermsEnum {
        CountingTermsEnum(TermsEnum in) {
            super(in);
        }

        @Override
        public boolean seekExact(BytesRef text) throws IOException {
            add(K_SEEKS);
            return in.seekExact(text);
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) throws IOException {
            add(K_SEEKS);
            return in.seekCeil(text);
        }

        @Override
        public void seekExact(BytesRef term, TermState state) throws IOException {
            in.seekExact(term, state);
        }

        @Override
        public BytesRef next() throws IOException {
            add(K_ENUMERATED);
            return in.next();
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
            add(K_POSTINGS);
            return new CountingPostings(in.postings(null, flags));
        }

        @Override
        public ImpactsEnum impacts(int flags) throws IOException {
            add(K_POSTINGS);
            return new CountingImpacts(in.impacts(flags));
        }
    }

    static final class CountingPostings extends FilterLeafReader.FilterPostingsEnum {
        CountingPostings(PostingsEnum in) {
            super(in);
        }

        @Override
        public int nextDoc() throws IOException {
            add(K_DOCS);
            return in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            add(K_DOCS);
            return in.advance(target);
        }

        @Override
        public int nextPosition() throws IOException {
            add(K_POSITIONS);
            return in.nextPosition();
        }
    }

    static final class CountingImpacts extends ImpactsEnum {
        private final ImpactsEnum in;

        CountingImpacts(ImpactsEnum in) {
            this.in = in;
        }

        @Override
        public void advanceShallow(int target) throws IOException {
            in.advanceShallow(target);
        }

        @Override
        public org.apache.lucene.index.Impacts getImpacts() throws IOException {
            return in.getImpacts();
        }

        @Override
        public int freq() throws IOException {
            return in.freq();
        }

        @Override
        public int nextPosition() throws IOException {
            add(K_POSITIONS);
            return in.nextPosition();
        }

        @Override
        public int startOffset() throws IOException {
            return in.startOffset();
        }

        @Override
        public int endOffset() throws IOException {
            return in.endOffset();
        }

        @Override
        public BytesRef getPayload() throws IOException {
            return in.getPayload();
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public int nextDoc() throws IOException {
            add(K_DOCS);
            return in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            add(K_DOCS);
            return in.advance(target);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    /** Counts the BM25 scores computed (of matched documents, and of impacts for pruning bounds). */
    static final class CountingSimilarity extends Similarity {
        private final Similarity in;

        CountingSimilarity(Similarity in) {
            this.in = in;
        }

        @Override
        public long computeNorm(FieldInvertState state) {
            return in.computeNorm(state);
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
            SimScorer s = in.scorer(boost, collectionStats, termStats);
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    add(K_SCORES);
                    return s.score(freq, norm);
                }

                @Override
                public Explanation explain(Explanation freq, long norm) {
                    return s.explain(freq, norm);
                }
            };
        }
    }
}
