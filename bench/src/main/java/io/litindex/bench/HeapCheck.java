package io.litindex.bench;

import io.litindex.index.Indexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Indexes N streamed entries with litindex, one {@code put} at a time as a program reading a large file
 * would (never holding the corpus), and prints the time and the peak heap; run under -Xmx256m.
 * Arguments: N, the index directory, and optionally the shared list the corpus statistics come from.
 */
public final class HeapCheck {
    private HeapCheck() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Corpus corpus = Corpus.load(Path.of(args.length > 2 ? args[2] : "../shared/corpora/awesome-multimodal-llms.md"));
        long t0 = System.nanoTime();
        try (Indexer indexer = Indexer.open(dir, true)) {
            corpus.stream(n, e -> {
                try {
                    indexer.put(e);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            indexer.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "entries=%d%n", n);
        System.out.printf(Locale.ROOT, "seconds=%.2f%n", seconds);
        System.out.printf(Locale.ROOT, "max_heap_mb=%.0f%n", Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "peak_heap_mb=%.1f%n", peak / 1e6);
    }
}
