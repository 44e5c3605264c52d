package io.litindex.opensearch.plugin;

import io.litindex.index.CompoundPartsTokenFilterFactory;
import io.litindex.index.WeightTokenFilterFactory;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.opensearch.index.IndexModule;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;
import org.opensearch.search.fetch.FetchSubPhase;
import org.opensearch.search.fetch.subphase.highlight.Highlighter;

/**
 * The OpenSearch plugin of litindex: the token filters {@value #COMPOUND_PARTS} and {@value #WEIGHT}, the query
 * {@value LitindexQueryBuilder#NAME} (litindex's ranking, built by litindex-core on each shard), the search extension
 * {@value LitindexSearchExt#NAME} with its fetch phase (what hits carry beside the score), the highlighter
 * {@value LitindexHighlighter#NAME} (core's own highlights), and the similarity
 * {@value #SIMILARITY} (Lucene's BM25, which the embedded index scores with).
 */
public final class LitindexAnalysisPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {
    /** The name index settings use for the compound-name filter. */
    public static final String COMPOUND_PARTS = "litindex_compound_parts";
    /** The name index settings use for the filter giving the weighted text's words their fields' weights. */
    public static final String WEIGHT = "litindex_weight";
    /**
     * Lucene's own BM25: OpenSearch's built-in "BM25" is Lucene's LegacyBM25Similarity, whose scores are (k1 + 1)
     * times larger, which would break the ranking's bound on a BM25 sum; litindex indexes use this one as their default,
     * and for the weighted text field with its k1 doubled (the settings {@code k1} and {@code b}; Lucene's defaults
     * when absent).
     */
    public static final String SIMILARITY = "litindex_bm25";

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(COMPOUND_PARTS, CompoundPartsTokenFilterFactory::new, WEIGHT, WeightTokenFilterFactory::new);
    }

    @Override
    public List<QuerySpec<?>> getQueries() {
        return List.of(new QuerySpec<>(LitindexQueryBuilder.NAME, LitindexQueryBuilder::new, LitindexQueryBuilder::fromXContent));
    }

    @Override
    public List<SearchExtSpec<?>> getSearchExts() {
        return List.of(new SearchExtSpec<>(LitindexSearchExt.NAME, LitindexSearchExt::new, LitindexSearchExt::fromXContent));
    }

    @Override
    public List<FetchSubPhase> getFetchSubPhases(FetchPhaseConstructionContext context) {
        return List.of(new LitindexFetchPhase(LitindexQueryBuilder.ranking()));
    }

    @Override
    public Map<String, Highlighter> getHighlighters() {
        return Map.of(LitindexHighlighter.NAME, new LitindexHighlighter());
    }

    @Override
    public void onIndexModule(IndexModule module) {
        module.addSimilarity(SIMILARITY, (settings, version, scripts) ->
                new BM25Similarity(settings.getAsFloat("k1", 1.2f), settings.getAsFloat("b", 0.75f)));
    }
}
