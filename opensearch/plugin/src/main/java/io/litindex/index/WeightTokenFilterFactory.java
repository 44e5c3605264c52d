package io.litindex.index;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** OpenSearch's factory of litindex's {@link WeightFilter}: the weighted text field's term frequencies, as embedded. */
public final class WeightTokenFilterFactory extends AbstractTokenFilterFactory {
    public WeightTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new WeightFilter(input);
    }
}
