package io.litindex.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The OpenSearch cluster of the integration tests, named by {@value #ENV} (node URLs separated by commas). Without
 * it the tests are skipped on a developer's machine and fail in CI ({@code CI=true}).
 */
final class TestCluster {
    static final String ENV = "LITINDEX_OPENSEARCH_TEST_URL";
    static final String HOW = "start a cluster with scripts/opensearch-cluster.sh start, then run the tests with "
            + ENV + "=$(scripts/opensearch-cluster.sh address)";

    private TestCluster() {}

    /** The cluster's target; skips the test (or fails it in CI) when there is none. */
    static OpenSearchTarget target() {
        String urls = System.getenv(ENV);
        if (urls == null || urls.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + ENV + " is not set: .ci/run must " + HOW);
            }
            Assumptions.abort("no OpenSearch cluster: " + HOW);
        }
        return OpenSearchTarget.parse(urls, Map.of());
    }

    /** A fresh alias name for one test. */
    static String uniqueName(String prefix) {
        return "it-" + prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL).toLowerCase(Locale.ROOT);
    }

    /** Deletes the indices behind {@code alias} (and the alias with them). */
    static void deleteAlias(OpenSearchClient client, String alias) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            var indices = client.indices().getAlias(a -> a.name(alias)).result().keySet();
            client.indices().delete(d -> d.index(java.util.List.copyOf(indices)));
        }
    }
}
