package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One paper, dataset or tool of a list: immutable, and the unit litindex indexes, returns and exports.
 *
 * @param id stable across re-imports: the arXiv id, else the DOI, else a slug of the title
 * @param kind paper, dataset or tool
 * @param title the title as written (repaired where it was mis-encoded)
 * @param aliases other names the list gives the entry (a model's short name such as "ALBERT"), searchable
 * @param authors the authors as written, in order, without a trailing "et al."
 * @param etAl true when the list abbreviates the author list with "et al."
 * @param venue one display name per venue (arXiv, T-GRS, CVPR …)
 * @param venueAsWritten the venue text of the list when it differs from {@code venue}, else null
 * @param year the publication year, or null
 * @param date as precise as the list gives it: 2024-04-23, 2024-02 or 2024; or null
 * @param sections every heading path the entry is listed under, e.g. "Awesome Papers > Others"
 * @param links every link of the entry, ordered by kind ({@link Links}' order) and within a kind as the lists give
 *     them, without repeats of a kind and URL; each with its kind, URL and label
 * @param note the list's free-text note, or null
 * @param legend the long forms the list's legend gives the short forms this entry writes ("Geo-Loc." →
 *     "Geo-Localization"), short form to long form, in the order found; searchable like the entry's text
 * @param sourcePaper for a dataset, the paper it comes from; else null
 * @param datasetNames for a paper, the names of the list's datasets that come from it (their {@code sourcePaper} is this
 *     entry: GazeFollow for "Where are they looking?"); searchable as names of the paper, below the datasets. Read from
 *     the other entries of the list, not from this one's fields: set where a list's datasets are linked to their papers,
 *     and carried by JSON so that an export read back keeps them without its datasets
 * @param size for a dataset, its size as a number (968k is 968000), or null
 * @param sizeAsWritten the size as the list writes it ("968k", ">1M"), or null
 * @param sources every list and line the entry was read from
 * @param origins where a field's value came from when not from the entry's own text: field name (venue,
 *     year, date, authors) to origin ({@link #ORIGIN_HEADING}, {@link #ORIGIN_BADGE}, {@link #ORIGIN_ARXIV_ID},
 *     {@link #ORIGIN_ANTHOLOGY_ID});
 *     a field read from the entry's text has no key here
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id", "kind", "title", "aliases", "authors", "etAl", "venue", "venueAsWritten", "year", "date", "sections",
    "links", "note", "legend", "sourcePaper", "datasetNames", "size", "sizeAsWritten", "sources", "origins"
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
        @JsonDeserialize(using = LinksJson.class) List<Link> links,
        String note,
        Map<String, String> legend,
        PaperRef sourcePaper,
        List<String> datasetNames,
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
    /** A field given by the entry's ACL Anthology id (P19-1159 is ACL 2019). */
    public static final String ORIGIN_ANTHOLOGY_ID = "anthology-id";

    /**
     * Checks and normalizes the fields: a null kind is a paper, null lists and maps are empty, every
     * collection is copied unmodifiable (links in {@link Links}' order, a repeat of a link's kind and URL left out:
     * {@link Links#ordered(List)}).
     *
     * @param id stable across re-imports: the arXiv id, else the DOI, else a slug of the title
     * @param kind paper, dataset or tool
     * @param title the title as written (repaired where it was mis-encoded)
     * @param aliases other names the list gives the entry (a model's short name such as "ALBERT"), searchable
     * @param authors the authors as written, in order, without a trailing "et al."
     * @param etAl true when the list abbreviates the author list with "et al."
     * @param venue one display name per venue (arXiv, T-GRS, CVPR …)
     * @param venueAsWritten the venue text of the list when it differs from {@code venue}, else null
     * @param year the publication year, or null
     * @param date as precise as the list gives it: 2024-04-23, 2024-02 or 2024; or null
     * @param sections every heading path the entry is listed under, e.g. "Awesome Papers > Others"
     * @param links every link of the entry, each with its kind, URL and label
     * @param note the list's free-text note, or null
     * @param legend the long forms the list's legend gives the short forms this entry writes ("Geo-Loc." →
     *     "Geo-Localization"), short form to long form, in the order found; searchable like the entry's text
     * @param sourcePaper for a dataset, the paper it comes from; else null
     * @param datasetNames for a paper, the names of the list's datasets that come from it; searchable as names of the
     *     paper, below the datasets
     * @param size for a dataset, its size as a number (968k is 968000), or null
     * @param sizeAsWritten the size as the list writes it ("968k", ">1M"), or null
     * @param sources every list and line the entry was read from
     * @param origins where a field's value came from when not from the entry's own text: field name (venue,
     *     year, date, authors) to origin ({@link #ORIGIN_HEADING}, {@link #ORIGIN_BADGE}, {@link #ORIGIN_ARXIV_ID},
     *     {@link #ORIGIN_ANTHOLOGY_ID});
     *     a field read from the entry's text has no key here
     * @throws NullPointerException when the id or title is null
     * @throws IllegalArgumentException when the id is blank
     */
    public Entry {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(title, "title == null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        kind = kind == null ? Kind.PAPER : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        datasetNames = datasetNames == null ? List.of() : List.copyOf(datasetNames);
        authors = authors == null ? List.of() : List.copyOf(authors);
        sections = sections == null ? List.of() : List.copyOf(sections);
        links = links == null ? List.of() : Links.ordered(links);
        sources = sources == null ? List.of() : List.copyOf(sources);
        origins = origins == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(origins));
        legend = legend == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(legend));
    }

    /**
     * True when the entry links its source code.
     *
     * @return whether a {@link Links#CODE} link is there
     */
    @JsonIgnore
    public boolean hasCode() {
        return link(Links.CODE) != null;
    }

    /**
     * The first URL of a kind: for the paper link, the code link, where one is enough.
     *
     * @param kindOfLink the kind ({@link Links#PAPER} …)
     * @return the URL, or null when the entry has no link of that kind
     */
    public String link(String kindOfLink) {
        return Links.first(links, kindOfLink);
    }

    /**
     * Every URL of a kind, in order.
     *
     * @param kindOfLink the kind ({@link Links#CODE} …)
     * @return the URLs, possibly none
     */
    public List<String> urls(String kindOfLink) {
        return Links.urls(links, kindOfLink);
    }

    /**
     * A builder for a new entry; everything but the id and title starts empty (kind: paper).
     *
     * @param id the entry's id (see {@link #id()})
     * @param title the entry's title
     * @return the builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * A builder holding this entry's fields, to make a changed copy.
     *
     * @return the builder
     */
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
        b.links(links);
        b.note = note;
        b.legend.putAll(legend);
        b.sourcePaper = sourcePaper;
        b.datasetNames.addAll(datasetNames);
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
        private final List<Link> links = new ArrayList<>();
        /** The position in {@link #links} of each kind and URL key ({@link Links#urlKey}). */
        private final Map<String, Integer> linkAt = new java.util.HashMap<>();
        private String note;
        private final Map<String, String> legend = new LinkedHashMap<>();
        private PaperRef sourcePaper;
        private final List<String> datasetNames = new ArrayList<>();
        private Long size;
        private String sizeAsWritten;
        private final List<Source> sources = new ArrayList<>();
        private final Map<String, String> origins = new LinkedHashMap<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param value paper, dataset or tool; null reads as paper
         * @return this builder
         */
        public Builder kind(Kind value) {
            this.kind = value;
            return this;
        }

        /**
         * Adds another name of the entry unless it is already there.
         *
         * @param value the name; null or blank adds nothing
         * @return this builder
         */
        public Builder alias(String value) {
            if (value != null && !value.isBlank() && !aliases.contains(value)) {
                aliases.add(value);
            }
            return this;
        }

        /**
         * Adds other names of the entry, each unless it is already there.
         *
         * @param values the names
         * @return this builder
         */
        public Builder aliases(List<String> values) {
            values.forEach(this::alias);
            return this;
        }

        /**
         * Records where a field's value came from ({@link Entry#ORIGIN_HEADING} …); null removes the record.
         *
         * @param field the field's name (venue, year, date, authors)
         * @param origin the origin, or null for the entry's own text
         * @return this builder
         */
        public Builder origin(String field, String origin) {
            if (origin == null) {
                origins.remove(field);
            } else {
                origins.put(field, origin);
            }
            return this;
        }

        /**
         * Records where several fields' values came from (field name to origin).
         *
         * @param values field name to origin
         * @return this builder
         */
        public Builder origins(Map<String, String> values) {
            values.forEach(this::origin);
            return this;
        }

        /**
         * Sets the authors, replacing any set before.
         *
         * @param values the authors in order, without "et al."
         * @return this builder
         */
        public Builder authors(List<String> values) {
            this.authors.clear();
            this.authors.addAll(values);
            return this;
        }

        /**
         * Sets whether the list abbreviates the authors with "et al.".
         *
         * @param value true when it does
         * @return this builder
         */
        public Builder etAl(boolean value) {
            this.etAl = value;
            return this;
        }

        /**
         * Sets the venue's display name.
         *
         * @param value the display name, or null
         * @return this builder
         */
        public Builder venue(String value) {
            this.venue = value;
            return this;
        }

        /**
         * Sets the venue as the list writes it, when that differs from the display name.
         *
         * @param value the text as written, or null
         * @return this builder
         */
        public Builder venueAsWritten(String value) {
            this.venueAsWritten = value;
            return this;
        }

        /**
         * Sets the publication year.
         *
         * @param value the year, or null
         * @return this builder
         */
        public Builder year(Integer value) {
            this.year = value;
            return this;
        }

        /**
         * Sets the date, as precise as the list gives it (2024-04-23, 2024-02 or 2024).
         *
         * @param value the ISO date, or null
         * @return this builder
         */
        public Builder date(String value) {
            this.date = value;
            return this;
        }

        /**
         * Adds a heading path the entry is listed under, unless it is already there.
         *
         * @param value the path, e.g. "Awesome Papers > Others"
         * @return this builder
         */
        public Builder section(String value) {
            if (!sections.contains(value)) {
                sections.add(value);
            }
            return this;
        }

        /**
         * Adds heading paths the entry is listed under, each unless it is already there.
         *
         * @param values the paths
         * @return this builder
         */
        public Builder sections(List<String> values) {
            values.forEach(this::section);
            return this;
        }

        /**
         * Adds a link unless the entry has it already: the same kind and the same URL ({@link Links#sameUrl}).
         *
         * @param kindOfLink the link's kind ({@link Links})
         * @param url the URL; null or blank adds nothing
         * @return this builder
         */
        public Builder link(String kindOfLink, String url) {
            return link(kindOfLink, url, null);
        }

        /**
         * Adds a link with the label the list gives it unless the entry has it already (the same kind and URL);
         * when it has, the label goes to the link there if that has none.
         *
         * @param kindOfLink the link's kind ({@link Links})
         * @param url the URL; null or blank adds nothing
         * @param label the list's label when it says more than the kind ("official code"), or null
         * @return this builder
         */
        public Builder link(String kindOfLink, String url, String label) {
            if (url != null && !url.isBlank()) {
                link(new Link(kindOfLink, url, label));
            }
            return this;
        }

        /**
         * Adds a link unless the entry has it already (the same kind and URL).
         *
         * @param value the link
         * @return this builder
         */
        public Builder link(Link value) {
            Integer at = linkAt.putIfAbsent(value.kind() + " " + Links.urlKey(value.url()), links.size());
            if (at == null) {
                links.add(value);
            } else if (links.get(at).label() == null && value.label() != null) {
                Link l = links.get(at);
                links.set(at, new Link(l.kind(), l.url(), value.label()));
            }
            return this;
        }

        /**
         * Adds links, each unless the entry has it already.
         *
         * @param values the links
         * @return this builder
         */
        public Builder links(List<Link> values) {
            values.forEach(this::link);
            return this;
        }

        /**
         * Adds links given one per kind, each unless the entry has it already.
         *
         * @param values link kind ({@link Links}) to URL
         * @return this builder
         */
        public Builder links(Map<String, String> values) {
            values.forEach(this::link);
            return this;
        }

        /**
         * True when a link of this kind was added.
         *
         * @param kindOfLink the kind ({@link Links#PAPER} …)
         * @return whether the entry has one
         */
        public boolean hasLink(String kindOfLink) {
            return links.stream().anyMatch(l -> l.kind().equals(kindOfLink));
        }

        /**
         * Sets the list's free-text note.
         *
         * @param value the note, or null
         * @return this builder
         */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /**
         * Adds the long form the list's legend gives a short form this entry writes, unless the short form has one.
         *
         * @param shortForm the short form as written ("Geo-Loc.")
         * @param longForm its long form ("Geo-Localization")
         * @return this builder
         */
        public Builder legend(String shortForm, String longForm) {
            legend.putIfAbsent(shortForm, longForm);
            return this;
        }

        /**
         * Adds several legend definitions, each unless its short form has one ({@link #legend(String, String)}).
         *
         * @param values short form to long form
         * @return this builder
         */
        public Builder legend(Map<String, String> values) {
            values.forEach(this::legend);
            return this;
        }

        /**
         * Sets, for a dataset, the paper it comes from.
         *
         * @param value the paper, or null
         * @return this builder
         */
        public Builder sourcePaper(PaperRef value) {
            this.sourcePaper = value;
            return this;
        }

        /**
         * Adds, for a paper, the name of a dataset of the list that comes from it, unless it is already there.
         *
         * @param value the dataset's name
         * @return this builder
         */
        public Builder datasetName(String value) {
            if (!datasetNames.contains(value)) {
                datasetNames.add(value);
            }
            return this;
        }

        /**
         * Adds, for a paper, the names of datasets of the list that come from it, each unless it is already there.
         *
         * @param values the datasets' names
         * @return this builder
         */
        public Builder datasetNames(List<String> values) {
            values.forEach(this::datasetName);
            return this;
        }

        /**
         * Sets, for a dataset, its size as a number.
         *
         * @param value the size, or null
         * @return this builder
         */
        public Builder size(Long value) {
            this.size = value;
            return this;
        }

        /**
         * Sets, for a dataset, its size as the list writes it ("968k").
         *
         * @param value the text, or null
         * @return this builder
         */
        public Builder sizeAsWritten(String value) {
            this.sizeAsWritten = value;
            return this;
        }

        /**
         * Adds a list and line the entry was read from, unless it is already there.
         *
         * @param value the source
         * @return this builder
         */
        public Builder source(Source value) {
            if (!sources.contains(value)) {
                sources.add(value);
            }
            return this;
        }

        /**
         * Adds lists and lines the entry was read from, each unless it is already there.
         *
         * @param values the sources
         * @return this builder
         */
        public Builder sources(List<Source> values) {
            values.forEach(this::source);
            return this;
        }

        /**
         * The entry with the fields set so far.
         *
         * @return the entry
         * @throws NullPointerException when the id or title is null
         * @throws IllegalArgumentException when the id is blank
         */
        public Entry build() {
            return new Entry(id, kind, title, aliases, authors, etAl, venue, venueAsWritten, year, date, sections,
                    links, note, legend, sourcePaper, datasetNames, size, sizeAsWritten, sources, origins);
        }
    }
}
