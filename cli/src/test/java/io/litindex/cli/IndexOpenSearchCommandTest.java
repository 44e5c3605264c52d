package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.litindex.Catalog;
import io.litindex.ingest.JsonEntries;
import io.litindex.opensearch.OpenSearchTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/** {@code litindex index … --opensearch URL}: bad inputs without a cluster, the import with one (LITINDEX_OPENSEARCH_TEST_URL). */
class IndexOpenSearchCommandTest {
    private static final String ENV = "LITINDEX_OPENSEARCH_TEST_URL";

    private static String catalog() {
        return Lists.catalog().toString();
    }

    @Test
    void unreachableClusterIsOneLineAndExitCode4() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Cli cli = Cli.run("index", catalog(), "--opensearch", "http://user:hunter2@127.0.0.1:" + port);
        assertEquals(ExitCodes.CLUSTER, cli.exitCode(), cli.err());
        String[] lines = cli.err().strip().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("litindex: cannot reach OpenSearch at http://127.0.0.1:" + port + ": "), cli.err());
        assertFalse(cli.err().contains("hunter2"), "the password is never printed: " + cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    void readingCommandsOnAnUnreachableClusterOrWithBadOptions() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Cli unreachable = Cli.run("search", "clip", "--opensearch", "http://user:hunter2@127.0.0.1:" + port);
        assertEquals(ExitCodes.CLUSTER, unreachable.exitCode(), unreachable.err());
        assertTrue(unreachable.err().strip().startsWith("litindex: cannot reach OpenSearch at http://127.0.0.1:" + port + ": "), unreachable.err());
        assertFalse(unreachable.err().contains("hunter2"), unreachable.err());
        Cli badUrl = Cli.run("show", "some-id", "--opensearch", "ftp://127.0.0.1:9");
        assertEquals(ExitCodes.USAGE, badUrl.exitCode());
        assertTrue(badUrl.err().contains("not an OpenSearch URL: ftp://127.0.0.1:9"), badUrl.err());
        Cli nameAlone = Cli.run("facets", "--index-name", "papers");
        assertEquals(ExitCodes.USAGE, nameAlone.exitCode());
        assertTrue(nameAlone.err().contains("--index-name names an OpenSearch index"), nameAlone.err());
        Cli both = Cli.run("stats", "--index", "some-dir", "--opensearch", "http://127.0.0.1:9");
        assertEquals(ExitCodes.USAGE, both.exitCode());
        assertTrue(both.err().contains("--index (a directory) and --opensearch (a cluster) cannot be used together"), both.err());
        Cli badName = Cli.run("search", "x", "--opensearch", "http://127.0.0.1:9", "--index-name", "My Papers");
        assertEquals(ExitCodes.USAGE, badName.exitCode());
        assertTrue(badName.err().contains("invalid OpenSearch index name 'My Papers'"), badName.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli badName = Cli.run("index", catalog(), "--opensearch", "http://127.0.0.1:9", "--index-name", "My Papers");
        assertEquals(ExitCodes.USAGE, badName.exitCode());
        assertTrue(badName.err().contains("litindex: invalid OpenSearch index name 'My Papers': it must be lower case"), badName.err());
        Cli nameAlone = Cli.run("index", catalog(), "--index-name", "papers");
        assertEquals(ExitCodes.USAGE, nameAlone.exitCode());
        assertTrue(nameAlone.err().contains("--index-name names an OpenSearch index"), nameAlone.err());
        Cli both = Cli.run("index", catalog(), "--index", "some-dir", "--opensearch", "http://127.0.0.1:9");
        assertEquals(ExitCodes.USAGE, both.exitCode());
        Cli badUrl = Cli.run("index", catalog(), "--opensearch", "ftp://127.0.0.1:9");
        assertEquals(ExitCodes.USAGE, badUrl.exitCode());
        assertTrue(badUrl.err().contains("not an OpenSearch URL: ftp://127.0.0.1:9"), badUrl.err());
    }

    @Test
    void indexesIntoTheClusterAndRefusesAForeignIndex() throws Exception {
        String urls = System.getenv(ENV);
        if (urls == null || urls.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + ENV + " is not set: .ci/run starts a cluster with scripts/opensearch-cluster.sh");
            }
            Assumptions.abort("no OpenSearch cluster: start one with scripts/opensearch-cluster.sh start and set " + ENV
                    + "=$(scripts/opensearch-cluster.sh address)");
        }
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL).toLowerCase(Locale.ROOT);
        String name = "it-cli-" + suffix;
        String foreign = "it-cli-foreign-" + suffix;
        OpenSearchClient client = OpenSearchTarget.parse(urls).client();
        try {
            int entries = Catalog.bundledEntries().size();
            Cli created = Cli.run("index", catalog(), "--opensearch", urls, "--index-name", name);
            assertEquals(ExitCodes.OK, created.exitCode(), created.err());
            assertTrue(created.err().contains("; " + entries + " indexed; created OpenSearch index '" + name + "' (" + name + "-"), created.err());
            Cli replaced = Cli.run("index", catalog(), "--opensearch", urls, "--index-name", name, "--replace");
            assertEquals(ExitCodes.OK, replaced.exitCode(), replaced.err());
            assertTrue(replaced.err().contains("; " + entries + " indexed; replaced OpenSearch index '" + name + "'"), replaced.err());
            try (Response r = client.generic().execute(Requests.builder().method("GET").endpoint("/" + name + "/_count").build())) {
                assertTrue(r.getBody().orElseThrow().bodyAsString().contains("\"count\":" + entries));
            }

            // the reading commands on the cluster answer as they do on the same entries embedded
            String json = Cli.run("search", "remote sensing vqa", "--format", "json", "--facet", "venue", "--facet", "year").out();
            Cli onCluster = Cli.run("search", "remote sensing vqa", "--format", "json", "--facet", "venue", "--facet", "year",
                    "--opensearch", urls, "--index-name", name);
            assertEquals(ExitCodes.OK, onCluster.exitCode(), onCluster.err());
            assertEquals(json, onCluster.out());
            Cli filtered = Cli.run("facets", "grounding", "--venue", "arXiv", "--opensearch", urls, "--index-name", name);
            assertEquals(Cli.run("facets", "grounding", "--venue", "arXiv").out(), filtered.out(), filtered.err());
            String firstId = JsonEntries.mapper().readTree(json).get("hits").get(0).get("id").asText();
            Cli show = Cli.run("show", firstId, "--opensearch", urls, "--index-name", name);
            assertEquals(ExitCodes.OK, show.exitCode(), show.err());
            assertEquals(Cli.run("show", firstId).out(), show.out());
            Cli suggest = Cli.run("suggest", "geochat", "--opensearch", urls, "--index-name", name);
            assertEquals(Cli.run("suggest", "geochat").out(), suggest.out(), suggest.err());
            Cli related = Cli.run("related", firstId, "--opensearch", urls, "--index-name", name, "--format", "json");
            assertEquals(ExitCodes.OK, related.exitCode(), related.err());
            // OpenSearch's more_like_this with the embedded MoreLikeThis's settings: the same first five
            assertEquals(relatedIds(Cli.run("related", firstId, "--format", "json").out()).subList(0, 5),
                    relatedIds(related.out()).subList(0, 5));
            assertFalse(relatedIds(related.out()).contains(firstId), "an entry is not related to itself");
            Cli stats = Cli.run("stats", "--format", "json", "--opensearch", urls, "--index-name", name);
            assertEquals(entries, JsonEntries.mapper().readTree(stats.out()).get("entries").asInt(), stats.err());
            Cli export = Cli.run("export", "--format", "jsonl", "--opensearch", urls, "--index-name", name);
            assertEquals(entries, export.out().strip().split("\n").length, export.err());
            // the server answers over the cluster as over the embedded index
            assertEquals(api(io.litindex.search.Searcher.bundled(), "/api/search?q=geochat&venue=arXiv&facet=venue"),
                    api(io.litindex.opensearch.OpenSearchSearcher.open(OpenSearchTarget.parse(urls), name), "/api/search?q=geochat&venue=arXiv&facet=venue"));
            Cli missing = Cli.run("search", "x", "--opensearch", urls, "--index-name", name + "-none");
            assertEquals(ExitCodes.INDEX, missing.exitCode(), missing.err());
            assertTrue(missing.err().contains("no index '" + name + "-none' on "), missing.err());

            try (Response r = client.generic().execute(Requests.builder().method("PUT").endpoint("/" + foreign).json("{}").build())) {
                assertEquals(200, r.getStatus());
            }
            Cli foreignSearch = Cli.run("search", "x", "--opensearch", urls, "--index-name", foreign);
            assertEquals(ExitCodes.INDEX, foreignSearch.exitCode(), foreignSearch.err());
            assertTrue(foreignSearch.err().contains("was made by another program"), foreignSearch.err());
            Cli refused = Cli.run("index", catalog(), "--opensearch", urls, "--index-name", foreign);
            assertEquals(ExitCodes.INDEX, refused.exitCode(), refused.err());
            assertTrue(refused.err().strip().endsWith("was made by another program (its mapping has no _meta.litindex);"
                    + " litindex will not write into it: choose another --index-name"), refused.err());
        } finally {
            for (String index : List.of(name + "-*", foreign)) {
                client.generic().execute(Requests.builder().method("DELETE").endpoint("/" + index).build()).close();
            }
            client._transport().close();
        }
    }

    private static List<String> relatedIds(String json) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        JsonEntries.mapper().readTree(json).get("related").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    /** The body of one GET to a server over {@code searcher}, which is closed afterwards. */
    private static String api(io.litindex.search.SearchBackend searcher, String path) throws Exception {
        try (searcher; io.litindex.server.LitindexServer server = io.litindex.server.LitindexServer.start(searcher,
                new io.litindex.server.LitindexServer.Options("127.0.0.1", 0, null))) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url().replaceAll("/$", "") + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        }
    }
}
