package io.litindex.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litindex.IndexClosedException;
import io.litindex.IndexUnavailableException;
import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.index.Fields;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.SortOrder;
import io.litindex.model.Suggestion;
import io.litindex.search.IndexInfo;
import io.litindex.search.RankingQuery;
import io.litindex.search.SearchBackend;
import io.litindex.search.Searcher;
import io.litindex.search.Synonyms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;

/**
 * Answers {@link SearchRequest}s from a litindex index on an OpenSearch cluster, with the same {@link SearchResult}
 * as the embedded {@link Searcher}: the ranking is the litindex-analysis plugin's query {@code litindex} (built on
 * each shard by litindex-core itself), searched {@code dfs_query_then_fetch} so that BM25 statistics are the whole
 * index's; filters go in {@code post_filter} and each facet dimension is a {@code filter} aggregation holding every
 * other filter (drill-sideways); highlights come from the plugin's highlighter (core's own) with the plan's own
 * highlight query. Thread-safe; close it when done.
 */
public final class OpenSearchSearcher implements SearchBackend {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Buckets each shard reports per facet: more than a dimension of a real index has, so that counts are exact. */
    static final int SHARD_FACET_SIZE = 10_000;
    /** How many entries matching a prefix are looked at to complete it. */
    static final int SUGGEST_CANDIDATES = 200;
    private static final String FACET_AGG = "f_";

    private final OpenSearchTarget target;
    private final OpenSearchClient client;
    private final String name;
    /** The filters and word checks of core, for the requests (no reader needed for these). */
    private final RankingQuery ranking = new RankingQuery(Synonyms.bundled());
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The documents of the whole index (deleted ones too), for the ranking's bounds on each shard. */
    private volatile int maxDoc;

    private OpenSearchSearcher(OpenSearchTarget target, OpenSearchClient client, String name) {
        this.target = target;
        this.client = client;
        this.name = name;
    }

    /**
     * A searcher of the litindex index (or alias) {@code name} on {@code target}, after checking that the cluster
     * answers and runs OpenSearch 2.x and that the name is a litindex index of this schema version.
     *
     * @throws InvalidRequestException for a name OpenSearch would refuse
     * @throws ClusterUnavailableException for a cluster that cannot be reached or is not OpenSearch 2.x
     * @throws IndexUnavailableException when there is no such index, or another program made it
     */
    public static OpenSearchSearcher open(OpenSearchTarget target, String name) {
        OpenSearchIndexer.checkName(name);
        OpenSearchClient client = target.client();
        try {
            target.checkVersion(client);
            OpenSearchSearcher searcher = new OpenSearchSearcher(target, client, name);
            searcher.checkIndex();
            searcher.refresh();
            return searcher;
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    @Override
    public String location() {
        return target + "/" + name;
    }

    /** Refuses a name that is no index, or an index another program made or another schema version wrote. */
    private void checkIndex() {
        Answer answer = send("GET", "/" + name + "/_mapping", null);
        if (answer.status() == 404) {
            throw new IndexUnavailableException(IndexUnavailableException.Reason.MISSING, location(),
                    "no index '" + name + "' on " + target, null);
        }
        if (!answer.ok()) {
            throw new LitindexException("OpenSearch at " + target + " did not show the mapping of " + name + ": " + answer.status()
                    + " " + reason(answer.body()));
        }
        JsonNode root = read(answer.body());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> index = it.next();
            JsonNode ours = index.getValue().path("mappings").path("_meta").path(OpenSearchSchema.META_KEY);
            if (!ours.isObject()) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.UNREADABLE, location(), "the index '" + index.getKey()
                        + "' on " + target + " was made by another program (its mapping has no _meta." + OpenSearchSchema.META_KEY
                        + "); litindex searches only its own indices", null);
            }
            if (ours.path("schema").asInt(-1) != io.litindex.index.Schema.VERSION) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.OTHER_VERSION, location(), "the index '" + index.getKey()
                        + "' on " + target + " was built by litindex schema " + ours.path("schema") + "; this litindex reads schema "
                        + io.litindex.index.Schema.VERSION + ": rebuild it with index --replace", null);
            }
            String similarity = settingsOf(index.getKey()).path("index").path("similarity").path("default").path("type").asText("");
            if (!similarity.equals(OpenSearchSchema.SIMILARITY)) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.OTHER_VERSION, location(), "the index '"
                        + index.getKey() + "' on " + target + " scores with OpenSearch's own BM25, not litindex's ("
                        + OpenSearchSchema.SIMILARITY + "): it was built by an older litindex; rebuild it with index --replace", null);
            }
        }
    }

    /** The settings of one physical index. */
    private JsonNode settingsOf(String index) {
        return read(ok(send("GET", "/" + index + "/_settings", null), "read the settings of")).path(index).path("settings");
    }

    /** Reads the index's document count again (the ranking's bounds use it); searches see new documents anyway. */
    @Override
    public void refresh() {
        JsonNode docs = read(ok(send("GET", "/" + name + "/_stats/docs", null), "read the statistics of")).path("_all").path("primaries").path("docs");
        maxDoc = (int) Math.min(Integer.MAX_VALUE, docs.path("count").asLong() + docs.path("deleted").asLong());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Objects.requireNonNull(request, "request == null");
        if (request.explain()) {
            throw new io.litindex.InvalidRequestException("explaining scores needs an embedded index (--index or the bundled catalog), not " + location());
        }
        boolean words = !request.query().isBlank() && ranking.searchesWords(request.query());
        Page page = page(request, false);
        boolean fuzzy = false;
        if (page.total == 0 && !page.partial && words) {
            page = page(request, true);
            fuzzy = true;
        }
        if (page.hits.isEmpty() && words) {
            page = withReadings(page, request.query(), fuzzy);
        }
        return new SearchResult(request.query(), page.total, page.hits, page.facets, page.missing, words ? page.suggestion : null, fuzzy,
                page.partial, page.interpreted);
    }

    private record Page(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, Map<String, Long> missing, boolean partial,
            List<Interpretation> interpreted, String suggestion) {}

    /**
     * A page without hits got no word readings and no "did you mean" from the fetch phase: they depend on the query and
     * the vocabulary only, so one entry of the index is fetched to carry them.
     */
    private Page withReadings(Page page, String query, boolean fuzzy) {
        ObjectNode body = NODES.objectNode();
        body.put("size", 1);
        body.putObject("query").putObject("match_all");
        body.put("_source", false);
        body.putObject("ext").putObject("litindex").put("query", query).put("fuzzy", fuzzy).put("max_doc", maxDoc);
        for (JsonNode hit : searchRequest(body).path("hits").path("hits")) {
            JsonNode fields = hit.path("fields");
            List<Interpretation> interpreted = fields.has(INTERPRETED_FIELD) ? interpretations(fields.path(INTERPRETED_FIELD)) : List.of();
            String suggestion = fields.has(DID_YOU_MEAN_FIELD) ? fields.path(DID_YOU_MEAN_FIELD).get(0).asText() : null;
            return new Page(page.total, page.hits, page.facets, page.missing, page.partial, interpreted, suggestion);
        }
        return page;
    }

    private ObjectNode litindexQuery(String text, boolean fuzzy, String part) {
        ObjectNode q = NODES.objectNode();
        q.putObject("litindex").put("query", text).put("fuzzy", fuzzy).put("max_doc", maxDoc).put("part", part);
        return q;
    }

    private Page page(SearchRequest request, boolean fuzzy) {
        Map<Dimension, Query> filters = ranking.filters(request);
        ObjectNode body = NODES.objectNode();
        int from = request.offset();
        int size = request.limit();
        body.put("from", from);
        body.put("size", size);
        body.put("track_total_hits", true);
        body.put("track_scores", true);
        body.put("timeout", request.timeLimit().toMillis() + "ms");
        body.set("query", litindexQuery(request.query(), fuzzy, "rank"));
        // the plugin's fetch phase adds to each hit the bonus to take off its score, the word readings, a "did you mean"
        body.putObject("ext").putObject("litindex").put("query", request.query()).put("fuzzy", fuzzy).put("max_doc", maxDoc);
        if (!filters.isEmpty()) {
            body.set("post_filter", all(filters, null));
        }
        body.set("sort", sort(request.sort()));
        body.putArray("_source").add(Fields.ENTRY);
        if (request.highlight() && size > 0 && !request.query().isBlank()) {
            ObjectNode h = body.putObject("highlight");
            // the plugin's highlighter: litindex-core's own highlights (whole text, escaped, phrases marked whole)
            h.put("type", "litindex");
            h.put("require_field_match", true);
            h.set("highlight_query", litindexQuery(request.query(), fuzzy, "highlight"));
            ObjectNode fields = h.putObject("fields");
            fields.putObject(Fields.TITLE);
            fields.putObject(Fields.NOTE);
        }
        if (!request.facets().isEmpty()) {
            ObjectNode aggs = body.putObject("aggs");
            for (Dimension dim : request.facets()) {
                ObjectNode agg = aggs.putObject(FACET_AGG + dim.id());
                agg.set("filter", all(filters, dim));
                ObjectNode sub = agg.putObject("aggs");
                ObjectNode terms = sub.putObject("values").putObject("terms");
                terms.put("field", Fields.facet(dim));
                terms.put("size", Math.max(1, request.facetLimit()));
                terms.put("shard_size", Math.max(SHARD_FACET_SIZE, request.facetLimit()));
                ArrayNode order = terms.putArray("order");
                order.addObject().put("_count", "desc");
                order.addObject().put("_key", "asc");
                sub.putObject("missing").putObject("missing").put("field", Fields.facet(dim));
            }
        }
        JsonNode response = searchRequest(body);
        if (response.path("_shards").path("failed").asInt(0) > 0) {
            // a shard of an index deleted under the search (an alias moved by a replace): the alias now names the new one
            response = searchRequest(body);
        }
        long total = response.path("hits").path("total").path("value").asLong();
        List<Hit> hits = new ArrayList<>();
        List<Interpretation> interpreted = List.of();
        String suggestion = null;
        for (JsonNode hit : response.path("hits").path("hits")) {
            Entry entry = entry(hit);
            Map<String, String> plain = new LinkedHashMap<>();
            Map<String, String> html = new LinkedHashMap<>();
            for (String field : List.of(Fields.TITLE, Fields.NOTE)) {
                JsonNode fragments = hit.path("highlight").path(field);
                if (fragments.isArray() && fragments.size() > 0) {
                    String marked = fragments.get(0).asText();
                    html.put(field, marked);
                    plain.put(field, Highlighted.plain(marked));
                }
            }
            JsonNode fields = hit.path("fields");
            float score = (float) hit.path("_score").asDouble();
            if (fields.has(BONUS_FIELD)) {
                score = RankingQuery.relevance(score, (float) fields.path(BONUS_FIELD).get(0).asDouble());
            }
            if (interpreted.isEmpty() && fields.has(INTERPRETED_FIELD)) {
                interpreted = interpretations(fields.path(INTERPRETED_FIELD));
            }
            if (suggestion == null && fields.has(DID_YOU_MEAN_FIELD)) {
                suggestion = fields.path(DID_YOU_MEAN_FIELD).get(0).asText();
            }
            hits.add(new Hit(score, entry, plain, html));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        Map<String, Long> missing = new LinkedHashMap<>();
        for (Dimension dim : request.facets()) {
            JsonNode agg = response.path("aggregations").path(FACET_AGG + dim.id());
            List<FacetValue> values = new ArrayList<>();
            for (JsonNode bucket : agg.path("values").path("buckets")) {
                values.add(new FacetValue(bucket.path("key_as_string").asText(bucket.path("key").asText()), bucket.path("doc_count").asLong()));
            }
            if (request.facetLimit() == 0) {
                values.clear();
            }
            values.sort(java.util.Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
            facets.put(dim.id(), List.copyOf(values));
            missing.put(dim.id(), agg.path("missing").path("doc_count").asLong());
        }
        boolean partial = response.path("timed_out").asBoolean(false) || response.path("_shards").path("failed").asInt(0) > 0;
        return new Page(total, hits, facets, missing, partial, interpreted, suggestion);
    }

    /** The hit field the plugin's fetch phase adds: what each matched unit of the query adds to the score. */
    static final String BONUS_FIELD = "litindex_bonus";
    /** The hit field the plugin's fetch phase adds: the query with unknown words corrected. */
    static final String DID_YOU_MEAN_FIELD = "litindex_did_you_mean";
    /** The hit field the plugin's fetch phase adds: how the query's words were read, as "word\treadAs\thow". */
    static final String INTERPRETED_FIELD = "litindex_interpreted";

    private static List<Interpretation> interpretations(JsonNode values) {
        List<Interpretation> out = new ArrayList<>();
        for (JsonNode v : values) {
            String[] parts = v.asText().split("\t", -1);
            if (parts.length == 3) {
                out.add(new Interpretation(parts[0], parts[1], parts[2]));
            }
        }
        return List.copyOf(out);
    }

    /** Every filter but the one of {@code except}, as one query; match_all when none is left. */
    private static ObjectNode all(Map<Dimension, Query> filters, Dimension except) {
        ObjectNode out = NODES.objectNode();
        ArrayNode list = NODES.arrayNode();
        filters.forEach((dim, q) -> {
            if (dim != except) {
                list.add(dsl(q));
            }
        });
        if (list.isEmpty()) {
            out.putObject("match_all");
        } else {
            out.putObject("bool").set("filter", list);
        }
        return out;
    }

    /** A filter query of core ({@link RankingQuery#filters}) in OpenSearch's query DSL: terms, either-of, year ranges. */
    static ObjectNode dsl(Query q) {
        ObjectNode out = NODES.objectNode();
        if (q instanceof TermQuery t) {
            out.putObject("term").put(t.getTerm().field(), t.getTerm().text());
        } else if (q instanceof BooleanQuery b) {
            ObjectNode bool = out.putObject("bool");
            ArrayNode should = bool.putArray("should");
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.SHOULD) {
                    throw new IllegalStateException("no query DSL for a filter clause " + c);
                }
                should.add(dsl(c.getQuery()));
            }
            bool.put("minimum_should_match", 1);
        } else if (q instanceof PointRangeQuery r && r.getNumDims() == 1 && r.getBytesPerDim() == Integer.BYTES) {
            out.putObject("range").putObject(r.getField())
                    .put("gte", IntPoint.decodeDimension(r.getLowerPoint(), 0))
                    .put("lte", IntPoint.decodeDimension(r.getUpperPoint(), 0));
        } else {
            throw new IllegalStateException("no query DSL for the filter " + q);
        }
        return out;
    }

    /** The sort of an order, ties broken by id as embedded; entries without a date last, as embedded. */
    private static ArrayNode sort(SortOrder order) {
        ArrayNode sort = NODES.arrayNode();
        if (order == SortOrder.NEWEST || order == SortOrder.OLDEST) {
            sort.addObject().putObject(Fields.DATE_SORT).put("order", order == SortOrder.NEWEST ? "desc" : "asc").put("missing", "_last");
        }
        sort.addObject().put("_score", "desc");
        sort.addObject().putObject(Fields.ID).put("order", "asc");
        return sort;
    }

    private JsonNode searchRequest(ObjectNode body) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Answer answer;
        try {
            answer = send("POST", "/" + name + "/_search?search_type=dfs_query_then_fetch", json);
        } catch (IndexUnavailableException e) {
            // the index the alias named was deleted between resolving and searching (a replace): once more, on the new one
            answer = send("POST", "/" + name + "/_search?search_type=dfs_query_then_fetch", json);
        }
        if (answer.status() == 400 && answer.body().contains("[litindex]") && (answer.body().contains("unknown query")
                || answer.body().contains("registered for") || answer.body().contains("unknown field"))) {
            throw new ClusterUnavailableException("OpenSearch at " + target + " does not know litindex's query: install the"
                    + " litindex-analysis plugin of this litindex version on every node (see docs/opensearch.md)");
        }
        if (answer.status() == 400 || answer.body().contains("too_many_clauses")) {
            String reason = reason(answer.body());
            if (answer.body().contains("too_many_clauses") || answer.body().contains("TooManyClauses")) {
                throw new InvalidRequestException("query too long: it makes too many clauses; use fewer words");
            }
            throw new InvalidRequestException(reason);
        }
        return read(ok(answer, "search"));
    }

    private static Entry entry(JsonNode hit) {
        try {
            return JsonEntries.mapper().treeToValue(hit.path("_source").path(Fields.ENTRY), Entry.class);
        } catch (JsonProcessingException e) {
            throw new LitindexException("cannot read entry " + hit.path("_id").asText() + " from OpenSearch: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public Optional<Entry> get(String id) {
        Objects.requireNonNull(id, "id == null");
        List<Entry> found = byTerm(Fields.ID, id, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Entry> datasetsFrom(String paperId) {
        Objects.requireNonNull(paperId, "paperId == null");
        List<Entry> datasets = new ArrayList<>(byTerm(Fields.SOURCE_ID, paperId, SearchRequest.MAX_LIMIT));
        datasets.sort(java.util.Comparator.comparing(Entry::id));
        return List.copyOf(datasets);
    }

    private List<Entry> byTerm(String field, String value, int size) {
        ObjectNode body = NODES.objectNode();
        body.put("size", size);
        body.putObject("query").putObject("term").put(field, value);
        body.putArray("_source").add(Fields.ENTRY);
        body.putArray("sort").addObject().putObject(Fields.ID).put("order", "asc");
        List<Entry> out = new ArrayList<>();
        for (JsonNode hit : searchRequest(body).path("hits").path("hits")) {
            out.add(entry(hit));
        }
        return out;
    }

    /**
     * Entries like this one: OpenSearch's {@code more_like_this} over the same fields with the same settings as the
     * embedded MoreLikeThis, plus the same links between a dataset and its paper, ranking first.
     */
    @Override
    public List<Hit> related(String id, int limit) {
        Objects.requireNonNull(id, "id == null");
        SearchRequest.checkLimit(limit);
        Entry entry = get(id).orElseThrow(() -> new InvalidRequestException("no entry with id '" + id + "' in " + location()));
        if (limit == 0) {
            return List.of();
        }
        ObjectNode body = NODES.objectNode();
        body.put("size", limit);
        body.putArray("_source").add(Fields.ENTRY);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("should");
        ObjectNode mlt = should.addObject().putObject("more_like_this");
        ArrayNode fields = mlt.putArray("fields");
        for (String f : List.of(Fields.TITLE, Fields.NOTE, Fields.SECTIONS, Fields.SOURCE_PAPER)) {
            fields.add(f);
        }
        mlt.putArray("like").addObject().put("_id", id);
        mlt.put("min_term_freq", 1);
        mlt.put("min_doc_freq", 1);
        mlt.put("max_doc_freq", Math.max(1, (int) (size() * 0.40)));
        mlt.put("max_query_terms", 25);
        mlt.put("boost_terms", 1);
        mlt.put("include", false);
        // Lucene's MoreLikeThis has no minimum (OpenSearch's default is 30% of the terms)
        mlt.put("minimum_should_match", "1");
        should.add(link(Fields.SOURCE_ID, id, 100));
        if (entry.sourcePaper() != null && entry.sourcePaper().id() != null) {
            should.add(link(Fields.ID, entry.sourcePaper().id(), 100));
            should.add(link(Fields.SOURCE_ID, entry.sourcePaper().id(), 50));
        }
        bool.putArray("must_not").addObject().putObject("term").put(Fields.ID, id);
        bool.put("minimum_should_match", 1);
        body.set("sort", sort(SortOrder.RELEVANCE));
        body.put("track_scores", true);
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : searchRequest(body).path("hits").path("hits")) {
            hits.add(new Hit((float) hit.path("_score").asDouble(), entry(hit), Map.of(), Map.of()));
        }
        return hits;
    }

    private static ObjectNode link(String field, String value, float boost) {
        ObjectNode out = NODES.objectNode();
        ObjectNode cs = out.putObject("constant_score");
        cs.putObject("filter").putObject("term").put(field, value);
        cs.put("boost", boost);
        return out;
    }

    /**
     * Autocomplete: the entries best matching what has been typed (its last word as a prefix) are fetched, and
     * litindex's own autocomplete runs over them, so that names, titles and authors come in the embedded order.
     */
    @Override
    public List<Suggestion> suggest(String typed, int limit) {
        Objects.requireNonNull(typed, "typed == null");
        SearchRequest.checkLimit(limit);
        String text = typed.strip();
        if (text.isEmpty() || limit == 0) {
            return List.of();
        }
        String prefix = Character.isLetterOrDigit(text.charAt(text.length() - 1)) ? text + "*" : text;
        SearchRequest candidates;
        try {
            candidates = SearchRequest.builder().query(prefix).limit(SUGGEST_CANDIDATES).highlight(false).build();
        } catch (InvalidRequestException e) {
            candidates = SearchRequest.builder().query(text).limit(SUGGEST_CANDIDATES).highlight(false).build();
        }
        List<Entry> entries;
        try {
            entries = search(candidates).hits().stream().map(Hit::entry).toList();
        } catch (InvalidRequestException e) {
            entries = search(SearchRequest.builder().query(text).limit(SUGGEST_CANDIDATES).highlight(false).build())
                    .hits().stream().map(Hit::entry).toList();
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        try (Searcher local = Searcher.inMemory(entries, Synonyms.none())) {
            return local.suggest(typed, limit);
        }
    }

    @Override
    public int size() {
        JsonNode count = read(ok(send("GET", "/" + name + "/_count", null), "count"));
        return (int) count.path("count").asLong();
    }

    @Override
    public IndexInfo info() {
        JsonNode stats = read(ok(send("GET", "/" + name + "/_stats/docs,store", null), "read the statistics of"));
        JsonNode all = stats.path("_all").path("total");
        JsonNode primaries = stats.path("_all").path("primaries");
        JsonNode mapping = read(ok(send("GET", "/" + name + "/_mapping", null), "read the mapping of"));
        JsonNode meta = mapping.isObject() && mapping.size() > 0
                ? mapping.elements().next().path("mappings").path("_meta").path(OpenSearchSchema.META_KEY) : NODES.objectNode();
        return new IndexInfo(location(), (int) primaries.path("docs").path("count").asLong(), all.path("store").path("size_in_bytes").asLong(),
                meta.path("writer").asText(null), meta.path("schema").isInt() ? meta.path("schema").intValue() : null);
    }

    private Answer send(String method, String endpoint, String json) {
        if (closed.get()) {
            throw new IndexClosedException("searcher", location(), null);
        }
        try {
            var builder = Requests.builder().method(method).endpoint(endpoint);
            if (json != null) {
                builder.json(json);
            }
            Answer answer = Answer.send(client, builder.build());
            if (answer.status() == 401 || answer.status() == 403) {
                throw new ClusterUnavailableException("OpenSearch at " + target + " refused the credentials (" + answer.status()
                        + "); set them in the URL or in " + OpenSearchTarget.USERNAME_ENV + " and " + OpenSearchTarget.PASSWORD_ENV);
            }
            if (answer.status() == 404 && answer.body().contains("index_not_found_exception")) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.MISSING, location(),
                        "no index '" + name + "' on " + target, null);
            }
            return answer;
        } catch (IOException e) {
            throw target.unreachable(e);
        }
    }

    private String ok(Answer answer, String what) {
        if (!answer.ok()) {
            throw new LitindexException("OpenSearch at " + target + " did not " + what + " " + name + ": " + answer.status() + " "
                    + reason(answer.body()));
        }
        return answer.body();
    }

    private JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new LitindexException("OpenSearch at " + target + " answered with JSON litindex cannot read: " + e.getOriginalMessage(), e);
        }
    }

    /** The reason of an OpenSearch error: the first root cause's, or the error's. */
    static String reason(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            JsonNode root = error.path("root_cause").path(0).path("reason");
            JsonNode caused = error.path("caused_by").path("reason");
            if (!caused.isMissingNode()) {
                return caused.asText();
            }
            return root.isMissingNode() ? error.path("reason").asText(OpenSearchTarget.oneLine(body)) : root.asText();
        } catch (JsonProcessingException e) {
            return OpenSearchTarget.oneLine(body);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeQuietly(client);
        }
    }

    private static void closeQuietly(OpenSearchClient client) {
        try {
            client._transport().close();
        } catch (IOException | RuntimeException ignored) {
            // nothing more to release
        }
    }
}
