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
 * @param explain whether each hit carries an explanation of its score ({@link Hit#explanation()}); costs a few
 *     milliseconds a hit, nothing when false
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
        Duration timeLimit,
        boolean explain) {

    /** How many hits a request returns unless it says otherwise. */
    public static final int DEFAULT_LIMIT = 10;
    /** How many values per facet dimension a request reports unless it says otherwise. */
    public static final int DEFAULT_FACET_LIMIT = 10;
    /** The largest page litindex returns in one request. */
    public static final int MAX_LIMIT = 10_000;
    /** The time a search may take unless the request says otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    /**
     * Copies the lists (dropping repeated kinds and facets) and checks the numbers.
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
     * @param timeLimit how long the search may take
     * @param explain whether each hit carries an explanation of its score
     * @throws InvalidRequestException when the offset is negative, the limit outside 0 to {@link #MAX_LIMIT}, the
     *     facet limit below 1, or the time limit not positive
     */
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
        checkLimit(limit);
        if (facetLimit < 1) {
            throw new InvalidRequestException("invalid facet limit " + facetLimit + ": must be 1 or more");
        }
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new InvalidRequestException("invalid time limit " + timeLimit.toMillis() + " ms: must be more than 0");
        }
    }

    /**
     * Whether a filter narrows the matches: a venue, years, a section, a kind, code or an author.
     *
     * @return true when any filter is set
     */
    public boolean hasFilters() {
        return !venues.isEmpty() || years != null || !sections.isEmpty() || !kinds.isEmpty() || hasCode || !authors.isEmpty();
    }

    /**
     * A request for {@code query} with default filters, order and page, counting no facets.
     *
     * @param query the query text; null or blank lists every entry
     * @return the request
     */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    /**
     * Checks a number of hits asked for (a search's, related entries', suggestions'): 0 to {@link #MAX_LIMIT}.
     *
     * @param limit the number asked for
     * @return {@code limit}
     * @throws InvalidRequestException naming the limit when it is out of bounds
     */
    public static int checkLimit(int limit) {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("invalid limit " + limit + ": must be between 0 and " + MAX_LIMIT);
        }
        return limit;
    }

    /**
     * A builder with the defaults: no query, no filters, by relevance, the first {@value #DEFAULT_LIMIT} hits, no
     * facets, highlights on, a time limit of 2 seconds.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values, to derive another request (the next page, say).
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().query(query).years(years).hasCode(hasCode).sort(sort).offset(offset)
                .limit(limit).facetLimit(facetLimit).highlight(highlight).timeLimit(timeLimit).explain(explain);
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
        private boolean explain;

        /**
         * The query text (see docs/query-syntax.md).
         *
         * @param value the text; null or blank lists every entry
         * @return this builder
         */
        public Builder query(String value) {
            this.query = value;
            return this;
        }

        /**
         * Keeps entries of this venue, or of any other venue given; any spelling litindex knows ("TGRS" is "T-GRS").
         *
         * @param value a venue's display name or spelling
         * @return this builder
         */
        public Builder venue(String value) {
            venues.add(value);
            return this;
        }

        /**
         * Keeps entries published in this range.
         *
         * @param value the range, or null for any year
         * @return this builder
         */
        public Builder years(YearRange value) {
            this.years = value;
            return this;
        }

        /**
         * Keeps entries published in this year.
         *
         * @param value the year
         * @return this builder
         */
        public Builder year(int value) {
            return years(YearRange.of(value));
        }

        /**
         * Keeps entries listed under this section, or any other section given.
         *
         * @param value a full heading path ("Awesome Papers &gt; Others") or one heading of it
         * @return this builder
         */
        public Builder section(String value) {
            sections.add(value);
            return this;
        }

        /**
         * Keeps entries of this kind, or any other kind given.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(Kind value) {
            kinds.add(value);
            return this;
        }

        /**
         * Whether to keep only entries that link their code.
         *
         * @param value true to keep only entries with code
         * @return this builder
         */
        public Builder hasCode(boolean value) {
            this.hasCode = value;
            return this;
        }

        /**
         * Keeps entries by this author, or any other author given.
         *
         * @param value a name as written ("X. X. Zhu") or a surname ("Zhu"; not "Zhuang")
         * @return this builder
         */
        public Builder author(String value) {
            authors.add(value);
            return this;
        }

        /**
         * The order of hits.
         *
         * @param value the order (default {@link SortOrder#RELEVANCE})
         * @return this builder
         */
        public Builder sort(SortOrder value) {
            this.sort = value;
            return this;
        }

        /**
         * How many hits to skip: the page starts after them.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder offset(int value) {
            this.offset = value;
            return this;
        }

        /**
         * How many hits to return at most; 0 returns none, for counts and facets only.
         *
         * @param value 0 to {@link SearchRequest#MAX_LIMIT} (default {@value SearchRequest#DEFAULT_LIMIT})
         * @return this builder
         */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /**
         * Dimensions to count, reported in the order asked.
         *
         * @param values the dimensions
         * @return this builder
         */
        public Builder facet(Dimension... values) {
            facets.addAll(List.of(values));
            return this;
        }

        /**
         * Dimensions to count, reported in the order asked.
         *
         * @param values the dimensions
         * @return this builder
         */
        public Builder facets(List<Dimension> values) {
            facets.addAll(values);
            return this;
        }

        /**
         * How many values to report per dimension, the most frequent first; the missing count
         * ({@link SearchResult#missing(Dimension)}) does not depend on it.
         *
         * @param value 1 or more (default {@value SearchRequest#DEFAULT_FACET_LIMIT})
         * @return this builder
         */
        public Builder facetLimit(int value) {
            this.facetLimit = value;
            return this;
        }

        /**
         * Whether hits carry highlighted fragments (default true); turning it off saves the highlighting work.
         *
         * @param value whether to highlight
         * @return this builder
         */
        public Builder highlight(boolean value) {
            this.highlight = value;
            return this;
        }

        /**
         * How long the search may take (default {@link #DEFAULT_TIME_LIMIT}); a search that runs out returns
         * the hits and counts found so far, marked {@link SearchResult#partial()}.
         *
         * @param value a positive duration, or null for the default
         * @return this builder
         */
        public Builder timeLimit(Duration value) {
            this.timeLimit = value;
            return this;
        }

        /**
         * Whether each hit carries an explanation of its score (default false).
         *
         * @param value true to explain the hits
         * @return this builder
         */
        public Builder explain(boolean value) {
            this.explain = value;
            return this;
        }

        /**
         * The request.
         *
         * @return the request
         * @throws InvalidRequestException when a value is out of range (see {@link SearchRequest})
         */
        public SearchRequest build() {
            return new SearchRequest(query, venues, years, sections, new ArrayList<>(kinds), hasCode, authors, sort,
                    offset, limit, new ArrayList<>(facets), facetLimit, highlight, timeLimit, explain);
        }
    }
}
