package io.litindex.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litindex.IndexUnavailableException;
import io.litindex.InvalidRequestException;
import io.litindex.LitindexException;
import io.litindex.index.Schema;
import io.litindex.model.Entry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.indices.update_aliases.Action;

/**
 * Writes entries into an OpenSearch index that litindex made: {@code _bulk} in batches, retrying what the cluster
 * rejects for load (429) or cannot take for now (502, 503, 504, a lost connection), with stable ids (an entry's id
 * is its document id, so importing again updates in place), and reporting every entry that still failed.
 *
 * <p>The name the user gives is an alias; the documents live in a physical index behind it
 * ({@code NAME-yyyymmdd-hhmmss-xxxx}). {@code replace} builds a new physical index and moves the alias to it in one
 * {@code _aliases} call (remove and add together), so searchers see the old index or the new one, never a
 * half-built one; the old index is deleted after the swap.
 */
public final class OpenSearchIndexer implements AutoCloseable {
    /** The alias used when none is given. */
    public static final String DEFAULT_NAME = "litindex";

    /** How entries are sent: batch size (entries and bytes), attempts per entry, backoff between attempts. */
    public record Options(int batchEntries, long batchBytes, int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
        public Options {
            if (batchEntries < 1 || batchBytes < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("batchEntries, batchBytes and maxAttempts must be positive");
            }
            Objects.requireNonNull(firstBackoff, "firstBackoff == null");
            Objects.requireNonNull(maxBackoff, "maxBackoff == null");
        }

        /** 500 entries or 5 MB a batch, 8 attempts, backoff from 0.25 s doubling up to 10 s. */
        public static Options defaults() {
            return new Options(500, 5L << 20, 8, Duration.ofMillis(250), Duration.ofSeconds(10));
        }

        public Options withBatchEntries(int entries) {
            return new Options(entries, batchBytes, maxAttempts, firstBackoff, maxBackoff);
        }
    }

    /** An entry the cluster did not take, with the status and reason of its last attempt (status 0: no answer). */
    public record FailedEntry(String id, int status, String reason) {}

    /**
     * What an import did.
     *
     * @param alias the name searchers use
     * @param index the physical index written
     * @param indexed entries the cluster took
     * @param failed entries it did not take, after all attempts
     * @param retries requests or items sent again
     * @param swapped whether the alias was moved to {@code index} (a new index); false when it already pointed there,
     *     or when entries failed during a replace (the alias then still points to the old index, and the new one is deleted)
     * @param removed old physical indices deleted after the swap
     */
    public record Report(String alias, String index, long indexed, List<FailedEntry> failed, int retries, boolean swapped, List<String> removed) {
        public Report {
            failed = List.copyOf(failed);
            removed = List.copyOf(removed);
        }
    }

    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final OpenSearchTarget target;
    private final OpenSearchClient client;
    private final String name;
    private final OpenSearchSchema schema;
    private final Options options;

    private OpenSearchIndexer(OpenSearchTarget target, OpenSearchClient client, String name, OpenSearchSchema schema, Options options) {
        this.target = target;
        this.client = client;
        this.name = name;
        this.schema = schema;
        this.options = options;
    }

    /**
     * An indexer writing to the alias {@code name} on {@code target}, after checking the name and that the
     * cluster answers and runs OpenSearch 2.x.
     *
     * @throws InvalidRequestException for a name OpenSearch would refuse
     * @throws ClusterUnavailableException for a cluster that cannot be reached or is not OpenSearch 2.x
     */
    public static OpenSearchIndexer open(OpenSearchTarget target, String name, OpenSearchSchema schema, Options options) {
        checkName(name);
        OpenSearchClient client = target.client();
        try {
            target.checkVersion(client);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
        return new OpenSearchIndexer(target, client, name, schema, options);
    }

    /** OpenSearch's rules for index and alias names, checked before anything is sent. */
    public static void checkName(String name) {
        String problem = null;
        if (name == null || name.isEmpty()) {
            problem = "it is empty";
        } else if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            problem = "it must be lower case";
        } else if (name.equals(".") || name.equals("..")) {
            problem = "it cannot be . or ..";
        } else if (name.startsWith("-") || name.startsWith("_") || name.startsWith("+")) {
            problem = "it cannot start with -, _ or +";
        } else if (name.chars().anyMatch(c -> "\\/*?\"<>| ,#:".indexOf(c) >= 0)) {
            problem = "it cannot hold \\ / * ? \" < > | , # : or spaces";
        } else if (name.getBytes(StandardCharsets.UTF_8).length > 200) {
            problem = "it is longer than 200 bytes";
        }
        if (problem != null) {
            throw new InvalidRequestException("invalid OpenSearch index name '" + name + "': " + problem);
        }
    }

    /** The alias this indexer writes. */
    public String name() {
        return name;
    }

    public OpenSearchClient client() {
        return client;
    }

    /**
     * Indexes {@code entries}: into the index behind the alias (made when missing), or with {@code replace} into a
     * new index that then takes the alias over.
     *
     * @param progress told the number of entries finished (taken or failed) after each batch
     * @throws IndexUnavailableException when the name belongs to an index litindex did not make, or to one of
     *     another schema version (without {@code replace})
     * @throws ClusterUnavailableException when the cluster stops answering for good
     */
    public Report index(Collection<Entry> entries, boolean replace, LongConsumer progress) {
        try {
            Existing existing = existing();
            String index;
            boolean fresh;
            if (!replace && existing.index() != null) {
                index = existing.index();
                fresh = false;
            } else {
                if (replace && existing.concrete()) {
                    throw new IndexUnavailableException(IndexUnavailableException.Reason.UNREADABLE, location(), "'" + name + "' on " + target + " is an index, not an alias: --replace needs an alias;"
                            + " choose another --index-name", null);
                }
                index = create();
                fresh = true;
            }
            Batches result = send(index, entries, progress);
            refresh(index);
            if (fresh && replace && !result.failed.isEmpty()) {
                delete(List.of(index));
                return new Report(name, index, result.indexed, result.failed, result.retries, false, List.of());
            }
            List<String> removed = List.of();
            if (fresh) {
                swap(existing.aliased(), index);
                removed = existing.aliased();
                delete(removed);
            }
            return new Report(name, index, result.indexed, result.failed, result.retries, fresh, removed);
        } catch (IOException e) {
            throw target.unreachable(e);
        }
    }

    /** Where the index is, as errors name it: the cluster's address (never its credentials) and the index name. */
    private String location() {
        return target + "/" + name;
    }

    /** The number of documents searchers see behind the alias. */
    public long count() {
        try {
            Answer answer = Answer.send(client, Requests.builder().method("GET").endpoint("/" + name + "/_count").build());
            if (answer.status() == 404) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.MISSING, location(), "no index '" + name + "' on " + target, null);
            }
            if (!answer.ok()) {
                throw new LitindexException("OpenSearch at " + target + " did not count " + name + ": " + answer.status() + " "
                        + reason(answer.body()));
            }
            return JSON.readTree(answer.body()).path("count").asLong();
        } catch (IOException e) {
            throw target.unreachable(e);
        }
    }

    /** What the name stands for now: nothing, litindex's alias over one index, or an index of its own name. */
    private record Existing(String index, List<String> aliased, boolean concrete) {}

    private Existing existing() throws IOException {
        if (client.indices().existsAlias(a -> a.name(name)).value()) {
            List<String> indices = List.copyOf(client.indices().getAlias(a -> a.name(name)).result().keySet());
            for (String index : indices) {
                checkOwnMapping(index, "the alias '" + name + "' points to '" + index + "', which");
            }
            if (indices.size() != 1) {
                throw new IndexUnavailableException(IndexUnavailableException.Reason.UNREADABLE, location(), "the alias '" + name + "' on " + target + " points to " + indices.size()
                        + " indices " + indices + "; litindex writes to one: rebuild with --replace", null);
            }
            return new Existing(indices.get(0), indices, false);
        }
        if (client.indices().exists(e -> e.index(name)).value()) {
            checkOwnMapping(name, "the index '" + name + "'");
            return new Existing(name, List.of(), true);
        }
        return new Existing(null, List.of(), false);
    }

    /** Refuses an index whose mapping litindex did not write, or wrote for another schema version. */
    private void checkOwnMapping(String index, String what) throws IOException {
        // read as plain JSON: another program's mapping may hold types the typed client does not know
        Answer answer = Answer.send(client, Requests.builder().method("GET").endpoint("/" + index + "/_mapping").build());
        if (!answer.ok()) {
            throw new LitindexException("OpenSearch at " + target + " did not show the mapping of " + index + ": "
                    + answer.status() + " " + reason(answer.body()));
        }
        JsonNode ours = JSON.readTree(answer.body()).path(index).path("mappings").path("_meta").path(OpenSearchSchema.META_KEY);
        if (!ours.isObject()) {
            throw new IndexUnavailableException(IndexUnavailableException.Reason.UNREADABLE, location(), what + " on " + target + " was made by another program (its mapping has no _meta."
                    + OpenSearchSchema.META_KEY + "); litindex will not write into it: choose another --index-name", null);
        }
        JsonNode schemaVersion = ours.path("schema");
        if (!schemaVersion.isInt() || schemaVersion.intValue() != Schema.VERSION) {
            throw new IndexUnavailableException(IndexUnavailableException.Reason.OTHER_VERSION, location(), what + " on " + target + " was built by litindex schema " + schemaVersion
                    + "; this litindex writes schema " + Schema.VERSION + ": rebuild it with --replace", null);
        }
    }

    /** A new physical index with litindex's settings and mappings; its name. */
    private String create() throws IOException {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        byte[] random = new byte[2];
        ThreadLocalRandom.current().nextBytes(random);
        String index = name + "-" + stamp + "-" + HexFormat.of().formatHex(random);
        Answer answer = Answer.send(client, Requests.builder().method("PUT").endpoint("/" + index)
                .json(JSON.writeValueAsString(schema.createIndexBody())).build());
        if (!answer.ok()) {
            String hint = answer.body().contains(OpenSearchSchema.COMPOUND_PARTS_FILTER)
                    ? " (is the litindex-analysis plugin installed on every node? see docs/opensearch.md)" : "";
            throw new LitindexException("OpenSearch at " + target + " did not create the index " + index + ": "
                    + answer.status() + " " + reason(answer.body()) + hint);
        }
        return index;
    }

    private static String reason(String body) {
        try {
            var root = JSON.readTree(body);
            var reason = root.path("error").path("reason");
            return reason.isMissingNode() ? OpenSearchTarget.oneLine(body) : reason.asText();
        } catch (JsonProcessingException e) {
            return OpenSearchTarget.oneLine(body);
        }
    }

    /** Makes the writes visible to searches (through the generic API, which reads a report of failed shard copies). */
    private void refresh(String index) throws IOException {
        Answer answer = Answer.send(client, Requests.builder().method("POST").endpoint("/" + index + "/_refresh").build());
        if (!answer.ok()) {
            throw new LitindexException("OpenSearch at " + target + " did not refresh " + index + ": " + answer.status()
                    + " " + reason(answer.body()));
        }
    }

    /** Moves the alias from {@code from} to {@code to} in one {@code _aliases} call. */
    private void swap(List<String> from, String to) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (String old : from) {
            actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(name))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(to).alias(name))));
        client.indices().updateAliases(u -> u.actions(actions));
    }

    private void delete(List<String> indices) throws IOException {
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
    }

    private static final class Batches {
        long indexed;
        int retries;
        final List<FailedEntry> failed = new ArrayList<>();
    }

    private record Doc(String id, byte[] json) {}

    private Batches send(String index, Collection<Entry> entries, LongConsumer progress) {
        Batches result = new Batches();
        List<Doc> batch = new ArrayList<>();
        long bytes = 0;
        long finished = 0;
        for (Entry entry : entries) {
            byte[] json;
            try {
                json = JSON.writeValueAsBytes(OpenSearchSchema.document(entry));
            } catch (JsonProcessingException e) {
                throw new LitindexException("cannot write entry " + entry.id() + " as JSON: " + e.getOriginalMessage(), e);
            }
            int size = json.length;
            if (!batch.isEmpty() && (batch.size() >= options.batchEntries() || bytes + size > options.batchBytes())) {
                sendBatch(index, batch, result);
                finished += batch.size();
                progress.accept(finished);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(new Doc(entry.id(), json));
            bytes += size;
        }
        if (!batch.isEmpty()) {
            sendBatch(index, batch, result);
            finished += batch.size();
            progress.accept(finished);
        }
        return result;
    }

    /** One batch, sent until every entry is taken, failed for good, or out of attempts. */
    private void sendBatch(String index, List<Doc> batch, Batches result) {
        List<Doc> todo = batch;
        Duration backoff = options.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= options.maxAttempts();
            List<Doc> again = new ArrayList<>();
            List<FailedEntry> lastErrors = new ArrayList<>();
            try {
                Answer answer = bulk(index, todo);
                String body = answer.body();
                int status = answer.status();
                if (status >= 300) {
                    // the whole request refused: sent again when the cluster is only busy or missing a node
                    if (RETRYABLE.contains(status) && !last) {
                        again.addAll(todo);
                    } else {
                        for (Doc doc : todo) {
                            lastErrors.add(new FailedEntry(doc.id(), status, reason(body)));
                        }
                    }
                } else {
                    JsonNode items = JSON.readTree(body).path("items");
                    for (int i = 0; i < todo.size(); i++) {
                        Doc doc = todo.get(i);
                        JsonNode item = items.path(i).path("index");
                        int itemStatus = item.path("status").asInt(0);
                        if (itemStatus >= 200 && itemStatus < 300 && item.path("error").isMissingNode()) {
                            result.indexed++;
                        } else if (RETRYABLE.contains(itemStatus) && !last) {
                            again.add(doc);
                        } else {
                            String reason = item.isMissingNode() ? "no answer for this entry in the bulk response"
                                    : item.path("error").path("type").asText("error") + ": " + item.path("error").path("reason").asText("status " + itemStatus);
                            lastErrors.add(new FailedEntry(doc.id(), itemStatus, OpenSearchTarget.oneLine(reason)));
                        }
                    }
                }
            } catch (IOException e) {
                // no answer (a node went away): the request is sent again, to a node that answers; ids are stable,
                // so entries the lost request did write are written again in place
                if (last) {
                    for (Doc doc : todo) {
                        lastErrors.add(new FailedEntry(doc.id(), 0, "no answer: " + OpenSearchTarget.oneLine(e.getMessage())));
                    }
                } else {
                    again.addAll(todo);
                }
            }
            result.failed.addAll(lastErrors);
            if (again.isEmpty()) {
                return;
            }
            result.retries += again.size();
            sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : backoff.multipliedBy(2);
            todo = again;
        }
    }

    /**
     * One {@code _bulk} request, sent and read with the client's generic API: its typed bulk response cannot read the
     * replica failures OpenSearch 2.19 reports while a node is down ("Missing required property 'ShardFailure.shard'").
     */
    private Answer bulk(String index, List<Doc> docs) throws IOException {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (Doc doc : docs) {
            ObjectNode action = JSON.createObjectNode();
            action.putObject("index").put("_index", index).put("_id", doc.id());
            JSON.writeValue(ndjson, action);
            ndjson.write('\n');
            ndjson.write(doc.json());
            ndjson.write('\n');
        }
        return Answer.send(client, Requests.builder().method("POST").endpoint("/_bulk")
                .body(Body.from(ndjson.toByteArray(), "application/x-ndjson")).build());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LitindexException("interrupted while waiting to send entries again");
        }
    }

    private static void closeQuietly(OpenSearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            // closing a client that never worked: nothing to report
        }
    }

    @Override
    public void close() {
        closeQuietly(client);
    }
}
