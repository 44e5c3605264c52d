package io.litindex.bench;

import io.litindex.index.Indexer;
import io.litindex.model.Entry;
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

/** Indexing the whole corpus once per invocation: litindex's indexer against raw Lucene (two facet dims) on as many threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class IndexingBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int size;

    private List<Entry> entries;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        entries = Corpus.load(Path.of("../shared/corpora/awesome-multimodal-llms.md")).generate(size);
        dir = Files.createTempDirectory("litindex-indexing");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Quick.deleteTree(dir);
    }

    @Benchmark
    public void litindex() throws IOException {
        try (Indexer indexer = Indexer.open(dir.resolve("litindex"), true)) {
            indexer.putAll(entries);
            indexer.commit();
        }
    }

    @Benchmark
    public void raw() throws IOException {
        RawLucene.index(entries, dir.resolve("raw"), RawLucene.INDEXING_DIMS, Quick.indexingThreads(size));
    }
}
