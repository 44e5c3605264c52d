package io.litindex.cli;

import io.litindex.Catalog;
import io.litindex.search.Searcher;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option: which index a command reads; the bundled catalog without it. */
public final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "Search the index in DIR instead of the bundled catalog.")
    Path index;

    /** Opens the chosen index. */
    Searcher open() {
        return index == null ? BundledIndex.open() : Searcher.open(index);
    }

    /** Where the chosen index is, for people. */
    String describe() {
        return index == null ? "bundled catalog " + Catalog.NAME + " (in memory)" : index.toString();
    }
}
