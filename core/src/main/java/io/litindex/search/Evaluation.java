package io.litindex.search;

import io.litindex.index.Fields;
import io.litindex.ingest.fields.Ids;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.Links;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Measures ranking quality on judged queries: nDCG@10 and MRR@10 for litindex and, in the same run, for
 * a naive baseline (StandardAnalyzer and BM25 over each entry's concatenated text, the query words
 * OR'ed), so that the two can be compared on the same judgments.
 *
 * <p>nDCG@10 uses gain 2^grade − 1 and discount log2(rank + 1), normalized by the best ordering of all
 * judged entries of the query. MRR@10 is 1 / the rank of the first hit graded 1 or more within the top
 * 10 (0 when there is none). Both are averaged over the queries.
 */
public final class Evaluation {
    /** The rank cut-off of both measures. */
    public static final int CUTOFF = 10;
    /**
     * How long one judged query may take: a minute, not a search's default 2 s, so that a loaded machine slows an
     * evaluation down instead of cutting rankings short and lowering its figures.
     */
    static final Duration TIME_LIMIT = Duration.ofMinutes(1);

    /** The measures of one system, averaged over the queries. */
    public record Metrics(double ndcg, double mrr) {}

    /** The measures of one query for both systems, with the top of each ranking. */
    public record QueryScore(String query, double ndcg, double mrr, double baselineNdcg, double baselineMrr,
            List<String> ranking, List<String> baselineRanking) {}

    /**
     * An evaluation run.
     *
     * @param judgments where the judgments come from
     * @param litindex litindex's measures
     * @param baseline the baseline's measures
     * @param queries each query's measures, in judgment order
     * @param unknownIds judged targets (entry ids or links) that name no entry of the index (they count as missed)
     */
    public record Report(String judgments, Metrics litindex, Metrics baseline, List<QueryScore> queries, Set<String> unknownIds) {
        /**
         * Copies the lists.
         *
         * @param judgments where the judgments come from
         * @param litindex litindex's measures
         * @param baseline the baseline's measures
         * @param queries each query's measures
         * @param unknownIds judged entry ids the index does not hold
         */
        public Report {
            queries = List.copyOf(queries);
            unknownIds = Set.copyOf(unknownIds);
        }
    }

    private Evaluation() {}

    /**
     * Evaluates {@code searcher} and the baseline over the same entries on these judgments. Each judged target is
     * resolved to an entry: an entry id first, else a link of an entry (see {@link #resolver(List)}); targets that
     * resolve to no entry are reported in {@link Report#unknownIds()} and count as missed. Two targets of one query
     * that name the same entry count once, with the higher grade.
     *
     * @param searcher the index to evaluate
     * @param judgments the judged queries
     * @return the measures of both systems (each query's top {@value #CUTOFF}, scored by nDCG and reciprocal rank)
     */
    public static Report run(Searcher searcher, Judgments judgments) {
        Objects.requireNonNull(searcher, "searcher == null");
        return run(searcher, searcher.entries(), judgments);
    }

    /**
     * Evaluates any searcher (embedded, or on a cluster) on judged queries, with the baseline built from
     * {@code entries}, which must be the searcher's entries.
     *
     * @param searcher the index to evaluate
     * @param entries every entry of that index (judged links resolve to them; the baseline indexes them)
     * @param judgments the judged queries
     * @return the measures of both systems
     */
    public static Report run(SearchBackend searcher, List<Entry> entries, Judgments judgments) {
        Objects.requireNonNull(searcher, "searcher == null");
        Objects.requireNonNull(entries, "entries == null");
        Objects.requireNonNull(judgments, "judgments == null");
        Function<String, String> resolve = resolver(entries);
        Set<String> unknown = new LinkedHashSet<>();
        try (Baseline baseline = new Baseline(entries)) {
            List<QueryScore> scores = new ArrayList<>();
            for (Map.Entry<String, Map<String, Integer>> judged : judgments.grades().entrySet()) {
                String query = judged.getKey();
                Map<String, Integer> grades = new LinkedHashMap<>();
                judged.getValue().forEach((target, grade) -> {
                    String id = resolve.apply(target);
                    if (id == null) {
                        unknown.add(target);
                        grades.merge(target, grade, Math::max); // a missed entry still counts in the ideal ranking
                    } else {
                        grades.merge(id, grade, Math::max);
                    }
                });
                SearchResult result = searcher.search(SearchRequest.builder().query(query).limit(CUTOFF).timeLimit(TIME_LIMIT).build());
                if (result.partial()) {
                    throw new io.litindex.LitindexException("judged query \"" + query + "\" ran out of its " + TIME_LIMIT.toSeconds()
                            + " s time limit: its ranking would be incomplete");
                }
                List<String> ranking = result
                        .hits().stream().map(Hit::entry).map(Entry::id).toList();
                List<String> baselineRanking = baseline.search(query, CUTOFF);
                scores.add(new QueryScore(query, ndcg(ranking, grades, CUTOFF), reciprocalRank(ranking, grades, CUTOFF),
                        ndcg(baselineRanking, grades, CUTOFF), reciprocalRank(baselineRanking, grades, CUTOFF),
                        ranking, baselineRanking));
            }
            return new Report(judgments.source(), mean(scores, QueryScore::ndcg, QueryScore::mrr),
                    mean(scores, QueryScore::baselineNdcg, QueryScore::baselineMrr), scores, unknown);
        } catch (IOException e) {
            throw new io.litindex.LitindexException("cannot build the evaluation's baseline index in memory: " + e.getMessage(), e);
        }
    }

    /**
     * Resolves a judged target to the id of one of these entries, or null: the entry with that id, else for
     * {@code title:TITLE} the first entry with that title (as {@link Ids#normalizedTitle} keys titles: case, accents, spacing and
     * punctuation aside), else the first with it as an alias (a row merged into another), else the entry with that link,
     * compared exactly after trimming spaces and one trailing slash. A link held by several entries goes to the
     * first that has it as its paper (or arXiv, DOI) link, else to the first that has it at all, else to the first
     * dataset that has it as its source paper's link.
     */
    static Function<String, String> resolver(List<Entry> entries) {
        Set<String> ids = new HashSet<>();
        Map<String, String> byLink = new HashMap<>();
        for (Entry e : entries) {
            ids.add(e.id());
            for (String kind : Links.SELF) {
                for (String url : e.urls(kind)) {
                    byLink.putIfAbsent(link(url), e.id());
                }
            }
        }
        Map<String, String> byTitle = new HashMap<>();
        for (Entry e : entries) {
            e.links().forEach(l -> byLink.putIfAbsent(link(l.url()), e.id()));
            byTitle.putIfAbsent(Ids.normalizedTitle(e.title()), e.id());
        }
        // a row merged into another entry (same link, same paper) is still named by its own title, now an alias
        for (Entry e : entries) {
            e.aliases().forEach(a -> byTitle.putIfAbsent(Ids.normalizedTitle(a), e.id()));
        }
        // "| **HICO-Det** | [Learning to Detect …](paper) | WACV | 2018 | [Dataset](…) |": a dataset row's paper link,
        // held as its source paper, names the dataset when no entry has that link as its own
        for (Entry e : entries) {
            if (e.sourcePaper() != null && e.sourcePaper().url() != null) {
                byLink.putIfAbsent(link(e.sourcePaper().url()), e.id());
            }
        }
        return target -> {
            String t = target.strip();
            if (ids.contains(t)) {
                return t;
            }
            if (t.regionMatches(true, 0, TITLE_TARGET, 0, TITLE_TARGET.length())) {
                return byTitle.get(Ids.normalizedTitle(t.substring(TITLE_TARGET.length())));
            }
            return byLink.get(link(t));
        };
    }

    /** How a judged target names an entry by its title: for rows without a link of their own (a dataset linking only its paper's code). */
    static final String TITLE_TARGET = "title:";


    /** A Markdown backslash escape of ASCII punctuation ("?\_ga=" in a list's source is "?_ga=" once read). */
    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    /**
     * A link as judgments match it: without surrounding spaces, a trailing slash or Markdown's backslash escapes, so a
     * link copied from a list's source ({@code …pdf?\_ga=…}, {@code www.kdd.org/…} without its scheme) names the entry
     * whose link was read from it.
     */
    private static String link(String url) {
        String u = io.litindex.model.Links.withScheme(ESCAPED.matcher(url.strip()).replaceAll("$1"));
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** nDCG at rank {@code k} of a ranking of entry ids, with gain 2^grade − 1. */
    static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** 1 / the rank of the first entry graded 1 or more within the top {@code k}; 0 when there is none. */
    static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static Metrics mean(List<QueryScore> scores, Function<QueryScore, Double> ndcg, Function<QueryScore, Double> mrr) {
        if (scores.isEmpty()) {
            return new Metrics(0, 0);
        }
        return new Metrics(scores.stream().mapToDouble(ndcg::apply).average().orElse(0),
                scores.stream().mapToDouble(mrr::apply).average().orElse(0));
    }

    /**
     * The naive baseline: every entry's title, authors, venue, sections, note and source paper title in one
     * field, StandardAnalyzer, BM25, the query's words OR'ed; ties broken by id as in litindex.
     */
    static final class Baseline implements AutoCloseable {
        private static final String TEXT = "text";
        private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
        private final StandardAnalyzer analyzer = new StandardAnalyzer();
        private final DirectoryReader reader;

        Baseline(List<Entry> entries) throws IOException {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Entry e : entries) {
                    Document doc = new Document();
                    doc.add(new StringField(Fields.ID, e.id(), Field.Store.NO));
                    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(e.id())));
                    doc.add(new StoredField(Fields.ID, e.id()));
                    doc.add(new TextField(TEXT, text(e), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            this.reader = DirectoryReader.open(directory);
        }

        static String text(Entry e) {
            List<String> parts = new ArrayList<>();
            parts.add(e.title());
            parts.addAll(e.authors());
            if (e.venue() != null) {
                parts.add(e.venue());
            }
            parts.addAll(e.sections());
            if (e.note() != null) {
                parts.add(e.note());
            }
            if (e.sourcePaper() != null) {
                parts.add(e.sourcePaper().title());
            }
            return String.join("\n", parts);
        }

        List<String> search(String query, int k) throws IOException {
            Query q = new QueryBuilder(analyzer).createBooleanQuery(TEXT, query);
            if (q == null) {
                return List.of();
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, k, sort).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
            }
            return ids;
        }

        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } finally {
                analyzer.close();
                directory.close();
            }
        }
    }
}
