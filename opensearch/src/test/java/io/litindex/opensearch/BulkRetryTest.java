package io.litindex.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.litindex.model.Entry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries and per-entry failures of the bulk import, against a loopback server that answers as OpenSearch does when
 * it is overloaded (429 for the whole request, then 429 for one item) and when one document is refused (400).
 */
class BulkRetryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;
    /** The ids of each _bulk request, in order. */
    private final List<List<String>> bulks = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    /** When set, index creation fails as on a cluster without the litindex-analysis plugin. */
    private volatile boolean withoutPlugin;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(method + " " + path);
        if (method.equals("GET") && path.equals("/")) {
            send(exchange, 200, "{\"name\":\"n\",\"cluster_name\":\"c\",\"cluster_uuid\":\"u\",\"version\":{\"distribution\":\"opensearch\","
                    + "\"number\":\"2.19.6\",\"build_type\":\"zip\",\"build_hash\":\"h\",\"build_date\":\"2025-01-01T00:00:00Z\","
                    + "\"build_snapshot\":false,\"lucene_version\":\"9.12.3\",\"minimum_wire_compatibility_version\":\"7.10.0\","
                    + "\"minimum_index_compatibility_version\":\"7.0.0\"},\"tagline\":\"t\"}");
        } else if (method.equals("HEAD")) {
            send(exchange, 404, null);
        } else if (method.equals("PUT") && withoutPlugin) {
            send(exchange, 400, "{\"error\":{\"type\":\"illegal_argument_exception\",\"reason\":\"Custom Analyzer [litindex_text] failed"
                    + " to find filter under name [litindex_compound_parts]\"},\"status\":400}");
        } else if (method.equals("PUT")) {
            send(exchange, 200, "{\"acknowledged\":true,\"shards_acknowledged\":true,\"index\":\"" + path.substring(1) + "\"}");
        } else if (path.equals("/_bulk")) {
            bulk(exchange, body);
        } else if (path.endsWith("/_refresh")) {
            send(exchange, 200, "{\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0}}");
        } else if (path.equals("/_aliases")) {
            send(exchange, 200, "{\"acknowledged\":true}");
        } else {
            send(exchange, 400, "{\"error\":{\"type\":\"unexpected\",\"reason\":\"" + method + " " + path + "\"},\"status\":400}");
        }
    }

    private void bulk(HttpExchange exchange, String body) throws IOException {
        List<String> ids = new ArrayList<>();
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i += 2) {
            ids.add(JSON.readTree(lines[i]).path("index").path("_id").asText());
        }
        bulks.add(ids);
        if (bulks.size() == 1) {
            send(exchange, 429, "{\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"rejected execution\"},\"status\":429}");
            return;
        }
        ObjectNode response = JSON.createObjectNode();
        response.put("took", 1);
        ArrayNode items = response.putArray("items");
        boolean errors = false;
        for (String id : ids) {
            ObjectNode item = items.addObject().putObject("index");
            item.put("_index", "x").put("_id", id);
            if (id.equals("bad")) {
                item.put("status", 400).putObject("error").put("type", "mapper_parsing_exception").put("reason", "failed to parse field [year]");
                errors = true;
            } else if (id.equals("busy") && bulks.size() == 2) {
                item.put("status", 429).putObject("error").put("type", "rejected_execution_exception").put("reason", "queue full");
                errors = true;
            } else {
                item.put("status", 201).put("result", "created");
            }
        }
        response.put("errors", errors);
        send(exchange, 200, response.toString());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void rejectedRequestsAndItemsAreSentAgainAndRefusedOnesReported() {
        List<Entry> entries = List.of(Entry.builder("a", "First").build(), Entry.builder("busy", "Second").build(),
                Entry.builder("bad", "Third").build(), Entry.builder("d", "Fourth").build());
        OpenSearchTarget target = OpenSearchTarget.parse("http://127.0.0.1:" + server.getAddress().getPort(), Map.of());
        OpenSearchIndexer.Options options = new OpenSearchIndexer.Options(10, 1 << 20, 4, Duration.ofMillis(1), Duration.ofMillis(5));
        List<Long> progress = new ArrayList<>();
        OpenSearchIndexer.Report report;
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, "papers", OpenSearchSchema.standard(), options)) {
            report = indexer.index(entries, false, progress::add);
        }
        // the whole first request rejected, then every item but two taken, then the busy one alone
        assertEquals(List.of(List.of("a", "busy", "bad", "d"), List.of("a", "busy", "bad", "d"), List.of("busy")), bulks);
        assertEquals(3, report.indexed());
        assertEquals(List.of(new OpenSearchIndexer.FailedEntry("bad", 400, "mapper_parsing_exception: failed to parse field [year]")), report.failed());
        assertEquals(5, report.retries());
        assertTrue(report.swapped(), "the new index got the alias");
        assertTrue(report.index().startsWith("papers-"), report.index());
        assertEquals(List.of(4L), progress);
        assertTrue(calls.contains("POST /_aliases"), calls.toString());
    }

    @Test
    void entriesStillRejectedAfterTheLastAttemptAreReported() {
        List<Entry> entries = List.of(Entry.builder("a", "First").build());
        OpenSearchTarget target = OpenSearchTarget.parse("http://127.0.0.1:" + server.getAddress().getPort(), Map.of());
        // one attempt only: the 429 of the first request is final
        OpenSearchIndexer.Options options = new OpenSearchIndexer.Options(10, 1 << 20, 1, Duration.ofMillis(1), Duration.ofMillis(5));
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, "papers", OpenSearchSchema.standard(), options)) {
            OpenSearchIndexer.Report report = indexer.index(entries, false, n -> {});
            assertEquals(0, report.indexed());
            assertEquals(List.of(new OpenSearchIndexer.FailedEntry("a", 429, "rejected execution")), report.failed());
        }
    }

    @Test
    void aClusterWithoutThePluginIsToldSo() {
        withoutPlugin = true;
        OpenSearchTarget target = OpenSearchTarget.parse("http://127.0.0.1:" + server.getAddress().getPort(), Map.of());
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, "papers", OpenSearchSchema.standard(), OpenSearchIndexer.Options.defaults())) {
            io.litindex.LitindexException e = org.junit.jupiter.api.Assertions.assertThrows(io.litindex.LitindexException.class,
                    () -> indexer.index(List.of(Entry.builder("a", "First").build()), false, n -> {}));
            assertTrue(e.getMessage().matches("OpenSearch at http://127\\.0\\.0\\.1:\\d+ did not create the index papers-\\d{8}-\\d{6}-[0-9a-f]{4}: 400 "
                    + "Custom Analyzer \\[litindex_text\\] failed to find filter under name \\[litindex_compound_parts\\] "
                    + "\\(is the litindex-analysis plugin installed on every node\\? see docs/opensearch.md\\)"), e.getMessage());
        }
        assertEquals(List.of(), bulks, "nothing sent");
    }
}
