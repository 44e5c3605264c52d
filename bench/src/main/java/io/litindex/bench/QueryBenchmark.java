package io.litindex.bench;

import io.litindex.index.Indexer;
import io.litindex.model.Entry;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency per query class, litindex against raw Lucene on the same corpus, sampled so JMH reports
 * percentiles. Indexes are built once per size under {@code bench.dir} (default bench/target/indexes) and reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int size;

    @Param({"ONE_TERM", "TWO_TERMS", "PHRASE", "THREE_TERMS_YEAR", "ONE_TERM_FACETS", "TWO_TERMS_FACETS",
        "PHRASE_FACETS", "THREE_TERMS_YEAR_FACETS", "TWO_TERMS_HIGHLIGHT"})
    public String queryClass;

    private Searcher searcher;
    private RawLucene raw;
    private List<Workload.Query> queries;
    private Workload.QueryClass c;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path base = Path.of(System.getProperty("bench.dir", "bench/target/indexes")).resolve("n" + size);
        Path lit = base.resolve("litindex");
        Path rawDir = base.resolve("raw-4dims");
        Corpus corpus = Corpus.load(Path.of("../shared/corpora/awesome-multimodal-llms.md"));
        List<Entry> entries = corpus.generate(size);
        if (!Files.exists(lit.resolve("done")) || !Files.exists(rawDir.resolve("done"))) {
            Files.createDirectories(base);
            try (Indexer indexer = Indexer.open(lit, true)) {
                indexer.putAll(entries);
                indexer.commit();
            }
            RawLucene.index(entries, rawDir, RawLucene.QUERY_DIMS);
            Files.writeString(lit.resolve("done"), "");
            Files.writeString(rawDir.resolve("done"), "");
        }
        c = Workload.QueryClass.valueOf(queryClass);
        queries = Workload.from(entries).queries(c, 500, Corpus.SEED);
        searcher = Searcher.open(lit);
        raw = RawLucene.open(rawDir);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        searcher.close();
        raw.close();
    }

    private Workload.Query nextQuery() {
        Workload.Query q = queries.get(next);
        next = (next + 1) % queries.size();
        return q;
    }

    @Benchmark
    public int litindex() {
        return Workload.run(searcher, c, nextQuery());
    }

    @Benchmark
    public int raw() throws IOException {
        return Workload.run(raw, c, nextQuery());
    }
}
