package io.litindex.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.index.Fields;
import io.litindex.model.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.HealthStatus;

/**
 * One node of the two killed (SIGKILL) during a bulk import into 2 shards with 1 replica: the import finishes on the
 * surviving node or names exactly the entries that failed, and once the node is back the cluster is green with no
 * entry lost. It kills a node of the cluster that scripts/opensearch-cluster.sh started (its kill-node and start-node
 * commands), so it runs only when asked: -Dlitindex.opensearch.nodeloss=true or LITINDEX_OPENSEARCH_NODELOSS=true
 * (.ci/run sets it).
 */
class NodeLossTest {
    static final String FLAG = "litindex.opensearch.nodeloss";
    /** The synthetic corpus: the bundled catalog under this many id prefixes. */
    private static final int COPIES = 80;

    @Test
    void importSurvivesTheLossOfANode() throws Exception {
        boolean asked = Boolean.getBoolean(FLAG) || "true".equalsIgnoreCase(System.getenv("LITINDEX_OPENSEARCH_NODELOSS"));
        Assumptions.assumeTrue(asked, "the node-loss test kills a node of the cluster: run it with -D" + FLAG + "=true");
        OpenSearchTarget target = TestCluster.target();
        Path script = script();
        List<Entry> entries = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (Entry entry : Catalog.bundledEntries()) {
                entries.add(entry.toBuilder().id("copy" + copy + "-" + entry.id()).build());
            }
        }
        String name = TestCluster.uniqueName("nodeloss");
        OpenSearchClient admin = target.client();
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, name, OpenSearchSchema.standard().withShards(2, 1),
                OpenSearchIndexer.Options.defaults().withBatchEntries(40))) {
            assertEquals(HealthStatus.Green, admin.cluster().health(h -> h.waitForStatus(HealthStatus.Green).timeout(t -> t.time("60s"))).status());
            // the node that is not the elected cluster manager: with two nodes, losing the manager loses the quorum
            String manager = admin.cat().clusterManager().valueBody().get(0).node();
            String victim = manager.equals("node-1") ? "2" : "1";
            AtomicLong killedAt = new AtomicLong(-1);
            // the kill comes from another thread, so that it lands while bulk requests are in flight
            Thread killer = new Thread(() -> run(script, "kill-node", victim));
            OpenSearchIndexer.Report report = indexer.index(entries, false, finished -> {
                if (killedAt.get() < 0 && finished >= entries.size() / 5) {
                    killedAt.set(finished);
                    killer.start();
                }
            });
            killer.join();
            assertTrue(killedAt.get() > 0 && killedAt.get() < entries.size(), "the node was killed during the import: " + killedAt.get());
            List<String> failedIds = report.failed().stream().map(OpenSearchIndexer.FailedEntry::id).toList();
            assertEquals(entries.size(), report.indexed() + failedIds.size(), "every entry is taken or reported");
            assertEquals(report.indexed(), indexer.count(), "everything taken is there with one node");
            if (!failedIds.isEmpty()) {
                // the entries reported failed are exactly the ones missing
                long present = admin.count(c -> c.index(name).query(q -> q.terms(t -> t.field(Fields.ID)
                        .terms(v -> v.value(failedIds.stream().map(FieldValue::of).toList()))))).count();
                assertEquals(0, present, "entries reported failed are absent: " + report.failed());
            }

            run(script, "start-node", victim);
            var health = admin.cluster().health(h -> h.waitForStatus(HealthStatus.Green).waitForNodes("2").timeout(t -> t.time("180s")));
            assertEquals(HealthStatus.Green, health.status(), "green again after the node returned");
            assertEquals(2, health.numberOfNodes());
            assertEquals(report.indexed(), indexer.count(), "no entry lost after the node returned");
            System.out.println("node-loss: killed node-" + victim + " after " + killedAt.get() + " of " + entries.size()
                    + " entries; indexed " + report.indexed() + ", failed " + failedIds.size() + ", retries " + report.retries());
        } finally {
            TestCluster.deleteAlias(admin, name);
            admin._transport().close();
        }
    }

    private static Path script() {
        for (String candidate : List.of("../scripts/opensearch-cluster.sh", "scripts/opensearch-cluster.sh")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("scripts/opensearch-cluster.sh not found from " + Path.of("").toAbsolutePath());
    }

    private static void run(Path script, String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
