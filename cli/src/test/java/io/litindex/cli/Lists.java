package io.litindex.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real lists in ../shared, read in place by the command tests; tests skip, saying why, where ../shared is absent. */
final class Lists {
    static final String SEED_NAME = "000_ccd0278ece24c2a1.txt";

    private Lists() {}

    static Path seed() {
        return require("seeds/" + SEED_NAME);
    }

    static Path large() {
        return require("corpora/awesome-multimodal-llms.md");
    }

    /** A list of ../shared/corpora by its file name. */
    static Path corpus(String name) {
        return require("corpora/" + name);
    }

    static Path catalog() {
        return Path.of("..", "index-data", "rs-mllms.json");
    }

    private static Path require(String relative) {
        for (String base : new String[] {"../../shared", "../shared"}) {
            Path p = Path.of(base, relative);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Assumptions.abort("skipped: ../shared/" + relative + " is not present on this machine");
        throw new IllegalStateException("unreachable");
    }
}
