package io.litindex.search;

import io.litindex.index.Fields;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Benchmark only (in the search package to reach {@link TitleSuffixes}): what the suffix arrays of the longer-name
 * reading cost on an index folder: the CPU time to build them for every segment, the bytes they hold, the heap in
 * use after a collection with the reader and the arrays held, and the CPU time of a look-up of a short name (the
 * planner's part of a capital name's query: every segment's array and the compound checks of its candidates).
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar io.litindex.search.SuffixCost INDEX_DIR [lookups]
 * </pre>
 */
public final class SuffixCost {
    private SuffixCost() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            System.gc();
            long heapBefore = used();
            long t0 = cpu.getCurrentThreadCpuTime();
            long bytes = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                bytes += TitleSuffixes.of(leaf.reader()).bytes();
            }
            long buildNanos = cpu.getCurrentThreadCpuTime() - t0;
            System.gc();
            long heapAfter = used();
            Terms terms = MultiTerms.getTerms(reader, Fields.TITLE_EXACT);
            long words = terms == null ? 0 : terms.size();
            // names to look up: capital-name-like title words of 3 to 6 letters, spread over the vocabulary
            List<String> names = new ArrayList<>();
            if (terms != null) {
                TermsEnum it = terms.iterator();
                int seen = 0;
                for (BytesRef t = it.next(); t != null && names.size() < lookups; t = it.next()) {
                    String s = t.utf8ToString();
                    if (s.length() >= 3 && s.length() <= 6 && s.chars().allMatch(Character::isLetter) && seen++ % 7 == 0) {
                        names.add(s);
                    }
                }
            }
            WordForms forms = new WordForms(reader);
            long[] micros = new long[names.size()];
            int found = 0;
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < names.size(); i++) {
                    long s = cpu.getCurrentThreadCpuTime();
                    found += forms.insideNames(names.get(i), Integer.MAX_VALUE).size();
                    micros[i] = (cpu.getCurrentThreadCpuTime() - s) / 1000;
                }
            }
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "segments=%d%n", reader.leaves().size());
            System.out.printf(Locale.ROOT, "title_words=%d%n", words);
            System.out.printf(Locale.ROOT, "suffix_arrays_mb=%.1f%n", bytes / 1e6);
            System.out.printf(Locale.ROOT, "build_cpu_ms=%.0f%n", buildNanos / 1e6);
            System.out.printf(Locale.ROOT, "heap_after_gc_mb before=%.1f after=%.1f%n", heapBefore / 1e6, heapAfter / 1e6);
            System.out.printf(Locale.ROOT, "max_heap_mb=%.0f%n", Runtime.getRuntime().maxMemory() / 1e6);
            if (micros.length > 0) {
                System.out.printf(Locale.ROOT, "lookup_cpu_us names=%d p50=%d p90=%d max=%d (longer names found: %d)%n", micros.length,
                        micros[micros.length / 2], micros[micros.length * 9 / 10], micros[micros.length - 1], found / 2);
            }
        }
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
