package io.litindex;

import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** Every entry of the bundled catalog, in list order. */
    public static List<Entry> bundledEntries() {
        List<Entry> entries = bundled;
        if (entries == null) {
            try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled catalog " + RESOURCE + " is missing from litindex-core");
                }
                entries = List.copyOf(JsonEntries.readArray(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled catalog " + RESOURCE, e);
            }
            bundled = entries;
        }
        return entries;
    }
}
