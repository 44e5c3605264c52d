package io.litindex.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litindex.Catalog;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import io.litindex.model.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenSearchSchemaTest {
    private final OpenSearchSchema schema = OpenSearchSchema.standard();

    @Test
    void everyFieldOfTheSchemaIsMappedStrictly() {
        ObjectNode mappings = schema.mappings();
        assertEquals("strict", mappings.path("dynamic").asText());
        Set<String> mapped = new TreeSet<>();
        mappings.path("properties").fieldNames().forEachRemaining(mapped::add);
        assertEquals(new TreeSet<>(OpenSearchSchema.fieldNames()), mapped);
        // the constants of Fields and one facet field per dimension
        assertTrue(mapped.containsAll(List.of(Fields.TITLE, Fields.TITLE_EXACT, Fields.WORDS, Fields.VENUE_KEY, "facet_venue", "facet_has_code")));
        assertEquals("litindex_text", mappings.at("/properties/title/analyzer").asText());
        assertEquals("litindex_text_query", mappings.at("/properties/title/search_analyzer").asText());
        assertEquals("offsets", mappings.at("/properties/note/index_options").asText());
        assertEquals("litindex_names", mappings.at("/properties/authors/analyzer").asText());
        // the owners of code links: exact words with compound parts, as the vocabulary
        assertEquals("litindex_exact", mappings.at("/properties/owners/analyzer").asText());
        assertEquals("litindex_exact_query", mappings.at("/properties/owners/search_analyzer").asText());
        assertEquals("keyword", mappings.at("/properties/author_key/type").asText());
        assertEquals("integer", mappings.at("/properties/year/type").asText());
        assertFalse(mappings.at("/properties/_entry/enabled").asBoolean(true));
        // the weighted text: frequencies only, its own analyzer (the weights) and similarity (k1 doubled)
        assertEquals("litindex_weighted_text", mappings.at("/properties/text_bm25/analyzer").asText());
        assertEquals("freqs", mappings.at("/properties/text_bm25/index_options").asText());
        assertEquals("litindex_bm25_text", mappings.at("/properties/text_bm25/similarity").asText());
        // the weights travel with the index, for the query side
        assertEquals(Schema.VERSION, mappings.at("/_meta/litindex/schema").asInt());
        assertEquals(Schema.FIELD_WEIGHTS.get(Fields.TITLE), mappings.at("/_meta/litindex/field_weights/title").floatValue());
        assertEquals(Schema.FIELD_WEIGHTS.size(), mappings.at("/_meta/litindex/field_weights").size());
    }

    @Test
    void analysisChainsFollowTheEmbeddedAnalyzers() {
        ObjectNode settings = schema.withShards(2, 1).settings();
        assertEquals(2, settings.at("/index/number_of_shards").asInt());
        assertEquals(1, settings.at("/index/number_of_replicas").asInt());
        assertEquals(List.of("litindex_possessive", "litindex_compound_parts", "lowercase", "asciifolding", "litindex_stop", "porter_stem"),
                strings(settings.at("/analysis/analyzer/litindex_text/filter")));
        assertEquals(List.of("litindex_possessive", "litindex_compound_parts", "lowercase", "asciifolding", "litindex_stop", "porter_stem",
                "litindex_weight"), strings(settings.at("/analysis/analyzer/litindex_weighted_text/filter")));
        assertEquals("litindex_bm25", settings.at("/index/similarity/default/type").asText());
        assertEquals("litindex_bm25", settings.at("/index/similarity/litindex_bm25_text/type").asText());
        assertEquals(Schema.TEXT_K1, settings.at("/index/similarity/litindex_bm25_text/k1").floatValue());
        // synonyms at search time only, after the chain that parses their rules
        assertEquals(List.of("litindex_possessive", "lowercase", "asciifolding", "litindex_stop", "porter_stem", "litindex_synonyms"),
                strings(settings.at("/analysis/analyzer/litindex_text_query/filter")));
        JsonNode rules = settings.at("/analysis/filter/litindex_synonyms/synonyms");
        assertEquals(OpenSearchSchema.synonymLines(OpenSearchSchema.bundledSynonyms()).size(), rules.size());
        assertTrue(strings(rules).contains("rs, remote sensing"), "the bundled rule for rs");
        assertEquals(1, OpenSearchSchema.standard().withSynonyms("# a comment\n\nfoo, bar\n").settings()
                .at("/analysis/filter/litindex_synonyms/synonyms").size());
    }

    @Test
    void documentsHoldTheEmbeddedFieldValues() {
        List<Entry> catalog = Catalog.bundledEntries();
        Set<String> mapped = new TreeSet<>(OpenSearchSchema.fieldNames());
        for (Entry entry : catalog) {
            ObjectNode doc = OpenSearchSchema.document(entry);
            doc.fieldNames().forEachRemaining(name -> assertTrue(mapped.contains(name), name + " of " + entry.id() + " is not mapped"));
            assertEquals(entry.id(), doc.path(Fields.ID).asText());
            assertEquals(entry.title(), doc.path(Fields.ENTRY).path("title").asText());
        }
        Entry skyEye = catalog.stream().filter(e -> e.title().startsWith("SkyEyeGPT")).findFirst().orElseThrow();
        ObjectNode doc = OpenSearchSchema.document(skyEye);
        assertEquals(skyEye.venue(), doc.path("facet_venue").asText());
        assertEquals(Integer.toString(skyEye.year()), doc.path("facet_year").asText());
        assertEquals(skyEye.year().intValue(), doc.path(Fields.YEAR).asInt());
        assertEquals(Boolean.toString(skyEye.hasCode()), doc.path(Fields.HAS_CODE).asText());
        assertEquals(skyEye.authors().size(), doc.path("facet_author").size());
        // author keys: full name and surname of each author
        assertEquals(skyEye.authors().size() * 2, doc.path(Fields.AUTHOR_KEY).size());
        // text fields indexed from tokens analyzed once still carry their text for OpenSearch to analyze
        assertEquals(skyEye.title(), doc.path(Fields.TITLE).asText());
        assertTrue(strings(doc.path(Fields.WORDS)).contains(skyEye.title()), "the title among the vocabulary's values");
        assertTrue(values(doc.path(Fields.TITLE_EXACT)).contains(skyEye.title()), "the title among the exact title's values");
        Entry noted = catalog.stream().filter(e -> e.note() != null).findFirst().orElseThrow();
        assertTrue(values(OpenSearchSchema.document(noted).path(Fields.WORDS)).contains(noted.note()), "the note among the vocabulary's values");
        assertEquals(skyEye.sections().size(), doc.path(Fields.SECTIONS).isArray() ? doc.path(Fields.SECTIONS).size() : 1);
        // each owner of a code link as written, in its field and among the vocabulary's values
        Entry owned = Entry.builder("owned", "Visual Instruction Tuning").link("code", "https://github.com/haotian-liu/LLaVA")
                .link("model", "https://huggingface.co/OpenGVLab/InternVL").build();
        ObjectNode ownedDoc = OpenSearchSchema.document(owned);
        assertEquals(List.of("haotian-liu", "OpenGVLab"), values(ownedDoc.path(Fields.OWNERS)));
        assertTrue(values(ownedDoc.path(Fields.WORDS)).containsAll(List.of("haotian-liu", "OpenGVLab")));
        // the weighted text: the title first, with its weight
        assertEquals("8|" + skyEye.title(), doc.path(Fields.TEXT).get(0).asText());
    }

    /** The values of a document field: an array's, or the one value. */
    private static List<String> values(JsonNode field) {
        return field.isArray() ? strings(field) : List.of(field.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
