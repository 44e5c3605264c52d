package io.litindex.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRequestTest {
    @Test
    void everyFilterCountsAsAFilterAndNothingElseDoes() {
        SearchRequest plain = SearchRequest.builder().query("grounding").sort(SortOrder.NEWEST).limit(3).offset(1)
                .facets(List.of(Dimension.VENUE)).build();
        assertFalse(plain.hasFilters(), "query, order, page and facets are no filters");
        List<SearchRequest> filtered = List.of(
                plain.toBuilder().venue("arXiv").build(),
                plain.toBuilder().year(2024).build(),
                plain.toBuilder().section("Awesome Papers").build(),
                plain.toBuilder().kind(Kind.DATASET).build(),
                plain.toBuilder().hasCode(true).build(),
                plain.toBuilder().author("Zhan").build());
        for (SearchRequest r : filtered) {
            assertTrue(r.hasFilters(), r.toString());
        }
    }
}
