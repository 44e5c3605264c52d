package io.litindex.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.litindex.index.Indexer;
import io.litindex.model.Entry;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Indexes N entries with litindex as a program reading a large file would: generated one at a time and
 * handed to {@code putAll} in batches of {@value #BATCH}, never holding the corpus. Prints the time spent in
 * {@code putAll} and {@code commit} (and the whole time, generating the entries included) and the
 * largest heap left in use after a garbage collection (what the index writer and the batch really hold);
 * run under -Xmx256m. Arguments: N, the index directory, and optionally the shared list the corpus
 * statistics come from.
 */
public final class HeapCheck {
    static final int BATCH = 10_000;

    private HeapCheck() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Corpus corpus = Corpus.load(Path.of(args.length > 2 ? args[2] : "../shared/corpora/awesome-multimodal-llms.md"));
        AtomicLong peakAfterGc = watchLiveHeap();
        AtomicLong indexing = new AtomicLong();
        long t0 = System.nanoTime();
        try (Indexer indexer = Indexer.open(dir, true)) {
            List<Entry> batch = new ArrayList<>(BATCH);
            corpus.stream(n, e -> {
                batch.add(e);
                if (batch.size() == BATCH) {
                    putAll(indexer, batch, indexing);
                    batch.clear();
                }
            });
            putAll(indexer, batch, indexing);
            long c0 = System.nanoTime();
            indexer.commit();
            indexing.addAndGet(System.nanoTime() - c0);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "entries=%d%n", n);
        // litindex's time: putAll and commit, not the generating of the entries between the batches
        System.out.printf(Locale.ROOT, "seconds=%.2f%n", indexing.get() / 1e9);
        System.out.printf(Locale.ROOT, "seconds_with_generating=%.2f%n", seconds);
        System.out.printf(Locale.ROOT, "max_heap_mb=%.0f%n", Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "peak_heap_mb=%.1f%n", peakAfterGc.get() / 1e6);
    }

    private static void putAll(Indexer indexer, List<Entry> batch, AtomicLong nanos) {
        long t0 = System.nanoTime();
        indexer.putAll(batch);
        nanos.addAndGet(System.nanoTime() - t0);
    }

    /** The largest heap in use right after any garbage collection, updated as collections happen. */
    private static AtomicLong watchLiveHeap() {
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                        peak.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
        return peak;
    }
}
