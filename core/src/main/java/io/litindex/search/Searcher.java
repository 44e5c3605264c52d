package io.litindex.search;

import io.litindex.Catalog;
import io.litindex.IndexUnavailableException;
import io.litindex.index.EntryDocuments;
import io.litindex.index.Fields;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import io.litindex.ingest.Venues;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Answers {@link SearchRequest}s over one index: ranked hits with highlights, and facet counts with
 * drill-sideways. Thread-safe: any number of threads may search at once; each search sees one
 * committed state of the index, and {@link #refresh()} moves later searches to the newest commit.
 */
public final class Searcher implements AutoCloseable {
    private final Directory directory;
    private final boolean ownsDirectory;
    private final SearcherManager manager;
    private final Schema schema;
    private final Queries queries;
    private final String location;

    private Searcher(Directory directory, boolean ownsDirectory, String location) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.location = location;
        this.schema = Schema.standard();
        this.queries = new Queries(schema, Venues.standard());
        this.manager = new SearcherManager(directory, new FacetingSearcherFactory(schema.facetsConfig()));
    }

    /**
     * Opens the index in {@code dir}.
     *
     * @throws IndexUnavailableException when there is no index there, it was built by another schema
     *     version, or it cannot be read
     */
    public static Searcher open(Path dir) {
        Objects.requireNonNull(dir, "dir == null");
        if (!Files.isDirectory(dir)) {
            throw new IndexUnavailableException("no index at " + dir + " (build one with: litindex index <list.md> --index " + dir + ")");
        }
        FSDirectory fs = null;
        try {
            fs = FSDirectory.open(dir);
            checkSchema(fs, dir.toString());
            return new Searcher(fs, true, dir.toString());
        } catch (IndexNotFoundException e) {
            closeQuietly(fs);
            throw new IndexUnavailableException("no index at " + dir + " (build one with: litindex index <list.md> --index " + dir + ")", e);
        } catch (IOException e) {
            closeQuietly(fs);
            throw new IndexUnavailableException("cannot read index " + dir + ": " + e.getMessage()
                    + " (rebuild it with: litindex index <sources> --index " + dir + " --replace)", e);
        } catch (RuntimeException e) {
            closeQuietly(fs);
            throw e;
        }
    }

    /** Searches a directory the caller owns and closes after this searcher. */
    public static Searcher open(Directory directory) {
        try {
            return new Searcher(directory, false, directory.toString());
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Indexes {@code entries} in memory and searches them. */
    public static Searcher inMemory(Collection<Entry> entries) {
        ByteBuffersDirectory memory = new ByteBuffersDirectory();
        try (Indexer indexer = Indexer.open(memory)) {
            indexer.putAll(entries);
            indexer.commit();
            return new Searcher(memory, true, "memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Searches the catalog bundled with litindex ({@link Catalog}). */
    public static Searcher bundled() {
        return inMemory(Catalog.bundledEntries());
    }

    /** Where the index lives: its directory, or "memory". */
    public String location() {
        return location;
    }

    /** Runs one search. */
    public SearchResult search(SearchRequest request) {
        Objects.requireNonNull(request, "request == null");
        try {
            FacetingSearcher searcher = (FacetingSearcher) manager.acquire();
            try {
                return search(searcher, request);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + location + ": " + e.getMessage(), e);
        }
    }

    /** The entry with this id, if the index holds it. */
    public Optional<Entry> get(String id) {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
                if (top.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                return Optional.of(EntryDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + location + ": " + e.getMessage(), e);
        }
    }

    /** How many entries the index holds. */
    public int size() {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + location + ": " + e.getMessage(), e);
        }
    }

    /** Makes later searches see the newest commit; searches running now finish on the state they started with. */
    public void refresh() {
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot refresh index " + location + ": " + e.getMessage(), e);
        }
    }

    private SearchResult search(FacetingSearcher searcher, SearchRequest request) throws IOException {
        Query text = queries.text(request.query());
        DrillDownQuery query = queries.drillDown(text, request);
        int topN = Math.max(1, request.offset() + request.limit());
        List<Hit> hits = new ArrayList<>();
        long total;
        Facets facets = null;
        if (searcher.facetState != null) {
            DrillSideways sideways = new DrillSideways(searcher, schema.facetsConfig(), searcher.facetState);
            DrillSideways.DrillSidewaysResult result = sideways.search(query, null, null, topN, Queries.sort(request.sort()), true);
            facets = result.facets;
            total = result.hits.totalHits.value;
            collect(searcher, text, request, result.hits.scoreDocs, hits);
        } else {
            TopDocs top = searcher.search(query, topN, Queries.sort(request.sort()), true);
            total = top.totalHits.value;
            collect(searcher, text, request, top.scoreDocs, hits);
        }
        Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
        for (Dimension dim : request.facets()) {
            counts.put(dim.id(), facets == null ? List.of() : counts(facets, dim, request.facetLimit()));
        }
        return new SearchResult(request.query(), total, hits, counts);
    }

    private void collect(IndexSearcher searcher, Query text, SearchRequest request, ScoreDoc[] scoreDocs, List<Hit> out)
            throws IOException {
        int from = Math.min(request.offset(), scoreDocs.length);
        int to = Math.min(scoreDocs.length, request.offset() + request.limit());
        if (from >= to) {
            return;
        }
        int[] docs = new int[to - from];
        for (int i = from; i < to; i++) {
            docs[i - from] = scoreDocs[i].doc;
        }
        Map<String, Object[]> highlights = request.query().isBlank() || !request.highlight() ? Map.of() : highlight(searcher, text, docs);
        for (int i = from; i < to; i++) {
            ScoreDoc sd = scoreDocs[i];
            Document doc = searcher.storedFields().document(sd.doc, Set.of(Fields.ENTRY));
            Entry entry = EntryDocuments.fromDocument(doc);
            float score = sd instanceof FieldDoc fd && !Float.isNaN(fd.score) ? fd.score : sd.score;
            Map<String, String> plain = new LinkedHashMap<>();
            Map<String, String> html = new LinkedHashMap<>();
            for (Map.Entry<String, Object[]> field : highlights.entrySet()) {
                if (field.getValue()[i - from] instanceof Highlights h) {
                    plain.put(field.getKey(), h.plain());
                    html.put(field.getKey(), h.html());
                }
            }
            out.add(new Hit(score, entry, plain, html));
        }
    }

    private Map<String, Object[]> highlight(IndexSearcher searcher, Query text, int[] docs) throws IOException {
        String[] fields = Schema.HIGHLIGHTED.toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        HitHighlighter highlighter = new HitHighlighter(UnifiedHighlighter.builder(searcher, schema.analyzer())
                .withFormatter(new Highlights.Formatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0));
        return highlighter.highlight(fields, text, docs, passages);
    }

    private static List<FacetValue> counts(Facets facets, Dimension dim, int limit) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(limit, dim.id());
        } catch (IllegalArgumentException e) {
            return List.of(); // no entry has a value in this dimension
        }
        if (result == null) {
            return List.of();
        }
        List<FacetValue> values = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) {
            values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
        values.sort(java.util.Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
        return values;
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            if (ownsDirectory) {
                directory.close();
            }
        }
    }

    private static void checkSchema(Directory dir, String location) throws IOException {
        Map<String, String> data = DirectoryReader.listCommits(dir).get(DirectoryReader.listCommits(dir).size() - 1).getUserData();
        String version = data.get(Schema.VERSION_KEY);
        if (version != null && !version.equals(Integer.toString(Schema.VERSION))) {
            throw new IndexUnavailableException("index " + location + " was built by litindex " + data.getOrDefault(Schema.WRITER_KEY, "?")
                    + " with schema " + version + "; this litindex reads schema " + Schema.VERSION
                    + " (rebuild it with: litindex index <sources> --index " + location + " --replace)");
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // the open failure is what the caller reports
            }
        }
    }

    /** An IndexSearcher carrying the facet state of its reader, built once per reader, not per query. */
    private static final class FacetingSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facetState;

        FacetingSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        }

        private static boolean hasFacets(IndexReader reader) {
            return reader.leaves().stream()
                    .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        }
    }

    private static final class FacetingSearcherFactory extends SearcherFactory {
        private final FacetsConfig config;

        FacetingSearcherFactory(FacetsConfig config) {
            this.config = config;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetingSearcher(reader, config);
        }
    }

    /** Exposes the highlighter's per-field objects, which carry both the plain and the HTML form. */
    private static final class HitHighlighter extends UnifiedHighlighter {
        HitHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }
}
