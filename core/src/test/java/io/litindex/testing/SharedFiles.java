package io.litindex.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real lists in ../shared, read in place; tests that need them skip, saying why, where ../shared is absent. */
public final class SharedFiles {
    public static final String SEED = "seeds/000_ccd0278ece24c2a1.txt";
    public static final String LARGE_LIST = "corpora/awesome-multimodal-llms.md";

    private SharedFiles() {}

    /** The path of a file under ../shared (looked up from the module and from the repository root). */
    public static Path require(String relative) {
        Path p = find(relative);
        if (p == null) {
            Assumptions.abort("skipped: ../shared/" + relative + " is not present on this machine");
        }
        return p;
    }

    /** The path of a file under ../shared, or null when it is not there. */
    public static Path find(String relative) {
        for (String base : new String[] {"../../shared", "../shared"}) {
            Path p = Path.of(base, relative);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
