package io.litindex.search;

import io.litindex.InvalidRequestException;
import io.litindex.ingest.Sources;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.testing.SharedFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how long the query bombs of {@link QueryBombTest} take to be answered or refused, over the bundled catalog
 * and over an index of the large real list when ../shared holds it: the median of {@code RUNS} runs after warm-up
 * runs, in one JVM. Run by {@code bench/query-bombs.sh [RUNS]}; nothing here is asserted.
 */
public final class QueryBombBench {
    private QueryBombBench() {}

    static Map<String, String> bombs() {
        Map<String, String> bombs = new LinkedHashMap<>();
        bombs.put("10,000 terms", QueryBombTest.words(10_000, " ", i -> "word" + i));
        bombs.put("1 MB query", QueryBombTest.megabyte());
        bombs.put("300 words (1,999 chars)", QueryBombTest.words(300, " ", i -> "grounding").substring(0, 1_999));
        bombs.put("100,000 nested parentheses", "(".repeat(100_000) + "grounding" + ")".repeat(100_000));
        bombs.put("990 nested parentheses", "(".repeat(990) + "grounding" + ")".repeat(990));
        bombs.put("64 catalog words and acronyms", QueryBombTest.words(64, " ",
                i -> List.of("vqa", "rs", "mllm", "lvlm", "grounding", "clip", "agents", "sar").get(i % 8)));
        bombs.put("64 prefixes sky*", QueryBombTest.words(64, " ", i -> "sky*"));
        bombs.put("64 two-letter prefixes", QueryBombTest.words(64, " ", i -> (char) ('a' + i / 8 % 26) + "" + (char) ('a' + i % 26) + "*"));
        bombs.put("5 misspelled words (fuzzy)", "grouding sensng visoin langage mdoel");
        bombs.put("8 misspelled 20-letter words (fuzzy)", QueryBombTest.words(8, " ", i -> "qwertyuiopasdfghjkl" + (char) ('a' + i)));
        bombs.put("64 misspelled words (fuzzy)", QueryBombTest.words(64, " ", i -> "grouding" + (char) ('a' + i % 26)));
        bombs.put("45 words of 37 letters", QueryBombTest.words(45, " ", i -> "groundinggroundinggroundinggrounding" + i));
        return bombs;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        List<Searcher> searchers = new ArrayList<>(List.of(Searcher.bundled()));
        List<String> names = new ArrayList<>(List.of("bundled catalog (37 entries)"));
        java.nio.file.Path large = SharedFiles.find(SharedFiles.LARGE_LIST);
        if (large != null) {
            var entries = Sources.read(large).entries();
            searchers.add(Searcher.inMemory(entries));
            names.add("large list (" + entries.size() + " entries)");
        }
        System.out.printf(Locale.ROOT, "%-38s", "query (median of " + runs + " runs, ms)");
        names.forEach(n -> System.out.printf(Locale.ROOT, " | %-34s", n));
        System.out.println();
        for (Map.Entry<String, String> bomb : bombs().entrySet()) {
            System.out.printf(Locale.ROOT, "%-38s", bomb.getKey());
            for (Searcher searcher : searchers) {
                String outcome = "";
                double[] ms = new double[runs];
                for (int i = -3; i < runs; i++) {
                    long start = System.nanoTime();
                    try {
                        SearchResult r = searcher.search(SearchRequest.builder().query(bomb.getValue()).limit(10).build());
                        outcome = r.total() + " found" + (r.fuzzy() ? ", fuzzy" : "");
                    } catch (InvalidRequestException e) {
                        outcome = "refused";
                    }
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, " | %8.2f  %-24s", ms[runs / 2], outcome);
            }
            System.out.println();
        }
        for (Searcher s : searchers) {
            s.close();
        }
    }
}
