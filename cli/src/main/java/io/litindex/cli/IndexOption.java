package io.litindex.cli;

import io.litindex.search.Searcher;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option: which index a command reads; the bundled catalog without it. */
public final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "Search the index in DIR instead of the bundled catalog.")
    Path index;

    /** Opens the chosen index. */
    Searcher open() {
        return index == null ? Searcher.bundled() : Searcher.open(index);
    }
}
