package io.litindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.SearchParameters.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchParametersTest {
    private static SearchRequest parse(Map<String, List<String>> params) {
        return SearchParameters.parse(params, Set.of()).build();
    }

    @Test
    void everyParameterReachesTheRequest() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of("visual", "grounding"));
        params.put("venue", List.of("T-GRS", "arXiv"));
        params.put("year", List.of("2023..2024"));
        params.put("section", List.of("Datasets"));
        params.put("kind", List.of("dataset"));
        params.put("author", List.of("Zhan"));
        params.put("has_code", List.of(""));
        params.put("sort", List.of("newest"));
        params.put("limit", List.of("25"));
        params.put("offset", List.of("50"));
        params.put("facet", List.of("author", "kind"));
        params.put("facet_limit", List.of("3"));
        SearchRequest r = parse(params);
        assertEquals("visual grounding", r.query());
        assertEquals(List.of("T-GRS", "arXiv"), r.venues());
        assertEquals(new YearRange(2023, 2024), r.years());
        assertEquals(List.of("Datasets"), r.sections());
        assertEquals(List.of(Kind.DATASET), r.kinds());
        assertEquals(List.of("Zhan"), r.authors());
        assertTrue(r.hasCode());
        assertEquals(SortOrder.NEWEST, r.sort());
        assertEquals(25, r.limit());
        assertEquals(50, r.offset());
        assertEquals(List.of(Dimension.AUTHOR, Dimension.KIND), r.facets());
        assertEquals(3, r.facetLimit());
    }

    @Test
    void withoutFacetsVenueAndYearAreCountedAsTheCliDoes() {
        SearchRequest r = parse(Map.of("q", List.of("clip")));
        assertEquals(SearchParameters.DEFAULT_FACETS, r.facets());
        assertEquals(SearchRequest.DEFAULT_LIMIT, r.limit());
    }

    @Test
    void badValuesNameTheirParameter() {
        Map<Map<String, List<String>>, String> bad = Map.of(
                Map.of("year", List.of("20x4")), "year",
                Map.of("limit", List.of("-1")), "limit",
                Map.of("limit", List.of("ten")), "limit",
                Map.of("offset", List.of("99999999999")), "offset",
                Map.of("sort", List.of("popular")), "sort",
                Map.of("facet", List.of("color")), "facet",
                Map.of("kind", List.of("book")), "kind",
                Map.of("has_code", List.of("maybe")), "has_code",
                Map.of("sort", List.of("newest", "oldest")), "sort",
                Map.of("colour", List.of("red")), "colour");
        bad.forEach((params, name) -> {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> parse(params), params.toString());
            assertEquals(name, e.parameter());
            assertTrue(e.getMessage().contains(name), e.getMessage());
        });
    }

    @Test
    void namesTheCallerReadsItselfAreLeftToIt() {
        SearchRequest r = SearchParameters.parse(Map.of("format", List.of("bibtex"), "q", List.of("sar")), Set.of("format")).build();
        assertEquals("sar", r.query());
    }
}
