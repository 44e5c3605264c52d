package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSeedHasTheReusedLinkAndTheEmptyLink() {
        Cli cli = Cli.run("check", Lists.seed().toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        List<String> lines = cli.outLines();
        assertTrue(lines.contains(Lists.SEED_NAME + ":109: error: link https://ieeexplore.ieee.org/abstract/document/10278197 is also the link of "
                + "'Language Integration in Remote Sensing: Tasks, datasets, an…' on line 108; one of the two rows probably links the wrong paper"), cli.out());
        assertTrue(lines.contains(Lists.SEED_NAME + ":147: warning: empty link [Link]()"), cli.out());
        assertTrue(lines.contains(Lists.SEED_NAME + ":118: warning: mis-encoded text 'L√ºddecke' read as 'Lüddecke'"), cli.out());
        assertEquals(List.of(Lists.SEED_NAME + ": 37 entries; with authors 37 (100%) / venue 37 (100%) / year 37 (100%)",
                "litindex check: 1 error, 17 warnings in 1 list"), cli.errLines());
        for (String line : lines) {
            assertTrue(line.matches("[^:]+:\\d+: (error|warning): .+"), line);
        }
    }

    @Test
    void aCleanListExitsZeroWithNothingToSay() throws Exception {
        Path list = dir.resolve("clean.md");
        Files.writeString(list, "## Models\n- [GeoChat: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826), CVPR 2024\n");
        Cli cli = Cli.run("check", list.toString());
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.out());
        assertEquals("", cli.out());
        assertEquals(List.of("clean.md: 1 entry; with authors 0 (0%) / venue 1 (100%) / year 1 (100%)",
                "litindex check: 0 errors, 0 warnings in 1 list"), cli.errLines(), "a coverage line per list, then the counts");
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Path list = dir.resolve("warn.md");
        Files.writeString(list, "| Title | Code |\n|---|---|\n| [**A Paper**](https://arxiv.org/abs/2401.00001) | [Code]() |\n");
        Cli cli = Cli.run("check", list.toString());
        assertEquals(ExitCodes.OK, cli.exitCode());
        assertEquals(List.of("warn.md:3: warning: empty link [Code]()"), cli.outLines());
    }

    @Test
    void unreadableListsAreErrorsAndTheOthersAreStillChecked() throws Exception {
        Path list = dir.resolve("clean.md");
        Files.writeString(list, "- [A Paper Title](https://arxiv.org/abs/2401.00001)\n");
        Path missing = dir.resolve("missing.md");
        Cli cli = Cli.run("check", missing.toString(), list.toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals(List.of(missing + ": error: cannot read " + missing + ": no such file"), cli.outLines());
        assertEquals(List.of("clean.md: 1 entry; with authors 0 (0%) / venue 0 (0%) / year 1 (100%)",
                "litindex check: 1 error, 0 warnings in 2 lists"), cli.errLines(), "the unreadable list has no coverage line");
    }

    @Test
    void theLargeListsProblemsAreFound() {
        Cli cli = Cli.run("check", Lists.large().toString());
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertTrue(cli.outLines().contains("awesome-multimodal-llms.md:690: error: header has 4 cells but 1 row (line 710) has more; "
                + "all read: the cells beyond the header hold text in 1 (kept in the row's note)"), cli.out());
        assertTrue(cli.outLines().contains("awesome-multimodal-llms.md:582: warning: header has 5 cells but 1 row (line 588) has fewer; "
                + "the missing cells are read as empty"), cli.out());
    }
}
