package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One paper or dataset of a list: immutable, and the unit litindex indexes, returns and exports.
 *
 * @param id stable across re-imports: the arXiv id, else the DOI, else a slug of the title
 * @param kind paper or dataset
 * @param title the title as written (repaired where it was mis-encoded)
 * @param aliases other names the list gives the entry (a model's short name such as "ALBERT"), searchable
 * @param authors the authors as written, in order, without a trailing "et al."
 * @param etAl true when the list abbreviates the author list with "et al."
 * @param venue one display name per venue (arXiv, T-GRS, CVPR …)
 * @param venueAsWritten the venue text of the list when it differs from {@code venue}, else null
 * @param year the publication year, or null
 * @param date as precise as the list gives it: 2024-04-23, 2024-02 or 2024; or null
 * @param sections every heading path the entry is listed under, e.g. "Awesome Papers > Others"
 * @param links link kind ({@link Links}) to URL
 * @param note the list's free-text note, or null
 * @param sourcePaper for a dataset, the paper it comes from; else null
 * @param size for a dataset, its size as a number (968k is 968000), or null
 * @param sizeAsWritten the size as the list writes it ("968k", ">1M"), or null
 * @param sources every list and line the entry was read from
 * @param origins where a field's value came from when not from the entry's own text: field name (venue,
 *     year, date, authors) to origin ({@link #ORIGIN_HEADING}, {@link #ORIGIN_BADGE}, {@link #ORIGIN_ARXIV_ID});
 *     a field read from the entry's text has no key here
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id", "kind", "title", "aliases", "authors", "etAl", "venue", "venueAsWritten", "year", "date", "sections",
    "links", "note", "sourcePaper", "size", "sizeAsWritten", "sources", "origins"
})
public record Entry(
        String id,
        Kind kind,
        String title,
        List<String> aliases,
        List<String> authors,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean etAl,
        String venue,
        String venueAsWritten,
        Integer year,
        String date,
        List<String> sections,
        Map<String, String> links,
        String note,
        PaperRef sourcePaper,
        Long size,
        String sizeAsWritten,
        List<Source> sources,
        Map<String, String> origins) {

    /** A field given by a heading the entry is listed under ("## 2022", "### CVPR 2023"). */
    public static final String ORIGIN_HEADING = "heading";
    /** A field given by a shields.io badge ("Conference-ICLR'22"). */
    public static final String ORIGIN_BADGE = "badge";
    /** A field given by the entry's arXiv identifier (2305.12345 is May 2023). */
    public static final String ORIGIN_ARXIV_ID = "arxiv-id";

    public Entry {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(title, "title == null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        kind = kind == null ? Kind.PAPER : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        authors = authors == null ? List.of() : List.copyOf(authors);
        sections = sections == null ? List.of() : List.copyOf(sections);
        links = links == null ? Map.of() : Links.ordered(links);
        sources = sources == null ? List.of() : List.copyOf(sources);
        origins = origins == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    }

    /** True when the entry links its source code. */
    @JsonIgnore
    public boolean hasCode() {
        return links.containsKey(Links.CODE);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.kind = kind;
        b.aliases.addAll(aliases);
        b.authors.addAll(authors);
        b.etAl = etAl;
        b.venue = venue;
        b.venueAsWritten = venueAsWritten;
        b.year = year;
        b.date = date;
        b.sections.addAll(sections);
        b.links.putAll(links);
        b.note = note;
        b.sourcePaper = sourcePaper;
        b.size = size;
        b.sizeAsWritten = sizeAsWritten;
        b.sources.addAll(sources);
        b.origins.putAll(origins);
        return b;
    }

    /** Builds an {@link Entry} field by field; lists and links accumulate. */
    public static final class Builder {
        private String id;
        private String title;
        private Kind kind = Kind.PAPER;
        private final List<String> aliases = new ArrayList<>();
        private final List<String> authors = new ArrayList<>();
        private boolean etAl;
        private String venue;
        private String venueAsWritten;
        private Integer year;
        private String date;
        private final List<String> sections = new ArrayList<>();
        private final Map<String, String> links = new LinkedHashMap<>();
        private String note;
        private PaperRef sourcePaper;
        private Long size;
        private String sizeAsWritten;
        private final List<Source> sources = new ArrayList<>();
        private final Map<String, String> origins = new LinkedHashMap<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder kind(Kind value) {
            this.kind = value;
            return this;
        }

        /** Adds another name of the entry unless it is already there. */
        public Builder alias(String value) {
            if (value != null && !value.isBlank() && !aliases.contains(value)) {
                aliases.add(value);
            }
            return this;
        }

        public Builder aliases(List<String> values) {
            values.forEach(this::alias);
            return this;
        }

        /** Records where a field's value came from ({@link Entry#ORIGIN_HEADING} …); null removes the record. */
        public Builder origin(String field, String origin) {
            if (origin == null) {
                origins.remove(field);
            } else {
                origins.put(field, origin);
            }
            return this;
        }

        public Builder origins(Map<String, String> values) {
            values.forEach(this::origin);
            return this;
        }

        public Builder authors(List<String> values) {
            this.authors.clear();
            this.authors.addAll(values);
            return this;
        }

        public Builder etAl(boolean value) {
            this.etAl = value;
            return this;
        }

        public Builder venue(String value) {
            this.venue = value;
            return this;
        }

        public Builder venueAsWritten(String value) {
            this.venueAsWritten = value;
            return this;
        }

        public Builder year(Integer value) {
            this.year = value;
            return this;
        }

        public Builder date(String value) {
            this.date = value;
            return this;
        }

        public Builder section(String value) {
            if (!sections.contains(value)) {
                sections.add(value);
            }
            return this;
        }

        public Builder sections(List<String> values) {
            values.forEach(this::section);
            return this;
        }

        /** Adds a link unless one of that kind is already there (the first one listed wins). */
        public Builder link(String kindOfLink, String url) {
            if (url != null && !url.isBlank()) {
                links.putIfAbsent(kindOfLink, url);
            }
            return this;
        }

        public Builder links(Map<String, String> values) {
            values.forEach(this::link);
            return this;
        }

        public Builder note(String value) {
            this.note = value;
            return this;
        }

        public Builder sourcePaper(PaperRef value) {
            this.sourcePaper = value;
            return this;
        }

        public Builder size(Long value) {
            this.size = value;
            return this;
        }

        public Builder sizeAsWritten(String value) {
            this.sizeAsWritten = value;
            return this;
        }

        public Builder source(Source value) {
            if (!sources.contains(value)) {
                sources.add(value);
            }
            return this;
        }

        public Builder sources(List<Source> values) {
            values.forEach(this::source);
            return this;
        }

        public Entry build() {
            return new Entry(id, kind, title, aliases, authors, etAl, venue, venueAsWritten, year, date, sections,
                    links, note, sourcePaper, size, sizeAsWritten, sources, origins);
        }
    }
}
