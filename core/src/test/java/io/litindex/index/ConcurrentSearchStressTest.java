package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConcurrentSearchTest} run many times in one JVM, to catch an interleaving of the searchers and the writer
 * that one run seldom meets; off unless asked for, as each run takes 15 to 40 s on a 2-core machine:
 * <pre>
 * mvn -B -o test -pl core -Dtest=ConcurrentSearchStressTest -Dlitindex.stress.runs=50
 * </pre>
 * Load the machine beside it (another build, or a few {@code yes > /dev/null}) to widen the races. Every failure is
 * printed with its run and its cause; the test fails at the end if any run failed.
 */
@EnabledIfSystemProperty(named = "litindex.stress.runs", matches = "[1-9][0-9]*")
class ConcurrentSearchStressTest {
    @Test
    void manyRunsOfConcurrentSearchTest(@TempDir Path tmp) throws Exception {
        int runs = Integer.getInteger("litindex.stress.runs");
        List<String> failures = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path dir = Files.createDirectory(tmp.resolve("run" + run));
            try {
                new ConcurrentSearchTest().eightSearchersEachSeeOneWholeCommittedGenerationWhileAWriterCommits(dir);
            } catch (Exception | AssertionError e) {
                failures.add("run " + run + ": " + e);
                System.err.println("run " + run + " of " + runs + " failed:");
                e.printStackTrace();
            }
            System.err.printf("run %d of %d done, %d failed%n", run, runs, failures.size());
        }
        assertEquals(List.of(), failures, failures.size() + " of " + runs + " runs failed");
    }
}
