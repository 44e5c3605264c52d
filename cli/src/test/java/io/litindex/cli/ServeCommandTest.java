package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.search.Searcher;
import io.litindex.server.LitindexServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code litindex serve}: the API's JSON is the CLI's, the command's errors and exit codes, --watch, a clean stop. */
class ServeCommandTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/) \\(Ctrl-C stops\\)");

    @TempDir
    Path dir;

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return r.body();
    }

    @Test
    void apiSearchIsExactlyWhatSearchFormatJsonPrints() throws Exception {
        // a minute's time limit on both sides, as core's tests (FullRequests)
        Cli cli = Cli.run("search", "grounding", "--format", "json", "--time-limit", "1m");
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        try (Searcher searcher = BundledIndex.open();
                LitindexServer server = LitindexServer.start(searcher, new LitindexServer.Options("127.0.0.1", 0, null, Duration.ofMinutes(1)))) {
            assertEquals(cli.out(), get(server.url() + "api/search?q=grounding"));
            Cli filtered = Cli.run("search", "remote", "sensing", "--venue", "T-GRS", "--venue", "arXiv", "--year", "2023..2024",
                    "--facet", "venue", "--facet", "author", "--sort", "newest", "--limit", "5", "--offset", "2", "--format", "json",
                    "--time-limit", "1m");
            assertEquals(filtered.out(), get(server.url()
                    + "api/search?q=remote+sensing&venue=T-GRS&venue=arXiv&year=2023..2024&facet=venue&facet=author&sort=newest&limit=5&offset=2"));
        }
    }

    /**
     * How long a step may take before the test gives up on it as hung: far longer than any step takes on a loaded machine
     * (load average 100 on two cores), so it only ever catches a hang. The steps wait for what the server prints (its
     * address, a re-index) rather than for a fixed time.
     */
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);

    /**
     * A {@code litindex serve} process and its output (standard output and error), read line by line as it comes by a
     * thread of its own.
     */
    private static final class Served {
        private final Process process;
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        Served(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (java.io.BufferedReader in = process.inputReader(StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the process was killed: what it printed is kept
                } finally {
                    synchronized (lines) {
                        lines.add(null); // the end of the output
                        lines.notifyAll();
                    }
                }
            }, "serve-output");
            reader.setDaemon(true);
            reader.start();
        }

        Process process() {
            return process;
        }

        /** What the process has printed so far. */
        List<String> output() {
            synchronized (lines) {
                return lines.stream().filter(java.util.Objects::nonNull).toList();
            }
        }

        /**
         * Waits until the process has printed a line that {@code wanted} accepts, and returns it; fails with the output
         * when the process ends first, or when the hang guard runs out.
         */
        String await(java.util.function.Predicate<String> wanted, String what) throws InterruptedException {
            long end = System.nanoTime() + HANG_GUARD.toNanos();
            synchronized (lines) {
                for (int seen = 0; ; ) {
                    while (seen < lines.size()) {
                        String line = lines.get(seen++);
                        if (line == null) {
                            throw new AssertionError("serve ended before it printed " + what + ": " + output());
                        }
                        if (wanted.test(line)) {
                            return line;
                        }
                    }
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("hang guard: serve printed no " + what + " within " + HANG_GUARD + ": " + output());
                    }
                    TimeUnit.NANOSECONDS.timedWait(lines, left);
                }
            }
        }

        /** Waits for the process to end and for its output to be read to the end; fails when the hang guard runs out. */
        void awaitEnd() throws InterruptedException {
            assertTrue(process.waitFor(HANG_GUARD.toNanos(), TimeUnit.NANOSECONDS), "hang guard: serve did not stop: " + output());
            reader.join(HANG_GUARD.toMillis());
        }
    }

    /** Starts {@code litindex serve ARGS} in its own JVM and returns it once it has printed its address. */
    private Served serve(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("LITINDEX_INDEX");
        Served served = new Served(pb.start());
        try {
            served.await(l -> ADDRESS.matcher(l).find(), "address");
        } catch (AssertionError | InterruptedException e) {
            served.process().destroyForcibly();
            throw e;
        }
        return served;
    }

    private static String address(List<String> output) {
        for (String line : output) {
            Matcher m = ADDRESS.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError(output.toString());
    }

    @Test
    void servesTheBundledCatalogOnOneLineAndStopsCleanlyOnASignal() throws Exception {
        // a minute's time limit on both sides, as core's tests (FullRequests): under load the 2 s default made the served
        // answer partial
        Served served = serve("--port", "0", "--time-limit", "1m");
        Process p = served.process();
        try {
            List<String> output = served.output();
            String url = address(output);
            assertTrue(output.get(output.size() - 1).startsWith("litindex: serving the bundled catalog rs-mllms (37 entries) at http://127.0.0.1:"),
                    output.toString());
            assertEquals(Cli.run("search", "grounding", "--format", "json", "--time-limit", "1m").out(), get(url + "api/search?q=grounding"));
            assertTrue(get(url).contains("<title>"), "the page");
        } finally {
            // SIGTERM, handled as Ctrl-C is; sent through the process handle, which (unlike Process.destroy) leaves the
            // pipe open, so that what serve prints as it stops is still read
            p.toHandle().destroy();
        }
        served.awaitEnd();
        List<String> output = served.output();
        assertEquals(ExitCodes.OK, p.exitValue(), output.toString());
        assertEquals("litindex: stopped", output.get(output.size() - 1), output.toString());
    }

    @Test
    void aTakenPortAMissingIndexAndBadFlagsAreOneLineAndTheirExitCode() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli cli = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCodes.FAILURE, cli.exitCode(), cli.err());
            assertEquals(List.of("litindex: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the port is in use by another program (choose another with --port)"), cli.errLines());
        }
        Cli missing = Cli.run("serve", "--index", dir.resolve("nothing-here").toString(), "--port", "0");
        assertEquals(ExitCodes.INDEX, missing.exitCode(), missing.err());
        assertEquals(1, missing.errLines().size(), missing.err());
        for (String[] bad : new String[][] {{"--port", "70000"}, {"--port", "http"}, {"--host"}, {"--colour"}}) {
            List<String> args = new ArrayList<>(List.of("serve"));
            args.addAll(List.of(bad));
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, cli.exitCode(), String.join(" ", bad) + ": " + cli.err());
            assertEquals(1, cli.errLines().size(), cli.err());
            assertTrue(cli.err().startsWith("litindex serve: "), cli.err());
        }
        Cli unreadable = Cli.run("serve", "--port", "0", "--watch", dir.resolve("no-list.md").toString());
        assertEquals(ExitCodes.FAILURE, unreadable.exitCode(), unreadable.err());
        assertEquals(1, unreadable.errLines().size(), unreadable.err());
    }

    @Test
    void watchReindexesAListWhenItChanges() throws Exception {
        Path list = dir.resolve("lab.md");
        Files.writeString(list, "# Lab papers\n\n## Grounding\n\n"
                + "- [GeoGround: A Unified Large Vision-Language Model for Remote Sensing Visual Grounding](https://arxiv.org/abs/2411.11904) - CVPR 2025\n");
        // a minute's time limit, as core's tests (FullRequests): under load the 2 s default made an answer partial
        Served served = serve("--port", "0", "--time-limit", "1m", "--watch", list.toString());
        Process p = served.process();
        try {
            String url = address(served.output());
            assertTrue(get(url + "api/search?q=geoground").contains("\"total\" : 1"), get(url + "api/search?q=geoground"));
            assertTrue(get(url + "api/search?q=tinysar").contains("\"total\" : 0"));
            Files.writeString(list, "\n- [TinySAR: Small Models for Synthetic Aperture Radar Captioning](https://arxiv.org/abs/2501.00001) - arXiv 2025\n",
                    java.nio.file.StandardOpenOption.APPEND);
            // the watcher re-indexes and says so; the server then follows the new commit within its refresh interval
            served.await(("litindex serve: indexed 2 entries from " + list)::equals, "the re-index of the changed list");
            long end = System.nanoTime() + HANG_GUARD.toNanos();
            while (!get(url + "api/search?q=tinysar").contains("\"total\" : 1")) {
                assertTrue(System.nanoTime() < end, "hang guard: the re-indexed list was never served: " + served.output());
                Thread.sleep(50);
            }
            assertTrue(get(url + "api/search?q=geoground").contains("\"total\" : 1"), "the list's other entry stays");
        } finally {
            p.toHandle().destroy();
        }
        served.awaitEnd();
        List<String> output = served.output();
        assertTrue(output.contains("litindex serve: indexed 1 entry from " + list), output.toString());
        assertTrue(output.contains("litindex serve: indexed 2 entries from " + list), output.toString());
    }
}
