package io.litindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.Catalog;
import io.litindex.index.Indexer;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.SearchParameters;
import io.litindex.model.SearchRequest;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP: the server on a free port over an on-disk index of the bundled catalog. */
class HttpApiTest {
    @TempDir
    static Path dir;

    static Path index;
    static Searcher searcher;
    static LitindexServer server;
    /** The time limit of the server's searches and of the ones its answers are compared with. */
    static final Duration FULL = Duration.ofMinutes(1);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        index = dir.resolve("index");
        try (Indexer indexer = Indexer.open(index, true)) {
            indexer.putAll(Catalog.bundledEntries());
            indexer.commit();
        }
        searcher = Searcher.open(index);
        // a minute's time limit per search, as core's tests (FullRequests): a loaded machine must not make an answer partial
        server = LitindexServer.start(searcher, new LitindexServer.Options("127.0.0.1", 0, Duration.ofMillis(100), FULL));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        return JsonEntries.mapper().readTree(response.body());
    }

    @Test
    void searchReturnsCoresJsonOfTheSameRequest() throws Exception {
        HttpResponse<String> response = get("/api/search?q=grounding&facet=venue&facet=year&facet=kind");
        assertEquals(200, response.statusCode());
        SearchRequest same = SearchRequest.builder().query("grounding").facets(List.of(
                io.litindex.model.Dimension.VENUE, io.litindex.model.Dimension.YEAR, io.litindex.model.Dimension.KIND)).timeLimit(FULL).build();
        assertEquals(JsonEntries.toPrettyJson(searcher.search(same)), response.body());
        JsonNode body = json(response);
        assertEquals("2311.15826", body.get("hits").get(0).get("id").asText(), "GeoChat ranks first for grounding");
        assertTrue(body.get("hits").get(0).get("highlightsHtml").get("title").asText().contains("<mark>Grounded</mark>"),
                body.get("hits").get(0).toString());
    }

    @Test
    void explainGivesEachHitsPartsAndExplainsAnEntryOutsideTheHits() throws Exception {
        JsonNode body = json(get("/api/search?q=grounding&explain=true&limit=3"));
        JsonNode first = body.get("hits").get(0);
        assertEquals("2311.15826", first.get("id").asText());
        JsonNode why = first.get("explanation");
        assertEquals("title words", why.get("parts").get(0).get("part").asText(), why.toString());
        assertEquals(1, why.get("rank").asInt());
        double sum = 0;
        for (JsonNode part : why.get("parts")) {
            sum += part.get("score").asDouble();
        }
        assertEquals(first.get("score").asDouble(), sum, 1e-3, why.toString());
        assertEquals(null, json(get("/api/search?q=grounding&limit=3")).get("hits").get(0).get("explanation"), "only when asked");

        // SkyEyeGPT is no hit of "grounding visual": its explanation says which word it lacks
        JsonNode one = json(get("/api/explain/2401.09712?q=remote+sensing+grounding"));
        assertEquals("2401.09712", one.get("id").asText());
        assertTrue(one.get("matches").asBoolean());
        assertEquals("grounding", one.get("notMatched").get(0).asText(), one.toString());
        assertTrue(one.get("rank").asInt() > 3, one.toString());
        assertEquals("title words", one.get("parts").get(0).get("part").asText(), one.toString());

        HttpResponse<String> unknown = get("/api/explain/no-such-id?q=grounding");
        assertEquals(404, unknown.statusCode());
        assertEquals("unknown_id", json(unknown).get("error").asText());
        HttpResponse<String> bad = get("/api/search?q=grounding&explain=maybe");
        assertEquals(400, bad.statusCode());
        assertEquals("explain", json(bad).get("parameter").asText());
    }

    @Test
    void filtersAndDrillSidewaysCountsComeThroughTheParameters() throws Exception {
        JsonNode all = json(get("/api/search?q=remote+sensing&facet=venue"));
        JsonNode tgrs = json(get("/api/search?q=remote+sensing&facet=venue&venue=T-GRS"));
        assertTrue(tgrs.get("total").asLong() < all.get("total").asLong());
        for (JsonNode hit : tgrs.get("hits")) {
            assertEquals("T-GRS", hit.get("venue").asText());
        }
        assertEquals(all.get("facets").get("venue"), tgrs.get("facets").get("venue"), "a checked venue keeps its siblings' counts");
        JsonNode years = json(get("/api/search?year=2023..2023&kind=paper&has_code=true&sort=newest&limit=3&offset=1"));
        assertEquals(3, years.get("hits").size());
        for (JsonNode hit : years.get("hits")) {
            assertEquals(2023, hit.get("year").asInt());
            assertEquals("paper", hit.get("kind").asText());
            assertTrue(java.util.stream.StreamSupport.stream(hit.get("links").spliterator(), false)
                    .anyMatch(l -> l.get("kind").asText().equals("code") && l.get("url").asText().startsWith("https://")), hit.toString());
        }
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        Map<String, String> bad = Map.of(
                "year=20x4", "year",
                "limit=-1", "limit",
                "sort=popular", "sort",
                "limit=101", "limit",
                "offset=10001", "offset",
                "facet=colour", "facet",
                "kind=book", "kind",
                "colour=red", "colour");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> response = get("/api/search?q=clip&" + e.getKey());
            assertEquals(400, response.statusCode(), e.getKey());
            JsonNode body = json(response);
            assertEquals("invalid_parameter", body.get("error").asText(), response.body());
            assertEquals(e.getValue(), body.get("parameter").asText(), response.body());
            assertTrue(body.get("message").asText().contains(e.getValue()), response.body());
            assertFalse(response.body().contains("at io.") || response.body().contains("Exception"), response.body());
        }
        HttpResponse<String> query = get("/api/search?q=" + URLEncoder.encode("*sky", StandardCharsets.UTF_8));
        assertEquals(400, query.statusCode(), query.body());
        assertEquals("invalid_request", json(query).get("error").asText());
    }

    @Test
    void requestsAreBounded() throws Exception {
        StringBuilder many = new StringBuilder("/api/search?q=clip");
        for (int i = 0; i < LitindexServer.MAX_HEADER_BYTES / 30 && many.length() < 3000; i++) {
            many.append("&venue=v").append(i);
        }
        HttpResponse<String> tooMany = get(many.toString());
        assertEquals(400, tooMany.statusCode());
        assertEquals("too_many_parameters", json(tooMany).get("error").asText());
        // a client of its own: Jetty closes the connection after refusing the request line
        HttpResponse<String> huge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/api/search?q=" + "x".repeat(LitindexServer.MAX_HEADER_BYTES + 10))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(huge.statusCode() == 414 || huge.statusCode() == 431, "a request line past the header limit is refused by Jetty: " + huge.statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("q=clip")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), "nothing changes the index");
    }

    @Test
    void entriesRelatedSuggestExportAndStats() throws Exception {
        JsonNode skyEye = json(get("/api/entries/2401.09712"));
        assertEquals("2401.09712", skyEye.get("id").asText());
        assertTrue(skyEye.get("title").asText().startsWith("SkyEyeGPT"));
        assertEquals("skyeye-968k", skyEye.get("datasets").get(0).get("id").asText(), "the datasets built from the paper");

        HttpResponse<String> unknown = get("/api/entries/no-such-paper");
        assertEquals(404, unknown.statusCode());
        assertEquals("unknown_id", json(unknown).get("error").asText());
        assertTrue(json(unknown).get("message").asText().contains("no-such-paper"));
        assertEquals(404, get("/api/related/no-such-paper").statusCode());

        JsonNode related = json(get("/api/related/2401.09712?limit=3"));
        assertEquals(3, related.get("related").size());
        assertEquals("skyeye-968k", related.get("related").get(0).get("id").asText(), "a paper's dataset comes first");

        JsonNode suggest = json(get("/api/suggest?q=sky"));
        assertEquals("sky", suggest.get("prefix").asText());
        List<String> texts = new ArrayList<>();
        suggest.get("suggestions").forEach(s -> texts.add(s.get("text").asText()));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("SkyEye")), texts.toString());
        assertEquals(400, get("/api/suggest").statusCode(), "q is required");

        HttpResponse<String> bib = get("/api/export?format=bibtex&q=grounding&limit=2");
        assertEquals(200, bib.statusCode());
        assertTrue(bib.headers().firstValue("Content-Type").orElse("").startsWith("application/x-bibtex"));
        assertEquals(2, bib.body().split("\n@").length, bib.body());
        assertTrue(bib.body().contains("GeoChat"), bib.body());
        HttpResponse<String> jsonl = get("/api/export?format=jsonl&kind=dataset");
        assertEquals(10, jsonl.body().strip().split("\n").length, "the catalog's 10 datasets: " + jsonl.body());
        assertEquals("10", jsonl.headers().firstValue("X-Litindex-Entries").orElse(null));
        HttpResponse<String> csv = get("/api/export?format=csv&kind=dataset");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,kind,title,"), csv.body());
        assertEquals(400, get("/api/export?format=docx").statusCode());
        HttpResponse<String> oneBib = get("/api/entries/2311.15826?format=bibtex");
        assertTrue(oneBib.body().startsWith("@") && oneBib.body().contains("GeoChat"), oneBib.body());

        JsonNode stats = json(get("/api/stats"));
        assertEquals(Catalog.bundledEntries().size(), stats.get("entries").asInt());
        long withCode = Catalog.bundledEntries().stream().filter(io.litindex.model.Entry::hasCode).count();
        assertEquals(withCode, stats.get("withCode").asLong());
        assertEquals(List.of("location", "entries", "sizeBytes", "builtBy", "withCode", "kinds", "venues", "years"),
                iterableToList(stats.fieldNames()), "the same fields, in the same order, as litindex stats --format json");
        assertEquals("2023", stats.get("years").get(0).get("value").asText(), "years oldest first");
        JsonNode health = json(get("/health"));
        assertEquals("ok", health.get("status").asText());
        assertEquals(Catalog.bundledEntries().size(), health.get("entries").asInt());
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/search?q=clip", "/api/entries/none", "/nowhere")) {
            HttpResponse<String> response = get(path);
            assertEquals(LitindexServer.CSP, response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
        assertTrue(LitindexServer.CSP.contains("script-src 'self'") && !LitindexServer.CSP.contains("unsafe-inline"));
    }

    /** Sends a raw request line, as a hostile client would (HttpClient would normalize the path), and returns the response. */
    static String raw(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void staticFilesCannotBeReadOutsideThePage() throws Exception {
        assertTrue(raw("/").startsWith("HTTP/1.1 200"), "the page itself is served");
        String classFile = "io/litindex/server/LitindexServer.class";
        assertNotEquals(null, HttpApiTest.class.getResource("/" + classFile), "the file the attacks aim at exists");
        for (String target : List.of(
                "/../LitindexServer.class",
                "/..%2fLitindexServer.class",
                "/%2e%2e/LitindexServer.class",
                "/%2e%2e%2fLitindexServer.class",
                "/.%2e/.%2e/.%2e/.%2e/" + classFile,
                "/app.js/../../LitindexServer.class",
                "/..\\LitindexServer.class",
                "/%252e%252e/LitindexServer.class",
                "/" + classFile,
                "/simplelogger.properties",
                "/../simplelogger.properties",
                "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/simplelogger.properties")) {
            String response = raw(target);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertFalse(status.contains(" 200 "), target + " -> " + status);
            assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + " -> " + status);
            assertFalse(response.contains("CAFEBABE") || response.contains("\u00ca\u00fe\u00ba\u00be") || response.contains("simpleLogger"),
                    target + " leaked a file");
        }
    }

    @Test
    void aCommitByAnotherWriterIsServedWithoutARestart() throws Exception {
        String word = "zyxwvutronics";
        assertEquals(0, json(get("/api/search?q=" + word)).get("total").asLong());
        try (Indexer indexer = Indexer.open(index)) {
            indexer.put(Entry.builder("10.5555/zyx.2026.1", "Zyxwvutronics: a paper added while the server runs").venue("arXiv").year(2026).build());
            indexer.commit();
        }
        long committed = System.nanoTime();
        long seenAfter = -1;
        while (System.nanoTime() - committed < Duration.ofSeconds(10).toNanos()) {
            if (json(get("/api/search?q=" + word)).get("total").asLong() == 1) {
                seenAfter = (System.nanoTime() - committed) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(seenAfter >= 0, "the new commit was never served");
        assertEquals("10.5555/zyx.2026.1", json(get("/api/entries/10.5555/zyx.2026.1")).get("id").asText(), "a DOI's slash stays a slash");
        try (Indexer indexer = Indexer.open(index)) {
            indexer.delete("10.5555/zyx.2026.1");
            indexer.commit();
        }
        long deleted = System.nanoTime();
        while (get("/api/entries/10.5555/zyx.2026.1").statusCode() != 404) {
            assertTrue(System.nanoTime() - deleted < Duration.ofSeconds(10).toNanos(), "the deletion was never served");
            Thread.sleep(20);
        }
        System.out.println("commit served after " + seenAfter + " ms (the server looks every 100 ms here)");
    }

    @Test
    void unknownParametersOfOtherEndpointsAreNamed() throws Exception {
        HttpResponse<String> response = get("/api/related/2401.09712?limt=3");
        assertEquals(400, response.statusCode());
        assertEquals("limt", json(response).get("parameter").asText());
        assertTrue(SearchParameters.NAMES.containsAll(Set.of("q", "venue", "year", "has_code", "facet")));
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    /** Forty misspelled or truncated words: a search of them takes over 10 ms on a fast machine, far beyond 1 ms. */
    static String slowQuery() {
        List<String> words = new ArrayList<>();
        for (String w : "grouding sensng visoin langage mdoel remte satelite imagry captoning detecton segmentaton clasification benchmrk datset agnt reasning instrction tunning modl learnng".split(" ")) {
            words.add(w + "~2");
        }
        for (String p : "sk re ge vi la mo in da be ag se cl im ca de tr pr fo mu te".split(" ")) {
            words.add(p + "*");
        }
        return URLEncoder.encode(String.join(" ", words), StandardCharsets.UTF_8);
    }

    @Test
    void aSearchOutOfTimeIsPartialAndAnExportOutOfTimeIsRefused() throws Exception {
        HttpResponse<String> whole = get("/api/export?format=jsonl&q=" + slowQuery());
        assertEquals(200, whole.statusCode(), whole.body());
        int entries = Integer.parseInt(whole.headers().firstValue("X-Litindex-Entries").orElseThrow());
        assertTrue(entries > 20, "entries " + entries);
        assertEquals(entries, whole.body().lines().count());
        try (LitindexServer hurried = LitindexServer.start(searcher, new LitindexServer.Options("127.0.0.1", 0, null, Duration.ofMillis(1)))) {
            URI base = URI.create(hurried.url());
            HttpResponse<String> search = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/search?q=" + slowQuery())).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(json(search).get("partial").asBoolean(), search.body());
            HttpResponse<String> export = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/export?q=" + slowQuery())).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(503, export.statusCode(), export.body());
            JsonNode error = json(export);
            assertEquals("time_limit", error.get("error").asText());
            assertEquals("the export stopped at the time limit of 1 ms per search after 0 entries; narrow the query or export fewer (limit)",
                    error.get("message").asText());
        }
    }
}
