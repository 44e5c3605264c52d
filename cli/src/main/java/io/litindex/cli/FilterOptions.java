package io.litindex.cli;

import io.litindex.InvalidRequestException;
import io.litindex.model.Dimension;
import io.litindex.model.Kind;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.YearRange;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * How the commands that select entries (search, facets, export) select them: the query words and the filters
 * (venue, year, section, kind, code, author), and how long one search may take.
 */
public final class FilterOptions {
    /** The label of the query words in help and in usage errors. */
    static final String QUERY = "QUERY";

    @Parameters(arity = "0..*", paramLabel = QUERY, description = "Query words (see the query syntax in the README); none selects every entry.")
    List<String> query = new ArrayList<>();

    @Option(names = "--venue", paramLabel = "V", description = "Only this venue (repeat for any of several): arXiv, T-GRS, CVPR …")
    List<String> venues = new ArrayList<>();

    @Option(names = "--year", paramLabel = "Y", converter = YearConverter.class,
            description = "Only this year (2024) or range (2023..2024, 2023.., ..2022).")
    YearRange years;

    @Option(names = "--section", paramLabel = "S", description = "Only entries under this section: a full path or one heading of it.")
    List<String> sections = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "K", converter = KindConverter.class, description = "Only entries of these kinds: paper, dataset, tool.")
    List<Kind> kinds = new ArrayList<>();

    @Option(names = "--has-code", description = "Only entries that link their source code.")
    boolean hasCode;

    @Option(names = "--author", paramLabel = "A", description = "Only entries by this author: a surname (Zhan) or a name as written (Y. Zhan).")
    List<String> authors = new ArrayList<>();

    @Option(names = "--time-limit", paramLabel = "T", converter = TimeLimitConverter.class,
            description = "How long one search may take before it stops and answers with what it reached: 500ms, 5s, 1m "
                    + "(default: 2s; export: no limit).")
    Duration timeLimit;

    /** A request for the query words with these filters. */
    SearchRequest.Builder request() {
        return applyTo(SearchRequest.builder()).query(String.join(" ", query));
    }

    /** Applies these filters to a request being built. */
    SearchRequest.Builder applyTo(SearchRequest.Builder b) {
        venues.forEach(b::venue);
        sections.forEach(b::section);
        kinds.forEach(b::kind);
        authors.forEach(b::author);
        if (timeLimit != null) {
            b.timeLimit(timeLimit);
        }
        return b.years(years).hasCode(hasCode);
    }

    /** The one line on standard error saying that a search stopped at its time limit, when it did. */
    static void warnIfPartial(SearchRequest request, SearchResult result, PrintWriter err) {
        if (result.partial()) {
            err.println("litindex: the search stopped at its time limit of " + request.timeLimit().toMillis()
                    + " ms; the total, hits and counts cover only the entries it reached (--time-limit gives it longer)");
        }
    }

    /** Parses --time-limit values: a whole number and a unit, ms, s or m. */
    static final class TimeLimitConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern VALUE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

        @Override
        public Duration convert(String value) {
            Matcher m = VALUE.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time limit: write a whole number and ms, s or m (500ms, 5s, 1m)");
            }
            long amount = Long.parseLong(m.group(1));
            if (amount == 0) {
                throw new CommandLine.TypeConversionException("invalid time limit " + value + ": must be more than 0");
            }
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
    }

    /** Parses --year values, naming the problem in the message. */
    static final class YearConverter implements CommandLine.ITypeConverter<YearRange> {
        @Override
        public YearRange convert(String value) {
            try {
                return YearRange.parse(value);
            } catch (InvalidRequestException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            try {
                return Kind.parse(value);
            } catch (InvalidRequestException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DimensionConverter implements CommandLine.ITypeConverter<Dimension> {
        @Override
        public Dimension convert(String value) {
            try {
                return Dimension.parse(value);
            } catch (InvalidRequestException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
