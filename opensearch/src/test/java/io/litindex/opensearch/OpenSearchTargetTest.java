package io.litindex.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.litindex.InvalidRequestException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

class OpenSearchTargetTest {
    @Test
    void urlsAreParsedAndCredentialsNeverShown() {
        OpenSearchTarget target = OpenSearchTarget.parse("https://admin:s3cr%40t@node-a:9201, http://node-b", Map.of());
        assertEquals(List.of("https://node-a:9201", "http://node-b:9200"), target.urls());
        assertFalse(target.toString().contains("s3cr"), target.toString());
        assertFalse(target.toString().contains("admin"), target.toString());
        assertEquals("https://node-a:9201", OpenSearchTarget.redact("https://admin:secret@node-a:9201"));
        OpenSearchTarget fromEnv = OpenSearchTarget.parse("http://h:1", Map.of(OpenSearchTarget.USERNAME_ENV, "u", OpenSearchTarget.PASSWORD_ENV, "pw"));
        assertEquals("http://h:1", fromEnv.toString());
    }

    @Test
    void badUrlsAreOneLineErrors() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> OpenSearchTarget.parse("ftp://user:pw@h:1", Map.of()));
        assertEquals("not an OpenSearch URL: ftp://h:1 (expected http://HOST:PORT or https://HOST:PORT)", e.getMessage());
        assertThrows(InvalidRequestException.class, () -> OpenSearchTarget.parse(" , ", Map.of()));
        InvalidRequestException path = assertThrows(InvalidRequestException.class, () -> OpenSearchTarget.parse("http://h:9200/papers", Map.of()));
        assertTrue(path.getMessage().contains("--index-name"), path.getMessage());
    }

    @Test
    void indexNamesFollowOpenSearchRules() {
        OpenSearchIndexer.checkName("papers-2024");
        assertEquals("invalid OpenSearch index name 'Papers': it must be lower case",
                assertThrows(InvalidRequestException.class, () -> OpenSearchIndexer.checkName("Papers")).getMessage());
        assertThrows(InvalidRequestException.class, () -> OpenSearchIndexer.checkName("_papers"));
        assertThrows(InvalidRequestException.class, () -> OpenSearchIndexer.checkName("a,b"));
        assertThrows(InvalidRequestException.class, () -> OpenSearchIndexer.checkName("a b"));
        assertThrows(InvalidRequestException.class, () -> OpenSearchIndexer.checkName(".."));
    }

    @Test
    void unreachableClusterIsOneLine() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        OpenSearchTarget target = OpenSearchTarget.parse("http://127.0.0.1:" + port, Map.of());
        OpenSearchClient client = target.client();
        try {
            ClusterUnavailableException e = assertThrows(ClusterUnavailableException.class, () -> target.checkVersion(client));
            assertTrue(e.getMessage().startsWith("cannot reach OpenSearch at http://127.0.0.1:" + port + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        } finally {
            client._transport().close();
        }
    }

    @Test
    void onlyOpenSearchTwoIsAccepted() throws IOException {
        assertEquals("2.19.6", versionCheck("opensearch", "2.19.6"));
        assertTrue(assertThrows(ClusterUnavailableException.class, () -> versionCheck("opensearch", "3.1.0")).getMessage()
                .endsWith("runs OpenSearch 3.1.0; litindex needs OpenSearch 2.x"));
        assertTrue(assertThrows(ClusterUnavailableException.class, () -> versionCheck(null, "7.10.2")).getMessage()
                .endsWith("is not OpenSearch (it says version 7.10.2); litindex needs OpenSearch 2.x"));
    }

    @Test
    void refusedCredentialsAreOneLine() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = "{\"error\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        OpenSearchTarget target = OpenSearchTarget.parse("http://admin:wrong@127.0.0.1:" + server.getAddress().getPort(), Map.of());
        OpenSearchClient client = target.client();
        try {
            ClusterUnavailableException e = assertThrows(ClusterUnavailableException.class, () -> target.checkVersion(client));
            assertEquals("OpenSearch at " + target + " refused the credentials (401); set them in the URL or in "
                    + "LITINDEX_OPENSEARCH_USERNAME and LITINDEX_OPENSEARCH_PASSWORD", e.getMessage());
        } finally {
            client._transport().close();
            server.stop(0);
        }
    }

    /** The version check against a loopback server answering GET / as a node of {@code distribution} {@code number} would. */
    private static String versionCheck(String distribution, String number) throws IOException {
        String body = "{\"name\":\"n\",\"cluster_name\":\"c\",\"cluster_uuid\":\"u\",\"version\":{"
                + (distribution == null ? "" : "\"distribution\":\"" + distribution + "\",")
                + "\"number\":\"" + number + "\",\"build_type\":\"tar\",\"build_hash\":\"h\",\"build_date\":\"2025-01-01T00:00:00Z\","
                + "\"build_snapshot\":false,\"lucene_version\":\"9.12.3\",\"minimum_wire_compatibility_version\":\"7.10.0\","
                + "\"minimum_index_compatibility_version\":\"7.0.0\"},\"tagline\":\"t\"}";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        OpenSearchTarget target = OpenSearchTarget.parse("http://127.0.0.1:" + server.getAddress().getPort(), Map.of());
        OpenSearchClient client = target.client();
        try {
            return target.checkVersion(client);
        } finally {
            client._transport().close();
            server.stop(0);
        }
    }
}
