package io.litindex.search;

import io.litindex.index.Schema;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Benchmark only (it lives in the bench module, in the search package to reach litindex's query planner):
 * plain Lucene running the very Lucene query litindex plans for a request, over litindex's own index,
 * sorted and counted as litindex sorts and counts, and reading the top hits' stored documents. The gap
 * between this and litindex's search is litindex's own overhead (planning, hit assembly, suggestions);
 * the gap between this and the raw baseline is the cost of litindex's ranking query itself.
 */
public final class OwnQuery implements AutoCloseable {
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Queries queries = new Queries(Schema.standard(), Venues::standard, Synonyms.configured());

    private OwnQuery(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    public static OwnQuery open(Path dir) throws IOException {
        return new OwnQuery(dir);
    }

    /** The Lucene query and sort litindex runs for a request. */
    public record Planned(Query query, Sort sort) {}

    /** The Lucene query litindex runs for this request (its text planned, its filters applied) and its sort. */
    public Planned plan(SearchRequest request) throws IOException {
        Queries.Plan plan = queries.plan(request.query(), false, reader);
        Sort sort = Queries.sort(request.sort(), plan.coverage());
        return new Planned(Queries.filtered(plan.query(), queries.filters(request), null),
                plan.coverage() == null ? sort : sort.rewrite(searcher));
    }

    /** Runs a planned request: the top {@code n} in litindex's order, an exact total, the hits' stored documents read. */
    public int run(Planned planned, int n) throws IOException {
        TopFieldDocs top = searcher.search(planned.query(), new TopFieldCollectorManager(planned.sort(), n, null, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            stored.document(sd.doc);
        }
        return top.scoreDocs.length;
    }

    /** Only counts the matches of a planned request, unscored: the least any exact total of this query costs. */
    public int count(Planned planned) throws IOException {
        return searcher.count(planned.query());
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
