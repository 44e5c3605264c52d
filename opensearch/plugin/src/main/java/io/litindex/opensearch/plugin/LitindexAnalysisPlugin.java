package io.litindex.opensearch.plugin;

import io.litindex.index.CompoundPartsTokenFilterFactory;
import java.util.Map;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/** The OpenSearch plugin that registers litindex's analysis: the token filter {@value #COMPOUND_PARTS}. */
public final class LitindexAnalysisPlugin extends Plugin implements AnalysisPlugin {
    /** The name index settings use for the compound-name filter. */
    public static final String COMPOUND_PARTS = "litindex_compound_parts";

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(COMPOUND_PARTS, CompoundPartsTokenFilterFactory::new);
    }
}
