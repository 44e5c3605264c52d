package io.litindex.bench;

import io.litindex.index.Indexer;
import io.litindex.model.Entry;
import io.litindex.model.SearchParameters;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.Searcher;
import io.litindex.server.LitindexServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code litindex serve} under load: C concurrent clients send {@code GET /api/search} to the server while a
 * writer re-commits part of the index every few seconds, beside the same C threads calling the in-process
 * {@link Searcher} (the very one the server serves) with the same requests, in the same run. Phases alternate
 * (in-process, HTTP, in-process, HTTP) so both see the same machine. Prints throughput, p50, p99 and errors.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.litindex.bench.ServeLoad [--sizes 100k,1m] [--clients 16]
 *      [--seconds 10] [--rounds 2] [--recommit 3] [--markdown]
 * </pre>
 */
public final class ServeLoad {
    /** One phase's figures. */
    record Phase(String side, long requests, long errors, long partial, double seconds, long[] latencies, int commits) {
        double throughput() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e6;
        }
    }

    /** The query classes a search page sends: words, a phrase, a year range, with and without facet counts. */
    static final List<Workload.QueryClass> CLASSES = List.of(Workload.QueryClass.ONE_TERM, Workload.QueryClass.TWO_TERMS,
            Workload.QueryClass.PHRASE, Workload.QueryClass.THREE_TERMS_YEAR, Workload.QueryClass.ONE_TERM_FACETS,
            Workload.QueryClass.TWO_TERMS_FACETS, Workload.QueryClass.PHRASE_FACETS, Workload.QueryClass.THREE_TERMS_YEAR_FACETS);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(100_000);
        int clients = 16;
        int seconds = 10;
        int rounds = 2;
        int recommit = 3;
        int queries = 400;
        boolean markdown = false;
        Path shared = Path.of("../shared/corpora/awesome-multimodal-llms.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> Quick.parseSize(s.strip())).toList();
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--recommit" -> recommit = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--markdown" -> markdown = true;
                case "--shared" -> shared = Path.of(args[++i]);
                default -> {
                    System.err.println("serve-load: unknown argument " + args[i] + " (expected --sizes N[,N…], --clients N,"
                            + " --seconds N, --rounds N, --recommit SECONDS, --queries N, --markdown, --shared FILE)");
                    System.exit(2);
                }
            }
        }
        Corpus corpus = Corpus.load(shared);
        System.out.println("# litindex serve under load: " + clients + " clients, " + rounds + " rounds of " + seconds
                + " s per side, a commit of 1% of the entries every " + recommit + " s; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", load average at start " + loadAverage());
        List<String> table = new ArrayList<>();
        for (int size : sizes) {
            table.addAll(run(corpus, size, clients, seconds, rounds, recommit, queries));
        }
        if (markdown) {
            System.out.println();
            System.out.println("| entries | side | requests/s | p50 ms | p99 ms | errors | partial | commits during the phases |");
            System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
            table.forEach(System.out::println);
        }
        System.out.println("# load average at end " + loadAverage());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<String> run(Corpus corpus, int size, int clients, int seconds, int rounds, int recommit, int queryCount)
            throws Exception {
        Path dir = Files.createTempDirectory("litindex-serve-load");
        try {
            List<Entry> entries = corpus.generate(size);
            Path index = dir.resolve("index");
            try (Indexer indexer = Indexer.open(index, true)) {
                indexer.putAll(entries);
                indexer.commit();
            }
            Workload workload = Workload.from(entries);
            List<Map<String, List<String>>> params = new ArrayList<>();
            for (Workload.QueryClass c : CLASSES) {
                for (Workload.Query q : workload.queries(c, queryCount / CLASSES.size(), Corpus.SEED)) {
                    params.add(parameters(c, q));
                }
            }
            List<SearchRequest> requests = params.stream()
                    .map(p -> SearchParameters.parse(p, Set.of()).build()).toList();
            List<String> paths = params.stream().map(ServeLoad::path).toList();

            try (Searcher searcher = Searcher.open(index);
                    LitindexServer server = LitindexServer.start(searcher, new LitindexServer.Options("127.0.0.1", 0,
                            LitindexServer.Options.DEFAULT_FOLLOW))) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://127.0.0.1:" + server.port();
                Side inProcess = i -> {
                    SearchResult r = searcher.search(requests.get(i));
                    return r.partial() ? Outcome.PARTIAL : Outcome.COMPLETE;
                };
                Side overHttp = i -> {
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    return r.statusCode() != 200 || r.body().length == 0 ? Outcome.ERROR : partial(r.body()) ? Outcome.PARTIAL : Outcome.COMPLETE;
                };
                Recommitter writer = new Recommitter(index, entries, recommit);
                entries = null;
                writer.start();
                try {
                    // warm-up, untimed: compiled code, connections, caches for both sides
                    measure("in-process", inProcess, requests.size(), clients, Math.max(3, seconds / 2), writer);
                    measure("http", overHttp, requests.size(), clients, Math.max(3, seconds / 2), writer);
                    List<Phase> in = new ArrayList<>();
                    List<Phase> over = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        in.add(measure("in-process", inProcess, requests.size(), clients, seconds, writer));
                        over.add(measure("http", overHttp, requests.size(), clients, seconds, writer));
                    }
                    Phase a = merge("in-process", in);
                    Phase b = merge("http", over);
                    String label = Report.sizeLabel(size);
                    print(label, a, b);
                    if (writer.failure.get() != null) {
                        System.out.println("# the writer failed: " + writer.failure.get());
                    }
                    return List.of(row(size, a), row(size, b));
                } finally {
                    writer.stop();
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The API's parameters for a workload query, as the search page would send them. */
    static Map<String, List<String>> parameters(Workload.QueryClass c, Workload.Query q) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put(SearchParameters.QUERY, List.of(q.text()));
        if (q.yearFrom() != null) {
            p.put(SearchParameters.YEAR, List.of(q.yearFrom() + ".." + q.yearTo()));
        }
        p.put(SearchParameters.FACET, c.facets ? Workload.FACET_DIMS.stream().map(d -> d.id()).toList() : List.of("venue", "year"));
        p.put(SearchParameters.LIMIT, List.of("10"));
        return p;
    }

    static String path(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder("/api/search");
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return sb.toString();
    }

    /** What one request came to. */
    enum Outcome { COMPLETE, PARTIAL, ERROR }

    /** One way of asking. */
    interface Side {
        Outcome ask(int query) throws Exception;
    }

    private static final byte[] PARTIAL = "\"partial\" : true".getBytes(StandardCharsets.UTF_8);

    /** Whether the JSON holds {@code "partial" : true} (the search ran out of its time budget). */
    static boolean partial(byte[] json) {
        outer:
        for (int i = 0; i + PARTIAL.length <= Math.min(json.length, 200); i++) {
            for (int j = 0; j < PARTIAL.length; j++) {
                if (json[i + j] != PARTIAL[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Phase measure(String name, Side side, int queryCount, int clients, int seconds, Recommitter writer)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        AtomicLong partials = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        int commitsBefore = writer.commits.get();
        for (int t = 0; t < clients; t++) {
            int id = t;
            latencies[t] = new long[1 << 16];
            threads[t] = new Thread(() -> {
                SplittableRandom r = new SplittableRandom(Corpus.SEED + id);
                while (running.get()) {
                    int q = Math.floorMod(next.getAndIncrement() + r.nextInt(7), queryCount);
                    long t0 = System.nanoTime();
                    Outcome outcome;
                    try {
                        outcome = side.ask(q);
                    } catch (Exception e) {
                        outcome = Outcome.ERROR;
                    }
                    long took = System.nanoTime() - t0;
                    if (outcome == Outcome.ERROR) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (outcome == Outcome.PARTIAL) {
                        partials.incrementAndGet(); // answered, at the time budget: timed like the others
                    }
                    if (counts[id] == latencies[id].length) {
                        latencies[id] = Arrays.copyOf(latencies[id], latencies[id].length * 2);
                    }
                    latencies[id][counts[id]++] = took;
                }
            }, "load-" + name + "-" + t);
        }
        long start = System.nanoTime();
        for (Thread t : threads) {
            t.start();
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Phase(name, total, errors.get(), partials.get(), elapsed, all, writer.commits.get() - commitsBefore);
    }

    private static Phase merge(String name, List<Phase> phases) {
        long requests = 0;
        long errors = 0;
        long partial = 0;
        double seconds = 0;
        int commits = 0;
        List<long[]> parts = new ArrayList<>();
        for (Phase p : phases) {
            requests += p.requests();
            errors += p.errors();
            partial += p.partial();
            seconds += p.seconds();
            commits += p.commits();
            parts.add(p.latencies());
        }
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(name, requests, errors, partial, seconds, all, commits);
    }

    private static void print(String label, Phase in, Phase http) {
        System.out.println(String.format(Locale.ROOT, "serve_throughput_%s http=%.0f inprocess=%.0f ratio=%.2f unit=requests/s",
                label, http.throughput(), in.throughput(), http.throughput() / in.throughput()));
        System.out.println(String.format(Locale.ROOT, "serve_p50_%s http=%.2f inprocess=%.2f diff=%.2f unit=ms",
                label, http.percentile(50), in.percentile(50), http.percentile(50) - in.percentile(50)));
        System.out.println(String.format(Locale.ROOT, "serve_p99_%s http=%.2f inprocess=%.2f diff=%.2f unit=ms",
                label, http.percentile(99), in.percentile(99), http.percentile(99) - in.percentile(99)));
        System.out.println(String.format(Locale.ROOT, "serve_errors_%s http=%d inprocess=%d requests_http=%d requests_inprocess=%d",
                label, http.errors(), in.errors(), http.requests(), in.requests()));
        System.out.println(String.format(Locale.ROOT, "serve_partial_%s http=%d inprocess=%d (answers cut at the 2 s time budget)",
                label, http.partial(), in.partial()));
        System.out.println(String.format(Locale.ROOT, "serve_commits_%s http=%d inprocess=%d", label, http.commits(), in.commits()));
    }

    private static String row(int size, Phase p) {
        return String.format(Locale.ROOT, "| %,d | %s | %.0f | %.2f | %.2f | %d | %d | %d |", size, p.side(), p.throughput(),
                p.percentile(50), p.percentile(99), p.errors(), p.partial(), p.commits());
    }

    /** Re-puts 1% of the entries (their notes changed) and commits, every few seconds, on a thread of its own. */
    static final class Recommitter {
        private final Path index;
        private final List<Entry> entries;
        private final int everySeconds;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger commits = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>();
        private Thread thread;

        Recommitter(Path index, List<Entry> entries, int everySeconds) {
            this.index = index;
            this.entries = entries;
            this.everySeconds = everySeconds;
        }

        void start() {
            thread = new Thread(() -> {
                SplittableRandom r = new SplittableRandom(Corpus.SEED);
                try (Indexer indexer = Indexer.open(index)) {
                    int generation = 0;
                    while (running.get()) {
                        // no interrupt: a writer interrupted inside a commit would be closed by Lucene
                        for (long slept = 0; slept < everySeconds * 1000L && running.get(); slept += 50) {
                            Thread.sleep(50);
                        }
                        if (!running.get()) {
                            break;
                        }
                        generation++;
                        List<Entry> changed = new ArrayList<>();
                        for (int i = 0; i < Math.max(1, entries.size() / 100); i++) {
                            Entry e = entries.get(r.nextInt(entries.size()));
                            changed.add(e.toBuilder().note("revised " + generation).build());
                        }
                        indexer.putAll(changed);
                        indexer.commit();
                        commits.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    failure.set(e.toString());
                }
            }, "recommit");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
