package io.litindex.testing;

import io.litindex.model.SearchRequest;
import java.time.Duration;

/**
 * Search requests for tests that assert what a search finds: with a minute's time limit, as QueryBombTest's, so that a
 * loaded machine cannot make an answer partial at the 2 s default (a search of ApiContractTest was seen to). What a
 * search costs is the bench's measure and {@code TimeLimitTest}'s subject, not these tests'.
 */
public final class FullRequests {
    /** The time limit of a test's search: far longer than any test's search takes, so it only ever stops a hang. */
    public static final Duration LIMIT = Duration.ofMinutes(1);

    private FullRequests() {}

    /**
     * A request for the query, as {@link SearchRequest#of} but for the time limit.
     *
     * @param query the query
     * @return the request, with {@link #LIMIT}
     */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    /**
     * A builder, as {@link SearchRequest#builder} but for the time limit.
     *
     * @return the builder, with {@link #LIMIT}
     */
    public static SearchRequest.Builder builder() {
        return SearchRequest.builder().timeLimit(LIMIT);
    }
}
