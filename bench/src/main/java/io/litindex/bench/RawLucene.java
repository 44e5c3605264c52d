package io.litindex.bench;

import io.litindex.model.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor any Lucene application stands on: the same entries indexed the plain way — StandardAnalyzer,
 * one concatenated text field, SortedSetDocValues facets — and searched with Lucene's own classes.
 */
public final class RawLucene implements AutoCloseable {
    static final String ID = "id";
    static final String TEXT = "text";
    static final String YEAR = "year";
    /** The facet dimensions the indexing baseline writes (as the benchmark issue specifies). */
    public static final List<String> INDEXING_DIMS = List.of("venue", "year");
    /** The dimensions the query baseline counts, the same four litindex counts in the facet query classes. */
    public static final List<String> QUERY_DIMS = List.of("venue", "year", "kind", "has_code");

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;
    private final FacetsConfig config;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    private RawLucene(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        config = new FacetsConfig();
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    /** Indexes {@code entries} into {@code dir} with the given facet dimensions on one thread, and commits. */
    public static void index(Collection<Entry> entries, Path dir, List<String> dims) throws IOException {
        index(entries, dir, dims, 1);
    }

    /**
     * Indexes {@code entries} into {@code dir} with the given facet dimensions and commits, on {@code threads}
     * threads sharing one writer, each taking the entries whose id falls to it (as litindex's putAll does).
     */
    public static void index(Collection<Entry> entries, Path dir, List<String> dims, int threads) throws IOException {
        FacetsConfig config = new FacetsConfig();
        try (FSDirectory fs = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig(new StandardAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            if (threads <= 1) {
                for (Entry e : entries) {
                    writer.addDocument(config.build(document(e, dims)));
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<?>> shares = new ArrayList<>();
                    for (int share = 0; share < threads; share++) {
                        int mine = share;
                        shares.add(pool.submit(() -> {
                            for (Entry e : entries) {
                                if (Math.floorMod(e.id().hashCode(), threads) == mine) {
                                    writer.addDocument(config.build(document(e, dims)));
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : shares) {
                        f.get();
                    }
                } catch (InterruptedException | ExecutionException e) {
                    throw new IOException(e);
                } finally {
                    pool.shutdownNow();
                }
            }
            writer.commit();
        }
    }

    private static Document document(Entry e, List<String> dims) {
        Document doc = new Document();
        doc.add(new StringField(ID, e.id(), Field.Store.YES));
        doc.add(new Field(TEXT, text(e), TEXT_WITH_OFFSETS));
        if (e.year() != null) {
            doc.add(new IntPoint(YEAR, e.year()));
        }
        for (String dim : dims) {
            String value = switch (dim) {
                case "venue" -> e.venue();
                case "year" -> e.year() == null ? null : e.year().toString();
                case "kind" -> e.kind().id();
                case "has_code" -> Boolean.toString(e.hasCode());
                default -> throw new IllegalArgumentException(dim);
            };
            if (value != null) {
                doc.add(new SortedSetDocValuesFacetField(dim, value));
            }
        }
        return doc;
    }

    static String text(Entry e) {
        StringBuilder sb = new StringBuilder(e.title());
        e.authors().forEach(a -> sb.append(". ").append(a));
        if (e.venue() != null) {
            sb.append(". ").append(e.venue());
        }
        e.sections().forEach(s -> sb.append(". ").append(s));
        if (e.note() != null) {
            sb.append(". ").append(e.note());
        }
        if (e.sourcePaper() != null) {
            sb.append(". ").append(e.sourcePaper().title());
        }
        return sb.toString();
    }

    public static RawLucene open(Path dir) throws IOException {
        return new RawLucene(dir);
    }

    /**
     * The same work litindex does for a request: parse, rank the top 10 counting every match exactly (as
     * litindex reports an exact total; Lucene's default stops counting at 1,000 and skips blocks of
     * documents that cannot reach the top 10), optionally filter by year, count the facet dimensions
     * (the filtered year dimension without its filter, as litindex's drill-sideways counts do), highlight,
     * and read the hits' stored fields. Returns the number of hits read.
     */
    public int search(String queryText, Integer yearFrom, Integer yearTo, boolean facets, boolean highlight) throws IOException {
        Query text;
        try {
            text = new QueryParser(TEXT, analyzer).parse(queryText);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        Query query = text;
        if (yearFrom != null) {
            query = new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(IntPoint.newRangeQuery(YEAR, yearFrom, yearTo), BooleanClause.Occur.FILTER)
                    .build();
        }
        TopScoreDocCollectorManager topManager = new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE);
        TopDocs top;
        if (facets) {
            Object[] both = searcher.search(query, new MultiCollectorManager(topManager, new FacetsCollectorManager()));
            top = (TopDocs) both[0];
            Facets counts = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
            List<FacetResult> all = new ArrayList<>();
            for (String dim : QUERY_DIMS) {
                if (yearFrom != null && dim.equals("year")) {
                    FacetsCollector sideways = searcher.search(text, new FacetsCollectorManager());
                    all.add(new SortedSetDocValuesFacetCounts(state, sideways).getTopChildren(10, dim));
                } else {
                    all.add(counts.getTopChildren(10, dim));
                }
            }
            if (all.size() != QUERY_DIMS.size()) {
                throw new IllegalStateException();
            }
        } else {
            top = searcher.search(query, topManager);
        }
        if (highlight && top.scoreDocs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
            highlighter.highlight(TEXT, query, top);
        }
        int read = 0;
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            stored.document(sd.doc);
            read++;
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
