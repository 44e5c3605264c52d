package io.litindex.bench;

import io.litindex.index.EntryDocuments;
import io.litindex.index.Schema;
import io.litindex.model.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;

/**
 * What a litindex document is made of, against raw Lucene's: the tokens each field analyzes per entry,
 * and the index's size by kind of file (one merged segment, no compound file). The figures behind the
 * indexing and size analysis of docs/benchmarks.md.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.litindex.bench.Anatomy [N] [--shared FILE]
 * </pre>
 */
public final class Anatomy {
    private Anatomy() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 && !args[0].startsWith("--") ? Quick.parseSize(args[0]) : 20_000;
        Path shared = Path.of("../shared/corpora/awesome-multimodal-llms.md");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--shared")) {
                shared = Path.of(args[i + 1]);
            }
        }
        List<Entry> entries = Corpus.load(shared).generate(n);
        Analyzer analyzer = Schema.standard().analyzer();
        Map<String, Long> perField = new TreeMap<>();
        long rawTokens = 0;
        try (StandardAnalyzer standard = new StandardAnalyzer()) {
            for (Entry e : entries) {
                for (IndexableField f : EntryDocuments.toDocument(e, Schema.standard().facetsConfig()).getFields()) {
                    boolean analyzed = f.fieldType().indexOptions() != IndexOptions.NONE && f.fieldType().tokenized();
                    String kind = f.fieldType().indexOptions() != IndexOptions.NONE ? "" : " (doc values or stored)";
                    // the stream the index writer reads: the value through the field's analyzer, or tokens litindex analyzed once for several fields
                    long tokens = analyzed ? count(f.tokenStream(analyzer, null)) : 1;
                    perField.merge(f.name() + kind, tokens, Long::sum);
                }
                rawTokens += count(standard, RawLucene.TEXT, RawLucene.text(e));
            }
        }
        System.out.printf(Locale.ROOT, "# %,d entries: tokens (or values) per entry, by field%n", n);
        long total = 0;
        for (Map.Entry<String, Long> f : perField.entrySet()) {
            System.out.printf(Locale.ROOT, "%-36s %6.1f%n", f.getKey(), f.getValue() / (double) n);
            total += f.getValue();
        }
        System.out.printf(Locale.ROOT, "%-36s %6.1f%n", "litindex, all fields", total / (double) n);
        System.out.printf(Locale.ROOT, "%-36s %6.1f%n", "raw Lucene, its one text field", rawTokens / (double) n);

        Path dir = Files.createTempDirectory("litindex-anatomy");
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setUseCompoundFile(false);
            config.getMergePolicy().setNoCFSRatio(0);
            try (FSDirectory fs = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(fs, config)) {
                for (Entry e : entries) {
                    Document doc = EntryDocuments.toDocument(e, Schema.standard().facetsConfig());
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
                writer.commit();
            }
            Map<String, Long> bySuffix = new TreeMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    bySuffix.merge(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name, Files.size(p), Long::sum);
                }
            }
            System.out.printf(Locale.ROOT, "# index size by kind of file, MB (fdt stored entries, doc/pos/pay postings, positions"
                    + " and offsets, dvd doc values, tim terms, nvd norms, kdd points)%n");
            bySuffix.forEach((suffix, bytes) -> {
                if (bytes >= 10_000) {
                    System.out.printf(Locale.ROOT, "%-8s %8.2f%n", suffix, bytes / 1e6);
                }
            });
            System.out.printf(Locale.ROOT, "%-8s %8.2f%n", "total", bySuffix.values().stream().mapToLong(Long::longValue).sum() / 1e6);
        } finally {
            Quick.deleteTree(dir);
        }
    }

    private static long count(Analyzer analyzer, String field, String text) throws IOException {
        return count(analyzer.tokenStream(field, text));
    }

    /** The tokens of a stream: a value analyzed by the field's analyzer, or one litindex analyzed once for several fields. */
    private static long count(TokenStream stream) throws IOException {
        long n = 0;
        try (TokenStream ts = stream) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }
}
