package io.litindex.opensearch.plugin;

import io.litindex.search.RankingQuery;
import java.util.Map;
import org.opensearch.core.common.text.Text;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.search.fetch.subphase.highlight.FieldHighlightContext;
import org.opensearch.search.fetch.subphase.highlight.HighlightField;
import org.opensearch.search.fetch.subphase.highlight.Highlighter;

/**
 * The highlighter {@value #NAME}: a field's whole text from {@code _source}, with the matches of the highlight query
 * marked by litindex-core's own highlighting ({@link RankingQuery#highlightHtml}), so that hits carry the embedded
 * HTML exactly (OpenSearch's unified highlighter marks each word of a phrase on its own, and escapes "/").
 */
final class LitindexHighlighter implements Highlighter {
    static final String NAME = "litindex";

    @Override
    public boolean canHighlight(MappedFieldType fieldType) {
        return true;
    }

    @Override
    public HighlightField highlight(FieldHighlightContext context) {
        Map<String, Object> source = context.hitContext.sourceLookup().loadSourceIfNeeded();
        if (source == null || !(source.get(context.fieldName) instanceof String text) || text.isEmpty()) {
            return null;
        }
        int doc = context.hitContext.readerContext().docBase + context.hitContext.docId();
        String html = RankingQuery.highlightHtml(context.context.searcher(), context.query, context.fieldName, doc, text);
        return html == null ? null : new HighlightField(context.fieldName, new Text[] {new Text(html)});
    }
}
