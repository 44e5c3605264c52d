package io.litindex.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The training run for the Class Data Sharing archive: runs each command once, in this JVM, writing nowhere,
 * so that the archive made at exit ({@code -XX:ArchiveClassesAtExit}) holds the classes every command loads.
 * The build and the launcher run it; people do not.
 */
final class CdsTraining {
    private static final List<String[]> RUNS = List.of(
            new String[] {"search", "grounding"},
            new String[] {"search", "grouding"},
            new String[] {"search", "title:clip year:2023..2024 -survey"},
            new String[] {"related", "2401.09712"},
            new String[] {"search", "visual grounding", "--explain"},
            new String[] {"explain", "remote sensing clip", "2401.09712"},
            new String[] {"suggest", "sky"},
            new String[] {"search", "remote sensing", "--year", "2023..2024", "--venue", "arXiv", "--format", "json"},
            new String[] {"search", "--sort", "newest", "--format", "jsonl"},
            new String[] {"search", "clip", "--format", "csv"},
            new String[] {"search", "agents", "--format", "bibtex"},
            new String[] {"search", "datasets", "--format", "markdown"},
            new String[] {"facets", "--format", "json"},
            new String[] {"facets"},
            new String[] {"show", "2401.09712"},
            new String[] {"show", "2401.09712", "--format", "json"},
            new String[] {"show", "no-such-id"},
            new String[] {"stats"},
            new String[] {"stats", "--format", "json"},
            new String[] {"export", "--format", "bibtex"},
            new String[] {"export", "--format", "csv"},
            new String[] {"export", "--format", "markdown"},
            new String[] {"export", "--format", "jsonl"},
            new String[] {"search", "--help"},
            new String[] {"search", "--year", "20x4"},
            new String[] {"--version"},
            new String[] {"--help"},
            new String[] {"completion"});

    private CdsTraining() {}

    public static void main(String[] args) {
        PrintWriter nowhere = new PrintWriter(PrintWriter.nullWriter());
        for (String[] run : RUNS) {
            if (Main.readsBundledCatalog(run)) {
                BundledIndex.prefetch();
            }
            CommandLine cl = Main.commandLine(run);
            cl.setOut(nowhere);
            cl.setErr(nowhere);
            cl.execute(run);
        }
    }
}
