package io.litindex.search;

import io.litindex.InvalidRequestException;
import io.litindex.index.EntryDocuments;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.model.Entry;
import io.litindex.model.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Related entries: MoreLikeThis over the title, note, sections and source paper of an entry (its stored
 * text analyzed again, as the index analyzed it), plus the direct links between a dataset and the paper it comes
 * from, which rank first (then the other datasets of the same paper). The entry itself is never among them.
 */
final class Related {
    /** Fields whose terms describe what an entry is about. */
    static final String[] FIELDS = {Fields.TITLE, Fields.NOTE, Fields.SECTIONS, Fields.SOURCE_PAPER};
    /** A dataset's paper, or a paper's dataset, scores this much on top of its likeness; a dataset's siblings half of it. */
    static final float LINK_BOOST = 100f;
    /** Terms in more than this share of the entries (remote, sensing) say nothing about likeness. */
    static final int MAX_DOC_FREQ_PERCENT = 40;
    static final int MAX_QUERY_TERMS = 25;

    private Related() {}

    static List<Hit> find(IndexSearcher searcher, Schema schema, String id, int limit, String location) throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (self.scoreDocs.length == 0) {
            throw new InvalidRequestException("no entry with id '" + id + "' in " + location);
        }
        if (limit == 0) {
            return List.of();
        }
        int doc = self.scoreDocs[0].doc;
        Entry entry = EntryDocuments.fromDocument(searcher.storedFields().document(doc, Set.of(Fields.ENTRY)));

        // the entry's own text, analyzed as the index analyzes it: a handful of short strings, cheaper to
        // analyze again here than term vectors are to write for every entry
        Map<String, Collection<Object>> text = new HashMap<>();
        text.put(Fields.TITLE, List.of(entry.title()));
        if (entry.note() != null) {
            text.put(Fields.NOTE, List.of(entry.note()));
        }
        text.put(Fields.SECTIONS, List.copyOf(entry.sections()));
        if (entry.sourcePaper() != null) {
            text.put(Fields.SOURCE_PAPER, List.of(entry.sourcePaper().title()));
        }
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setFieldNames(FIELDS);
        mlt.setAnalyzer(schema.analyzer());
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        Query like = mlt.like(text);

        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(like, BooleanClause.Occur.SHOULD);
        // a dataset's paper, the paper's datasets, and the datasets sharing a paper
        b.add(link(new TermQuery(new Term(Fields.SOURCE_ID, id))), BooleanClause.Occur.SHOULD);
        if (entry.sourcePaper() != null && entry.sourcePaper().id() != null) {
            b.add(link(new TermQuery(new Term(Fields.ID, entry.sourcePaper().id()))), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.SOURCE_ID, entry.sourcePaper().id()))), LINK_BOOST / 2),
                    BooleanClause.Occur.SHOULD);
        }
        b.add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT);
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
        TopDocs top = searcher.search(b.build(), limit, sort, true);
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Entry related = EntryDocuments.fromDocument(searcher.storedFields().document(sd.doc, Set.of(Fields.ENTRY)));
            float score = sd instanceof org.apache.lucene.search.FieldDoc fd && !Float.isNaN(fd.score) ? fd.score : sd.score;
            hits.add(new Hit(score, related, Map.of(), Map.of()));
        }
        return hits;
    }

    private static Query link(Query q) {
        return new BoostQuery(new ConstantScoreQuery(q), LINK_BOOST);
    }
}
