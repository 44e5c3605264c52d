package io.litindex.index;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.litindex.ingest.fields.Authors;
import io.litindex.ingest.fields.Dates;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link Entry} into the Lucene document litindex indexes, and a stored document back into the entry. */
public final class EntryDocuments {
    /**
     * Full text that is highlighted: offsets in the postings, so the highlighter finds the matches without
     * analyzing the text again. Not stored: hits are read from the stored entry, which holds the text.
     */
    private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TEXT.freeze();
    }

    /** One whole value as one term, documents only, with norms for the name field's scoring left out: exact names, initials, definitions. */
    private static final FieldType KEYWORD = new FieldType(StringField.TYPE_NOT_STORED);

    static {
        KEYWORD.setOmitNorms(true);
        KEYWORD.setIndexOptions(IndexOptions.DOCS);
        KEYWORD.freeze();
    }

    private EntryDocuments() {}

    /**
     * The stored entry's writer, its serializer looked up once rather than for every entry; in a holder so that
     * using this class's other parts (the OpenSearch plugin's analysis and queries, which ship no Jackson) does
     * not load Jackson.
     */
    private static final class EntryJson {
        static final ObjectWriter WRITER = JsonEntries.mapper().writerFor(Entry.class);
    }


    /**
     * The document for {@code entry}, with its facet fields as {@code config} indexes them (sorted-set doc
     * values in each dimension's own field, flat, without drill-down terms: {@link Schema#facetsConfig()}).
     *
     * @param entry the entry to index
     * @param config the facets configuration of the index; each dimension must be flat, without drill-down terms
     * @return a new document holding the entry's searchable fields, facets, sort values and the stored entry
     * @throws IOException when the entry cannot be written as JSON for its stored copy
     * @throws IllegalStateException when {@code config} makes a dimension hierarchical or gives it drill-down terms
     */
    public static Document toDocument(Entry entry, FacetsConfig config) throws IOException {
        Document doc = new Document();
        // exact id: the update key, and the ranking tie-breaker
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(entry.id())));
        // the whole entry, read back for hits
        doc.add(new StoredField(Fields.ENTRY, new BytesRef(EntryJson.WRITER.writeValueAsBytes(entry))));

        // each text value is analyzed once and its tokens replayed into every field that indexes it (and read by LinkWords)
        Map<String, ValueTokens> analyzed = new HashMap<>();
        Function<String, ValueTokens> tokensOf = text -> analyzed.computeIfAbsent(text, t -> ValueTokens.of(Fields.WORDS, t));
        ValueTokens title = tokensOf.apply(entry.title());
        doc.add(title.field(Fields.TITLE, ValueTokens.Mode.STEMMED, 0, HIGHLIGHTED_TEXT));
        String titleKey = Acronyms.nameKey(entry.title());
        if (!titleKey.isEmpty()) {
            doc.add(new Field(Fields.TITLE_KEY, titleKey, KEYWORD));
        }
        // and its loose form (small words and plural s left out), which a known name's title is also compared with
        String looseTitle = Acronyms.looseTitle(entry.title());
        if (!looseTitle.isEmpty() && !looseTitle.equals(titleKey)) {
            doc.add(new Field(Fields.TITLE_KEY, looseTitle, KEYWORD));
        }
        doc.add(weighted(title, Fields.TITLE));
        // the title's exact words count more than stemmed matches
        doc.add(title.field(Fields.TITLE_EXACT, ValueTokens.Mode.EXACT, 0, TextField.TYPE_NOT_STORED));
        doc.add(title.field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
        // another name of the entry (a model's short name) counts as a word of its title, exactly
        for (String alias : entry.aliases()) {
            ValueTokens tokens = tokensOf.apply(alias);
            doc.add(tokens.field(Fields.TITLE_EXACT, ValueTokens.Mode.EXACT, 0, TextField.TYPE_NOT_STORED));
            doc.add(tokens.field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
        }
        // the entry's whole names (aliases, the title's leading name), its title's initials, the acronyms it defines
        Set<String> names = new LinkedHashSet<>();
        for (String alias : entry.aliases()) {
            names.add(Acronyms.nameKey(alias));
        }
        for (String titleName : Acronyms.titleNames(entry.title())) {
            names.add(Acronyms.nameKey(titleName));
        }
        // the code repository's name when it reads as a model's name (github.com/…/SAGPool)
        String repository = Acronyms.repositoryName(entry.links());
        List<String> shortNames = entry.aliases();
        if (repository != null) {
            names.add(Acronyms.nameKey(repository));
            shortNames = new ArrayList<>(entry.aliases());
            shortNames.add(repository);
        }
        for (String name : names) {
            if (!name.isEmpty()) {
                doc.add(new Field(Fields.NAME, name, KEYWORD));
            }
        }
        // the names of the list's datasets that come from this paper: a dataset's name also finds its paper, lower
        for (String dataset : entry.datasetNames()) {
            String key = Acronyms.nameKey(dataset);
            if (!key.isEmpty() && names.add(key)) {
                doc.add(new Field(Fields.DATASET_NAME, key, KEYWORD));
            }
        }
        // a one-word repository name that may be the model's (github.com/google-research/timesfm): the query decides
        String repositoryWord = Acronyms.repositoryWord(entry.links());
        if (repositoryWord != null) {
            doc.add(new Field(Fields.REPOSITORY, repositoryWord, KEYWORD));
        }
        for (String initials : Acronyms.initials(entry.title())) {
            doc.add(new Field(Fields.INITIALS, initials, KEYWORD));
        }
        Set<Acronyms.Definition> definitions = new LinkedHashSet<>(Acronyms.definitions(entry.title(), entry.note(), shortNames));
        // the list's legend defines the short forms the entry writes: a one-word short form (VG, SGG) as an acronym
        for (Map.Entry<String, String> d : entry.legend().entrySet()) {
            if (Acronyms.isWord(d.getKey())) {
                definitions.add(new Acronyms.Definition(d.getKey().toLowerCase(Locale.ROOT), d.getValue().toLowerCase(Locale.ROOT)));
            }
        }
        for (Acronyms.Definition d : definitions) {
            doc.add(new Field(Fields.DEFINITIONS, d.term(), KEYWORD));
        }
        if (entry.note() != null) {
            ValueTokens note = tokensOf.apply(entry.note());
            doc.add(note.field(Fields.NOTE, ValueTokens.Mode.STEMMED, 0, HIGHLIGHTED_TEXT));
            doc.add(weighted(note, Fields.NOTE));
            doc.add(note.field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
        }
        // the long forms of the short forms the entry writes, from the list's legend ("Geo-Loc." → Geo-Localization),
        // scored as words of its note and in the vocabulary; not highlighted (the note as written does not hold them)
        for (String longForm : entry.legend().values()) {
            ValueTokens tokens = tokensOf.apply(longForm);
            doc.add(weighted(tokens, Fields.NOTE));
            doc.add(tokens.field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
        }
        owners(doc, entry, tokensOf);
        // the words the links' repository, model and data set names write that the entry's text does not (adversarial-squad)
        List<String> linkWords = LinkWords.of(entry, tokensOf);
        if (!linkWords.isEmpty()) {
            String words = String.join(" ", linkWords);
            doc.add(new TextField(Fields.LINK_WORDS, words, Field.Store.NO));
            doc.add(new TextField(Fields.WORDS, words, Field.Store.NO));
        }
        // exact kind and whether there is code, for kind:dataset in queries and the filters
        doc.add(new StringField(Fields.KIND, entry.kind().id(), Field.Store.NO));
        doc.add(new StringField(Fields.HAS_CODE, Boolean.toString(entry.hasCode()), Field.Store.NO));
        for (String author : entry.authors()) {
            doc.add(new TextField(Fields.AUTHORS, author, Field.Store.NO));
            doc.add(tokensOf.apply(author).field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
            doc.add(new StringField(Fields.AUTHOR_KEY, Schema.key(author), Field.Store.NO));
            doc.add(new StringField(Fields.AUTHOR_KEY, Schema.key(Authors.surname(author)), Field.Store.NO));
            facet(doc, config, Dimension.AUTHOR, author);
        }
        if (entry.venue() != null) {
            doc.add(new TextField(Fields.VENUE, entry.venue(), Field.Store.NO));
            doc.add(tokensOf.apply(entry.venue()).field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
            if (entry.venueAsWritten() != null) {
                doc.add(new TextField(Fields.VENUE, entry.venueAsWritten(), Field.Store.NO));
            }
            doc.add(new StringField(Fields.VENUE_KEY, Schema.key(entry.venue()), Field.Store.NO));
            facet(doc, config, Dimension.VENUE, entry.venue());
        }
        for (String section : entry.sections()) {
            ValueTokens tokens = tokensOf.apply(section);
            doc.add(tokens.field(Fields.SECTIONS, ValueTokens.Mode.STEMMED, 0, TextField.TYPE_NOT_STORED));
            doc.add(weighted(tokens, Fields.SECTIONS));
            doc.add(tokens.field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
            facet(doc, config, Dimension.SECTION, section);
        }
        for (String key : sectionKeys(entry)) {
            doc.add(new StringField(Fields.SECTION_KEY, key, Field.Store.NO));
        }
        if (entry.sourcePaper() != null) {
            ValueTokens tokens = tokensOf.apply(entry.sourcePaper().title());
            doc.add(tokens.field(Fields.SOURCE_PAPER, ValueTokens.Mode.STEMMED, 0, TextField.TYPE_NOT_STORED));
            // a paper the list holds as an entry answers its own title's words: its dataset scores them less
            doc.add(tokens.field(Fields.TEXT, ValueTokens.Mode.WEIGHTED, Schema.sourcePaperTextWeight(entry.sourcePaper().id() != null),
                    WEIGHTED_TEXT));
            doc.add(tokens.field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
            if (entry.sourcePaper().id() != null) {
                // the link between a dataset and its paper, for related entries
                doc.add(new StringField(Fields.SOURCE_ID, entry.sourcePaper().id(), Field.Store.NO));
            }
        }
        if (entry.year() != null) {
            doc.add(new IntPoint(Fields.YEAR, entry.year()));
            facet(doc, config, Dimension.YEAR, Integer.toString(entry.year()));
        }
        String date = entry.date() != null ? entry.date() : entry.year() != null ? entry.year().toString() : null;
        if (date != null) {
            doc.add(new NumericDocValuesField(Fields.DATE_SORT, Dates.sortKey(date)));
        }
        facet(doc, config, Dimension.KIND, entry.kind().id());
        facet(doc, config, Dimension.HAS_CODE, Boolean.toString(entry.hasCode()));
        return doc;
    }

    /** The owners of the entry's code, model and data links, as exact words with their parts, in their field and the vocabulary. */
    private static void owners(Document doc, Entry entry, Function<String, ValueTokens> tokensOf) {
        for (String owner : Owners.of(entry.links())) {
            ValueTokens tokens = tokensOf.apply(owner);
            doc.add(tokens.field(Fields.OWNERS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
            doc.add(tokens.field(Fields.WORDS, ValueTokens.Mode.EXACT_WITH_PARTS, 0, TextField.TYPE_NOT_STORED));
        }
    }

    /** Frequencies without positions, with norms: the field that scores the stemmed text ({@link Fields#TEXT}). */
    private static final FieldType WEIGHTED_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WEIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WEIGHTED_TEXT.freeze();
    }

    /**
     * The stemmed text of a value once more, in the one field where each word counts its field's weight
     * ({@link WeightFilter}): one posting list per word scores BM25F as plain BM25. Replayed from the value's
     * tokens, not analyzed again.
     */
    private static Field weighted(ValueTokens tokens, String field) {
        return tokens.field(Fields.TEXT, ValueTokens.Mode.WEIGHTED, Schema.textWeight(field), WEIGHTED_TEXT);
    }

    /**
     * One facet value, indexed as {@link FacetsConfig#build} indexes a {@link SortedSetDocValuesFacetField}
     * of a flat dimension without drill-down terms (the path encoded by {@link FacetsConfig#pathToString}),
     * without build's copy of the whole document.
     */
    private static void facet(Document doc, FacetsConfig config, Dimension dim, String value) {
        FacetsConfig.DimConfig dimConfig = config.getDimConfig(dim.id());
        if (dimConfig.hierarchical || dimConfig.drillDownTermsIndexing != FacetsConfig.DrillDownTermsIndexing.NONE) {
            throw new IllegalStateException("facet dimension " + dim.id() + " must be flat and without drill-down terms");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + dim.id() + " value");
        }
        doc.add(new SortedSetDocValuesField(dimConfig.indexFieldName, new BytesRef(FacetsConfig.pathToString(dim.id(), new String[] {value}))));
    }

    /**
     * The text of a highlighted field ({@link Schema#HIGHLIGHTED}) of an entry, as indexed; null when the entry has none.
     *
     * @param entry the entry
     * @param field the name of a highlighted field
     * @return the field's text in the entry, or null
     * @throws IllegalArgumentException when {@code field} is not a highlighted field
     */
    public static String highlightedText(Entry entry, String field) {
        return switch (field) {
            case Fields.TITLE -> entry.title();
            case Fields.NOTE -> entry.note();
            default -> throw new IllegalArgumentException("not a highlighted field: " + field);
        };
    }

    /**
     * The entry stored in a document read from the index.
     *
     * @param doc a stored document holding the {@link Fields#ENTRY} field
     * @return the entry, read back from its stored JSON
     * @throws IOException when the stored JSON cannot be read as an entry
     */
    public static Entry fromDocument(Document doc) throws IOException {
        BytesRef json = doc.getBinaryValue(Fields.ENTRY);
        Entry entry = StoredEntry.read(json.bytes, json.offset, json.length);
        return entry != null ? entry : JsonEntries.mapper().readValue(json.bytes, json.offset, json.length, Entry.class);
    }

    /** Every section path, each of its prefixes, and each heading in it, as exact keys. */
    static Set<String> sectionKeys(Entry entry) {
        Set<String> keys = new LinkedHashSet<>();
        for (String section : entry.sections()) {
            List<String> parts = sectionParts(section);
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                if (prefix.length() > 0) {
                    prefix.append(" > ");
                }
                prefix.append(part.strip());
                keys.add(Schema.key(prefix.toString()));
                keys.add(Schema.key(part));
            }
        }
        return keys;
    }

    /**
     * A section path's headings, as {@code section.split("\\s*>\\s*")} gives them (white space around each
     * {@code >} dropped, trailing empty headings too), without a regular expression on the indexing path.
     */
    static List<String> sectionParts(String section) {
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        int n = section.length();
        while (true) {
            int gt = section.indexOf('>', start);
            int end = gt < 0 ? n : gt;
            int a = start;
            int b = end;
            // white space is dropped after a '>' and before one, as the regular expression's \s* around '>' does
            while (a < b && start > 0 && isRegexSpace(section.charAt(a))) {
                a++;
            }
            while (b > a && gt >= 0 && isRegexSpace(section.charAt(b - 1))) {
                b--;
            }
            parts.add(section.substring(a, b));
            if (gt < 0) {
                break;
            }
            start = gt + 1;
        }
        int last = parts.size();
        while (last > 0 && parts.get(last - 1).isEmpty()) {
            last--;
        }
        return last == 0 && parts.size() == 1 ? parts : parts.subList(0, last);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
