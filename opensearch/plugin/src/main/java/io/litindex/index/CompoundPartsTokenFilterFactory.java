package io.litindex.index;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * OpenSearch's factory of litindex's {@link CompoundPartsFilter}. It lives in the filter's package because the
 * filter is package-private in litindex-core; the plugin's class loader holds both jars, so they share the package.
 */
public final class CompoundPartsTokenFilterFactory extends AbstractTokenFilterFactory {
    public CompoundPartsTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CompoundPartsFilter(input);
    }
}
