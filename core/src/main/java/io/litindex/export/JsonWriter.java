package io.litindex.export;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import java.io.IOException;
import java.util.List;

/** Entries as one pretty JSON array (the catalog format) or as JSON Lines (one compact object per line). */
public final class JsonWriter implements EntryWriter {
    private final boolean lines;

    private JsonWriter(boolean lines) {
        this.lines = lines;
    }

    /**
     * One pretty-printed JSON array with a final newline.
     *
     * @return the writer
     */
    public static JsonWriter array() {
        return new JsonWriter(false);
    }

    /**
     * One compact JSON object per line, each line ending in a newline.
     *
     * @return the writer
     */
    public static JsonWriter lines() {
        return new JsonWriter(true);
    }
    @Override
    public void write(List<Entry> entries, Appendable out) {
        Unchecked.write(() -> writeChecked(entries, out));
    }

    private void writeChecked(List<Entry> entries, Appendable out) throws IOException {
        if (!lines) {
            out.append(JsonEntries.toPrettyJson(entries));
            return;
        }
        for (Entry entry : entries) {
            out.append(JsonEntries.toJson(entry)).append('\n');
        }
    }
}
