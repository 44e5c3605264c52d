package io.litindex;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The catalog bundled with litindex: the curated list of multimodal large language model papers and
 * datasets for remote sensing (RS-MLLMs), shipped inside litindex-core as {@value #RESOURCE}.
 */
public final class Catalog {
    /** The bundled catalog's name. */
    public static final String NAME = "rs-mllms";
    /** Where the catalog lives on the class path. */
    public static final String RESOURCE = "/io/litindex/catalog/rs-mllms.json";

    private static volatile List<Entry> bundled;

    private Catalog() {}

    /**
     * Every entry of the bundled catalog, in list order; read once, then shared.
     *
     * @return the entries, an unmodifiable list
     * @throws LitindexException when the catalog is missing from the class path or cannot be read (a broken jar)
     */
    public static List<Entry> bundledEntries() {
        List<Entry> entries = bundled;
        if (entries == null) {
            try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new LitindexException("the bundled catalog " + RESOURCE + " is missing from litindex-core");
                }
                entries = List.copyOf(JsonEntries.readArray(in));
            } catch (IOException | java.io.UncheckedIOException | io.litindex.ingest.SourceException e) {
                throw new LitindexException("cannot read the bundled catalog " + RESOURCE + ": " + e.getMessage(), e);
            }
            bundled = entries;
        }
        return entries;
    }
}
