package io.litindex.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litindex.Catalog;
import io.litindex.IndexUnavailableException;
import io.litindex.index.Analyzers;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.model.Entry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/** litindex's schema and import on a real OpenSearch cluster ({@link TestCluster}). */
class ClusterIndexingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> aliases = new ArrayList<>();
    private static OpenSearchTarget target;
    private static OpenSearchClient admin;

    /** In each test, not once for the class: without a cluster every test is then reported as skipped, with the reason. */
    @BeforeEach
    void connect() {
        if (target == null) {
            target = TestCluster.target();
            admin = target.client();
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (admin != null) {
            for (String alias : aliases) {
                TestCluster.deleteAlias(admin, alias);
            }
            admin._transport().close();
        }
    }

    private static OpenSearchIndexer indexer(String prefix) {
        String name = TestCluster.uniqueName(prefix);
        aliases.add(name);
        return OpenSearchIndexer.open(target, name, OpenSearchSchema.standard(), OpenSearchIndexer.Options.defaults());
    }

    private static JsonNode get(String path) throws IOException {
        try (Response r = admin.generic().execute(Requests.builder().method("GET").endpoint(path).build())) {
            return JSON.readTree(r.getBody().map(Body::bodyAsString).orElse("{}"));
        }
    }

    private static JsonNode post(String path, String body) throws IOException {
        try (Response r = admin.generic().execute(Requests.builder().method("POST").endpoint(path).json(body).build())) {
            return JSON.readTree(r.getBody().map(Body::bodyAsString).orElse("{}"));
        }
    }

    @Test
    void mappingIsCreatedFromTheSchema() throws IOException {
        try (OpenSearchIndexer indexer = indexer("mapping")) {
            OpenSearchIndexer.Report report = indexer.index(Catalog.bundledEntries().subList(0, 3), false, n -> {});
            JsonNode mapping = get("/" + indexer.name() + "/_mapping").path(report.index()).path("mappings");
            assertEquals("strict", mapping.path("dynamic").asText());
            TreeSet<String> fields = new TreeSet<>();
            mapping.path("properties").fieldNames().forEachRemaining(fields::add);
            assertEquals(new TreeSet<>(OpenSearchSchema.fieldNames()), fields);
            assertEquals(Schema.VERSION, mapping.at("/_meta/litindex/schema").asInt());
            // the cluster took the analysis: synonyms included
            JsonNode synonyms = get("/" + report.index() + "/_settings").path(report.index()).at("/settings/index/analysis/filter/litindex_synonyms/synonyms");
            assertTrue(synonyms.size() > 10, synonyms.toString());
        }
    }

    @Test
    void compoundNamesSplitAsEmbedded() throws IOException {
        try (OpenSearchIndexer indexer = indexer("analyze")) {
            indexer.index(Catalog.bundledEntries().subList(0, 1), false, n -> {});
            for (String text : List.of("RS-LLaVA and SkyEyeGPT", "GeoRSCLIP, H2RSVLM and LHRS-Bot on MMRS-1M")) {
                JsonNode analyzed = post("/" + indexer.name() + "/_analyze",
                        JSON.createObjectNode().put("analyzer", OpenSearchSchema.TEXT).put("text", text).toString());
                assertEquals(embedded(Analyzers.text(), text), tokens(analyzed), text);
                JsonNode exact = post("/" + indexer.name() + "/_analyze",
                        JSON.createObjectNode().put("analyzer", OpenSearchSchema.EXACT).put("text", text).toString());
                assertEquals(embedded(Analyzers.exact(), text), tokens(exact), text);
            }
            JsonNode sky = post("/" + indexer.name() + "/_analyze",
                    JSON.createObjectNode().put("analyzer", OpenSearchSchema.EXACT).put("text", "SkyEyeGPT").toString());
            assertEquals(List.of("1:skyeyegpt", "0:sky", "0:skyeye", "0:eye", "0:eyegpt", "0:gpt"), tokens(sky));
        }
    }

    @Test
    void synonymsExpandAsEmbedded() throws IOException, java.text.ParseException {
        // the embedded query analyzer with the bundled rules, parsed as litindex parses them (through the query chain)
        org.apache.lucene.analysis.synonym.SolrSynonymParser parser =
                new org.apache.lucene.analysis.synonym.SolrSynonymParser(true, true, Analyzers.textQuery());
        parser.parse(new java.io.StringReader(OpenSearchSchema.bundledSynonyms()));
        Analyzer embedded = Analyzers.textQuery(parser.build());
        try (OpenSearchIndexer indexer = indexer("synonyms")) {
            indexer.index(Catalog.bundledEntries().subList(0, 1), false, n -> {});
            for (String query : List.of("rs", "RS VQA models", "synthetic aperture radar", "vision-language models for EO")) {
                JsonNode analyzed = post("/" + indexer.name() + "/_analyze",
                        JSON.createObjectNode().put("analyzer", OpenSearchSchema.TEXT_QUERY).put("text", query).toString());
                List<String> expected = embedded(embedded, query);
                assertEquals(expected, tokens(analyzed), query);
                assertTrue(expected.size() > query.split(" ").length, "the rules expand " + query + ": " + expected);
            }
        }
    }

    /** Tokens as "position increment:term". */
    private static List<String> tokens(JsonNode analyzed) {
        List<String> out = new ArrayList<>();
        int previous = -1;
        for (JsonNode token : analyzed.path("tokens")) {
            int position = token.path("position").asInt();
            out.add((position - previous) + ":" + token.path("token").asText());
            previous = position;
        }
        return out;
    }

    private static List<String> embedded(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("title", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(increment.getPositionIncrement() + ":" + term);
            }
            stream.end();
        }
        return out;
    }

    @Test
    void bundledCatalogIsIndexedAndReimportUpdatesInPlace() throws IOException {
        List<Entry> catalog = Catalog.bundledEntries();
        try (OpenSearchIndexer indexer = indexer("catalog")) {
            AtomicInteger progress = new AtomicInteger();
            OpenSearchIndexer.Report first = indexer.index(catalog, false, n -> progress.set((int) n));
            assertEquals(catalog.size(), first.indexed());
            assertEquals(List.of(), first.failed());
            assertTrue(first.swapped(), "a new alias points to the new index");
            assertEquals(catalog.size(), progress.get());
            assertEquals(catalog.size(), indexer.count());
            // compound parts are indexed: "skyeye" finds SkyEyeGPT in the vocabulary field
            var hits = admin.search(s -> s.index(indexer.name()).query(q -> q.term(t -> t.field(Fields.WORDS).value(FieldValue.of("skyeye")))),
                    ObjectNode.class).hits().hits();
            TreeSet<String> found = new TreeSet<>();
            hits.forEach(h -> found.add(h.id()));
            TreeSet<String> expected = new TreeSet<>();
            for (Entry e : catalog) {
                String text = (e.title() + " " + e.note() + " " + String.join(" ", e.aliases())).toLowerCase(java.util.Locale.ROOT);
                if (text.contains("skyeye")) {
                    expected.add(e.id());
                }
            }
            assertTrue(expected.size() >= 2, "SkyEyeGPT and the SkyEye-968k dataset: " + expected);
            assertEquals(expected, found);

            // the same entries again, one with a new note: same count, the note replaced, the same physical index
            Entry changed = catalog.get(0).toBuilder().note("re-imported note zebracorn").build();
            List<Entry> again = new ArrayList<>(catalog);
            again.set(0, changed);
            OpenSearchIndexer.Report second = indexer.index(again, false, n -> {});
            assertEquals(first.index(), second.index());
            assertFalse(second.swapped());
            assertEquals(catalog.size(), indexer.count());
            var doc = admin.get(g -> g.index(indexer.name()).id(changed.id()), ObjectNode.class);
            assertEquals(2L, doc.version());
            assertEquals("re-imported note zebracorn", doc.source().path(Fields.ENTRY).path("note").asText());
        }
    }

    @Test
    void everyLinkOfAnEntryComesBackFromTheCluster() throws IOException {
        Entry geochat = Entry.builder("2311.15826", "GeoChat: Grounded Large Vision-Language Model for Remote Sensing")
                .link("paper", "https://arxiv.org/abs/2311.15826").link("code", "https://github.com/mbzuai-oryx/geochat", "official code")
                .link("code", "https://github.com/someone/geochat-pytorch", "PyTorch").build();
        try (OpenSearchIndexer indexer = indexer("links")) {
            assertEquals(List.of(), indexer.index(List.of(geochat), false, n -> {}).failed());
            try (OpenSearchSearcher searcher = OpenSearchSearcher.open(target, indexer.name())) {
                Entry back = searcher.get(geochat.id()).orElseThrow();
                assertEquals(geochat.links(), back.links(), "both code links, in order, with their labels");
                assertTrue(searcher.search(io.litindex.model.SearchRequest.builder().query("geochat").hasCode(true).build())
                        .hits().stream().anyMatch(h -> h.entry().urls("code").size() == 2));
            }
        }
    }

    @Test
    void replaceSwapsTheAliasWhileSearchesRun() throws Exception {
        List<Entry> catalog = Catalog.bundledEntries();
        try (OpenSearchIndexer indexer = indexer("replace")) {
            OpenSearchIndexer.Report initial = indexer.index(catalog, false, n -> {});
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger searches = new AtomicInteger();
            AtomicInteger empty = new AtomicInteger();
            AtomicReference<Throwable> error = new AtomicReference<>();
            List<Thread> searchers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread thread = new Thread(() -> {
                    while (!stop.get() && error.get() == null) {
                        try {
                            long total = admin.search(s -> s.index(indexer.name()).size(1)
                                    .query(q -> q.match(m -> m.field(Fields.TITLE).query(FieldValue.of("remote sensing")))), ObjectNode.class)
                                    .hits().total().value();
                            searches.incrementAndGet();
                            if (total == 0) {
                                empty.incrementAndGet();
                            }
                        } catch (Throwable e) {
                            error.compareAndSet(null, e);
                        }
                    }
                });
                thread.start();
                searchers.add(thread);
            }
            List<String> physical = new ArrayList<>(List.of(initial.index()));
            try {
                for (int round = 0; round < 3; round++) {
                    OpenSearchIndexer.Report report = indexer.index(catalog, true, n -> {});
                    assertTrue(report.swapped());
                    assertEquals(List.of(physical.get(physical.size() - 1)), report.removed());
                    assertNotEquals(physical.get(physical.size() - 1), report.index());
                    physical.add(report.index());
                }
            } finally {
                stop.set(true);
                for (Thread thread : searchers) {
                    thread.join();
                }
            }
            if (error.get() != null) {
                throw new AssertionError("a search failed during --replace after " + searches.get() + " searches", error.get());
            }
            assertTrue(searches.get() > 0);
            assertEquals(0, empty.get(), "empty results among " + searches.get() + " searches");
            assertEquals(catalog.size(), indexer.count());
            assertEquals(List.of(physical.get(physical.size() - 1)), List.copyOf(
                    admin.indices().getAlias(a -> a.name(indexer.name())).result().keySet()));
        }
    }

    @Test
    void indexOfAnotherProgramIsRefused() throws IOException {
        String foreign = TestCluster.uniqueName("foreign");
        try (Response r = admin.generic().execute(Requests.builder().method("PUT").endpoint("/" + foreign)
                .json("{\"mappings\":{\"properties\":{\"title\":{\"type\":\"keyword\"}}}}").build())) {
            assertEquals(200, r.getStatus());
        }
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, foreign, OpenSearchSchema.standard(), OpenSearchIndexer.Options.defaults())) {
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                    () -> indexer.index(Catalog.bundledEntries(), false, n -> {}));
            assertEquals("the index '" + foreign + "' on " + target + " was made by another program (its mapping has no _meta.litindex);"
                    + " litindex will not write into it: choose another --index-name", e.getMessage());
            assertThrows(IndexUnavailableException.class, () -> indexer.index(Catalog.bundledEntries(), true, n -> {}));
        } finally {
            admin.indices().delete(d -> d.index(foreign));
        }
    }
}
