package io.litindex.search;

import io.litindex.bench.Corpus;
import io.litindex.bench.Workload;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Benchmark only (in the search package to reach the query planner): the CPU time of planning a query
 * ({@code Queries.plan}: readings, rule graphs, known names) alone, without searching, on the bench's synthetic
 * corpus. Two query sets: the workload's title words (one to three, as the quick mode draws them) and every
 * rule input of the bundled rule files (acronyms, synonyms, related-term topics) alone and after a title word,
 * the queries the rules cost most on.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.litindex.search.PlanCost [--before DIR] [--size 10000] [--queries 300]
 *      [--rounds 7] [--shared FILE]
 * </pre>
 *
 * <p>With {@code --before DIR} (a directory holding an earlier {@code synonyms.txt}, {@code acronyms.txt} and
 * {@code related-terms.txt}), a second planner with those rules plans each query right before or after the bundled
 * one (the order alternating), in the same process, so that both see the same machine; known names are the bundled ones in both. Prints one line
 * per query set and planner: the median over rounds of each round's median CPU microseconds per plan, the spread
 * of the rounds' medians, and with {@code --before} the median of the rounds' ratios bundled / before.
 */
public final class PlanCost {
    private PlanCost() {}

    public static void main(String[] args) throws Exception {
        int size = 10_000;
        int queries = 300;
        int rounds = 7;
        Path shared = Path.of("../shared/corpora/awesome-multimodal-llms.md");
        Path before = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--shared" -> shared = Path.of(args[++i]);
                case "--before" -> before = Path.of(args[++i]);
                default -> {
                    System.err.println("plan-cost: unknown argument " + args[i] + " (expected --before DIR, --size N, --queries N, --rounds N, --shared FILE)");
                    System.exit(2);
                }
            }
        }
        Corpus corpus = Corpus.load(shared);
        List<Entry> entries = corpus.generate(size);
        Path dir = Files.createTempDirectory("litindex-plan-cost");
        try (Indexer indexer = Indexer.open(dir, true)) {
            indexer.putAll(entries);
            indexer.commit();
        }
        Workload workload = Workload.from(entries);
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Workload.QueryClass c : List.of(Workload.QueryClass.ONE_TERM, Workload.QueryClass.TWO_TERMS, Workload.QueryClass.THREE_TERMS_YEAR)) {
            sets.put(c.id(), workload.queries(c, queries, Corpus.SEED).stream().map(Workload.Query::text).toList());
        }
        List<String> inputs = new ArrayList<>();
        for (String resource : List.of(Synonyms.RESOURCE, Synonyms.ACRONYMS_RESOURCE, Synonyms.RELATED_RESOURCE)) {
            inputs.addAll(ruleInputs(resource));
        }
        List<String> words = sets.get("one_term");
        List<String> after = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            after.add(words.get(i % words.size()) + " " + inputs.get(i));
        }
        sets.put("rule_inputs", inputs);
        sets.put("word_rule_input", after);

        // each planner keeps the related terms current when it is made
        Map<String, Queries> planners = new LinkedHashMap<>();
        Synonyms.useCompiledRelated(Synonyms.bundledRelated());
        planners.put("bundled", new Queries(Schema.standard(), Venues::standard, Synonyms.bundled()));
        if (before != null) {
            Synonyms.useCompiledRelated(Synonyms.load(before.resolve("related-terms.txt")));
            planners.put("before", new Queries(Schema.standard(), Venues::standard,
                    Synonyms.load(before.resolve("synonyms.txt")).plus(Synonyms.load(before.resolve("acronyms.txt")))));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("# plan cost: " + size + " entries, " + rounds + " rounds, planners " + planners.keySet()
                + (before == null ? "" : " (before: " + before + ")"));
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (Queries planner : planners.values()) { // warm up: classes loaded, rule maps read, JIT
                for (List<String> set : sets.values()) {
                    for (String q : set) {
                        planner.plan(q, false, reader);
                    }
                }
            }
            final int roundCount = rounds;
            for (Map.Entry<String, List<String>> set : sets.entrySet()) {
                Map<String, double[]> medians = new LinkedHashMap<>();
                planners.keySet().forEach(name -> medians.put(name, new double[roundCount]));
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    Map<String, double[]> micros = new LinkedHashMap<>();
                    planners.keySet().forEach(name -> micros.put(name, new double[set.getValue().size()]));
                    int i = 0;
                    List<String> names = new ArrayList<>(planners.keySet());
                    for (String q : set.getValue()) {
                        // the planner that goes second finds the query's terms in the caches: the order alternates
                        for (int k = 0; k < names.size(); k++) {
                            String name = names.get((k + i) % names.size());
                            long start = mx.getCurrentThreadCpuTime();
                            planners.get(name).plan(q, false, reader);
                            micros.get(name)[i] = (mx.getCurrentThreadCpuTime() - start) / 1_000.0;
                        }
                        i++;
                    }
                    for (String name : planners.keySet()) {
                        medians.get(name)[r] = median(micros.get(name));
                    }
                    ratios[r] = before == null ? Double.NaN : medians.get("bundled")[r] / medians.get("before")[r];
                }
                for (Map.Entry<String, double[]> m : medians.entrySet()) {
                    double[] sorted = m.getValue().clone();
                    Arrays.sort(sorted);
                    System.out.printf(Locale.ROOT, "plan_%s %s queries=%d median_us=%.1f rounds_min=%.1f rounds_max=%.1f%n",
                            set.getKey(), m.getKey(), set.getValue().size(), median(m.getValue()), sorted[0], sorted[sorted.length - 1]);
                }
                if (before != null) {
                    System.out.printf(Locale.ROOT, "plan_%s ratio_bundled_before=%.3f%n", set.getKey(), median(ratios));
                }
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Each rule's input words (before the arrow, or each comma-separated form) as a query would type them. */
    private static List<String> ruleInputs(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = PlanCost.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String left = line.contains("=>") ? line.substring(0, line.indexOf("=>")) : line;
                for (String form : left.split(",")) {
                    if (!form.isBlank()) {
                        out.add(form.strip());
                    }
                }
            }
        }
        return out;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
