package io.litindex.bench;

import io.litindex.index.Indexer;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.search.OwnQuery;
import io.litindex.search.Searcher;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark's quick mode: no JMH knowledge needed. Builds the synthetic corpus, indexes it with
 * litindex and with raw Lucene, runs every query class on both (interleaved, so both see the same machine
 * state), and prints one line per figure: {@code name litindex=<v> raw=<v> ratio=<litindex/raw> unit=<u>}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.litindex.bench.Quick [--sizes 100000] [--queries 300]
 *      [--index-only] [--heap-check] [--diagnose] [--report docs/benchmarks.md] [--work DIR [--reuse]]
 * </pre>
 *
 * <p>With {@code --work DIR --reuse}, indexes already in DIR from an earlier run are searched again without
 * indexing (no warm-up, no indexing figures): for measuring query changes one after another on the same indexes.
 */
public final class Quick {
    private final List<Result> results = new ArrayList<>();

    /** One measured figure. */
    public record Result(int size, String name, double litindex, double raw, String unit) {
        double ratio() {
            return raw == 0 ? Double.NaN : litindex / raw;
        }

        String line() {
            return String.format(Locale.ROOT, "%s_%s litindex=%s raw=%s ratio=%.2f unit=%s",
                    name, Report.sizeLabel(size), fmt(litindex), fmt(raw), ratio(), unit);
        }

        static String fmt(double v) {
            return v >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(100_000);
        int queries = 300;
        boolean heapCheck = false;
        boolean diagnose = false;
        boolean indexOnly = false;
        boolean reuse = false;
        Path report = null;
        Path shared = Path.of("../shared/corpora/awesome-multimodal-llms.md");
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> parseSize(s.strip())).toList();
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--heap-check" -> heapCheck = true;
                case "--diagnose" -> diagnose = true;
                case "--index-only" -> indexOnly = true;
                case "--report" -> report = Path.of(args[++i]);
                case "--shared" -> shared = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--reuse" -> reuse = true;
                default -> {
                    System.err.println("quick: unknown argument " + args[i]
                            + " (expected --sizes N[,N…], --queries N, --index-only, --heap-check, --diagnose, --report FILE, --shared FILE, --work DIR, --reuse)");
                    System.exit(2);
                }
            }
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("litindex-bench");
        Quick quick = new Quick();
        Corpus corpus = Corpus.load(shared);
        System.out.println("# litindex quick benchmark: sizes " + sizes + ", " + queries + " queries per class, "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + (Files.isRegularFile(shared) ? ", vocabulary from the catalog and " + shared : ", vocabulary from the catalog only"));
        System.out.println("# litindex indexes with putAll on up to " + Indexer.INDEXING_THREADS + " threads, raw Lucene on as many"
                + " (index_cpu_seconds compares the work); queries run one at a time");
        try {
            if (!reuse) {
                warmUp(corpus, dir.resolve("warm-up"));
            }
            for (int size : sizes) {
                quick.run(corpus, size, indexOnly ? 0 : queries, diagnose, dir.resolve("n" + size), reuse && work != null);
            }
            if (heapCheck) {
                quick.heapCheck(dir.resolve("heap"), shared);
            }
        } finally {
            if (work == null) {
                deleteTree(dir);
            }
        }
        if (report != null) {
            Report.write(report, quick.results, sizes, queries, heapCheck, diagnose);
            System.out.println("# wrote " + report);
        }
    }

    /** Indexes a small corpus once with both, untimed, so that neither pays the JIT's warm-up in the timed runs. */
    private static void warmUp(Corpus corpus, Path dir) throws IOException {
        List<Entry> entries = corpus.generate(WARM_UP_ENTRIES);
        for (int round = 0; round < 2; round++) {
            indexLitindex(entries, dir.resolve("litindex"));
            RawLucene.index(entries, dir.resolve("raw"), RawLucene.INDEXING_DIMS, indexingThreads(entries.size()));
        }
        deleteTree(dir);
    }

    static final int WARM_UP_ENTRIES = 20_000;

    /**
     * The threads litindex's putAll uses for {@code size} entries (one per 5,000 entries, up to
     * {@link Indexer#INDEXING_THREADS}): raw Lucene indexes on as many, so that both run the same number of threads.
     */
    static int indexingThreads(int size) {
        return Math.max(1, Math.min(Indexer.INDEXING_THREADS, size / 5_000));
    }

    private void run(Corpus corpus, int size, int queries, boolean diagnoseAll, Path dir, boolean reuse) throws IOException {
        List<Entry> entries = corpus.generate(size);
        Path lit = dir.resolve("litindex");
        Path raw = dir.resolve("raw");
        Path rawQuery = dir.resolve("raw-4dims");
        if (reuse && Files.isDirectory(lit) && Files.isDirectory(rawQuery)) {
            System.out.println("# reusing the indexes in " + dir + " (no indexing figures)");
            Workload workload = Workload.from(entries);
            entries = null; // let the corpus go before measuring queries
            queries(workload, queries, diagnoseAll, lit, rawQuery, size);
            return;
        }
        Path jsonl = dir.resolve("entries.jsonl");
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Entry e : entries) {
                w.write(JsonEntries.toJson(e));
                w.write('\n');
            }
        }
        int rounds = size <= 20_000 ? 3 : 1;
        double[] litRates = new double[rounds];
        double[] rawRates = new double[rounds];
        double[] litCpu = new double[rounds];
        double[] rawCpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            // each round indexes into new, empty directories
            deleteTree(lit);
            deleteTree(raw);
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            indexLitindex(entries, lit);
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            RawLucene.index(entries, raw, RawLucene.INDEXING_DIMS, indexingThreads(size));
            long t2 = System.nanoTime();
            long c2 = cpuNanos();
            litRates[round] = size / ((t1 - t0) / 1e9);
            rawRates[round] = size / ((t2 - t1) / 1e9);
            litCpu[round] = (c1 - c0) / 1e9;
            rawCpu[round] = (c2 - c1) / 1e9;
        }
        record(new Result(size, "index_throughput", median(litRates), median(rawRates), "entries/s"));
        record(new Result(size, "index_seconds", size / median(litRates), size / median(rawRates), "s"));
        record(new Result(size, "index_cpu_seconds", median(litCpu), median(rawCpu), "s (CPU time of all threads)"));
        double litMb = sizeOf(lit) / 1e6;
        double rawMb = sizeOf(raw) / 1e6;
        double jsonlMb = Files.size(jsonl) / 1e6;
        record(new Result(size, "index_size", litMb, rawMb, "MB"));
        record(new Result(size, "index_size_vs_jsonl", litMb, jsonlMb, "MB (raw=JSONL input)"));
        if (queries == 0) {
            return; // --index-only
        }

        deleteTree(rawQuery);
        RawLucene.index(entries, rawQuery, RawLucene.QUERY_DIMS);
        Workload workload = Workload.from(entries);
        entries = null; // let the corpus go before measuring queries
        queries(workload, queries, diagnoseAll, lit, rawQuery, size);
    }

    /** Runs every query class on both indexes, interleaved, and records the latency figures. */
    private void queries(Workload workload, int queries, boolean diagnoseAll, Path lit, Path rawQuery, int size) throws IOException {
        try (Searcher searcher = Searcher.open(lit); RawLucene baseline = RawLucene.open(rawQuery); OwnQuery own = OwnQuery.open(lit)) {
            for (Workload.QueryClass c : Workload.QueryClass.values()) {
                List<Workload.Query> qs = workload.queries(c, queries, Corpus.SEED);
                boolean diagnose = diagnoseAll && !c.facets && !c.highlight;
                List<OwnQuery.Planned> planned = new ArrayList<>();
                for (Workload.Query q : qs) {
                    planned.add(diagnose ? own.plan(Workload.request(c, q)) : null);
                }
                for (int i = 0; i < qs.size(); i++) {
                    // one untimed pass: compiled code and warm caches for both
                    Workload.run(searcher, c, qs.get(i));
                    Workload.run(baseline, c, qs.get(i));
                    if (diagnose) {
                        own.run(planned.get(i), 10);
                        own.count(planned.get(i));
                    }
                }
                long[] litTimes = new long[qs.size()];
                long[] rawTimes = new long[qs.size()];
                long[] litCpuTimes = new long[qs.size()];
                long[] rawCpuTimes = new long[qs.size()];
                long[] ownTimes = new long[qs.size()];
                long[] countTimes = new long[qs.size()];
                for (int i = 0; i < qs.size(); i++) {
                    Workload.Query q = qs.get(i);
                    OwnQuery.Planned p = planned.get(i);
                    int index = i;
                    // alternate which goes first, so that neither always runs on a warmer cache
                    if ((i & 1) == 0) {
                        litCpuTimes[i] = cpuTime(() -> litTimes[index] = time(() -> Workload.run(searcher, c, q)));
                        rawCpuTimes[i] = cpuTime(() -> rawTimes[index] = time(() -> Workload.run(baseline, c, q)));
                        ownTimes[i] = diagnose ? time(() -> own.run(p, 10)) : 0;
                        countTimes[i] = diagnose ? time(() -> own.count(p)) : 0;
                    } else {
                        countTimes[i] = diagnose ? time(() -> own.count(p)) : 0;
                        ownTimes[i] = diagnose ? time(() -> own.run(p, 10)) : 0;
                        rawCpuTimes[i] = cpuTime(() -> rawTimes[index] = time(() -> Workload.run(baseline, c, q)));
                        litCpuTimes[i] = cpuTime(() -> litTimes[index] = time(() -> Workload.run(searcher, c, q)));
                    }
                }
                record(new Result(size, "query_" + c.id() + "_p50", percentile(litTimes, 50) / 1e3, percentile(rawTimes, 50) / 1e3, "us"));
                record(new Result(size, "query_" + c.id() + "_p99", percentile(litTimes, 99) / 1e3, percentile(rawTimes, 99) / 1e3, "us"));
                record(new Result(size, "query_" + c.id() + "_cpu_p50", percentile(litCpuTimes, 50) / 1e3,
                        percentile(rawCpuTimes, 50) / 1e3, "us (CPU time of the searching thread)"));
                if (diagnose) {
                    record(new Result(size, "query_" + c.id() + "_p50_vs_own_query", percentile(litTimes, 50) / 1e3,
                            percentile(ownTimes, 50) / 1e3, "us (raw=Lucene alone running litindex's query on its index)"));
                    record(new Result(size, "query_" + c.id() + "_p50_vs_own_count", percentile(litTimes, 50) / 1e3,
                            percentile(countTimes, 50) / 1e3, "us (raw=Lucene only counting the matches of litindex's query)"));
                }
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Indexes 1M entries with litindex in a child JVM limited to -Xmx256m, streaming the corpus. */
    private void heapCheck(Path dir, Path shared) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HeapCheck.class.getName(), "1000000", dir.toString(), shared.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        System.out.print(out.lines().map(l -> "# heap check: " + l + "\n").reduce("", String::concat));
        if (rc != 0) {
            System.out.println("# heap check FAILED with exit code " + rc);
            record(new Result(1_000_000, "heap_check_256m_ok", 0, 1, "boolean"));
            return;
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("seconds=")) {
                double seconds = Double.parseDouble(line.substring("seconds=".length()).strip());
                record(new Result(1_000_000, "heap_check_256m_seconds", seconds, 120, "s (raw=the 2-minute target)"));
            }
            if (line.startsWith("peak_heap_mb=")) {
                double mb = Double.parseDouble(line.substring("peak_heap_mb=".length()).strip());
                record(new Result(1_000_000, "heap_check_256m_peak_live_heap", mb, 256, "MB after GC (raw=the -Xmx limit)"));
            }
        }
    }

    private static void indexLitindex(List<Entry> entries, Path dir) throws IOException {
        try (Indexer indexer = Indexer.open(dir, true)) {
            indexer.putAll(entries);
            indexer.commit();
        }
    }

    private void record(Result r) {
        results.add(r);
        System.out.println(r.line());
    }

    interface Task {
        void run() throws IOException;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The CPU time the calling thread spends on {@code task}: unlike the wall clock, not counting time other processes take. */
    private static long cpuTime(Task task) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        try {
            task.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return THREADS.getCurrentThreadCpuTime() - t0;
    }

    private static long time(Task task) {
        long t0 = System.nanoTime();
        try {
            task.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return System.nanoTime() - t0;
    }

    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static int parseSize(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (t.endsWith("m")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000_000;
        }
        if (t.endsWith("k")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000;
        }
        return Integer.parseInt(t);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
