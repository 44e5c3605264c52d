package io.litindex.cli;

import io.litindex.model.SearchResult;
import java.util.Optional;

/** The line above a result table that says the hits are approximate and suggests a correction. */
final class DidYouMean {
    private DidYouMean() {}

    /** "Nothing matches exactly; showing approximate matches. Did you mean: grounded?", or nothing to say. */
    static Optional<String> line(SearchResult result) {
        boolean approximate = result.fuzzy() && result.total() > 0;
        if (!approximate && result.suggestion() == null) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder();
        if (approximate) {
            line.append("Nothing matches exactly; showing approximate matches.");
        }
        if (result.suggestion() != null) {
            line.append(approximate ? " " : "").append("Did you mean: ").append(result.suggestion()).append('?');
        }
        return Optional.of(line.toString());
    }
}
