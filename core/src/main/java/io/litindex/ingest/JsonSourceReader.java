package io.litindex.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Dates;
import io.litindex.ingest.fields.EntryLimits;
import io.litindex.ingest.fields.Ids;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads entries from JSON: one array of entries (the catalog format, what {@code import --format json} writes;
 * also an object holding it as "entries" or "hits", such as {@code search --format json}), or JSON Lines, one
 * entry per line. Each element is checked on its own: an element that is not an entry (no title, a wrong
 * field type, invalid JSON) is reported with its line and skipped. A missing id is derived as the Markdown
 * reader derives it; missing sources become the file and line the entry was read from.
 */
final class JsonSourceReader {
    private static final Set<String> WRAPPERS = Set.of("entries", "hits");
    private static final int MESSAGE = 160;

    private JsonSourceReader() {}

    /** Reads a JSON array of entries (or an object with an "entries" or "hits" array). */
    static ImportResult readArray(String name, SourceText source) {
        State state = new State(name, source.diagnostics());
        if (source.text().isBlank()) {
            state.error(1, "the file is empty");
            return state.finish();
        }
        try (JsonParser p = JsonEntries.mapper().createParser(source.text())) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT) {
                boolean found = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!found && WRAPPERS.contains(field) && value == JsonToken.START_ARRAY) {
                        found = true;
                        readElements(p, state);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!found) {
                    state.error(1, "expected a JSON array of entries, or an object with an \"entries\" or \"hits\" array");
                }
            } else if (token == JsonToken.START_ARRAY) {
                readElements(p, state);
            } else {
                state.error(1, "expected a JSON array of entries, found " + describe(token));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            state.skip(line, "invalid JSON: " + message(e) + "; the rest of the file is not read");
        } catch (IOException e) {
            state.skip(1, "cannot read JSON: " + e.getMessage());
        }
        return state.finish();
    }

    /** Reads JSON Lines: one entry object per line; blank lines are ignored. */
    static ImportResult readLines(String name, SourceText source) {
        State state = new State(name, source.diagnostics());
        if (source.text().isBlank()) {
            state.error(1, "the file is empty");
            return state.finish();
        }
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JsonEntries.mapper().readTree(line);
                if (node instanceof ObjectNode object) {
                    state.entry(object, i + 1);
                } else {
                    state.skip(i + 1, "expected one entry object per line, found " + kindOf(node) + "; skipped");
                }
            } catch (JsonProcessingException e) {
                state.skip(i + 1, "invalid JSON: " + message(e) + "; skipped");
            }
        }
        return state.finish();
    }

    private static void readElements(JsonParser p, State state) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                state.skip(p.currentLocation().getLineNr(), "the JSON array is not closed");
                return;
            }
            int line = Math.max(1, p.currentTokenLocation().getLineNr());
            if (token != JsonToken.START_OBJECT) {
                p.skipChildren();
                state.skip(line, "expected an entry object, found " + describe(token) + "; skipped");
                continue;
            }
            JsonNode node = p.readValueAsTree();
            state.entry((ObjectNode) node, line);
        }
    }

    /** Replaces NUL and unpaired surrogates in every string of a JSON value ({@link SourceText#replaceInvalid}); returns how many strings held one. */
    private static int replaceInvalid(JsonNode node) {
        int count = 0;
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                JsonNode value = object.get(field);
                if (value.isTextual()) {
                    String text = SourceText.replaceInvalid(value.textValue());
                    if (text != value.textValue()) {
                        object.put(field, text);
                        count++;
                    }
                } else {
                    count += replaceInvalid(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    String text = SourceText.replaceInvalid(value.textValue());
                    if (text != value.textValue()) {
                        array.set(i, JsonNodeFactory.instance.textNode(text));
                        count++;
                    }
                } else {
                    count += replaceInvalid(value);
                }
            }
        }
        return count;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String kindOf(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.isArray() ? "an array" : node.isTextual() ? "a string"
                : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : node.isNull() ? "null" : "a value";
    }

    private static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        return Cells.quote(nl < 0 ? m : m.substring(0, nl), MESSAGE);
    }

    /** Entries and diagnostics of one JSON source. */
    private static final class State {
        final String name;
        final List<Entry> rows = new ArrayList<>();
        final List<Diagnostic> diagnostics;
        int skipped;

        State(String name, List<Diagnostic> decoding) {
            this.name = name;
            this.diagnostics = new ArrayList<>(decoding);
        }

        void error(int line, String message) {
            diagnostics.add(new Diagnostic(name, line, Diagnostic.Level.ERROR, message));
        }

        void skip(int line, String message) {
            error(line, message);
            skipped++;
        }

        void entry(ObjectNode node, int line) {
            int invalid = replaceInvalid(node);
            if (invalid > 0) {
                diagnostics.add(new Diagnostic(name, line, Diagnostic.Level.WARNING, invalid + (invalid == 1 ? " character" : " characters")
                        + " that are not text (NUL, or half a UTF-16 surrogate pair, written as \\u escapes) read as U+FFFD"));
            }
            JsonNode title = node.get("title");
            if (title == null || !title.isTextual() || title.asText().isBlank()) {
                skip(line, "entry has no title; skipped");
                return;
            }
            JsonNode kind = node.get("kind");
            if (kind != null && !kind.isNull() && (!kind.isTextual() || !Set.of("paper", "dataset").contains(kind.asText().strip().toLowerCase(Locale.ROOT)))) {
                skip(line, "unknown kind " + kind + " (expected \"paper\" or \"dataset\"); skipped");
                return;
            }
            boolean noId = node.get("id") == null || !node.get("id").isTextual() || node.get("id").asText().isBlank();
            if (noId) {
                node.put("id", "pending");
            }
            JsonNode sources = node.get("sources");
            if (sources == null || !sources.isArray() || sources.isEmpty()) {
                ArrayNode here = JsonNodeFactory.instance.arrayNode();
                here.addObject().put("list", name).put("line", line);
                node.set("sources", here);
            }
            Entry entry;
            try {
                entry = JsonEntries.mapper().treeToValue(node, Entry.class);
            } catch (JsonProcessingException | RuntimeException e) {
                String why = e instanceof JsonProcessingException j ? message(j) : Cells.quote(String.valueOf(e.getMessage()), MESSAGE);
                skip(line, "not a valid entry: " + why + "; skipped");
                return;
            }
            entry = clean(entry, line);
            if (noId) {
                String id = entry.kind() == Kind.DATASET ? Ids.slug(entry.title()) : Ids.forPaper(entry.links(), entry.title());
                entry = entry.toBuilder().id(id).build();
            }
            rows.add(EntryLimits.fit(entry, message -> error(line, message)));
        }

        /**
         * Blank authors, sections and venues are dropped (an index cannot facet on them); a date is read as the Markdown
         * reader reads dates, and an unreadable one is reported and left out, as is a year that is not four digits.
         */
        private Entry clean(Entry e, int line) {
            Integer year = e.year();
            if (year != null && (year < 1000 || year > 9999)) {
                error(line, "year " + year + " is not a four-digit year; the entry has no year");
                year = null;
            }
            Entry.Builder b = Entry.builder(e.id(), e.title().strip()).kind(e.kind())
                    .authors(e.authors().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList())
                    .etAl(e.etAl()).venue(blankToNull(e.venue())).venueAsWritten(blankToNull(e.venueAsWritten())).year(year)
                    .sections(e.sections().stream().filter(x -> x != null && !x.isBlank()).map(String::strip).toList())
                    .links(e.links()).note(blankToNull(e.note())).legend(e.legend()).sourcePaper(e.sourcePaper()).datasetNames(e.datasetNames()).size(e.size())
                    .sizeAsWritten(e.sizeAsWritten()).sources(e.sources());
            if (e.date() != null && !e.date().isBlank()) {
                Optional<String> iso = Dates.parse(e.date());
                if (iso.isPresent()) {
                    b.date(iso.get());
                    if (year == null) {
                        b.year(Dates.year(iso.get()));
                    }
                } else {
                    error(line, "unreadable date '" + Cells.quote(e.date(), 60) + "'; the entry has no date");
                }
            }
            return b.build();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        ImportResult finish() {
            if (rows.isEmpty() && skipped == 0 && diagnostics.stream().noneMatch(d -> d.level() == Diagnostic.Level.ERROR)) {
                error(1, "no entries found");
            }
            return Sources.merge(rows, diagnostics, skipped, 0);
        }
    }
}
