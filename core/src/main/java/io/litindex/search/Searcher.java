package io.litindex.search;

import io.litindex.Catalog;
import io.litindex.IndexUnavailableException;
import io.litindex.InvalidRequestException;
import io.litindex.index.EntryDocuments;
import io.litindex.index.Fields;
import io.litindex.index.IndexHealth;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import io.litindex.ingest.Venues;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

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
    private final Spelling spelling;
    private final Synonyms synonyms;
    private final String location;

    private Searcher(Directory directory, boolean ownsDirectory, String location, Synonyms synonyms) throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.location = location;
        this.schema = Schema.standard();
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms == null");
        this.queries = new Queries(schema, Venues.standard(), synonyms);
        this.spelling = new Spelling(schema);
        this.manager = new SearcherManager(directory, new FacetingSearcherFactory(schema.facetsConfig()));
    }

    /**
     * Opens the index in {@code dir}, after checking that its latest commit is readable, was written by
     * this schema version and has intact files ({@link IndexHealth#checkOnOpen}).
     *
     * @throws IndexUnavailableException when there is no index there, it was built by another schema
     *     version, or it is damaged or unreadable; the message names the index and the command that rebuilds it
     */
    public static Searcher open(Path dir) {
        return open(dir, Synonyms.configured());
    }

    /** Opens the index in {@code dir}, searching with these synonyms instead of the configured ones. */
    public static Searcher open(Path dir, Synonyms synonyms) {
        Objects.requireNonNull(dir, "dir == null");
        Objects.requireNonNull(synonyms, "synonyms == null");
        String location = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw IndexHealth.noIndex(location, null);
        }
        FSDirectory fs = null;
        try {
            fs = FSDirectory.open(dir);
            return openChecked(fs, true, location, synonyms);
        } catch (IOException e) {
            closeQuietly(fs);
            throw IndexHealth.unreadable(location, e);
        } catch (RuntimeException e) {
            closeQuietly(fs);
            throw e;
        }
    }

    /** Searches a directory the caller owns and closes after this searcher; checked as {@link #open(Path)} is. */
    public static Searcher open(Directory directory) {
        return open(directory, Synonyms.configured());
    }

    /** Searches a directory the caller owns and closes after this searcher, with these synonyms. */
    public static Searcher open(Directory directory, Synonyms synonyms) {
        Objects.requireNonNull(directory, "directory == null");
        Objects.requireNonNull(synonyms, "synonyms == null");
        try {
            return openChecked(directory, false, directory.toString(), synonyms);
        } catch (IOException e) {
            throw IndexHealth.unreadable(directory.toString(), e);
        }
    }

    private static Searcher openChecked(Directory directory, boolean ownsDirectory, String location, Synonyms synonyms)
            throws IOException {
        IndexHealth.checkOnOpen(directory, location);
        return new Searcher(directory, ownsDirectory, location, synonyms);
    }

    /** Indexes {@code entries} in memory and searches them. */
    public static Searcher inMemory(Collection<Entry> entries) {
        return inMemory(entries, Synonyms.configured());
    }

    /** Indexes {@code entries} in memory and searches them with these synonyms. */
    public static Searcher inMemory(Collection<Entry> entries, Synonyms synonyms) {
        return inMemory(entries, synonyms, "memory");
    }

    private static Searcher inMemory(Collection<Entry> entries, Synonyms synonyms, String location) {
        Objects.requireNonNull(synonyms, "synonyms == null");
        ByteBuffersDirectory memory = new ByteBuffersDirectory();
        try (Indexer indexer = Indexer.open(memory)) {
            indexer.putAll(entries);
            indexer.commit();
            return new Searcher(memory, true, location, synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Searches the catalog bundled with litindex ({@link Catalog}). */
    public static Searcher bundled() {
        return inMemory(Catalog.bundledEntries(), Synonyms.configured(), "the bundled catalog");
    }

    /** Where the index lives: its directory, or "memory". */
    public String location() {
        return location;
    }

    /** The synonyms this searcher applies to queries. */
    public Synonyms synonyms() {
        return synonyms;
    }

    /**
     * Runs one search. When nothing matches the query as typed, searches again with fuzzy matching
     * ({@link SearchResult#fuzzy()}); when a query word is not in the index, suggests a correction
     * ({@link SearchResult#suggestion()}).
     *
     * @throws InvalidRequestException when the query cannot be searched (see the README's query syntax)
     */
    public SearchResult search(SearchRequest request) {
        Objects.requireNonNull(request, "request == null");
        try {
            FacetingSearcher searcher = (FacetingSearcher) manager.acquire();
            try {
                return search(searcher, request);
            } finally {
                manager.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("query too long: it makes more than " + IndexSearcher.getMaxClauseCount()
                    + " clauses; use fewer words");
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Entries like the one with this id (MoreLikeThis over title, note, sections and source paper), best
     * first, without the entry itself; a dataset's paper and a paper's datasets come first.
     *
     * @throws InvalidRequestException when the index holds no entry with this id
     */
    public List<Hit> related(String id, int limit) {
        Objects.requireNonNull(id, "id == null");
        if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
            throw new InvalidRequestException("invalid limit " + limit + ": must be between 0 and " + SearchRequest.MAX_LIMIT);
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return Related.find(searcher, schema, id, limit, location);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Autocomplete: up to {@code limit} model and dataset names, titles and authors for what has been typed
     * (the last word a prefix). Built once per index state, on first use.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        Objects.requireNonNull(typed, "typed == null");
        if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
            throw new InvalidRequestException("invalid limit " + limit + ": must be between 0 and " + SearchRequest.MAX_LIMIT);
        }
        try {
            FacetingSearcher searcher = (FacetingSearcher) manager.acquire();
            try {
                return searcher.autocomplete().lookup(typed, limit);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + location + ": " + e.getMessage(), e);
        }
    }

    /** Every entry of the index, in index order. */
    List<Entry> entries() {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return allEntries(searcher.getIndexReader());
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot read index " + location + ": " + e.getMessage(), e);
        }
    }

    static List<Entry> allEntries(IndexReader reader) throws IOException {
        List<Entry> out = new ArrayList<>(reader.numDocs());
        org.apache.lucene.index.StoredFields stored = reader.storedFields();
        Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                out.add(EntryDocuments.fromDocument(stored.document(doc, Set.of(Fields.ENTRY))));
            }
        }
        return out;
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

    /** Where this index is, how many entries it holds, its size, and the litindex and schema version that built it. */
    public IndexInfo info() {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                org.apache.lucene.index.IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
                long bytes = 0;
                for (String file : commit.getFileNames()) {
                    bytes += directory.fileLength(file);
                }
                Map<String, String> data = commit.getUserData();
                String schemaVersion = data.get(Schema.VERSION_KEY);
                return new IndexInfo(location, searcher.getIndexReader().numDocs(), bytes, data.get(Schema.WRITER_KEY),
                        schemaVersion == null || !schemaVersion.matches("\\d{1,9}") ? null : Integer.valueOf(schemaVersion));
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
        Queries.Plan plan = queries.plan(request.query(), false);
        Page page = page(searcher, plan, request);
        boolean fuzzy = false;
        if (page.total == 0 && !plan.words().isEmpty()) {
            // nothing matches as typed: search again, letting words match within an edit or two
            plan = queries.plan(request.query(), true);
            page = page(searcher, plan, request);
            fuzzy = true;
        }
        String suggestion = plan.words().isEmpty() ? null : spelling.suggest(searcher.getIndexReader(), request.query(), plan.words());
        Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
        for (Dimension dim : request.facets()) {
            counts.put(dim.id(), page.facets == null ? List.of() : counts(page.facets, dim, request.facetLimit()));
        }
        return new SearchResult(request.query(), page.total, page.hits, counts, suggestion, fuzzy);
    }

    /** One run of a planned query: the total, the requested page of hits, and the facet counts. */
    private record Page(long total, List<Hit> hits, Facets facets) {}

    private Page page(FacetingSearcher searcher, Queries.Plan plan, SearchRequest request) throws IOException {
        DrillDownQuery query = queries.drillDown(plan.query(), request);
        Sort sort = Queries.sort(request.sort(), plan.coverage()).rewrite(searcher);
        int topN = Math.max(1, request.offset() + request.limit());
        List<Hit> hits = new ArrayList<>();
        Query highlight = plan.highlight();
        if (searcher.facetState != null) {
            DrillSideways sideways = new DrillSideways(searcher, schema.facetsConfig(), searcher.facetState);
            DrillSideways.DrillSidewaysResult result = sideways.search(query, null, null, topN, sort, true);
            collect(searcher, highlight, request, result.hits.scoreDocs, hits);
            return new Page(result.hits.totalHits.value, hits, result.facets);
        }
        TopDocs top = searcher.search(query, topN, sort, true);
        collect(searcher, highlight, request, top.scoreDocs, hits);
        return new Page(top.totalHits.value, hits, null);
    }

    private void collect(IndexSearcher searcher, Query highlight, SearchRequest request, ScoreDoc[] scoreDocs, List<Hit> out)
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
        Map<String, Object[]> highlights = highlight == null || !request.highlight() ? Map.of() : highlight(searcher, highlight, docs);
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
        // the plan's highlight query names the title and note terms to mark, so no other field is looked at
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
        private Autocomplete autocomplete;

        FacetingSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        }

        /** The autocomplete of this reader, built on first use and closed with the reader. */
        synchronized Autocomplete autocomplete() throws IOException {
            if (autocomplete == null) {
                Autocomplete built = Autocomplete.build(allEntries(getIndexReader()));
                IndexReader.CacheHelper helper = getIndexReader().getReaderCacheHelper();
                if (helper != null) {
                    helper.addClosedListener(key -> built.close());
                }
                autocomplete = built;
            }
            return autocomplete;
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
