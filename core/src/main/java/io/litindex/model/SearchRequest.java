package io.litindex.model;

import io.litindex.InvalidRequestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to search for: query text, filters, order, the page of hits, and the facets to count.
 * Several values of one filter (two venues, say) mean either; different filters must all hold.
 *
 * @param query the query text; null or blank lists every entry
 * @param venues keep entries of any of these venues (display names or any spelling litindex knows)
 * @param years keep entries published in this range, or null
 * @param sections keep entries listed under any of these sections (a full path or one heading of it)
 * @param kinds keep entries of any of these kinds
 * @param hasCode when true, keep only entries that link their code
 * @param authors keep entries with any of these authors (a full name as written, or a surname)
 * @param sort the order of hits
 * @param offset how many hits to skip
 * @param limit how many hits to return at most
 * @param facets the dimensions to count, in the order to report them
 * @param facetLimit how many values to report per dimension
 * @param highlight whether hits carry highlighted title and note fragments
 * @param timeLimit how long the search may take: when it runs out, the search stops and returns what it
 *     found so far, marked {@link SearchResult#partial()}
 */
public record SearchRequest(
        String query,
        List<String> venues,
        YearRange years,
        List<String> sections,
        List<Kind> kinds,
        boolean hasCode,
        List<String> authors,
        SortOrder sort,
        int offset,
        int limit,
        List<Dimension> facets,
        int facetLimit,
        boolean highlight,
        Duration timeLimit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int DEFAULT_FACET_LIMIT = 10;
    /** The largest page litindex returns in one request. */
    public static final int MAX_LIMIT = 10_000;
    /** The time a search may take unless the request says otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    public SearchRequest {
        query = query == null ? "" : query.strip();
        venues = List.copyOf(venues == null ? List.of() : venues);
        sections = List.copyOf(sections == null ? List.of() : sections);
        kinds = List.copyOf(new LinkedHashSet<>(kinds == null ? List.of() : kinds));
        authors = List.copyOf(authors == null ? List.of() : authors);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        facets = List.copyOf(new LinkedHashSet<>(facets == null ? List.of() : facets));
        if (offset < 0) {
            throw new InvalidRequestException("invalid offset " + offset + ": must be 0 or more");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("invalid limit " + limit + ": must be between 0 and " + MAX_LIMIT);
        }
        if (facetLimit < 1) {
            throw new InvalidRequestException("invalid facet limit " + facetLimit + ": must be 1 or more");
        }
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new InvalidRequestException("invalid time limit " + timeLimit.toMillis() + " ms: must be more than 0");
        }
    }

    /** True when a filter narrows the matches: a venue, years, a section, a kind, code or an author. */
    public boolean hasFilters() {
        return !venues.isEmpty() || years != null || !sections.isEmpty() || !kinds.isEmpty() || hasCode || !authors.isEmpty();
    }

    /** A request for {@code query} with default filters, order and page, counting no facets. */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().query(query).years(years).hasCode(hasCode).sort(sort).offset(offset)
                .limit(limit).facetLimit(facetLimit).highlight(highlight).timeLimit(timeLimit);
        b.venues.addAll(venues);
        b.sections.addAll(sections);
        b.kinds.addAll(kinds);
        b.authors.addAll(authors);
        b.facets.addAll(facets);
        return b;
    }

    /** Builds a {@link SearchRequest}; list-valued filters accumulate. */
    public static final class Builder {
        private String query = "";
        private final List<String> venues = new ArrayList<>();
        private YearRange years;
        private final List<String> sections = new ArrayList<>();
        private final Set<Kind> kinds = new LinkedHashSet<>();
        private boolean hasCode;
        private final List<String> authors = new ArrayList<>();
        private SortOrder sort = SortOrder.RELEVANCE;
        private int offset;
        private int limit = DEFAULT_LIMIT;
        private final Set<Dimension> facets = new LinkedHashSet<>();
        private int facetLimit = DEFAULT_FACET_LIMIT;
        private boolean highlight = true;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;

        public Builder query(String value) {
            this.query = value;
            return this;
        }

        public Builder venue(String value) {
            venues.add(value);
            return this;
        }

        public Builder years(YearRange value) {
            this.years = value;
            return this;
        }

        public Builder year(int value) {
            return years(YearRange.of(value));
        }

        public Builder section(String value) {
            sections.add(value);
            return this;
        }

        public Builder kind(Kind value) {
            kinds.add(value);
            return this;
        }

        public Builder hasCode(boolean value) {
            this.hasCode = value;
            return this;
        }

        public Builder author(String value) {
            authors.add(value);
            return this;
        }

        public Builder sort(SortOrder value) {
            this.sort = value;
            return this;
        }

        public Builder offset(int value) {
            this.offset = value;
            return this;
        }

        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        public Builder facet(Dimension... values) {
            facets.addAll(List.of(values));
            return this;
        }

        public Builder facets(List<Dimension> values) {
            facets.addAll(values);
            return this;
        }

        public Builder facetLimit(int value) {
            this.facetLimit = value;
            return this;
        }

        /** Whether hits carry highlighted fragments (default true); turning it off saves the highlighting work. */
        public Builder highlight(boolean value) {
            this.highlight = value;
            return this;
        }

        /**
         * How long the search may take (default {@link #DEFAULT_TIME_LIMIT}); a search that runs out returns
         * the hits and counts found so far, marked {@link SearchResult#partial()}.
         */
        public Builder timeLimit(Duration value) {
            this.timeLimit = value;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, venues, years, sections, new ArrayList<>(kinds), hasCode, authors, sort,
                    offset, limit, new ArrayList<>(facets), facetLimit, highlight, timeLimit);
        }
    }
}
