package io.litindex.cli;

import io.litindex.Catalog;
import io.litindex.search.Searcher;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option: which index a command reads; without it the one the environment variable
 * {@value #ENV} names, else the bundled catalog.
 */
public final class IndexOption {
    /** The environment variable naming the index that commands read when --index is not given. */
    static final String ENV = "LITINDEX_INDEX";

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:" + ENV + "}",
            description = "Search the index in DIR instead of the bundled catalog (default: $" + ENV + " when it is set).")
    Path index;

    /** Opens the chosen index. */
    Searcher open() {
        return bundled() ? BundledIndex.open() : Searcher.open(index);
    }

    /** True when the command reads the bundled catalog: no --index, and no {@value #ENV} either. */
    boolean bundled() {
        return index == null || index.toString().isBlank();
    }

    /** Where the chosen index is, for people. */
    String describe() {
        return bundled() ? "bundled catalog " + Catalog.NAME + " (in memory)" : index.toString();
    }
}
