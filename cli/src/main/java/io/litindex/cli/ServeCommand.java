package io.litindex.cli;

import io.litindex.InvalidRequestException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litindex serve}: the search page and the JSON API over one index. Only options here: the server itself
 * ({@link Serving}, litindex-server) is loaded when the command runs, so other commands start as fast as before.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve a search page and a JSON API over an index (the bundled catalog without --index).",
        description = {"Prints the address to open on one line, then serves until Ctrl-C. Read-only: no request changes the index.",
            "A commit by another process (litindex index … --index DIR) is served within a second, without a restart.",
            "--watch re-indexes the named lists whenever one of them changes and serves the new state: into --index DIR",
            "(its entries are replaced by the lists') or, without --index, into a temporary index removed at exit.",
            "The API (GET /api/search, /api/entries/ID, /api/related/ID, /api/suggest, /api/export, /api/stats, /health)",
            "is documented in docs/http-api.md."},
        footer = {"", "Exit codes: 0 stopped by Ctrl-C; 1 the address cannot be bound (port taken) or a watched list cannot be read;",
            "2 invalid usage; 3 the index is missing, locked, damaged or unreadable.",
            "", "Examples:",
            "  litindex serve",
            "  litindex serve --index my-index --port 9000",
            "  litindex serve --watch README.md",
            "  litindex serve --index lab-index --host 0.0.0.0   (reachable from other machines: think first)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    DebugOption debug;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--time-limit", paramLabel = "T", defaultValue = "2s", converter = FilterOptions.TimeLimitConverter.class,
            description = "How long one search may take (each page of an export too): 500ms, 5s, 1m (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--watch", paramLabel = "LIST", arity = "1..*",
            description = "Index these lists (.md, .json, .jsonl) and index them again whenever one changes.")
    List<Path> watch = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--port': " + port
                    + " is not a port (0 to 65535)");
        }
        if (host.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--host': empty");
        }
        String cluster = index.cluster();
        if (cluster != null && !watch.isEmpty()) {
            throw new InvalidRequestException("--watch indexes lists into a directory and cannot be used with --opensearch;"
                    + " index into the cluster with 'litindex index LIST --opensearch URL'");
        }
        return Serving.run(cluster == null ? IndexOption.chosen(index.index) : null, cluster == null ? null : index,
                host, port, timeLimit, watch, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
