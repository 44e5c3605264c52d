package io.litindex.bench;

import io.litindex.index.Indexer;
import io.litindex.model.Entry;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.opensearch.OpenSearchIndexer;
import io.litindex.opensearch.OpenSearchSchema;
import io.litindex.opensearch.OpenSearchSearcher;
import io.litindex.opensearch.OpenSearchTarget;
import io.litindex.search.SearchBackend;
import io.litindex.search.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The embedded engine beside an OpenSearch cluster in one run, on the same synthetic entries: indexing throughput
 * (embedded: one {@link Indexer} to a commit; cluster: {@link OpenSearchIndexer} into 2 shards with 1 replica, to a
 * refresh) and query latency (p50, p99) of two-term queries with facet counts, the same queries on both, in
 * alternating rounds so both see the same machine. Prints the figures and the cluster/embedded ratios.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.litindex.bench.ClusterCompare --opensearch URL [--size 100000] [--queries 500]
 * </pre>
 */
public final class ClusterCompare {
    private ClusterCompare() {}

    public static void main(String[] args) throws Exception {
        String urls = null;
        int size = 100_000;
        int queries = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--opensearch" -> urls = args[++i];
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (urls == null) {
            throw new IllegalArgumentException("--opensearch URL is required (scripts/opensearch-cluster.sh start prints it)");
        }
        Path shared = Path.of("..", "shared", "corpora", "awesome-multimodal-llms.md");
        List<Entry> entries = Corpus.load(Files.isRegularFile(shared) ? shared : Path.of("..", "..", "shared", "corpora",
                "awesome-multimodal-llms.md")).generate(size);
        Workload workload = Workload.from(entries);
        List<Workload.Query> qs = workload.queries(Workload.QueryClass.TWO_TERMS_FACETS, queries, 7);

        Path dir = Files.createTempDirectory("litindex-cluster-compare-");
        long t0 = System.nanoTime();
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.putAll(entries);
            indexer.commit();
        }
        double embeddedSeconds = (System.nanoTime() - t0) / 1e9;

        OpenSearchTarget target = OpenSearchTarget.parse(urls);
        String alias = "bench-" + Long.toHexString(System.nanoTime());
        t0 = System.nanoTime();
        OpenSearchIndexer.Report report;
        try (OpenSearchIndexer indexer = OpenSearchIndexer.open(target, alias, OpenSearchSchema.standard().withShards(2, 1),
                OpenSearchIndexer.Options.defaults())) {
            report = indexer.index(entries, false, n -> {});
        }
        double clusterSeconds = (System.nanoTime() - t0) / 1e9;
        if (!report.failed().isEmpty()) {
            throw new IllegalStateException(report.failed().size() + " entries failed on the cluster");
        }
        System.out.printf(Locale.ROOT, "entries %d; indexing: embedded %.1f s (%.0f entries/s), cluster 2 shards 1 replica %.1f s "
                        + "(%.0f entries/s); cluster/embedded time %.2fx%n", size, embeddedSeconds, size / embeddedSeconds,
                clusterSeconds, size / clusterSeconds, clusterSeconds / embeddedSeconds);

        try (Searcher embedded = Searcher.open(dir); OpenSearchSearcher cluster = OpenSearchSearcher.open(target, alias)) {
            // warm both, then alternate rounds
            run(embedded, qs.subList(0, Math.min(50, qs.size())));
            run(cluster, qs.subList(0, Math.min(50, qs.size())));
            long[] e = new long[0];
            long[] c = new long[0];
            for (int round = 0; round < 2; round++) {
                e = concat(e, run(embedded, qs));
                c = concat(c, run(cluster, qs));
            }
            Arrays.sort(e);
            Arrays.sort(c);
            System.out.printf(Locale.ROOT, "two_terms_facets, %d queries x 2 rounds, one client: embedded p50 %.2f ms p99 %.2f ms; "
                            + "cluster p50 %.2f ms p99 %.2f ms; cluster/embedded p50 %.1fx p99 %.1fx%n", qs.size(),
                    pct(e, 50), pct(e, 99), pct(c, 50), pct(c, 99), pct(c, 50) / pct(e, 50), pct(c, 99) / pct(e, 99));
        } finally {
            try (var client = new java.io.Closeable() {
                final org.opensearch.client.opensearch.OpenSearchClient os = target.client();

                @Override
                public void close() throws java.io.IOException {
                    os._transport().close();
                }
            }) {
                client.os.generic().execute(org.opensearch.client.opensearch.generic.Requests.builder().method("DELETE")
                        .endpoint("/" + alias + "-*").build()).close();
            }
        }
    }

    private static long[] run(SearchBackend searcher, List<Workload.Query> qs) {
        long[] out = new long[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            SearchRequest request = Workload.request(Workload.QueryClass.TWO_TERMS_FACETS, qs.get(i));
            long t = System.nanoTime();
            SearchResult r = searcher.search(request);
            out[i] = System.nanoTime() - t;
            if (r.partial()) {
                throw new IllegalStateException("partial: " + qs.get(i));
            }
        }
        return out;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
