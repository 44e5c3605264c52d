package io.litindex.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running {@link CrashChild} on the test classpath, killed with SIGKILL (kill -9) by the test.
 *
 * <p>The test follows the child by the lines it prints, never by the clock: how long a JVM takes to start and work
 * depends on how busy the machine is (at load average 30 on two cores, a child took some twenty seconds to start). Every
 * wait has a hang guard of {@link #HANG_GUARD_SECONDS} (default 300, {@code -Dlitindex.child.hangSeconds}), far
 * longer than any step takes on a loaded machine, so it only ever catches a child that hangs.
 */
final class ChildJvm implements AutoCloseable {
    /** Seconds after which a wait for the child gives up on it as hung. */
    static final long HANG_GUARD_SECONDS = Long.getLong("litindex.child.hangSeconds", 300);

    private final Process process;
    private final Path stderr;
    /** The child's lines of output as they come; an empty one marks its end. */
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private boolean ended;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(Optional.of(line));
                }
            } catch (IOException e) {
                // the child is gone; what it printed before is in the queue
            } finally {
                lines.add(Optional.empty());
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code CrashChild} with {@code args}; its stderr goes to {@code stderr}. */
    static ChildJvm start(Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(stderr.toFile()).start(), stderr);
    }

    /**
     * The child's next line of output, waiting for it as long as the child lives; null when it has ended.
     *
     * @throws AssertionError when the child neither prints nor ends within the hang guard
     */
    String readLine() throws InterruptedException {
        if (ended) {
            return null;
        }
        Optional<String> line = lines.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("hang guard: the child printed nothing for " + HANG_GUARD_SECONDS + " s; stderr: " + stderr());
        }
        ended = line.isEmpty();
        return line.orElse(null);
    }

    /** Waits for the line {@code expected}, failing with the child's stderr when it prints another or ends first. */
    void await(String expected) throws InterruptedException {
        String line = readLine();
        if (!expected.equals(line)) {
            throw new AssertionError("child printed " + line + " instead of " + expected + "; stderr: " + stderr());
        }
    }

    /**
     * kill -9: no shutdown hook, no finally block, no flush runs in the child. Sent through the process
     * handle, which (unlike {@link Process#destroyForcibly()}) leaves the pipes open, so what the child
     * printed before it died can still be read.
     */
    int kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("hang guard: the child did not die within " + HANG_GUARD_SECONDS + " s of kill -9");
        }
        return process.exitValue();
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.toHandle().destroyForcibly();
            try {
                process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
