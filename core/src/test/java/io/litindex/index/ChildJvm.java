package io.litindex.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second JVM running {@link CrashChild} on the test classpath, killed with SIGKILL (kill -9) by the test. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Path stderr;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = stderr;
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

    /** The child's next line of output, or null when it has ended. */
    String readLine() throws IOException {
        return out.readLine();
    }

    /** Waits for the line {@code expected}, failing with the child's stderr when it ends first. */
    void await(String expected) throws IOException {
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
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not die");
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
    public void close() throws Exception {
        if (process.isAlive()) {
            kill();
        }
        out.close();
    }
}
