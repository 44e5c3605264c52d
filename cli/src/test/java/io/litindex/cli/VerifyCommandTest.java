package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.Version;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    @TempDir
    Path tmp;
    private Path dir;

    @BeforeEach
    void build() throws Exception {
        dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.putAll(Catalog.bundledEntries());
            indexer.commit();
        }
    }

    private void truncateCompoundFile() throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("_0.cfs").toFile(), "rw")) {
            raf.setLength(raf.length() - 40);
        }
    }

    @Test
    void aHealthyIndexExitsZero() {
        Cli cli = Cli.run("verify", "--index", dir.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(dir + ": healthy, 37 entries in 1 segment, schema " + Schema.VERSION + " (written by litindex " + Version.LITINDEX + ")",
                cli.out().strip());
        assertEquals("", cli.err());
    }

    @Test
    void theBundledCatalogVerifiesWithoutAnIndex() {
        Cli cli = Cli.run("verify", "--verbose");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.outLines().get(0).startsWith("bundled catalog rs-mllms: healthy, 37 entries in 1 segment"), cli.out());
        assertTrue(cli.out().contains("No problems were detected with this index."), cli.out());
    }

    @Test
    void aDamagedIndexExitsOneWithEachProblemAndTheRebuildCommand() throws Exception {
        truncateCompoundFile();
        Cli cli = Cli.run("verify", "--index", dir.toString());
        assertEquals(1, cli.exitCode(), cli.out() + cli.err());
        List<String> lines = cli.outLines();
        assertEquals(dir + ": 1 problem found", lines.get(0));
        assertTrue(lines.get(1).startsWith("  segment _0 (37 entries): file _0.cfs: "), lines.get(1));
        assertEquals("rebuild it with: litindex index <sources> --index " + dir + " --replace", lines.get(2));
        assertEquals(3, lines.size(), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void searchingADamagedIndexGivesOneLineWithTheRebuildCommandAndExitThree() throws Exception {
        truncateCompoundFile();
        Cli cli = Cli.run("search", "grounding", "--index", dir.toString());
        assertEquals(3, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        String line = cli.errLines().get(0);
        assertTrue(line.startsWith("litindex: index " + dir + " is damaged (file _0.cfs: "), line);
        assertTrue(line.endsWith("; rebuild it with: litindex index <sources> --index " + dir + " --replace"), line);
        assertEquals("", cli.out());
    }

    @Test
    void noIndexExitsThree() {
        Path empty = tmp.resolve("nothing-here");
        Cli cli = Cli.run("verify", "--index", empty.toString());
        assertEquals(3, cli.exitCode());
        assertEquals(List.of("litindex: no index at " + empty + " (build one with: litindex index <sources> --index " + empty + ")"),
                cli.errLines());
    }

    @Test
    void anIndexAWriterHoldsExitsThreeWithOneLine() throws Exception {
        try (Indexer writer = Indexer.open(dir)) {
            Cli cli = Cli.run("verify", "--index", dir.toString());
            assertEquals(3, cli.exitCode());
            // the command runs in this test's JVM, so the lock is held "by this program"; from a shell it is another
            // process (IndexLockTest holds the lock from a child process)
            assertEquals(List.of("litindex: index " + dir
                    + " is locked: another Indexer of this program has it open for writing; close that one first"), cli.errLines());
        }
    }
}
