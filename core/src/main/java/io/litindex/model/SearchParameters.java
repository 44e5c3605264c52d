package io.litindex.model;

import io.litindex.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The search parameters by name ({@code q}, {@code venue}, {@code year} …) as text values, and the one parser
 * that turns them into a {@link SearchRequest}: what {@code litindex search}'s options and the HTTP API's query
 * parameters both mean.
 */
public final class SearchParameters {
    /**
     * The query text; several values are joined.
     */
    public static final String QUERY = "q";
    /**
     * A venue to filter on; several mean any of them.
     */
    public static final String VENUE = "venue";
    /**
     * A year or a range of years ({@link YearRange}).
     */
    public static final String YEAR = "year";
    /**
     * A section (heading path) to filter on; several mean any of them.
     */
    public static final String SECTION = "section";
    /**
     * A kind to filter on (paper, dataset, tool); several mean any of them.
     */
    public static final String KIND = "kind";
    /**
     * An author to filter on; several mean any of them.
     */
    public static final String AUTHOR = "author";
    /**
     * Only entries that link their code (true or false).
     */
    public static final String HAS_CODE = "has_code";
    /**
     * The order of the hits.
     */
    public static final String SORT = "sort";
    /**
     * How many hits to return.
     */
    public static final String LIMIT = "limit";
    /**
     * How many hits to skip.
     */
    public static final String OFFSET = "offset";
    /**
     * A dimension to count; several are all counted.
     */
    public static final String FACET = "facet";
    /**
     * How many values each facet shows.
     */
    public static final String FACET_LIMIT = "facet_limit";

    /**
     * Whether each hit carries an explanation of its score (true or false).
     */
    public static final String EXPLAIN = "explain";

    /** Every parameter name, in the order the documentation lists them. */
    public static final List<String> NAMES = List.of(QUERY, VENUE, YEAR, SECTION, KIND, AUTHOR, HAS_CODE, SORT, LIMIT,
            OFFSET, FACET, FACET_LIMIT, EXPLAIN);

    /** The dimensions counted when a search names none: venue and year. */
    public static final List<Dimension> DEFAULT_FACETS = List.of(Dimension.VENUE, Dimension.YEAR);

    private static final Set<String> SINGLE = Set.of(YEAR, HAS_CODE, SORT, LIMIT, OFFSET, FACET_LIMIT, EXPLAIN);

    private SearchParameters() {}

    /** A search parameter that cannot be honoured: its name, and a message that names it. */
    public static final class InvalidParameterException extends InvalidRequestException {
        private static final long serialVersionUID = 1L;
        /** The name of the parameter at fault (part of the serialized form). */
        private final String parameter;

        /**
         * The error for one parameter.
         *
         * @param parameter the name of the parameter at fault
         * @param message what is wrong, naming the parameter, on one line
         */
        public InvalidParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        /**
         * The name of the parameter at fault.
         *
         * @return the name
         */
        public String parameter() {
            return parameter;
        }
    }

    /**
     * Parses named parameters into a request (counting {@link #DEFAULT_FACETS} when no {@code facet} is named).
     * Repeating {@code venue}, {@code section}, {@code kind}, {@code author} or {@code facet} means any of them;
     * the words of several {@code q} values are joined.
     *
     * @param params the values of each parameter, as given
     * @param alsoAllowed other names the caller reads itself (they are skipped here)
     * @return a builder holding the request, to add to or build
     * @throws InvalidParameterException for an unknown name, a repeated single value, or a value that does not parse
     */
    public static SearchRequest.Builder parse(Map<String, List<String>> params, Set<String> alsoAllowed) {
        SearchRequest.Builder b = SearchRequest.builder();
        List<String> words = new ArrayList<>();
        Set<Dimension> facets = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String name = param.getKey();
            List<String> values = param.getValue() == null ? List.of() : param.getValue();
            if (alsoAllowed.contains(name)) {
                continue;
            }
            if (!NAMES.contains(name)) {
                throw new InvalidParameterException(name, "unknown parameter '" + name + "' (expected one of "
                        + String.join(", ", NAMES) + (alsoAllowed.isEmpty() ? "" : ", " + String.join(", ", alsoAllowed)) + ")");
            }
            if (SINGLE.contains(name) && values.size() > 1) {
                throw new InvalidParameterException(name, "parameter '" + name + "' given " + values.size() + " times: give it once");
            }
            for (String value : values) {
                String v = value == null ? "" : value.strip();
                switch (name) {
                    case QUERY -> words.add(v);
                    case VENUE -> b.venue(nonEmpty(name, v));
                    case SECTION -> b.section(nonEmpty(name, v));
                    case AUTHOR -> b.author(nonEmpty(name, v));
                    case KIND -> b.kind(value(name, v, Kind::parse));
                    case YEAR -> b.years(value(name, v, YearRange::parse));
                    case SORT -> b.sort(value(name, v, SortOrder::parse));
                    case FACET -> facets.add(value(name, v, Dimension::parse));
                    case HAS_CODE -> b.hasCode(bool(name, v));
                    case EXPLAIN -> b.explain(bool(name, v));
                    case LIMIT -> b.limit(integer(name, v, 0, SearchRequest.MAX_LIMIT));
                    case OFFSET -> b.offset(integer(name, v, 0, Integer.MAX_VALUE));
                    case FACET_LIMIT -> b.facetLimit(integer(name, v, 1, Integer.MAX_VALUE));
                    default -> throw new IllegalStateException(name);
                }
            }
        }
        return b.query(String.join(" ", words).strip()).facets(facets.isEmpty() ? DEFAULT_FACETS : List.copyOf(facets));
    }

    /** Parses a value with a core parser, naming the parameter in the error. */
    private static <T> T value(String name, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidParameterException e) {
            throw e;
        } catch (InvalidRequestException e) {
            throw new InvalidParameterException(name, name + ": " + e.getMessage());
        }
    }

    private static String nonEmpty(String name, String text) {
        if (text.isEmpty()) {
            throw new InvalidParameterException(name, name + ": empty value (leave the parameter out instead)");
        }
        return text;
    }

    /**
     * A yes-or-no value: true, 1, yes or nothing at all (the parameter's presence) for yes; false, 0 or no for no.
     *
     * @param name the parameter's name, for the message
     * @param text the value
     * @return the value read
     * @throws InvalidParameterException for any other value
     */
    public static boolean bool(String name, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new InvalidParameterException(name, name + ": invalid value '" + text + "' (expected true or false)");
        };
    }

    /**
     * A whole number within [{@code min}, {@code max}], naming the parameter when it is not one.
     *
     * @param name the parameter's name, for the message
     * @param text the value
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @return the number
     * @throws InvalidParameterException when the value is not a whole number in that range
     */
    public static int integer(String name, String text, int min, int max) {
        String t = text.strip();
        long n;
        try {
            if (!t.matches("-?\\d{1,10}")) {
                throw new NumberFormatException();
            }
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + ": invalid number '" + text + "' (expected a whole number)");
        }
        if (n < min || n > max) {
            throw new InvalidParameterException(name, name + ": invalid value " + n + " (must be "
                    + (max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max) + ")");
        }
        return (int) n;
    }
}
