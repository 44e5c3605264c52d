package io.litindex.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.litindex.IndexUnavailableException;
import io.litindex.InvalidRequestException;
import io.litindex.export.ExportFormat;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.SearchParameters;
import io.litindex.model.SearchParameters.InvalidParameterException;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.search.IndexStats;
import io.litindex.search.SearchBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API's routes: each handler reads its parameters, calls the {@link SearchBackend} and writes what core's
 * JSON writer makes of the answer (the same JSON as the CLI's {@code --format json}). Errors are JSON objects
 * {@code {"error": …, "message": …}} with status 400, 404 or 503; never a stack trace.
 */
final class Api {
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    static final String JSON = "application/json; charset=utf-8";

    /** The most hits one page of /api/search returns. */
    static final int MAX_PAGE = 100;
    /** How deep a page may start: beyond it, narrow the search (deep pages cost a search of offset + limit hits). */
    static final int MAX_OFFSET = 10_000;
    /** The most entries one export writes. */
    static final int MAX_EXPORT = SearchRequest.MAX_LIMIT;
    /** The most query parameters (values counted one by one) one request may carry. */
    static final int MAX_PARAMETERS = 64;
    /** The most suggestions or related entries one request returns. */
    static final int MAX_LIST = 50;

    private final SearchBackend searcher;
    /** How long one search may take. */
    private final Duration timeLimit;

    Api(SearchBackend searcher, Duration timeLimit) {
        this.searcher = searcher;
        this.timeLimit = timeLimit;
    }

    /** Registers every route and the error mapping, in one place. */
    void addRoutes(JavalinDefaultRoutingApi routes) {
        routes.before(ctx -> {
            LitindexServer.SECURITY_HEADERS.forEach(ctx::header);
            int count = ctx.queryParamMap().values().stream().mapToInt(List::size).sum();
            if (count > MAX_PARAMETERS) {
                throw new ApiError(400, "too_many_parameters", "the request has " + count + " parameters; at most "
                        + MAX_PARAMETERS + " are read");
            }
        });
        routes.get("/health", this::health);
        routes.get("/api/search", this::search);
        routes.get("/api/entries/<id>", this::entry);
        routes.get("/api/related/<id>", this::related);
        routes.get("/api/explain/<id>", this::explain);
        routes.get("/api/suggest", this::suggest);
        routes.get("/api/export", this::export);
        routes.get("/api/stats", this::stats);

        routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage(), null));
        routes.exception(InvalidParameterException.class, (e, ctx) -> error(ctx, 400, "invalid_parameter", e.getMessage(), e.parameter()));
        routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, 400, "invalid_request", e.getMessage(), null));
        routes.exception(IndexUnavailableException.class, (e, ctx) -> {
            LOG.warn("{}", e.getMessage());
            error(ctx, 503, "index_unavailable", e.getMessage(), null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal_error", "unexpected error: " + e.getClass().getSimpleName() + " (the server's log has the details)", null);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "not_found", "no such page or endpoint: " + ctx.path(), null);
            }
        });
        routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", "only GET is served: the server never changes the index", null));
    }

    private static void error(Context ctx, int status, String code, String message, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        body.put("message", message);
        ctx.status(status).contentType(JSON).result(JsonEntries.toPrettyJson(body));
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType(JSON).result(JsonEntries.toPrettyJson(value));
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("entries", searcher.size());
        json(ctx, body);
    }

    /** The search parameters of this request: those of {@code litindex search}, within the server's bounds. */
    private SearchRequest.Builder request(Context ctx, Set<String> alsoAllowed) {
        return SearchParameters.parse(ctx.queryParamMap(), alsoAllowed).timeLimit(timeLimit);
    }

    private void search(Context ctx) {
        SearchRequest request = request(ctx, Set.of()).build();
        if (request.limit() > MAX_PAGE) {
            throw new InvalidParameterException(SearchParameters.LIMIT, SearchParameters.LIMIT + ": invalid value "
                    + request.limit() + " (must be between 0 and " + MAX_PAGE + " here; use /api/export for more)");
        }
        if (request.offset() > MAX_OFFSET) {
            throw new InvalidParameterException(SearchParameters.OFFSET, SearchParameters.OFFSET + ": invalid value "
                    + request.offset() + " (must be between 0 and " + MAX_OFFSET + "; narrow the search to reach later hits)");
        }
        SearchResult result = searcher.search(request);
        ctx.header("Cache-Control", "no-store");
        json(ctx, result);
    }

    private Entry found(Context ctx) {
        String id = ctx.pathParam("id").strip();
        return searcher.get(id).orElseThrow(() -> new ApiError(404, "unknown_id", "no entry with id '" + id + "'"));
    }

    private void entry(Context ctx) {
        only(ctx, Set.of("format"));
        Entry entry = found(ctx);
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("json")) {
            ExportFormat chosen = exportFormat(format);
            write(ctx, chosen, List.of(entry), entry.id());
            return;
        }
        ObjectNode node = JsonEntries.mapper().valueToTree(entry);
        node.set("datasets", JsonEntries.mapper().valueToTree(searcher.datasetsFrom(entry.id())));
        json(ctx, node);
    }

    private void related(Context ctx) {
        only(ctx, Set.of("limit"));
        Entry entry = found(ctx);
        int limit = ctx.queryParam("limit") == null ? 10 : SearchParameters.integer("limit", ctx.queryParam("limit"), 0, MAX_LIST);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", entry.id());
        body.put("related", searcher.related(entry.id(), limit));
        json(ctx, body);
    }

    /** Why one entry ranks where it does for the search parameters' query, whether or not it is among the hits. */
    private void explain(Context ctx) {
        String id = ctx.pathParam("id").strip();
        SearchRequest request = request(ctx, Set.of()).build();
        json(ctx, searcher.explain(request, id).orElseThrow(() -> new ApiError(404, "unknown_id", "no entry with id '" + id + "'")));
    }

    private void suggest(Context ctx) {
        only(ctx, Set.of("q", "limit"));
        String typed = ctx.queryParam("q");
        if (typed == null) {
            throw new InvalidParameterException("q", "q: missing (what has been typed so far)");
        }
        int limit = ctx.queryParam("limit") == null ? 8 : SearchParameters.integer("limit", ctx.queryParam("limit"), 0, MAX_LIST);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prefix", typed);
        body.put("suggestions", typed.isBlank() ? List.of() : searcher.suggest(typed, limit));
        json(ctx, body);
    }

    private void export(Context ctx) {
        String format = ctx.queryParam("format");
        ExportFormat chosen = format == null ? ExportFormat.JSON : exportFormat(format);
        if (ctx.queryParamMap().getOrDefault("format", List.of()).size() > 1) {
            throw new InvalidParameterException("format", "parameter 'format' given more than once: give it once");
        }
        SearchRequest.Builder request = request(ctx, Set.of("format"));
        SearchRequest asked = request.build();
        // without a limit an export writes every match (up to MAX_EXPORT), as 'litindex export' does
        int wanted = ctx.queryParam(SearchParameters.LIMIT) == null ? MAX_EXPORT : asked.limit();
        if (wanted > MAX_EXPORT) {
            throw new InvalidParameterException(SearchParameters.LIMIT, "limit: at most " + MAX_EXPORT + " entries per export");
        }
        List<Entry> entries = new ArrayList<>();
        int page = 1000;
        while (entries.size() < wanted) {
            int n = Math.min(page, wanted - entries.size());
            SearchResult result = searcher.search(request.offset(asked.offset() + entries.size()).limit(n).highlight(false).explain(false).build());
            if (result.partial()) {
                // a file holding part of the answer would pass for all of it
                throw new ApiError(503, "time_limit", "the export stopped at the time limit of " + timeLimit.toMillis()
                        + " ms per search after " + entries.size() + " entries; narrow the query or export fewer (limit)");
            }
            for (Hit hit : result.hits()) {
                entries.add(hit.entry());
            }
            if (result.hits().size() < n) {
                break;
            }
        }
        write(ctx, chosen, entries, "litindex-export");
    }

    private static ExportFormat exportFormat(String format) {
        try {
            return ExportFormat.parse(format);
        } catch (InvalidRequestException e) {
            throw new InvalidParameterException("format", "format: " + e.getMessage());
        }
    }

    private static void write(Context ctx, ExportFormat format, List<Entry> entries, String name) {
        StringBuilder out = new StringBuilder();
        format.writer().write(entries, out);
        String type = switch (format) {
            case BIBTEX -> "application/x-bibtex";
            case CSV -> "text/csv";
            case MARKDOWN -> "text/markdown";
            case JSONL -> "application/x-ndjson";
            default -> "application/json";
        };
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
        ctx.contentType(type + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .header("X-Litindex-Entries", Integer.toString(entries.size()))
                .result(out.toString());
    }

    private void stats(Context ctx) {
        only(ctx, Set.of());
        json(ctx, IndexStats.of(searcher));
    }

    /** Refuses a parameter this endpoint does not read, naming it (a typo should not pass for a default). */
    private static void only(Context ctx, Set<String> names) {
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!names.contains(p.getKey())) {
                throw new InvalidParameterException(p.getKey(), "unknown parameter '" + p.getKey() + "'"
                        + (names.isEmpty() ? " (this endpoint takes none)" : " (expected " + String.join(" or ", names) + ")"));
            }
            if (p.getValue().size() > 1) {
                throw new InvalidParameterException(p.getKey(), "parameter '" + p.getKey() + "' given " + p.getValue().size() + " times: give it once");
            }
        }
    }
}
