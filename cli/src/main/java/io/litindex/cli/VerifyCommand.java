package io.litindex.cli;

import io.litindex.index.IndexHealth;
import io.litindex.index.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litindex verify}: runs Lucene's CheckIndex over an index and reports what it found. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        header = "Check an index for damage (Lucene's CheckIndex).",
        description = {"Reads every file of the index's latest commit: checksums, postings, stored fields, doc values and points.",
            "",
            "Exit codes: 0 healthy; 1 problems found, printed one per line with the command that rebuilds the index;"
                + " 3 no index, or another litindex process is writing it."},
        footer = {"", "Examples:", "  litindex verify --index my-index", "  litindex verify --index my-index --verbose"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:" + IndexOption.ENV + "}",
            description = "Verify the index in DIR instead of the bundled catalog (default: $" + IndexOption.ENV + " when it is set).")
    Path index;

    @Option(names = "--verbose", description = "Also print CheckIndex's full report.")
    boolean verbose;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws Exception {
        Path dir = IndexOption.chosen(index);
        VerifyReport report = dir == null ? IndexHealth.verifyBundledCatalog() : IndexHealth.verify(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (report.healthy()) {
            out.println(report.location() + ": healthy, " + count(report.entries(), "entry", "entries") + " in "
                    + count(report.segments(), "segment", "segments") + schema(report));
        } else {
            out.println(report.location() + ": " + count(report.problems().size(), "problem", "problems") + " found");
            for (String problem : report.problems()) {
                out.println("  " + problem);
            }
            if (dir != null) {
                out.println("rebuild it with: " + Hints.rebuildCommand(report.location()));
            }
        }
        if (verbose) {
            out.println();
            out.print(report.log());
        }
        out.flush();
        return report.healthy() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String schema(VerifyReport report) {
        if (report.schema() == null) {
            return "";
        }
        return ", schema " + report.schema() + (report.writtenBy() == null ? "" : " (written by litindex " + report.writtenBy() + ")");
    }
}
