package io.litindex.bench;

import io.litindex.index.Indexer;
import io.litindex.model.Entry;
import io.litindex.model.SearchParameters;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.Searcher;
import io.litindex.server.LitindexServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code litindex serve} under load: C concurrent clients send {@code GET /api/search} to the server while a
 * writer re-commits part of the index every few seconds, beside the same C threads calling the in-process
 * {@link Searcher} (the very one the server serves, or with {@code --server-process} one over the same index
 * while the server runs in a JVM of its own) with the same requests, in the same run. Phases alternate
 * (in-process, HTTP, in-process, HTTP) so both see the same machine. Prints throughput, p50, p99 and errors.
 * The clients use {@code HttpURLConnection} ({@code --client blocking}, the default: each thread writes and reads its
 * own keep-alive connection, with no hand-over between threads, as curl does) or {@code java.net.http.HttpClient}
 * ({@code --client jdk}: a selector thread and an executor hand each answer over, which costs the shared cores about
 * three times the client CPU per request).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.litindex.bench.ServeLoad [--sizes 100k,1m] [--clients 16]
 *      [--seconds 10] [--rounds 2] [--recommit 3] [--client blocking|jdk] [--server-process] [--paired SECONDS] [--markdown]
 * </pre>
 */
public final class ServeLoad {
    /** One phase's figures. */
    record Phase(String side, long requests, long errors, long partial, double seconds, long[] latencies, int commits,
            long cpuNanos, long serverCpuNanos) {
        double throughput() {
            return requests / seconds;
        }

        /** CPU time per answered request, in ms: what the machine spent on each, whatever the wait for a core. */
        double cpuPerRequest() {
            return requests == 0 ? Double.NaN : cpuNanos / 1e6 / requests;
        }

        /** Of that, the server process's (with {@code --server-process}), in ms per request. */
        double serverCpuPerRequest() {
            return requests == 0 ? Double.NaN : serverCpuNanos / 1e6 / requests;
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
        boolean serverProcess = false;
        int paired = 0;
        String client = "blocking";
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
                case "--server-process" -> serverProcess = true;
                case "--paired" -> paired = Integer.parseInt(args[++i]);
                case "--client" -> client = args[++i];
                case "--shared" -> shared = Path.of(args[++i]);
                default -> {
                    System.err.println("serve-load: unknown argument " + args[i] + " (expected --sizes N[,N…], --clients N,"
                            + " --seconds N, --rounds N, --recommit SECONDS (0: no writer), --queries N, --client blocking|jdk, --server-process, --paired SECONDS,"
                            + " --markdown, --shared FILE)");
                    System.exit(2);
                }
            }
        }
        if (!client.equals("jdk") && !client.equals("blocking")) {
            System.err.println("serve-load: --client must be blocking (HttpURLConnection, the default) or jdk (java.net.http.HttpClient)");
            System.exit(2);
        }
        // HttpURLConnection keeps at most 5 idle connections per server unless told: one per client thread, so that
        // none of them opens a new connection for each request
        System.setProperty("http.maxConnections", Integer.toString(Math.max(5, clients)));
        Corpus corpus = Corpus.load(shared);
        System.out.println("# litindex serve under load: " + clients + " clients, " + rounds + " rounds of " + seconds
                + " s per side, " + (recommit > 0 ? "a commit of 1% of the entries every " + recommit + " s; " : "no writer; ")
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", load average at start " + loadAverage() + "; client " + client + (serverProcess
                ? ", the server in a JVM of its own" : ", the server in the client's JVM"));
        List<String> table = new ArrayList<>();
        for (int size : sizes) {
            table.addAll(run(corpus, size, clients, seconds, rounds, recommit, queries, client, serverProcess, paired));
        }
        if (markdown) {
            System.out.println();
            System.out.println("| entries | side | requests/s | p50 ms | p99 ms | CPU ms/request | errors | partial | commits during the phases |");
            System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
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

    private static List<String> run(Corpus corpus, int size, int clients, int seconds, int rounds, int recommit, int queryCount,
            String client, boolean serverProcess, int paired) throws Exception {
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
                    Served server = serverProcess ? Served.process(index) : Served.here(searcher)) {
                String base = "http://127.0.0.1:" + server.port();
                Side inProcess = i -> {
                    SearchResult r = searcher.search(requests.get(i));
                    return r.partial() ? Outcome.PARTIAL : Outcome.COMPLETE;
                };
                Side overHttp = client.equals("jdk") ? jdkClient(base, paths) : blockingClient(base, paths);
                if (serverProcess) {
                    // the server follows the commits in its own JVM; this searcher follows them as often here
                    server.alsoFollow(searcher);
                }
                Recommitter writer = new Recommitter(index, entries, recommit);
                entries = null;
                writer.start();
                CpuMeter cpu = new CpuMeter(server);
                try {
                    // warm-up, untimed: compiled code, connections, caches for both sides
                    measure("in-process", inProcess, requests.size(), clients, Math.max(3, seconds / 2), writer, cpu);
                    measure("http", overHttp, requests.size(), clients, Math.max(3, seconds / 2), writer, cpu);
                    List<Phase> in = new ArrayList<>();
                    List<Phase> over = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        in.add(measure("in-process", inProcess, requests.size(), clients, seconds, writer, cpu));
                        over.add(measure("http", overHttp, requests.size(), clients, seconds, writer, cpu));
                    }
                    Phase a = merge("in-process", in);
                    Phase b = merge("http", over);
                    String label = Report.sizeLabel(size);
                    print(label, a, b);
                    if (paired > 0) {
                        paired(label, inProcess, overHttp, requests.size(), paired, server);
                    }
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

    /** java.net.http.HttpClient (HTTP/1.1, keep-alive): a selector thread reads the answers and hands them over. */
    static Side jdkClient(String base, List<String> paths) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return i -> {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return outcome(r.statusCode(), r.body());
        };
    }

    /**
     * HttpURLConnection (HTTP/1.1, keep-alive): each client thread writes its request and reads the answer itself,
     * as curl or a browser's connection does, with no hand-over between threads.
     */
    static Side blockingClient(String base, List<String> paths) {
        return i -> {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + paths.get(i)).toURL().openConnection();
            c.setConnectTimeout(5000);
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                byte[] body = in == null ? new byte[0] : in.readAllBytes(); // read to the end: the connection is kept
                return outcome(status, body);
            }
        };
    }

    static Outcome outcome(int status, byte[] body) {
        return status != 200 || body.length == 0 ? Outcome.ERROR : partial(body) ? Outcome.PARTIAL : Outcome.COMPLETE;
    }

    /** The server under load: in this JVM, or in a JVM of its own (so that the clients do not share its heap and JIT). */
    interface Served extends AutoCloseable {
        int port();

        /** CPU time the server's own process has used so far, in ns (0 when the server runs in this JVM). */
        default long processCpuNanos() {
            return 0;
        }

        /** Moves {@code searcher} to the newest commit as often as the server does (when the server has its own). */
        default void alsoFollow(Searcher searcher) {}

        @Override
        void close() throws Exception;

        static Served here(Searcher searcher) {
            LitindexServer server = LitindexServer.start(searcher, new LitindexServer.Options("127.0.0.1", 0,
                    LitindexServer.Options.DEFAULT_FOLLOW));
            return new Served() {
                @Override
                public int port() {
                    return server.port();
                }

                @Override
                public void close() {
                    server.close();
                }
            };
        }

        static Served process(Path index) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(),
                    index.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("port ")) {
                p.destroyForcibly();
                throw new IOException("the server process did not start (it printed " + line + ")");
            }
            int port = Integer.parseInt(line.substring("port ".length()).strip());
            AtomicBoolean following = new AtomicBoolean(true);
            return new Served() {
                @Override
                public int port() {
                    return port;
                }

                @Override
                public long processCpuNanos() {
                    return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
                }

                @Override
                public void alsoFollow(Searcher searcher) {
                    Thread t = new Thread(() -> {
                        while (following.get()) {
                            try {
                                Thread.sleep(LitindexServer.Options.DEFAULT_FOLLOW.toMillis());
                                searcher.refresh();
                            } catch (InterruptedException e) {
                                return;
                            } catch (RuntimeException e) {
                                // closed at the end of the run
                            }
                        }
                    }, "follow-commits-here");
                    t.setDaemon(true);
                    t.start();
                }

                @Override
                public void close() throws Exception {
                    following.set(false);
                    p.getOutputStream().close(); // the server stops when its standard input ends
                    if (!p.waitFor(10, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
            };
        }
    }

    /** The server of {@code --server-process}: serves the index named by its argument until its standard input ends. */
    public static final class ServerMain {
        public static void main(String[] args) throws Exception {
            try (Searcher searcher = Searcher.open(Path.of(args[0]));
                    LitindexServer server = LitindexServer.start(searcher, new LitindexServer.Options("127.0.0.1", 0,
                            LitindexServer.Options.DEFAULT_FOLLOW))) {
                System.out.println("port " + server.port());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the end of standard input
                }
            }
        }
    }

    /**
     * The per-request overhead of HTTP, robust to a busy machine: one thread asks each query in-process and over
     * HTTP back to back (in alternating order), so that both answers of a pair see the same moment of the machine,
     * and the median of the pairs' differences is what HTTP adds to one answer (JSON, Jetty, the client, the
     * loopback and the threads' hand-overs), with the writer still committing.
     */
    private static void paired(String label, Side inProcess, Side overHttp, int queryCount, int seconds, Served server)
            throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<long[]> pairs = new ArrayList<>();
        long[] callerCpu = new long[2];
        Map<String, Long> threadsBefore = cpuByThreadGroup();
        long serverBefore = server.processCpuNanos();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int n = 0; System.nanoTime() < end; n++) {
            int q = n % queryCount;
            long[] pair = new long[2];
            long[] pairCpu = new long[2];
            for (int k = 0; k < 2; k++) {
                int which = (n + k) % 2; // 0: in-process, 1: http; the first of a pair alternates
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Outcome o = (which == 0 ? inProcess : overHttp).ask(q);
                pair[which] = System.nanoTime() - t0;
                pairCpu[which] = cpu.getCurrentThreadCpuTime() - c0;
                if (o == Outcome.ERROR) {
                    pair = null;
                    break;
                }
            }
            if (pair != null) {
                pairs.add(pair);
                callerCpu[0] += pairCpu[0];
                callerCpu[1] += pairCpu[1];
            }
        }
        Map<String, Long> threadsAfter = cpuByThreadGroup();
        long serverSpent = server.processCpuNanos() - serverBefore;
        long[] in = pairs.stream().mapToLong(p -> p[0]).sorted().toArray();
        long[] http = pairs.stream().mapToLong(p -> p[1]).sorted().toArray();
        long[] diff = pairs.stream().mapToLong(p -> p[1] - p[0]).sorted().toArray();
        int n = Math.max(1, pairs.size());
        System.out.println(String.format(Locale.ROOT, "serve_paired_%s pairs=%d inprocess_p50=%.3f http_p50=%.3f"
                + " diff_p50=%.3f diff_p25=%.3f diff_p75=%.3f unit=ms (one client, each query asked both ways back to back)",
                label, pairs.size(), at(in, 50), at(http, 50), at(diff, 50), at(diff, 25), at(diff, 75)));
        // CPU per request, which waiting for a core does not inflate: the searching thread in-process; over HTTP the
        // asking thread, the HTTP client's own threads, and the server's threads (or its JVM)
        double jetty = (threadsAfter.getOrDefault("server", 0L) - threadsBefore.getOrDefault("server", 0L) + serverSpent) / 1e6 / n;
        double client = (threadsAfter.getOrDefault("client", 0L) - threadsBefore.getOrDefault("client", 0L)) / 1e6 / n;
        System.out.println(String.format(Locale.ROOT, "serve_paired_cpu_%s inprocess=%.3f http_caller=%.3f http_client_threads=%.3f"
                + " http_server=%.3f unit=ms per request (%s)", label, callerCpu[0] / 1e6 / n, callerCpu[1] / 1e6 / n, client, jetty,
                serverSpent > 0 ? "the server's whole JVM, GC and compiler included" : "the server's request threads"));
    }

    /** CPU time so far of the live threads of the server in this JVM (Jetty's pool) and of java.net.http's client. */
    private static Map<String, Long> cpuByThreadGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> sums = new LinkedHashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            String group = t.getThreadName().startsWith("JettyServerThreadPool") ? "server"
                    : t.getThreadName().startsWith("HttpClient-") ? "client" : null;
            if (group != null) {
                sums.merge(group, Math.max(0, threads.getThreadCpuTime(t.getThreadId())), Long::sum);
            }
        }
        return sums;
    }

    private static double at(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
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

    private static Phase measure(String name, Side side, int queryCount, int clients, int seconds, Recommitter writer,
            CpuMeter cpu) throws InterruptedException {
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
        long cpuBefore = cpu.now();
        long serverCpuBefore = cpu.server();
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
        long cpuSpent = cpu.now() - cpuBefore;
        long serverCpuSpent = cpu.server() - serverCpuBefore;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Phase(name, total, errors.get(), partials.get(), elapsed, all, writer.commits.get() - commitsBefore, cpuSpent,
                serverCpuSpent);
    }

    private static Phase merge(String name, List<Phase> phases) {
        long requests = 0;
        long errors = 0;
        long partial = 0;
        double seconds = 0;
        int commits = 0;
        long cpu = 0;
        long serverCpu = 0;
        List<long[]> parts = new ArrayList<>();
        for (Phase p : phases) {
            requests += p.requests();
            errors += p.errors();
            partial += p.partial();
            seconds += p.seconds();
            commits += p.commits();
            cpu += p.cpuNanos();
            serverCpu += p.serverCpuNanos();
            parts.add(p.latencies());
        }
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(name, requests, errors, partial, seconds, all, commits, cpu, serverCpu);
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
        System.out.println(String.format(Locale.ROOT, "serve_cpu_per_request_%s http=%.3f inprocess=%.3f diff=%.3f unit=ms"
                + " (CPU of the clients, the server and their JVMs, without the writer's threads)",
                label, http.cpuPerRequest(), in.cpuPerRequest(), http.cpuPerRequest() - in.cpuPerRequest()));
        if (http.serverCpuNanos() > 0) {
            System.out.println(String.format(Locale.ROOT, "serve_server_cpu_per_request_%s http=%.3f unit=ms"
                    + " (of which the server's JVM; the rest is the clients' JVM)", label, http.serverCpuPerRequest()));
        }
    }

    private static String row(int size, Phase p) {
        return String.format(Locale.ROOT, "| %,d | %s | %.0f | %.2f | %.2f | %.2f | %d | %d | %d |", size, p.side(), p.throughput(),
                p.percentile(50), p.percentile(99), p.cpuPerRequest(), p.errors(), p.partial(), p.commits());
    }

    /**
     * The CPU time the measured side uses: this JVM's (clients, server, GC, compiler) plus the server process's when
     * it has its own, less the threads of the writer that re-commits the index (alive at both readings).
     */
    static final class CpuMeter {
        private final Served server;
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        CpuMeter(Served server) {
            this.server = server;
        }

        long now() {
            long writer = 0;
            for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t != null && (t.getThreadName().equals("recommit") || t.getThreadName().startsWith("litindex-indexer")
                        || t.getThreadName().startsWith("Lucene Merge Thread"))) {
                    writer += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
                }
            }
            return os.getProcessCpuTime() + server.processCpuNanos() - writer;
        }

        /** The server process's own CPU time (0 when the server runs in this JVM). */
        long server() {
            return server.processCpuNanos();
        }
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
            if (everySeconds <= 0) {
                return; // --recommit 0: no writer, the searches alone
            }
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
            if (thread != null) {
                thread.join();
            }
        }
    }
}
