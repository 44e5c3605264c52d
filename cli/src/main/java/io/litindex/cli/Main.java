package io.litindex.cli;

import io.litindex.IndexUnavailableException;
import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.Version;
import io.litindex.opensearch.ClusterUnavailableException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code litindex} command: it only lists the subcommands; each does one job. */
@Command(
        name = "litindex",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Ranked, faceted search over curated research-paper lists.",
        description = "Commands that read an index (search, facets, show, stats, export, related, suggest, verify) read the bundled catalog of multimodal LLM papers for remote sensing unless --index names another.",
        footer = {"", "Exit codes: 0 success, 1 failure, 2 invalid usage or query, 3 index missing, locked, damaged or unreadable.",
            "", "Examples:", "  litindex search \"visual grounding\"", "  litindex search --year 2024 --sort newest",
            "  litindex show 2401.09712", "  litindex export --venue T-GRS --format bibtex -o refs.bib",
            "  source <(litindex completion)"})
public final class Main {
    /**
     * Every subcommand, in the order help lists them. Register a new command here (not in the annotation):
     * a run builds picocli's model only for the command it runs, which keeps start-up fast.
     */
    static final List<Class<?>> COMMANDS = List.of(
            SearchCommand.class, ExplainCommand.class, FacetsCommand.class, ShowCommand.class, StatsCommand.class, ExportCommand.class,
            CompletionCommand.class, RelatedCommand.class, SuggestCommand.class, ImportCommand.class, IndexCommand.class,
            CheckCommand.class, EvalCommand.class, VerifyCommand.class, ServeCommand.class);

    /** The commands that read an index: without --index they read the bundled catalog, which main opens ahead. */
    static final Set<String> READERS = Set.of("search", "explain", "facets", "show", "stats", "export", "related", "suggest", "serve");

    private Main() {}

    public static void main(String[] args) {
        if (readsBundledCatalog(args)) {
            BundledIndex.prefetch();
        }
        CommandLine cl = commandLine(args);
        cl.setOut(Terminal.writer(System.out, Terminal.detect().isTerminal()));
        cl.setErr(Terminal.writer(System.err, Terminal.stderr().isTerminal()));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /** True when {@code args} run a command on the bundled catalog (not --help, not --index DIR, not --opensearch URL). */
    static boolean readsBundledCatalog(String[] args) {
        String command = subcommandName(args);
        if (command == null || !READERS.contains(command) || IndexOption.inEnvironment()) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--index") || arg.startsWith("--index=") || arg.startsWith("--opensearch") || arg.equals("-h") || arg.equals("--help")) {
                return false;
            }
        }
        return true;
    }

    /** The command line with every subcommand: error handling, exit codes, case-insensitive enum values. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for running {@code args}: when they name a subcommand, only that one is registered
     * (what a run does not use, it does not load); otherwise, for help, version and errors, all of them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        String wanted = subcommandName(args);
        boolean registered = false;
        if (wanted != null) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(wanted)) {
                    cl.addSubcommand(command);
                    registered = true;
                }
            }
        }
        boolean versionOnly = args != null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        if (!registered && !versionOnly) {
            for (Class<?> command : COMMANDS) {
                cl.addSubcommand(command);
            }
            cl.addSubcommand(CommandLine.HelpCommand.class);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new ExecutionErrors());
        return cl;
    }

    /**
     * The subcommand's name when the run starts with one. With an option before it ({@code litindex --help search})
     * the top-level command reads that option, and what it prints may list every command, so none is singled out.
     */
    private static String subcommandName(String[] args) {
        return args == null || args.length == 0 || args[0].startsWith("-") ? null : args[0];
    }

    /** Usage errors: one line naming the problem (and the likely command when one was misspelled); exit code 2. */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return usageError(e, args);
        }
    }

    /** Errors while a command runs: one line, the exit code of the error's kind, the stack trace with --debug. */
    private static final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            return executionError(e, cl, parsed);
        }
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            if (!unmatched.getSuggestions().isEmpty()) {
                suggestion = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
            }
            boolean takesQuery = cl.getCommandSpec().positionalParameters().stream().anyMatch(p -> p.paramLabel().equals(FilterOptions.QUERY));
            boolean exclusion = unmatched.getUnmatched().stream().anyMatch(a -> a.length() > 1 && a.startsWith("-") && !a.startsWith("--"));
            if (takesQuery && exclusion) {
                suggestion += " (a query word that starts with '-' excludes it: put -- before the query, as in '"
                        + cl.getCommandSpec().qualifiedName() + " -- remote sensing -kind:dataset')";
            }
        }
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage().replace('\n', ' ').strip() + suggestion
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
        } else if (e instanceof ClusterUnavailableException) {
            code = ExitCodes.CLUSTER;
            message = e.getMessage();
        } else if (e instanceof IndexUnavailableException unavailable) {
            code = ExitCodes.INDEX;
            message = Hints.withHint(unavailable);
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
