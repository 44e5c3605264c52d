package io.litindex.index;

import java.util.List;
import java.util.Objects;

/**
 * What {@link IndexHealth#verify} found in an index: its size, the schema that wrote it, and one line per
 * problem (none when the index is healthy).
 *
 * @param location the index's directory, or a name for an in-memory index
 * @param segments how many segments the latest commit holds
 * @param entries how many entries the latest commit holds (counted over the segments that could be read)
 * @param schema the litindex schema version recorded in the commit, or null when none is recorded
 * @param writtenBy the litindex version that wrote the commit, or null when none is recorded
 * @param problems one line per problem found, each naming the segment or file concerned
 * @param log Lucene CheckIndex's own report, for readers who want every detail
 */
public record VerifyReport(
        String location,
        int segments,
        long entries,
        String schema,
        String writtenBy,
        List<String> problems,
        String log) {
    /**
     * Checks and copies the values.
     *
     * @param location the index's directory, or a name for an in-memory index
     * @param segments how many segments the latest commit holds
     * @param entries how many entries the latest commit holds (counted over the segments that could be read)
     * @param schema the litindex schema version recorded in the commit, or null when none is recorded
     * @param writtenBy the litindex version that wrote the commit, or null when none is recorded
     * @param problems one line per problem found, each naming the segment or file concerned
     * @param log Lucene CheckIndex's own report, for readers who want every detail
     */
    public VerifyReport {
        Objects.requireNonNull(location, "location == null");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems == null"));
        log = log == null ? "" : log;
    }

    /**
     * Whether no problem was found.
     *
     * @return true when {@code problems} is empty
     */
    public boolean healthy() {
        return problems.isEmpty();
    }
}
