package io.litindex.cli;

import io.litindex.InvalidRequestException;
import io.litindex.model.Dimension;
import io.litindex.model.Kind;
import io.litindex.model.SearchRequest;
import io.litindex.model.YearRange;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * How the commands that select entries (search, facets, export) select them: the query words and the filters
 * (venue, year, section, kind, code, author).
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
        return b.years(years).hasCode(hasCode);
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
