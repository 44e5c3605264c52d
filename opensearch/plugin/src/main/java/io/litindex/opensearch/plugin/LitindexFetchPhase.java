package io.litindex.opensearch.plugin;

import io.litindex.model.Interpretation;
import io.litindex.search.RankingQuery;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.opensearch.common.document.DocumentField;
import org.opensearch.search.fetch.FetchContext;
import org.opensearch.search.fetch.FetchSubPhase;
import org.opensearch.search.fetch.FetchSubPhaseProcessor;

/**
 * A fetch phase that, when a search carries the extension {@link LitindexSearchExt}, adds to each hit the fields
 * {@value #BONUS} (what each matched unit of the query adds to the score on this shard), {@value #INTERPRETED} (how
 * words were read: "word TAB read as TAB how") and {@value #DID_YOU_MEAN}, all from litindex-core's own plan of the
 * query over this shard's reader: the coordinating node sets the scores after the fetch, so the client takes the
 * BM25 part itself.
 */
final class LitindexFetchPhase implements FetchSubPhase {
    static final String BONUS = "litindex_bonus";
    static final String INTERPRETED = "litindex_interpreted";
    static final String DID_YOU_MEAN = "litindex_did_you_mean";

    private final RankingQuery ranking;

    LitindexFetchPhase(RankingQuery ranking) {
        this.ranking = ranking;
    }

    @Override
    public FetchSubPhaseProcessor getProcessor(FetchContext context) {
        if (!(context.getSearchExt(LitindexSearchExt.NAME) instanceof LitindexSearchExt ext)) {
            return null;
        }
        IndexReader reader = context.searcher().getIndexReader();
        RankingQuery.Built built = ranking.build(ext.query, ext.fuzzy, reader, ext.maxDoc);
        List<Object> interpreted = new ArrayList<>();
        for (Interpretation i : built.interpreted()) {
            interpreted.add(i.word() + "\t" + i.readAs() + "\t" + i.how());
        }
        String suggestion = ranking.didYouMean(ext.query, reader);
        return new FetchSubPhaseProcessor() {
            @Override
            public void setNextReader(LeafReaderContext readerContext) {}

            @Override
            public void process(HitContext hit) {
                hit.hit().setDocumentField(BONUS, new DocumentField(BONUS, List.of(built.bonus())));
                if (!interpreted.isEmpty()) {
                    hit.hit().setDocumentField(INTERPRETED, new DocumentField(INTERPRETED, interpreted));
                }
                if (suggestion != null) {
                    hit.hit().setDocumentField(DID_YOU_MEAN, new DocumentField(DID_YOU_MEAN, List.of(suggestion)));
                }
            }
        };
    }
}
