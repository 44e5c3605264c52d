package io.litindex.ingest;

import io.litindex.model.Entry;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs that are not lists, or lists far from the usual: each gives entries plus diagnostics or one clear
 * exception, never a crash or a hang. The timeouts only guard against a hang (they are many times the time
 * these take); speed is measured by {@code litindex import --repeat}, not asserted here.
 * The 50 MB list runs with -Dlitindex.bigInputs=true; a 5 MB one always runs.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class BadInputTest {
    @TempDir
    Path dir;

    private static List<String> lines(ImportResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    @Test
    void aBinaryFileIsOneClearError() throws Exception {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 0;
        Path file = dir.resolve("logo.md");
        Files.write(file, png);
        SourceException e = assertThrows(SourceException.class, () -> Sources.read(file));
        assertEquals("logo.md is not a text file (NUL byte on line 1); litindex reads Markdown, JSON and JSON Lines", e.getMessage());

        byte[] controls = new byte[1000];
        java.util.Arrays.fill(controls, (byte) 0x01);
        Path other = dir.resolve("controls.md");
        Files.write(other, controls);
        assertTrue(assertThrows(SourceException.class, () -> Sources.read(other)).getMessage().startsWith("controls.md is not a text file"));
    }

    @Test
    void invalidUtf8IsReportedPerLineAndTheLineReadAsWindows1252() throws Exception {
        String before = "| Title | Venue |\n|---|---|\n| [**Caf";
        String after = " Models: A Survey**](https://arxiv.org/abs/2401.00003) | arXiv |\n| [**Second Paper**](https://arxiv.org/abs/2401.00004) | CVPR |\n";
        byte[] bytes = concat(before.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9}, after.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("latin1.md");
        Files.write(file, bytes);
        ImportResult result = Sources.read(file);
        assertEquals(List.of("latin1.md:3: error: not valid UTF-8 (byte 0xE9 at column 9); the line was read as Windows-1252"), lines(result));
        assertEquals(List.of("Café Models: A Survey", "Second Paper"), result.entries().stream().map(Entry::title).collect(Collectors.toList()));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void emptyFilesAndFilesWithoutEntriesSaySo() throws Exception {
        Path empty = dir.resolve("empty.md");
        Files.write(empty, new byte[0]);
        ImportResult result = Sources.read(empty);
        assertEquals(List.of(), result.entries());
        assertEquals(List.of("empty.md:1: error: the list is empty"), lines(result));

        Path prose = dir.resolve("prose.md");
        Files.writeString(prose, "# Notes\n\nJust some text, no list of papers.\n");
        assertEquals(List.of("prose.md:1: error: no entries found: no table with a title, paper or name column and no list item "
                + "with a title and a link"), lines(Sources.read(prose)));

        Path bom = dir.resolve("bom.md");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "- [A Paper](https://arxiv.org/abs/2401.00005)\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("2401.00005", Sources.read(bom).entries().get(0).id(), "a UTF-8 byte-order mark is dropped");
    }

    @Test
    void missingFilesAndDirectoriesAreOneClearError() {
        assertEquals("cannot read " + dir.resolve("nope.md") + ": no such file",
                assertThrows(SourceException.class, () -> Sources.read(dir.resolve("nope.md"))).getMessage());
        assertEquals(dir + " is a directory, not a list", assertThrows(SourceException.class, () -> Sources.read(dir)).getMessage());
    }

    /** A list of {@code sections} sections of {@code rows} table rows each, every title distinct; about 170 bytes a row. */
    static long writeBigList(Path file, int sections, int rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# A Very Large List\n\n");
            int n = 0;
            for (int s = 0; s < sections; s++) {
                w.write("## Section " + s + "\n| Title | Venue | Date | Code | Note |\n|---|---|---|---|---|\n");
                for (int r = 0; r < rows; r++, n++) {
                    w.write("| [**Paper number " + n + ": remote sensing vision language study " + (n * 7919 % 100_003) + "**](https://example.org/p/" + n
                            + ") <br>A. Author, B. Author. <br>| CVPR 2024 | 2024-0" + (1 + n % 9) + "-1" + (n % 10)
                            + " | [Github](https://github.com/example/repo" + n + ") | note " + n + " |\n");
                }
                w.write("\n");
            }
        }
        return Files.size(file);
    }

    private void readBigList(int sections, int rows) throws Exception {
        Path file = dir.resolve("big.md");
        long size = writeBigList(file, sections, rows);
        ImportResult result = Sources.read(file);
        assertEquals(sections * rows, result.entries().size(), size + " bytes");
        assertEquals(0, result.skipped());
        assertEquals(List.of(), lines(result));
        Entry last = result.entries().get(result.entries().size() - 1);
        assertEquals("Section " + (sections - 1), last.sections().get(0).substring("A Very Large List > ".length()));
        assertEquals(2 + (sections - 1) * (rows + 4) + 3 + rows, last.sources().get(0).line(), "line numbers stay right across pieces");
    }

    @Test
    void aFiveMegabyteListIsReadInPieces() throws Exception {
        readBigList(30, 1_000);
    }

    @Test
    void aFiftyMegabyteList() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("litindex.bigInputs"), "skipped: run with -Dlitindex.bigInputs=true for the 50 MB list");
        readBigList(300, 1_000);
    }

    @Test
    void aTableWithFiveHundredColumns() {
        StringBuilder md = new StringBuilder("| Title");
        for (int c = 1; c < 500; c++) {
            md.append(" | Col ").append(c);
        }
        md.append(" |\n|").append("---|".repeat(500)).append('\n');
        for (int r = 0; r < 3; r++) {
            md.append("| Paper ").append(r).append(" about wide tables");
            for (int c = 1; c < 500; c++) {
                md.append(" | v").append(c);
            }
            md.append(r == 2 ? " | one too many |\n" : " |\n");
        }
        ImportResult result = Fixtures.read(md.toString());
        assertEquals(3, result.entries().size());
        assertTrue(result.entries().get(0).note().startsWith("Col 1: v1; Col 2: v2; "), result.entries().get(0).note().substring(0, 40));
        assertTrue(result.entries().get(2).note().endsWith("; Col 499: v499; one too many"));
        assertEquals(List.of("fixture.md:1: error: header has 500 cells but 1 row (line 5) has more; all read: the cells beyond the header "
                + "hold text in 1 (kept in the row's note)"), lines(result));
    }

    @Test
    void aSingleOneMegabyteLine() {
        int mb = 1 << 20;
        String words = "remote sensing ".repeat(mb / 15);
        assertEquals(List.of("fixture.md:1: error: no entries found: no table with a title, paper or name column and no list item with a title and a link"),
                lines(Fixtures.read(words)));

        ImportResult wideRow = Fixtures.read("| Title | Venue | Note |\n|---|---|---|\n| **" + words.strip() + "** | " + " , ".repeat(mb / 3)
                + " | " + "et al, ".repeat(mb / 7) + " |\n");
        assertEquals(1, wideRow.entries().size());
        Entry e = wideRow.entries().get(0);
        assertTrue(e.id().length() <= 60, e.id());
        assertTrue(e.title().equals(words.strip()), "the title is the whole bold text, " + e.title().length() + " characters");

        ImportResult links = Fixtures.read("- **A Paper With Very Many Links** " + "[Paper](https://arxiv.org/abs/2401.00006) | ".repeat(mb / 45) + "\n");
        assertEquals(1, links.entries().size());
        assertEquals("2401.00006", links.entries().get(0).id());

        for (String junk : new String[] {"[".repeat(mb), "*".repeat(mb), "|".repeat(mb), "<".repeat(mb), "`".repeat(mb),
            "Ã¼a".repeat(mb / 3), "- ".repeat(mb / 2), "> ".repeat(mb / 2), "[a](".repeat(mb / 4)}) {
            ImportResult r = Fixtures.read(junk);
            assertEquals(0, r.skipped(), junk.substring(0, 8));
        }
    }

    @Test
    void deeplyNestedQuotesAndListsDoNotExhaustTheStack() {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            nested.append("  ".repeat(i)).append("- [Paper ").append(i).append(" Title](https://example.org/").append(i).append(")\n");
        }
        ImportResult result = Fixtures.read(nested.toString());
        assertTrue(result.entries().size() >= 10, "the first levels are read: " + result.entries().size());
        Fixtures.read(">".repeat(100_000) + " - [A Quoted Paper](https://example.org/q)\n");
        Fixtures.read("**".repeat(50_000) + "x" + "**".repeat(50_000));
    }
}
