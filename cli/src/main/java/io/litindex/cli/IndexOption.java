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
        return chosen(index) == null;
    }

    /** The directory an --index option (or {@value #ENV}, its default) names, or null for the bundled catalog: an empty value names none. */
    static Path chosen(Path option) {
        return option == null || option.toString().isBlank() ? null : option;
    }

    /** True when {@value #ENV} names an index, which the commands then read without --index. */
    static boolean inEnvironment() {
        return !System.getenv().getOrDefault(ENV, "").isBlank();
    }

    /** Where the chosen index is, for people. */
    String describe() {
        return bundled() ? "bundled catalog " + Catalog.NAME + " (in memory)" : index.toString();
    }
}
