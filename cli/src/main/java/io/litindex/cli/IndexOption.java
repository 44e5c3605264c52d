package io.litindex.cli;

import io.litindex.Catalog;
import io.litindex.InvalidRequestException;
import io.litindex.opensearch.OpenSearchIndexer;
import io.litindex.opensearch.OpenSearchSearcher;
import io.litindex.opensearch.OpenSearchTarget;
import io.litindex.search.SearchBackend;
import io.litindex.search.Searcher;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options saying which index a command reads: {@code --index DIR} (default: the environment variable
 * {@value #ENV}), or {@code --opensearch URL [--index-name NAME]} (default: {@value #OPENSEARCH_ENV}) for an index on
 * an OpenSearch cluster; with none of them, the bundled catalog.
 */
public final class IndexOption {
    /** The environment variable naming the index that commands read when --index is not given. */
    static final String ENV = "LITINDEX_INDEX";
    /** The environment variable naming the OpenSearch cluster that commands read when --opensearch is not given. */
    static final String OPENSEARCH_ENV = "LITINDEX_OPENSEARCH";

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:" + ENV + "}",
            description = "Search the index in DIR instead of the bundled catalog (default: $" + ENV + " when it is set).")
    Path index;

    @Option(names = "--opensearch", paramLabel = "URL", defaultValue = "${env:" + OPENSEARCH_ENV + "}",
            description = "Search the index on this OpenSearch 2.x cluster instead (node URLs separated by commas; default: $"
                    + OPENSEARCH_ENV + " when it is set).")
    String opensearch;

    @Option(names = "--index-name", paramLabel = "NAME",
            description = "With --opensearch: the index or alias to search (default: " + OpenSearchIndexer.DEFAULT_NAME + ").")
    String indexName;

    /**
     * Opens the chosen index.
     *
     * @throws InvalidRequestException when the options contradict each other or name a bad URL or index name
     */
    SearchBackend open() {
        String cluster = cluster();
        if (cluster != null) {
            return OpenSearchSearcher.open(OpenSearchTarget.parse(cluster), name());
        }
        if (bundled()) {
            return BundledIndex.open();
        }
        BundledIndex.useCompiledRelated();
        return Searcher.open(index);
    }

    /**
     * The OpenSearch URLs to search, or null for an index on this machine: --opensearch (or {@value #OPENSEARCH_ENV}),
     * unless --index was given and the URLs come from the environment only.
     *
     * @throws InvalidRequestException for --index with --opensearch, or --index-name without a cluster
     */
    String cluster() {
        boolean indexGiven = matched("--index");
        boolean clusterGiven = matched("--opensearch");
        String urls = opensearch == null || opensearch.isBlank() ? null : opensearch;
        if (indexGiven && clusterGiven) {
            throw new InvalidRequestException("--index (a directory) and --opensearch (a cluster) cannot be used together");
        }
        if (indexGiven) {
            urls = null;
        } else if (urls != null && !clusterGiven && chosen(index) != null) {
            throw new InvalidRequestException("both $" + ENV + " and $" + OPENSEARCH_ENV + " are set: say which index to read with --index or --opensearch");
        }
        if (urls == null && indexName != null) {
            throw new InvalidRequestException("--index-name names an OpenSearch index: give the cluster with --opensearch URL");
        }
        return urls;
    }

    private boolean matched(String option) {
        return mixee != null && mixee.commandLine() != null && mixee.commandLine().getParseResult() != null
                && mixee.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The OpenSearch index or alias to search. */
    String name() {
        return indexName != null ? indexName : OpenSearchIndexer.DEFAULT_NAME;
    }

    /** True when the command reads the bundled catalog: no --index, no {@value #ENV}, and no cluster either. */
    boolean bundled() {
        return chosen(index) == null && cluster() == null;
    }

    /** The directory an --index option (or {@value #ENV}, its default) names, or null for the bundled catalog: an empty value names none. */
    static Path chosen(Path option) {
        return option == null || option.toString().isBlank() ? null : option;
    }

    /** True when {@value #ENV} or {@value #OPENSEARCH_ENV} names an index, which the commands then read without options. */
    static boolean inEnvironment() {
        return !System.getenv().getOrDefault(ENV, "").isBlank() || !System.getenv().getOrDefault(OPENSEARCH_ENV, "").isBlank();
    }

    /** Where the chosen index is, for people. */
    String describe() {
        String cluster = cluster();
        if (cluster != null) {
            return "OpenSearch " + OpenSearchTarget.parse(cluster) + " index " + name();
        }
        return bundled() ? "bundled catalog " + Catalog.NAME + " (in memory)" : index.toString();
    }
}
