package io.litindex.search;

import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.ingest.Venues;
import io.litindex.model.Dimension;
import io.litindex.model.Kind;
import io.litindex.model.SearchRequest;
import io.litindex.model.SortOrder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** Turns a {@link SearchRequest} into Lucene queries and sorts. */
final class Queries {
    private final Schema schema;
    private final Venues venues;

    Queries(Schema schema, Venues venues) {
        this.schema = schema;
        this.venues = venues;
    }

    /** The ranked part: the query text over the weighted full-text fields; every entry when blank. */
    Query text(String queryText) {
        if (queryText.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(schema.analyzer(), Schema.FIELD_WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query query = parser.parse(queryText);
        return query == null ? new MatchAllDocsQuery() : query;
    }

    /**
     * The text query with each filter as one drill-down dimension, so that drill-sideways counts every
     * filtered dimension as if its own filter were not set.
     */
    DrillDownQuery drillDown(Query text, SearchRequest request) {
        DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(), text);
        if (!request.venues().isEmpty()) {
            ddq.add(Dimension.VENUE.id(), anyOf(Fields.VENUE_KEY, request.venues(), v -> Schema.key(venues.displayName(v))));
        }
        if (request.years() != null) {
            ddq.add(Dimension.YEAR.id(), IntPoint.newRangeQuery(Fields.YEAR, request.years().from(), request.years().to()));
        }
        if (!request.sections().isEmpty()) {
            ddq.add(Dimension.SECTION.id(), anyOf(Fields.SECTION_KEY, request.sections(), Queries::sectionKey));
        }
        if (!request.kinds().isEmpty()) {
            ddq.add(Dimension.KIND.id(), request.kinds().stream().map(Kind::id).toArray(String[]::new));
        }
        if (request.hasCode()) {
            ddq.add(Dimension.HAS_CODE.id(), "true");
        }
        if (!request.authors().isEmpty()) {
            ddq.add(Dimension.AUTHOR.id(), anyOf(Fields.AUTHOR_KEY, request.authors(), Schema::key));
        }
        return ddq;
    }

    /** Sort order with ties broken by id, so equal scores or dates always come back in the same order. */
    static Sort sort(SortOrder order) {
        SortField byId = new SortField(Fields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
            case NEWEST -> {
                SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, true);
                date.setMissingValue(Long.MIN_VALUE);
                yield new Sort(date, SortField.FIELD_SCORE, byId);
            }
            case OLDEST -> {
                SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, false);
                date.setMissingValue(Long.MAX_VALUE);
                yield new Sort(date, SortField.FIELD_SCORE, byId);
            }
        };
    }

    private static Query anyOf(String field, List<String> values, Function<String, String> toKey) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        values.stream().map(toKey).distinct().forEach(v -> b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** "Awesome Papers>Others" and "awesome papers > others" are the same section. */
    private static String sectionKey(String section) {
        return Schema.key(Arrays.stream(section.split(">")).map(String::strip).collect(Collectors.joining(" > ")));
    }
}
