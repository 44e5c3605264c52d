package io.litindex.search;

import io.litindex.Catalog;
import io.litindex.IndexClosedException;
import io.litindex.LitindexException;
import io.litindex.IndexUnavailableException;
import io.litindex.InvalidRequestException;
import io.litindex.index.EntryDocuments;
import io.litindex.index.Fields;
import io.litindex.index.IndexHealth;
import io.litindex.index.LuceneIndexers;
import io.litindex.index.Schema;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Hit;
import io.litindex.model.SearchRequest;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.SearchResult;
import io.litindex.model.Suggestion;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Answers {@link SearchRequest}s over one index: ranked hits with highlights, and facet counts with
 * drill-sideways.
 *
 * <p>Thread-safe: any number of threads may search at once; each search sees one committed state of the
 * index, and {@link #refresh()} moves later searches to the newest commit. Open one searcher per index and
 * share it; close it when done (a search after {@link #close()} throws {@link IndexClosedException}).
 *
 * <p>Every method throws unchecked exceptions only (see {@link io.litindex.LitindexException}): an index that
 * cannot be read is an {@link IndexUnavailableException}, a query that cannot be searched an
 * {@link InvalidRequestException}. An index in a Lucene {@code Directory} of your own is opened with
 * {@link LuceneSearchers}.
 */
public final class Searcher implements SearchBackend {
    private static final Set<String> ENTRY_ONLY = Set.of(Fields.ENTRY);
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
        this.queries = new Queries(schema, Venues::standard, synonyms);
        this.spelling = new Spelling(schema);
        this.manager = new SearcherManager(directory, new FacetingSearcherFactory(schema.facetsConfig()));
    }

    /**
     * Opens the index in {@code dir}, after checking that its latest commit is readable, was written by
     * this schema version and has intact files ({@link IndexHealth#checkOnOpen}).
     *
     * @param dir the index's directory, as written by {@link io.litindex.index.Indexer}
     * @return a searcher with the configured synonyms ({@link Synonyms#configured()}), which the caller closes
     * @throws IndexUnavailableException when there is no index there, it was built by another schema
     *     version, or it is damaged or unreadable; {@link IndexUnavailableException#reason()} says which
     */
    public static Searcher open(Path dir) {
        return open(dir, Synonyms.configured());
    }

    /**
     * Opens the index in {@code dir}, searching with these synonyms instead of the configured ones.
     *
     * @param dir the index's directory
     * @param synonyms the query-time synonyms ({@link Synonyms#bundled()}, {@link Synonyms#none()}, your own)
     * @return a searcher, which the caller closes
     * @throws IndexUnavailableException as {@link #open(Path)} does
     */
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

    /** Opens a searcher over a directory after the checks of {@link IndexHealth#checkOnOpen}; {@link LuceneSearchers} uses it. */
    static Searcher openChecked(Directory directory, boolean ownsDirectory, String location, Synonyms synonyms)
            throws IOException {
        LuceneIndexers.checkOnOpen(directory, location);
        return new Searcher(directory, ownsDirectory, location, synonyms);
    }

    /**
     * Indexes {@code entries} in memory and searches them: for a few thousand entries or a test.
     *
     * @param entries the entries; when an id occurs more than once, the last entry with it wins
     * @return a searcher over them, which the caller closes
     */
    public static Searcher inMemory(Collection<Entry> entries) {
        return inMemory(entries, Synonyms.configured());
    }

    /**
     * Indexes {@code entries} in memory and searches them with these synonyms.
     *
     * @param entries the entries; when an id occurs more than once, the last entry with it wins
     * @param synonyms the query-time synonyms
     * @return a searcher over them, which the caller closes
     */
    public static Searcher inMemory(Collection<Entry> entries, Synonyms synonyms) {
        return inMemory(entries, synonyms, "memory");
    }

    private static Searcher inMemory(Collection<Entry> entries, Synonyms synonyms, String location) {
        Objects.requireNonNull(synonyms, "synonyms == null");
        ByteBuffersDirectory memory = new ByteBuffersDirectory();
        try (io.litindex.index.Indexer indexer = LuceneIndexers.open(memory, location)) {
            indexer.putAll(entries);
            indexer.commit();
            return new Searcher(memory, true, location, synonyms);
        } catch (IOException e) {
            throw IndexHealth.unreadable(location, e); // memory does not fail; a Lucene bug would
        }
    }

    /**
     * Searches the catalog bundled with litindex ({@link Catalog}), indexed in memory.
     *
     * @return a searcher over the bundled catalog, which the caller closes
     */
    public static Searcher bundled() {
        return inMemory(Catalog.bundledEntries(), Synonyms.configured(), "the bundled catalog");
    }

    /**
     * Where the index lives.
     *
     * @return its directory, "memory", or "the bundled catalog"
     */
    @Override
    public String location() {
        return location;
    }

    /**
     * The synonyms this searcher applies to queries.
     *
     * @return the synonyms given when it was opened, or the configured ones
     */
    public Synonyms synonyms() {
        return synonyms;
    }

    /**
     * Runs one search. When nothing matches the query as typed, searches again with fuzzy matching
     * ({@link SearchResult#fuzzy()}); when a query word is not in the index, suggests a correction
     * ({@link SearchResult#suggestion()}). A search never runs past the request's time limit: it then returns
     * what it found so far, marked {@link SearchResult#partial()}.
     *
     * @param request what to search for
     * @return the total, the requested page of hits and the facet counts asked for
     * @throws InvalidRequestException when the query cannot be searched (see docs/query-syntax.md)
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public SearchResult search(SearchRequest request) {
        Objects.requireNonNull(request, "request == null");
        try {
            return withSearcher(acquired -> search((FacetingSearcher) acquired, request));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooLong(e);
        }
    }

    /**
     * Entries like the one with this id (MoreLikeThis over title, note, sections and source paper), best
     * first, without the entry itself; a dataset's paper and a paper's datasets come first.
     *
     * @param id the entry's id ({@link Entry#id()})
     * @param limit how many entries to return at most, 0 to {@link SearchRequest#MAX_LIMIT}
     * @return the related entries as hits (their score says how alike), best first
     * @throws InvalidRequestException when the index holds no entry with this id, or the limit is out of range
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public List<Hit> related(String id, int limit) {
        Objects.requireNonNull(id, "id == null");
        SearchRequest.checkLimit(limit);
        return withSearcher(searcher -> Related.find(searcher, schema, id, limit, location));
    }

    /**
     * Autocomplete: up to {@code limit} model and dataset names, titles and authors for what has been typed
     * (the last word a prefix). Built once per index state, on first use.
     *
     * @param typed what has been typed so far; its last word is completed
     * @param limit how many suggestions to return at most, 0 to {@link SearchRequest#MAX_LIMIT}
     * @return names first, then titles, then authors
     * @throws InvalidRequestException when the text is longer than a query may be, or the limit is out of range
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public List<Suggestion> suggest(String typed, int limit) {
        Objects.requireNonNull(typed, "typed == null");
        SearchRequest.checkLimit(limit);
        // the same bounds as a query: every typed word becomes clauses of the suggester's query
        if (typed.length() > QuerySyntax.MAX_LENGTH || QuerySyntax.wordsIn(typed) > QuerySyntax.MAX_WORDS) {
            throw new InvalidRequestException("text to complete too long: litindex completes up to " + QuerySyntax.MAX_WORDS
                    + " words and " + QuerySyntax.MAX_LENGTH + " characters");
        }
        return withSearcher(acquired -> ((FacetingSearcher) acquired).autocomplete().lookup(typed, limit));
    }

    /** Every entry of the index, in index order. */
    List<Entry> entries() {
        return withSearcher(searcher -> allEntries(searcher.getIndexReader()));
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

    /**
     * The entry with this id, if the index holds it.
     *
     * @param id the entry's id
     * @return the entry, or empty
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public Optional<Entry> get(String id) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(EntryDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /**
     * The datasets built from the paper with id {@code paperId} (those whose source paper links it), ordered by
     * id; none when no dataset names it.
     *
     * @param paperId the paper's entry id
     * @return the datasets, ordered by id
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public List<Entry> datasetsFrom(String paperId) {
        Objects.requireNonNull(paperId, "paperId == null");
        return withSearcher(searcher -> {
            Query fromPaper = new TermQuery(new Term(Fields.SOURCE_ID, paperId));
            TopDocs top = searcher.search(fromPaper, Math.max(1, searcher.count(fromPaper)));
            List<Entry> datasets = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                datasets.add(EntryDocuments.fromDocument(searcher.storedFields().document(hit.doc)));
            }
            datasets.sort(java.util.Comparator.comparing(Entry::id));
            return List.copyOf(datasets);
        });
    }

    /**
     * How many entries the index holds, in the state later searches see.
     *
     * @return the number of entries
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Where this index is, how many entries it holds, its size, and the litindex and schema version that built it.
     *
     * @return the facts about the current state
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public IndexInfo info() {
        return withSearcher(searcher -> {
            org.apache.lucene.index.IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
            Map<String, String> data = commit.getUserData();
            String schemaVersion = data.get(Schema.VERSION_KEY);
            return new IndexInfo(location, searcher.getIndexReader().numDocs(), ((FacetingSearcher) searcher).bytes(), data.get(Schema.WRITER_KEY),
                    schemaVersion == null || !schemaVersion.matches("\\d{1,9}") ? null : Integer.valueOf(schemaVersion));
        });
    }

    /** One read of the current index state: the searcher is released after it, whatever happens. */
    @FunctionalInterface
    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs one read on an acquired searcher, releases it, and turns Lucene's failures into litindex's.
     *
     * @throws IndexUnavailableException when the index's files cannot be read
     * @throws IndexClosedException when this searcher is closed
     */
    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return read.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw readFailed(e);
        } catch (AlreadyClosedException e) {
            throw closed(e);
        }
    }

    /**
     * Makes later searches see the newest commit; searches running now finish on the state they started with.
     *
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public void refresh() {
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw readFailed(e);
        } catch (AlreadyClosedException e) {
            throw closed(e);
        }
    }

    private IndexUnavailableException readFailed(IOException e) {
        return IndexHealth.unreadable(location, e);
    }

    private IndexClosedException closed(AlreadyClosedException e) {
        return new IndexClosedException("searcher", location, e);
    }

    private SearchResult search(FacetingSearcher searcher, SearchRequest request) throws IOException {
        Deadline deadline = new Deadline(request.timeLimit());
        Deadline.CURRENT.set(deadline);
        try {
            IndexReader reader = searcher.getIndexReader();
            Queries.Plan plan = queries.plan(request.query(), false, reader);
            Page page = page(searcher, plan, request, deadline);
            boolean fuzzy = false;
            if (page.total == 0 && !page.partial && !plan.words().isEmpty()) {
                // nothing matches as typed: search again, letting words match within an edit or two
                plan = queries.plan(request.query(), true, reader);
                page = page(searcher, plan, request, deadline);
                fuzzy = true;
            }
            String suggestion = plan.words().isEmpty() || deadline.shouldExit()
                    ? null : spelling.suggest(searcher.getIndexReader(), request.query(), plan.words());
            List<Hit> hits = request.explain() ? explained(reader, plan, request, page.hits) : page.hits;
            return new SearchResult(request.query(), page.total, hits, page.facets, page.missing, suggestion, fuzzy,
                    page.partial, plan.interpreted());
        } finally {
            Deadline.CURRENT.remove();
        }
    }

    /** The hits of a page, each with the explanation of its score ({@link Explainer}); only when a request asks. */
    private List<Hit> explained(IndexReader reader, Queries.Plan plan, SearchRequest request, List<Hit> hits) throws IOException {
        IndexSearcher searcher = explaining(reader);
        Explainer explainer = new Explainer(searcher, plan, request.query(), schema);
        boolean ranked = request.sort() == io.litindex.model.SortOrder.RELEVANCE && plan.coverage() == null;
        List<Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, hit.entry().id())), 1);
            out.add(found.scoreDocs.length == 0 ? hit : hit.withExplanation(
                    explainer.explain(found.scoreDocs[0].doc, hit.entry().id(), ranked ? request.offset() + i + 1 : null)));
        }
        return out;
    }

    private IndexSearcher explaining(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(schema.similarity());
        searcher.setQueryCache(null);
        return searcher;
    }

    /**
     * Why the entry with this id scores what it does for the request's query, whether or not it is among the hits:
     * the query words it matches, its score in named parts (largest first), the readings that scored for it, and its
     * place among all matches in the request's filters and order (by relevance only). The query is planned as
     * {@link #search} plans it, fuzzily when nothing matches it as typed. Costs about a search; normal searches pay
     * nothing for it.
     *
     * @param request the query and filters (page and facets are ignored)
     * @param id the entry's id
     * @return the explanation, or empty when the index holds no entry with this id
     * @throws InvalidRequestException when the query cannot be searched
     * @throws IndexClosedException when this searcher is closed
     */
    @Override
    public Optional<ScoreExplanation> explain(SearchRequest request, String id) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(id, "id == null");
        try {
            return withSearcher(acquired -> {
                IndexReader reader = acquired.getIndexReader();
                IndexSearcher searcher = explaining(reader);
                TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id.strip())), 1);
                if (found.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                int doc = found.scoreDocs[0].doc;
                Map<Dimension, Query> filters = queries.filters(request);
                Queries.Plan plan = queries.plan(request.query(), false, reader);
                if (!plan.words().isEmpty() && searcher.count(Queries.filtered(plan.matching(), filters, null)) == 0) {
                    plan = queries.plan(request.query(), true, reader);
                }
                Query query = Queries.filtered(plan.query(), filters, null);
                Integer rank = null;
                if (request.sort() == io.litindex.model.SortOrder.RELEVANCE && plan.coverage() == null) {
                    org.apache.lucene.search.Explanation e = searcher.explain(query, doc);
                    rank = e.isMatch() ? rank(searcher, query, e.getValue().floatValue(), id.strip()) : null;
                }
                return Optional.of(new Explainer(searcher, plan, request.query(), schema).explain(doc, id.strip(), rank));
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooLong(e);
        }
    }

    /** A query that makes more clauses than Lucene allows: the user's error, in one line. */
    private static InvalidRequestException tooLong(IndexSearcher.TooManyClauses e) {
        return new InvalidRequestException("query too long: it makes more than " + IndexSearcher.getMaxClauseCount()
                + " clauses; use fewer words");
    }

    /** 1 + the matches ranking above an entry scoring {@code score} with id {@code id} (higher score, or equal and smaller id). */
    private static int rank(IndexSearcher searcher, Query query, float score, String id) throws IOException {
        BytesRef mine = new BytesRef(id);
        int[] above = new int[1];
        searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
            private org.apache.lucene.search.Scorable scorer;
            private org.apache.lucene.index.SortedDocValues ids;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                ids = org.apache.lucene.index.DocValues.getSorted(context.reader(), Fields.ID);
            }

            @Override
            public void setScorer(org.apache.lucene.search.Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                float s = scorer.score();
                if (s > score || s == score && ids.advanceExact(doc) && ids.lookupOrd(ids.ordValue()).compareTo(mine) < 0) {
                    above[0]++;
                }
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE;
            }
        });
        return above[0] + 1;
    }

    /**
     * Whether relevance-ordered searches find their top hits by pruning (true unless {@code -Dlitindex.prune=false},
     * which scores every match in one pass, to measure what pruning buys); tests compare both.
     */
    static volatile boolean pruning = !"false".equals(System.getProperty("litindex.prune"));

    /** One run of a planned query: the total, the requested page of hits, the facet counts, and whether the time budget cut it short. */
    private record Page(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, Map<String, Long> missing, boolean partial) {}

    /**
     * Runs a plan: one pass over the entries matching the query and every filter collects the top hits,
     * the exact total and the counts of the unfiltered dimensions asked for; each filtered dimension asked
     * for is counted in one more pass, unscored, with its own filter left out (drill-sideways). Only the
     * dimensions asked for are counted.
     */
    private Page page(FacetingSearcher base, Queries.Plan plan, SearchRequest request, Deadline deadline) throws IOException {
        // queries that enumerate terms (prefixes, fuzzy words) read through a reader that stops at the deadline
        ReaderView view = Queries.expands(plan.query()) ? base.exitable() : base.plain();
        IndexSearcher searcher = new IndexSearcher(view.reader());
        searcher.setSimilarity(schema.similarity());
        searcher.setTimeout(deadline);
        Map<Dimension, Query> filters = queries.filters(request);
        Sort sort = Queries.sort(request.sort(), plan.coverage());
        int topN = Math.max(1, request.offset() + request.limit());
        List<Dimension> here = request.facets().stream().filter(d -> !filters.containsKey(d)).toList();
        boolean cutShort = false;
        // ordered by score alone (with a bonus per unit when there are two or more, not by matched units) and scored
        // by words: the top hits can be found by pruning, every scoring clause reporting its per-block bounds. A
        // query of phrases alone is scored in one pass: two would read every match's positions twice
        boolean byScore = pruning && request.sort() == io.litindex.model.SortOrder.RELEVANCE && plan.coverage() == null
                && (plan.bonus() > 0 || !plan.words().isEmpty());
        long total = 0;
        TopFieldDocs top = null;
        FacetsCollector matching = null;
        // each term is looked up once, for every pass below (count, facets, top hits)
        SharedTermStates terms = new SharedTermStates(searcher);
        Query matchingQuery = plan.matching();
        try {
            for (Map.Entry<Dimension, Query> filter : filters.entrySet()) {
                filter.setValue(terms.withStates(filter.getValue()));
            }
            matchingQuery = terms.withStates(plan.matching());
            Query query = Queries.filtered(terms.withStates(plan.query()), filters, null);
            if (plan.coverage() != null) {
                sort = sort.rewrite(searcher);
            }
            if (byScore) {
                // two passes: the matches counted (and their facets collected) without scoring, then the top
                // hits by score with dynamic pruning (block-max WAND / MaxScore), which skips entries that
                // cannot enter the top: with each unit's bonus, entries matching fewer units than the top do
                Query matches = Queries.filtered(matchingQuery, filters, null);
                if (here.isEmpty()) {
                    total = searcher.count(matches);
                } else {
                    matching = searcher.search(matches, new FacetsCollectorManager());
                    total = matches(matching);
                }
                top = topByScore(searcher, query, sort, topN);
            } else {
                TopFieldCollectorManager hitsManager = new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE);
                if (here.isEmpty()) {
                    top = searcher.search(query, hitsManager);
                } else {
                    Object[] both = searcher.search(query, new MultiCollectorManager(hitsManager, new FacetsCollectorManager()));
                    top = (TopFieldDocs) both[0];
                    matching = (FacetsCollector) both[1];
                }
                total = top.totalHits.value;
            }
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            cutShort = true;
        }
        Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
        Map<String, Long> missing = new LinkedHashMap<>();
        for (Dimension dim : request.facets()) {
            FacetsCollector source = matching;
            if (filters.containsKey(dim) && !cutShort) {
                try {
                    source = searcher.search(Queries.filtered(matchingQuery, filters, dim), new FacetsCollectorManager());
                } catch (ExitableDirectoryReader.ExitingReaderException e) {
                    cutShort = true;
                    source = null;
                }
            }
            List<FacetValue> values = List.of();
            long without = 0;
            if (source != null) {
                try {
                    FacetResult result = counts(view, source, dim, request.facetLimit());
                    values = values(result);
                    without = result != null && result.value.longValue() >= 0 && !schema.facetsConfig().getDimConfig(dim.id()).multiValued
                            // one value per entry: the entries without one are the matches less those counted
                            ? matches(source) - result.value.longValue()
                            : missing(source, dim);
                } catch (ExitableDirectoryReader.ExitingReaderException e) {
                    cutShort = true;
                }
            }
            counts.put(dim.id(), values);
            missing.put(dim.id(), without);
        }
        boolean partial = cutShort || searcher.timedOut();
        if (top == null) {
            return new Page(total, List.of(), counts, missing, true);
        }
        int scoreField = scoreField(sort);
        List<Hit> hits = new ArrayList<>();
        // the hits are read and highlighted through the plain reader (same documents): no deadline stops that
        collect(base, plan, request, top.scoreDocs, scoreField, hits);
        return new Page(total, hits, counts, missing, partial);
    }

    /** Searches whose top hits were ordered by score alone and then by id among them, and those that needed the sort by id throughout (tests read them). */
    static final java.util.concurrent.atomic.AtomicLong byScoreThenIds = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong tiesAcrossPage = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The top {@code topN} hits of {@code query} in the order of {@code sort} (score, then id), found with dynamic
     * pruning by score alone: sorted by id while collecting, no entry tied with the last of the top can be skipped (its
     * id may still win) and each one's id is read. A top {@code topN + 1} by score (ties in index order) holds the
     * same entries as the top {@code topN} by score then id, unless its last two tie (a tie across the page's end,
     * where only the ids of every tied entry decide which make the page): then the pass is run again sorted by id,
     * skipping every entry scoring below the tie. Otherwise the ids of the {@code topN} hits alone order their ties.
     */
    private static TopFieldDocs topByScore(IndexSearcher searcher, Query query, Sort sort, int topN) throws IOException {
        TopDocs byScore = searcher.search(query, new TopScoreDocCollectorManager(topN + 1, null, topN + 1));
        ScoreDoc[] docs = byScore.scoreDocs;
        boolean byId = sort.getSort().length > 1;
        if (byId && docs.length > topN && docs[topN].score == docs[topN - 1].score) {
            tiesAcrossPage.incrementAndGet();
            // only entries scoring at least the tied score can make the page (topN + 1 do): the sort by id skips the rest
            float floor = docs[topN].score;
            return searcher.search(query, new CollectorManager<Collector, TopFieldDocs>() {
                private final TopFieldCollectorManager sorted = new TopFieldCollectorManager(sort, topN, null, topN);

                @Override
                public Collector newCollector() throws IOException {
                    return new AtLeast(sorted.newCollector(), floor);
                }

                @Override
                public TopFieldDocs reduce(Collection<Collector> collectors) throws IOException {
                    List<TopFieldCollector> inner = new ArrayList<>();
                    collectors.forEach(c -> inner.add(((AtLeast) c).top));
                    return sorted.reduce(inner);
                }
            });
        }
        byScoreThenIds.incrementAndGet();
        int n = Math.min(topN, docs.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FieldDoc[] out = new FieldDoc[n];
        for (int i = 0; i < n; i++) {
            if (!byId) {
                out[i] = new FieldDoc(docs[i].doc, docs[i].score, new Object[] {docs[i].score});
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
            BytesRef id = ids.advanceExact(docs[i].doc - leaf.docBase) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())) : null;
            out[i] = new FieldDoc(docs[i].doc, docs[i].score, new Object[] {docs[i].score, id});
        }
        // as the sort by id orders ties (an entry without an id, which the indexer never writes, first)
        if (byId) {
            java.util.Arrays.sort(out, java.util.Comparator.<FieldDoc>comparingDouble(d -> -d.score)
                    .thenComparing(d -> (BytesRef) d.fields[1], java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        }
        return new TopFieldDocs(byScore.totalHits, out, sort.getSort());
    }

    /**
     * A collector that tells the scorer, before any entry is scored, to skip entries scoring below {@code floor}, and
     * passes on only those scoring at least that: the entries below it are known not to make the top.
     */
    private static final class AtLeast extends FilterCollector {
        private final TopFieldCollector top;
        private final float floor;

        AtLeast(TopFieldCollector top, float floor) {
            super(top);
            this.top = top;
            this.floor = floor;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector leaf = super.getLeafCollector(context);
            return new FilterLeafCollector(leaf) {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    scorer.setMinCompetitiveScore(floor);
                    super.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (scorer.score() >= floor) {
                        super.collect(doc);
                    }
                }
            };
        }
    }

    /** Where the score is among the sort values of a hit. */
    private static int scoreField(Sort sort) {
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getType() == SortField.Type.SCORE) {
                return i;
            }
        }
        throw new IllegalStateException("sort without score: " + sort);
    }

    private void collect(IndexSearcher searcher, Queries.Plan plan, SearchRequest request, ScoreDoc[] scoreDocs, int scoreField,
            List<Hit> out) throws IOException {
        int from = Math.min(request.offset(), scoreDocs.length);
        int to = Math.min(scoreDocs.length, request.offset() + request.limit());
        if (from >= to) {
            return;
        }
        int[] docs = new int[to - from];
        Entry[] entries = new Entry[to - from];
        StoredFields stored = searcher.storedFields();
        for (int i = from; i < to; i++) {
            docs[i - from] = scoreDocs[i].doc;
            entries[i - from] = EntryDocuments.fromDocument(stored.document(scoreDocs[i].doc, ENTRY_ONLY));
        }
        Query highlight = plan.highlight();
        Map<String, Object[]> highlights = highlight == null || !request.highlight()
                ? Map.of() : highlight(searcher, highlight, docs, entries);
        for (int i = from; i < to; i++) {
            float score = (Float) ((FieldDoc) scoreDocs[i]).fields[scoreField];
            Map<String, String> plain = new LinkedHashMap<>();
            Map<String, String> html = new LinkedHashMap<>();
            for (Map.Entry<String, Object[]> field : highlights.entrySet()) {
                if (field.getValue()[i - from] instanceof Highlights h) {
                    plain.put(field.getKey(), h.plain());
                    html.put(field.getKey(), h.html());
                }
            }
            out.add(new Hit(plan.relevance(score), entries[i - from], plain, html));
        }
    }

    private Map<String, Object[]> highlight(IndexSearcher searcher, Query text, int[] docs, Entry[] entries) throws IOException {
        Map<Integer, Entry> byDoc = new java.util.HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i], entries[i]);
        }
        // the plan's highlight query names the title and note terms to mark, so no other field is looked at; the
        // texts come from the hits' entries, already read, not from stored fields
        return Highlights.highlight(searcher, schema.analyzer(), text, Schema.HIGHLIGHTED.toArray(String[]::new), docs, (doc, field) -> {
            Entry entry = byDoc.get(doc);
            return entry == null ? null : EntryDocuments.highlightedText(entry, field);
        });
    }

    /**
     * How many of the documents a facet collector matched have no value in the dimension (Elasticsearch's
     * {@code missing}, Solr's {@code facet.missing}): one doc-values lookup per matching document.
     */
    private static long missing(FacetsCollector matching, Dimension dim) throws IOException {
        String field = Fields.facet(dim);
        long without = 0;
        for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
            if (docs.totalHits == 0) {
                continue;
            }
            SortedSetDocValues values = docs.context.reader().getSortedSetDocValues(field);
            DocIdSetIterator it = docs.bits.iterator();
            if (values == null) {
                without += docs.totalHits;
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!values.advanceExact(doc)) {
                    without++;
                }
            }
        }
        return without;
    }

    /** How many documents a facet collector matched. */
    private static long matches(FacetsCollector source) {
        long n = 0;
        for (FacetsCollector.MatchingDocs docs : source.getMatchingDocs()) {
            n += docs.totalHits;
        }
        return n;
    }

    /** The top values of one dimension among the matches; null when no entry has a value in it. */
    private static FacetResult counts(ReaderView view, FacetsCollector matching, Dimension dim, int limit) throws IOException {
        SortedSetDocValuesReaderState state = view.state(dim);
        if (state == null) {
            return null; // no entry has a value in this dimension
        }
        try {
            return new SortedSetDocValuesFacetCounts(state, matching).getTopChildren(limit, dim.id());
        } catch (IllegalArgumentException e) {
            return null; // no entry has a value in this dimension
        }
    }

    private static List<FacetValue> values(FacetResult result) {
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

    /**
     * Releases the index. Searches running now finish first on their own state; later calls of any method but
     * this one throw {@link IndexClosedException}. Closing twice does nothing.
     *
     * @throws LitindexException when the index's files cannot be released
     */
    @Override
    public void close() {
        try {
            try {
                manager.close();
            } finally {
                if (ownsDirectory) {
                    directory.close();
                }
            }
        } catch (IOException e) {
            throw new LitindexException("cannot close index " + location + ": " + e.getMessage(), e);
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

    /**
     * The searcher the manager hands out for one reader, carrying what is built once per reader rather than
     * per query: the facet states of each dimension (on first use), the reader that stops at a search's
     * deadline, and the autocomplete.
     */
    private static final class FacetingSearcher extends IndexSearcher {
        private final ReaderView plain;
        private final FacetsConfig config;
        private volatile ReaderView exitable;
        private Autocomplete autocomplete;
        /** The size of the files of the commit the reader reads, measured when it opened. */
        private final long bytes;

        /** Dimensions with few values, whose states are cheap: built with the searcher, so that a first search finds them. */
        private static final List<Dimension> EAGER = List.of(Dimension.VENUE, Dimension.YEAR, Dimension.KIND, Dimension.HAS_CODE);

        FacetingSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            setSimilarity(Schema.standard().similarity());
            this.config = config;
            this.plain = new ReaderView(reader, config);
            for (Dimension dim : EAGER) {
                plain.state(dim);
            }
            this.bytes = commitBytes(reader);
        }

        /**
         * The bytes of the files of the commit {@code reader} reads, measured as it opens. They cannot be measured
         * later: a writer deletes them once it has committed a newer one (the reader goes on reading the files it
         * holds open), and asking their size then would find them missing, which is no damage. A file deleted in the
         * moment between the reader's opening and this measure is left out of the sum.
         */
        private static long commitBytes(IndexReader reader) throws IOException {
            if (!(reader instanceof DirectoryReader directoryReader)) {
                return 0;
            }
            long bytes = 0;
            for (String file : directoryReader.getIndexCommit().getFileNames()) {
                try {
                    bytes += directoryReader.directory().fileLength(file);
                } catch (NoSuchFileException | FileNotFoundException deletedByANewerCommit) {
                    // the reader holds the file open; only its size is not known
                }
            }
            return bytes;
        }

        long bytes() {
            return bytes;
        }

        ReaderView plain() {
            return plain;
        }

        /** The reader seen through {@link ExitableDirectoryReader}: term enumeration stops at the current search's deadline. */
        ReaderView exitable() throws IOException {
            ReaderView view = exitable;
            if (view == null) {
                synchronized (this) {
                    view = exitable;
                    if (view == null) {
                        view = new ReaderView(new ExitableDirectoryReader((DirectoryReader) getIndexReader(), Deadline.OF_THREAD), config);
                        exitable = view;
                    }
                }
            }
            return view;
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
    }

    /** A reader and the facet state of each dimension over it, built on first use. */
    private static final class ReaderView {
        private final IndexReader reader;
        private final FacetsConfig config;
        private final Map<Dimension, Optional<SortedSetDocValuesReaderState>> states = new java.util.concurrent.ConcurrentHashMap<>();

        ReaderView(IndexReader reader, FacetsConfig config) {
            this.reader = reader;
            this.config = config;
        }

        IndexReader reader() {
            return reader;
        }

        /**
         * The facet state of one dimension; null when no entry has a value in it. It is shared by later
         * searches, so no search's deadline stops its building.
         */
        SortedSetDocValuesReaderState state(Dimension dim) throws IOException {
            try {
                return states.computeIfAbsent(dim, d -> {
                    String field = Fields.facet(d);
                    boolean present = reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
                    Deadline current = Deadline.CURRENT.get();
                    Deadline.CURRENT.remove();
                    try {
                        return present ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, field, config)) : Optional.empty();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        if (current != null) {
                            Deadline.CURRENT.set(current);
                        }
                    }
                }).orElse(null);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
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
}
