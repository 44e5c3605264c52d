package io.litindex.cli;

import io.litindex.IndexUnavailableException;
import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code litindex} command: it only lists the subcommands; each does one job. */
@Command(
        name = "litindex",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Ranked, faceted search over curated research-paper lists.",
        description = "Without --index, commands work on the bundled catalog of multimodal LLM papers for remote sensing.",
        subcommands = {SearchCommand.class, FacetsCommand.class, ImportCommand.class, IndexCommand.class, CheckCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 invalid usage or query, 3 index missing, locked or unreadable.",
            "", "Examples:", "  litindex search \"visual grounding\"", "  litindex search --year 2024 --sort newest",
            "  litindex search agents --facet venue --format json"})
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: error handling, exit codes, case-insensitive enum values. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::executionError);
        return cl;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        if (DebugOption.enabled(args)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int executionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        String message;
        if (e instanceof InvalidRequestException) {
            code = ExitCodes.USAGE;
            message = e.getMessage();
        } else if (e instanceof IndexUnavailableException) {
            code = ExitCodes.INDEX;
            message = e.getMessage();
        } else if (e instanceof LitindexException) {
            code = ExitCodes.FAILURE;
            message = e.getMessage();
        } else {
            code = ExitCodes.FAILURE;
            message = "unexpected error: " + e + " (run again with --debug for the stack trace)";
        }
        err.println("litindex: " + message.replace('\n', ' '));
        if (DebugOption.enabled(parsed.originalArgs().toArray(String[]::new))) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Prints litindex's version and Lucene's. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"litindex " + Version.LITINDEX, "Lucene " + Version.LUCENE,
                "Java " + System.getProperty("java.version")};
        }
    }
}
