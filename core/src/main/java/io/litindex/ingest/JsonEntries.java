package io.litindex.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.litindex.model.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Entries as JSON (one array) and JSON Lines (one entry per line), written and read with Jackson. */
public final class JsonEntries {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonEntries() {}

    /**
     * The mapper litindex uses for entries and results: records as objects, unknown fields ignored.
     *
     * @return the shared mapper; configure a copy ({@code mapper().copy()}) rather than this one
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a JSON array of entries, all or nothing (the readers of sources, {@link Sources}, report bad elements one
     * by one instead).
     *
     * @param in the stream, which the caller closes
     * @return the entries, in array order
     * @throws SourceException when the stream holds something other than a JSON array of entries
     * @throws UncheckedIOException wrapping the stream's {@code IOException} when it fails
     */
    public static List<Entry> readArray(InputStream in) {
        List<Entry> entries;
        try {
            entries = MAPPER.readValue(in, new TypeReference<List<Entry>>() {});
        } catch (JsonProcessingException e) {
            throw new SourceException("not a JSON array of entries: " + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == null) {
            throw new SourceException("expected a JSON array of entries, found null");
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw new SourceException("element " + (i + 1) + " of the array is null, not an entry");
            }
        }
        return entries;
    }

    /**
     * Writes entries as one pretty-printed JSON array (two-space indent, a final newline): the catalog format.
     *
     * @param entries the entries
     * @param out the stream, which the caller closes
     * @throws UncheckedIOException wrapping the stream's {@code IOException} when it fails
     */
    public static void writeArray(List<Entry> entries, OutputStream out) {
        try {
            out.write(toPrettyJson(entries).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value as pretty-printed JSON with a final newline.
     *
     * @param value an entry, a list of entries, a search result …
     * @return the JSON text
     */
    public static String toPrettyJson(Object value) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value as compact single-line JSON.
     *
     * @param value an entry, a hit, a search result …
     * @return the JSON text, on one line
     */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses one entry from compact or pretty JSON.
     *
     * @param json the text
     * @return the entry
     * @throws SourceException when the text is not one JSON object that is an entry (a title and an id, fields of
     *     their types)
     */
    public static Entry parseEntry(String json) {
        Entry entry;
        try {
            entry = MAPPER.readValue(json, Entry.class);
        } catch (JsonProcessingException e) {
            throw new SourceException("not an entry: " + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "), e);
        }
        if (entry == null) {
            throw new SourceException("expected an entry object, found null");
        }
        return entry;
    }
}
