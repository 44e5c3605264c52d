package io.litindex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litindex.Version;
import io.litindex.index.EntryDocuments;
import io.litindex.index.Fields;
import io.litindex.index.GreekLetters;
import io.litindex.index.Schema;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.search.Synonyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;

/**
 * litindex's schema as an OpenSearch index: settings (analyzers built from OpenSearch's own analysis plus the
 * litindex-analysis plugin's compound-name filter), a strict mapping of every field {@link Fields} names, and the
 * JSON document of an entry, made from the very Lucene document the embedded index writes.
 *
 * <p>Nothing here repeats the field list: the fields are read from {@link Fields} when this class is loaded, their
 * weights from {@link Schema#FIELD_WEIGHTS}, the stemmed and highlighted ones from {@link Schema}, the facet fields
 * from {@link Dimension}. What OpenSearch needs beyond that (which analyzer, which type) is decided by the rules in
 * {@link #mapping(String)}; a field no rule covers fails at once with a message naming it.
 */
public final class OpenSearchSchema {
    /** The token filter of the litindex-analysis plugin (opensearch/plugin). */
    public static final String COMPOUND_PARTS_FILTER = "litindex_compound_parts";
    /** The token filter of the litindex-analysis plugin giving the weighted text's words their weights ({@code WeightFilter}). */
    public static final String WEIGHT_FILTER = "litindex_weight";
    /** How deep a search may page (OpenSearch's default is 10,000). */
    static final int MAX_RESULT_WINDOW = 10_000_000;
    /** The similarity of the litindex-analysis plugin: Lucene's BM25. */
    public static final String SIMILARITY = "litindex_bm25";
    /** The similarity of the weighted text ({@link Fields#TEXT}): the plugin's BM25 with k1 {@link Schema#TEXT_K1}. */
    static final String TEXT_SIMILARITY = "litindex_bm25_text";
    /** The key of litindex's part in the mapping's {@code _meta}: it marks an index as litindex's. */
    public static final String META_KEY = "litindex";

    static final String TEXT = "litindex_text";
    static final String TEXT_QUERY = "litindex_text_query";
    static final String WEIGHTED_TEXT = "litindex_weighted_text";
    static final String EXACT = "litindex_exact";
    static final String EXACT_QUERY = "litindex_exact_query";
    static final String NAMES = "litindex_names";
    static final String SYNONYMS = "litindex_synonyms";
    static final String GREEK_FILTER = "litindex_greek";

    /** The fields OpenSearch reads as names (authors, venue: never stemmed, split at periods). */
    private static final Set<String> NAME_FIELDS = Set.of(Fields.AUTHORS, Fields.VENUE);
    /** Exact keys: filters, ids, the kind and has-code flags. */
    private static final Set<String> KEY_FIELDS = Set.of(Fields.ID, Fields.VENUE_KEY, Fields.AUTHOR_KEY,
            Fields.SECTION_KEY, Fields.KIND, Fields.HAS_CODE, Fields.SOURCE_ID);
    /** Positions between the values of a multi-valued field, as embedded (no phrase spans two values). */
    static final int VALUE_GAP = 100;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String synonymRules;
    private final int shards;
    private final int replicas;

    private OpenSearchSchema(String synonymRules, int shards, int replicas) {
        this.synonymRules = Objects.requireNonNull(synonymRules, "synonymRules == null");
        if (shards < 1) {
            throw new IllegalArgumentException("shards < 1: " + shards);
        }
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas < 0: " + replicas);
        }
        this.shards = shards;
        this.replicas = replicas;
    }

    /** The schema with litindex's bundled synonyms, one shard and one replica. */
    public static OpenSearchSchema standard() {
        return new OpenSearchSchema(bundledSynonyms(), 1, 1);
    }

    /** This schema with other synonym rules (Solr format, as litindex's synonyms file). */
    public OpenSearchSchema withSynonyms(String rules) {
        return new OpenSearchSchema(rules, shards, replicas);
    }

    /** This schema with {@code shards} primary shards of {@code replicas} replicas each. */
    public OpenSearchSchema withShards(int shards, int replicas) {
        return new OpenSearchSchema(synonymRules, shards, replicas);
    }

    public int shards() {
        return shards;
    }

    public int replicas() {
        return replicas;
    }

    /** The body of a create-index request: settings and mappings. */
    public ObjectNode createIndexBody() {
        ObjectNode body = NODES.objectNode();
        body.set("settings", settings());
        body.set("mappings", mappings());
        return body;
    }

    /** The index settings: shards, replicas and litindex's analysis. */
    public ObjectNode settings() {
        ObjectNode settings = NODES.objectNode();
        ObjectNode index = settings.putObject("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        // pages as deep as the embedded search gives (export and eval page through every entry)
        index.put("max_result_window", MAX_RESULT_WINDOW);
        // Lucene's BM25, as embedded (OpenSearch's own "BM25" is the legacy one, scoring (k1 + 1) times more)
        ObjectNode similarity = index.putObject("similarity");
        similarity.putObject("default").put("type", SIMILARITY);
        // the weighted text's frequencies and lengths are twice BM25F's: k1 twice too, as Schema.similarity()
        similarity.putObject(TEXT_SIMILARITY).put("type", SIMILARITY).put("k1", Schema.TEXT_K1).put("b", Schema.B);
        ObjectNode analysis = settings.putObject("analysis");

        // periods separate the parts of names (H.Conghui, X. X. Zhu)
        ObjectNode charFilters = analysis.putObject("char_filter");
        charFilters.putObject("litindex_periods")
                .put("type", "mapping").putArray("mappings").add(". => \\u0020");
        // Greek letters spelled in Latin (π0 = pi0), as Analyzers' chains
        ArrayNode greek = charFilters.putObject(GREEK_FILTER).put("type", "mapping").putArray("mappings");
        GreekLetters.mappingLines().forEach(greek::add);

        ObjectNode filters = analysis.putObject("filter");
        filters.putObject("litindex_possessive").put("type", "stemmer").put("language", "possessive_english");
        filters.putObject("litindex_stop").put("type", "stop").put("stopwords", "_english_");
        ObjectNode synonyms = filters.putObject(SYNONYMS);
        synonyms.put("type", "synonym_graph");
        ArrayNode rules = synonyms.putArray("synonyms");
        synonymLines(synonymRules).forEach(rules::add);

        ObjectNode analyzers = analysis.putObject("analyzer");
        // as Analyzers.text(): standard words, possessives off, compound parts, lower case, folding, stop words, Porter
        custom(analyzers, TEXT, "litindex_possessive", COMPOUND_PARTS_FILTER, "lowercase", "asciifolding", "litindex_stop", "porter_stem");
        // as Analyzers.weightedText(): the same, each value's words weighted by its leading weight
        custom(analyzers, WEIGHTED_TEXT, "litindex_possessive", COMPOUND_PARTS_FILTER, "lowercase", "asciifolding", "litindex_stop", "porter_stem",
                WEIGHT_FILTER);
        // as Analyzers.textQuery(synonyms): the words as typed, then the synonyms (their rules parsed through the same chain)
        custom(analyzers, TEXT_QUERY, "litindex_possessive", "lowercase", "asciifolding", "litindex_stop", "porter_stem", SYNONYMS);
        // as Analyzers.exact(): never stemmed, stop words kept, compound parts
        custom(analyzers, EXACT, "litindex_possessive", COMPOUND_PARTS_FILTER, "lowercase", "asciifolding");
        // as Analyzers.exactQuery()
        custom(analyzers, EXACT_QUERY, "litindex_possessive", "lowercase", "asciifolding");
        // as Analyzers.names()
        ObjectNode names = custom(analyzers, NAMES, "lowercase", "asciifolding");
        names.putArray("char_filter").add("litindex_periods");  // replaces the Greek filter: names are not spelled
        return settings;
    }

    private static ObjectNode custom(ObjectNode analyzers, String name, String... filters) {
        ObjectNode analyzer = analyzers.putObject(name);
        analyzer.put("type", "custom");
        analyzer.putArray("char_filter").add(GREEK_FILTER);
        analyzer.put("tokenizer", "standard");
        analyzer.put("position_increment_gap", VALUE_GAP);
        ArrayNode list = analyzer.putArray("filter");
        for (String filter : filters) {
            list.add(filter);
        }
        return analyzer;
    }

    /** The mappings: strict (an unknown field is an error, not a new field), every field of {@link #fieldNames()}. */
    public ObjectNode mappings() {
        ObjectNode mappings = NODES.objectNode();
        mappings.put("dynamic", "strict");
        ObjectNode meta = mappings.putObject("_meta").putObject(META_KEY);
        meta.put("schema", Schema.VERSION);
        meta.put("writer", Version.LITINDEX);
        ObjectNode weights = meta.putObject("field_weights");
        new TreeMap<>(Schema.FIELD_WEIGHTS).forEach(weights::put);
        ObjectNode properties = mappings.putObject("properties");
        for (String field : fieldNames()) {
            properties.set(field, mapping(field));
        }
        return mappings;
    }

    /**
     * Every field of an OpenSearch document: the constants of {@link Fields} (read by reflection, so a field added
     * there is mapped here too) and the facet field of each {@link Dimension}.
     */
    public static List<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Field field : Fields.class.getFields()) {
            int m = field.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read Fields." + field.getName(), e);
                }
            }
        }
        for (Dimension dim : Dimension.values()) {
            names.add(Fields.facet(dim));
        }
        return List.copyOf(names);
    }

    /** The OpenSearch mapping of one field. */
    static ObjectNode mapping(String field) {
        ObjectNode m = NODES.objectNode();
        if (field.equals(Fields.ENTRY)) {
            // the whole entry, kept in _source and read back for hits; not indexed
            m.put("type", "object");
            m.put("enabled", false);
        } else if (isFacet(field) || KEY_FIELDS.contains(field)) {
            // exact values: filters, ids, and terms aggregations (doc values) for the facet counts
            m.put("type", "keyword");
        } else if (field.equals(Fields.NAME) || field.equals(Fields.DATASET_NAME) || field.equals(Fields.REPOSITORY) || field.equals(Fields.DEFINITIONS)
                || field.equals(Fields.INITIALS) || field.equals(Fields.TITLE_KEY)) {
            // exact terms the query looks up (whole names, defined acronyms, title initials), as embedded: docs only
            m.put("type", "keyword");
            m.put("index_options", "docs");
            m.put("doc_values", false);
        } else if (field.equals(Fields.YEAR)) {
            m.put("type", "integer");
        } else if (field.equals(Fields.DATE_SORT)) {
            // sorting only (doc values), like the embedded NumericDocValuesField
            m.put("type", "long");
            m.put("index", false);
        } else if (field.equals(Fields.TEXT)) {
            // the stemmed text scored as one field, as embedded: frequencies (the fields' weights), no positions
            m.put("type", "text");
            m.put("analyzer", WEIGHTED_TEXT);
            m.put("search_analyzer", TEXT_QUERY);
            m.put("index_options", "freqs");
            m.put("similarity", TEXT_SIMILARITY);
        } else if (Schema.FIELD_WEIGHTS.containsKey(field) || field.equals(Fields.WORDS)) {
            m.put("type", "text");
            m.put("position_increment_gap", VALUE_GAP);
            if (Schema.STEMMED.contains(field)) {
                m.put("analyzer", TEXT);
                m.put("search_analyzer", TEXT_QUERY);
            } else if (field.equals(Fields.TITLE_EXACT) || field.equals(Fields.LINK_WORDS)) {
                // exact words without compound parts: the title's, and the words of the entry's links (LinkWords)
                m.put("analyzer", EXACT_QUERY);
            } else if (field.equals(Fields.WORDS) || field.equals(Fields.OWNERS)) {
                // exact words with compound parts: the vocabulary, and the owners of the entry's code links
                m.put("analyzer", EXACT);
                m.put("search_analyzer", EXACT_QUERY);
            } else if (NAME_FIELDS.contains(field)) {
                m.put("analyzer", NAMES);
            } else {
                throw unmapped(field);
            }
            if (Schema.HIGHLIGHTED.contains(field)) {
                // offsets in the postings, as embedded: the highlighter needs no second analysis
                m.put("index_options", "offsets");
            }
        } else {
            throw unmapped(field);
        }
        return m;
    }

    private static IllegalStateException unmapped(String field) {
        return new IllegalStateException("the field '" + field + "' of io.litindex.index.Fields has no OpenSearch mapping:"
                + " give it one in io.litindex.opensearch.OpenSearchSchema.mapping");
    }

    private static boolean isFacet(String field) {
        for (Dimension dim : Dimension.values()) {
            if (Fields.facet(dim).equals(field)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The OpenSearch document of an entry: every value of the Lucene document {@link EntryDocuments#toDocument}
     * makes for the embedded index, by field (several values as an array), the entry itself as an object, each
     * facet value as a keyword.
     */
    public static ObjectNode document(Entry entry) {
        FacetsConfig config = Schema.standard().facetsConfig();
        Document doc;
        try {
            doc = EntryDocuments.toDocument(entry, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert entry " + entry.id(), e);
        }
        Map<String, List<JsonNode>> values = new LinkedHashMap<>();
        Map<String, String> facetFields = new LinkedHashMap<>();
        for (Dimension dim : Dimension.values()) {
            facetFields.put(config.getDimConfig(dim.id()).indexFieldName, Fields.facet(dim));
        }
        for (IndexableField f : doc.getFields()) {
            String name = f.name();
            JsonNode value;
            if (name.equals(Fields.ENTRY)) {
                value = JsonEntries.mapper().valueToTree(entry);
            } else if (facetFields.containsKey(name) && f.binaryValue() != null) {
                String[] path = FacetsConfig.stringToPath(f.binaryValue().utf8ToString());
                name = facetFields.get(name);
                value = NODES.textNode(path[path.length - 1]);
            } else if (f.stringValue() != null) {
                value = NODES.textNode(f.stringValue());
            } else if (f.numericValue() != null) {
                value = NODES.numberNode(f.numericValue().longValue());
            } else if (f instanceof org.apache.lucene.document.Field field && field.tokenStreamValue() != null) {
                // OpenSearch analyzes text itself: a field given only as tokens would be lost from the document
                throw new IllegalStateException("field " + name + " of entry " + entry.id() + " has tokens but no text to send");
            } else {
                // a doc-values copy of a field written above (the id's sorted doc values): nothing new
                continue;
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        ObjectNode json = NODES.objectNode();
        values.forEach((name, list) -> {
            if (list.size() == 1) {
                json.set(name, list.get(0));
            } else {
                json.putArray(name).addAll(list);
            }
        });
        return json;
    }

    /** The rules of litindex's bundled synonyms file. */
    static String bundledSynonyms() {
        try (InputStream in = Synonyms.class.getResourceAsStream(Synonyms.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(Synonyms.RESOURCE + " is missing from litindex-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Synonyms.RESOURCE, e);
        }
    }

    /** The rule lines of a synonyms file: comments and blank lines dropped. */
    static List<String> synonymLines(String rules) {
        List<String> lines = new ArrayList<>();
        for (String line : rules.split("\\R")) {
            String rule = line.strip();
            if (!rule.isEmpty() && !rule.startsWith("#")) {
                lines.add(rule);
            }
        }
        return lines;
    }
}
