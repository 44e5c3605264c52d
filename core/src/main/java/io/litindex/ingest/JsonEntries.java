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

    /** The mapper litindex uses for entries and results: records as objects, unknown fields ignored. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a JSON array of entries, all or nothing (the readers of sources, {@link Sources}, report bad elements one
     * by one instead).
     *
     * @throws IOException when the stream fails, or holds something other than a JSON array of entries
     */
    public static List<Entry> readArray(InputStream in) throws IOException {
        List<Entry> entries = MAPPER.readValue(in, new TypeReference<List<Entry>>() {});
        if (entries == null) {
            throw new IOException("expected a JSON array of entries, found null");
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw new IOException("element " + (i + 1) + " of the array is null, not an entry");
            }
        }
        return entries;
    }

    /** Writes entries as one pretty-printed JSON array (two-space indent, a final newline): the catalog format. */
    public static void writeArray(List<Entry> entries, OutputStream out) throws IOException {
        out.write(toPrettyJson(entries).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A value as pretty-printed JSON with a final newline. */
    public static String toPrettyJson(Object value) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as compact single-line JSON. */
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
     * @throws IOException when the text is not one JSON object that is an entry (a title and an id, fields of their types)
     */
    public static Entry parseEntry(String json) throws IOException {
        Entry entry = MAPPER.readValue(json, Entry.class);
        if (entry == null) {
            throw new IOException("expected an entry object, found null");
        }
        return entry;
    }
}
