package io.litindex.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litindex.Catalog;
import io.litindex.index.Indexer;
import io.litindex.index.LuceneIndexers;
import io.litindex.model.Entry;
import io.litindex.model.Source;
import io.litindex.testing.Bounded;
import io.litindex.testing.FuzzTries;
import io.litindex.testing.Mutations;
import io.litindex.testing.Mutations.Mutation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.lucene.store.ByteBuffersDirectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON and JSON Lines readers fed the bundled catalog mutated, and generated objects whose fields have any type
 * and value. For every input: the readers return (they document no exception; a bad element or line is an error on
 * its line); every element of a readable array and every line of a JSON Lines file is an entry read from its line or
 * an error on it; entries can be indexed; the work stays within a bound linear in the input (bytes allocated). The
 * public {@link JsonEntries} parsers throw nothing but the {@link IOException} they declare.
 */
@AddLifecycleHook(FuzzTries.class)
class JsonFuzzTest {
    /** As for the Markdown reader ({@link MarkdownFuzzTest#BYTES_PER_CHAR}): about ten times what the inputs take. */
    static final long BYTES_PER_CHAR = 16_384;
    static final long BASE_BYTES = 64L << 20;

    private static final String CATALOG = catalog();
    /** The catalog's entries without their sources, so that the reader gives each the line it was read from. */
    private static final List<ObjectNode> UNSOURCED = unsourced();
    private static final Indexer INDEXER = LuceneIndexers.open(new ByteBuffersDirectory());

    private static String catalog() {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> unsourced() {
        List<ObjectNode> out = new ArrayList<>();
        try {
            for (JsonNode node : JsonEntries.mapper().readTree(CATALOG)) {
                ObjectNode copy = node.deepCopy();
                copy.remove("sources");
                out.add(copy);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @AfterContainer
    static void closeIndexer() throws Exception {
        INDEXER.rollback(); // the fuzz only checks that Lucene accepts what the readers make: nothing is committed
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.mutations(12, 5_000);
    }

    /** Few mutations: one in the wrong place makes the rest of an array unreadable (as documented), so more would leave little to check. */
    @Provide
    Arbitrary<List<Mutation>> fewMutations() {
        return Mutations.mutations(3, 5_000);
    }

    @Property(tries = 200)
    void mutatedCatalogArraysLoseNoElement(@ForAll("fewMutations") List<Mutation> mutations, @ForAll boolean withSources,
            @ForAll boolean pretty) throws Exception {
        String base = withSources ? CATALOG : pretty ? JsonEntries.toPrettyJson(UNSOURCED) : JsonEntries.toJson(UNSOURCED);
        String text = normalize(Mutations.apply(base, mutations));
        Bounded.Outcome<ImportResult> read = Bounded.call(() -> JsonSourceReader.readArray("c.json", SourceText.of("c.json", text)));
        check(text, read, expectedArrayElements(text));
    }

    @Property(tries = 200)
    void mutatedJsonLinesLoseNoLine(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        String base = UNSOURCED.stream().map(JsonEntries::toJson).collect(Collectors.joining("\n")) + "\n";
        String text = normalize(Mutations.apply(base, mutations));
        Bounded.Outcome<ImportResult> read = Bounded.call(() -> JsonSourceReader.readLines("c.jsonl", SourceText.of("c.jsonl", text)));
        check(text, read, expectedLines(text));
    }

    /** Objects with an entry's fields, each of any type and value, and other fields; now and then something else. */
    /** JSON text of one element. */
    @Provide
    Arbitrary<String> elements() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> text = Arbitraries.oneOf(
                Arbitraries.of("A Paper Title", "", " ", "GeoChat: Grounded LVLM", "2024-04-23", "May-22-2024", "arXiv", "CVPR 2024",
                        "paper", "dataset", "Dataset ", "poster", "https://arxiv.org/abs/2401.09712", "null", "et al.", "968k", "遥感")
                        .map(s -> (JsonNode) f.textNode(s)),
                Mutations.oddText().map(s -> (JsonNode) f.textNode(s)),
                Arbitraries.strings().ofMaxLength(20).map(s -> (JsonNode) f.textNode(s)),
                Arbitraries.integers().between(1, 5).map(n -> (JsonNode) f.textNode("long text ".repeat(n * 400))));
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(text,
                Arbitraries.integers().map(n -> (JsonNode) f.numberNode(n)),
                Arbitraries.longs().map(n -> (JsonNode) f.numberNode(n)),
                Arbitraries.doubles().map(d -> (JsonNode) f.numberNode(d)),
                Arbitraries.of(f.booleanNode(true), f.nullNode(), f.numberNode(new java.math.BigInteger("1" + "0".repeat(40)))));
        Arbitrary<JsonNode> array = scalar.list().ofMaxSize(4).map(l -> {
            ArrayNode a = f.arrayNode();
            l.forEach(a::add);
            return (JsonNode) a;
        });
        Arbitrary<JsonNode> smallObject = Arbitraries.maps(Arbitraries.of("title", "url", "id", "list", "line", "x"), scalar).ofMaxSize(4)
                .map(m -> {
                    ObjectNode o = f.objectNode();
                    m.forEach(o::set);
                    return (JsonNode) o;
                });
        Arbitrary<JsonNode> sources = smallObject.list().ofMaxSize(3).map(l -> {
            ArrayNode a = f.arrayNode();
            l.forEach(a::add);
            return (JsonNode) a;
        });
        Arbitrary<JsonNode> value = Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(2, array), Tuple.of(2, smallObject));
        List<String> fields = List.of("id", "kind", "title", "authors", "etAl", "venue", "venueAsWritten", "year", "date",
                "sections", "links", "note", "sourcePaper", "size", "sizeAsWritten", "score", "highlights", "unknownField");
        Arbitrary<JsonNode> entry = Arbitraries.maps(Arbitraries.of(fields), value).ofMaxSize(12)
                .flatMap(m -> Arbitraries.integers().between(0, 9).flatMap(withTitle -> sources.map(src -> {
                    ObjectNode o = f.objectNode();
                    if (withTitle > 2) {
                        o.put("title", "Generated Paper Title " + Math.abs(m.hashCode() % 1000));
                    }
                    m.forEach(o::set);
                    if (withTitle == 0) {
                        o.set("sources", src);
                    }
                    return (JsonNode) o;
                })));
        // nesting deeper than Jackson writes or reads (1,000 levels) is written by hand
        Arbitrary<String> deep = Arbitraries.integers().between(1, 3000).map(depth -> "[".repeat(depth) + "\"deep\"" + "]".repeat(depth));
        Arbitrary<String> node = Arbitraries.frequencyOf(Tuple.of(20, entry), Tuple.of(2, scalar), Tuple.of(1, array)).map(JsonEntries::toJson);
        return Arbitraries.frequencyOf(Tuple.of(20, node), Tuple.of(1, deep));
    }

    @Provide
    Arbitrary<List<String>> elementLists() {
        return elements().list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void generatedElementsAreEntriesOrErrorsOnTheirLines(@ForAll("elementLists") List<String> elements, @ForAll boolean lines)
            throws Exception {
        if (lines) {
            String text = String.join("\n", elements);
            check(text, Bounded.call(() -> JsonSourceReader.readLines("g.jsonl", SourceText.of("g.jsonl", text))), expectedLines(text));
        } else {
            String text = "[\n" + String.join(",\n", elements) + "\n]\n";
            check(text, Bounded.call(() -> JsonSourceReader.readArray("g.json", SourceText.of("g.json", text))), expectedArrayElements(text));
        }
    }

    @Property(tries = 200)
    void publicParsersThrowOnlySourceExceptions(@ForAll("mutations") List<Mutation> mutations, @ForAll("elements") String element)
            throws Exception {
        String one = Mutations.apply(element, mutations);
        try {
            Entry e = JsonEntries.parseEntry(one);
            assertTrue(e.title() != null && e.id() != null, e.toString());
        } catch (SourceException expected) {
            assertFalse(expected.getMessage() == null || expected.getMessage().contains("\n"), "a SourceException says in one line what was wrong");
        }
        byte[] bytes = Mutations.apply(CATALOG, mutations).getBytes(StandardCharsets.UTF_8);
        try {
            JsonEntries.readArray(new ByteArrayInputStream(bytes)).forEach(e -> assertTrue(e.title() != null && e.id() != null));
        } catch (SourceException expected) {
            assertFalse(expected.getMessage() == null || expected.getMessage().contains("\n"), "a SourceException says in one line what was wrong");
        }
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The line of every element of a readable array that must be an entry or an error (those without sources of their own). */
    static Set<Integer> expectedArrayElements(String text) {
        Set<Integer> expected = new HashSet<>();
        try (JsonParser p = JsonEntries.mapper().createParser(text)) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && (name.equals("entries") || name.equals("hits"))) {
                        elements(p, expected);
                        return expected;
                    }
                    p.skipChildren();
                }
            } else if (token == JsonToken.START_ARRAY) {
                elements(p, expected);
            }
        } catch (IOException | RuntimeException unreadable) {
            // the reader reports where the JSON stops being readable; elements before it were collected
        }
        return expected;
    }

    private static void elements(JsonParser p, Set<Integer> expected) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
            int line = Math.max(1, p.currentTokenLocation().getLineNr());
            JsonNode node = p.readValueAsTree();
            if (!hasOwnSources(node)) {
                expected.add(line);
            }
        }
    }

    /** Every non-blank line of JSON Lines, except objects that carry their own sources. */
    static Set<Integer> expectedLines(String text) {
        Set<Integer> expected = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JsonEntries.mapper().readTree(lines[i]);
            } catch (IOException | RuntimeException e) {
                node = null;
            }
            if (!hasOwnSources(node)) {
                expected.add(i + 1);
            }
        }
        return expected;
    }

    private static boolean hasOwnSources(JsonNode node) {
        return node instanceof ObjectNode o && o.get("sources") != null && o.get("sources").isArray() && !o.get("sources").isEmpty();
    }

    private static void check(String text, Bounded.Outcome<ImportResult> read, Set<Integer> expected) throws Exception {
        ImportResult result = read.value();
        long bound = BASE_BYTES + BYTES_PER_CHAR * text.length();
        assertTrue(read.allocatedBytes() <= bound, "reading " + text.length() + " characters allocated " + read.allocatedBytes()
                + " bytes, more than the bound of " + bound);
        Statistics.label("bytes allocated per character read").collect(Bounded.perCharBucket(read.allocatedBytes(), text.length()));
        int lineCount = text.split("\n", -1).length;
        Set<Integer> read1 = new HashSet<>();
        for (Entry e : result.entries()) {
            assertTrue(!e.title().isBlank() && !e.id().isBlank(), e.toString());
            e.sources().stream().map(Source::line).forEach(read1::add);
        }
        assertEquals(result.entries().size(), result.entries().stream().map(Entry::id).distinct().count(), "ids are unique");
        Set<Integer> errors = new HashSet<>();
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.line() >= 1 && d.line() <= lineCount, d + " of " + lineCount + " lines");
            assertTrue(d.message().indexOf('\n') < 0 && d.message().indexOf('\r') < 0, "one line: " + d);
            if (d.level() == Diagnostic.Level.ERROR) {
                errors.add(d.line());
            }
        }
        assertEquals(result.skipped(), result.diagnostics().stream().filter(d -> d.message().contains("skipped")
                || d.message().endsWith("is not read") || d.message().endsWith("is not closed")).count(), "every skipped element is reported");
        List<Integer> lost = expected.stream().filter(l -> !read1.contains(l) && !errors.contains(l)).sorted().collect(Collectors.toList());
        assertTrue(lost.isEmpty(), "elements on lines " + lost + " became neither an entry nor an error: " + Mutations.show(text));
        Statistics.label("entries read").collect(result.entries().isEmpty() ? "none" : result.entries().size() < expected.size() ? "some" : "all");
        Bounded.call(() -> {
            INDEXER.deleteAll();
            INDEXER.putAll(result.entries()); // throws when an entry cannot be indexed
            return null;
        });
    }
}
