package io.litindex.cli;

import io.litindex.Catalog;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * The bundled catalog's index, built when the jar is built (its {@link #main} runs in the build) and
 * loaded from the class path into memory at run time, so that a query on the catalog neither parses the
 * catalog's JSON nor indexes it. A manifest records the catalog's checksum and the schema version; when
 * either differs from what this litindex holds, or the index is missing, the catalog is indexed in memory
 * as before.
 */
public final class BundledIndex {
    static final String RESOURCE_DIR = "/io/litindex/cli/bundled-index/";
    static final String MANIFEST = "manifest.txt";

    private BundledIndex() {}

    /** A searcher over the bundled catalog: the prebuilt index when it is current, else one built now. */
    static Searcher open() {
        ByteBuffersDirectory dir = load();
        return dir == null ? Searcher.bundled() : Searcher.open(dir);
    }

    /** The prebuilt index in memory, or null when it is missing or stale. */
    static ByteBuffersDirectory load() {
        try {
            List<String> manifest = lines(MANIFEST);
            if (manifest == null || manifest.size() < 3
                    || !manifest.get(0).equals("catalog-crc32 " + catalogChecksum())
                    || !manifest.get(1).equals("schema " + Schema.VERSION)) {
                return null;
            }
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            for (String file : manifest.subList(2, manifest.size())) {
                byte[] bytes = bytes(file);
                if (bytes == null) {
                    return null;
                }
                try (IndexOutput out = dir.createOutput(file, IOContext.DEFAULT)) {
                    out.writeBytes(bytes, bytes.length);
                }
            }
            return dir;
        } catch (IOException e) {
            return null; // the catalog is indexed in memory instead
        }
    }

    /** The checksum of the bundled catalog's JSON, which the manifest must name. */
    static String catalogChecksum() throws IOException {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            if (in == null) {
                throw new IOException("the bundled catalog " + Catalog.RESOURCE + " is missing");
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return Long.toHexString(crc.getValue());
        }
    }

    private static List<String> lines(String name) throws IOException {
        byte[] bytes = bytes(name);
        return bytes == null ? null : List.of(new String(bytes, StandardCharsets.UTF_8).split("\n"));
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = BundledIndex.class.getResourceAsStream(RESOURCE_DIR + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Build step: writes the catalog's index and its manifest to the directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledIndex <output directory>");
        }
        Path out = Path.of(args[0]);
        if (Files.isDirectory(out)) {
            try (Stream<Path> old = Files.list(out)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Indexer indexer = Indexer.open(out, true)) {
            indexer.putAll(Catalog.bundledEntries());
            indexer.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.deleteIfExists(out.resolve("write.lock"));
        List<String> manifest = new ArrayList<>();
        manifest.add("catalog-crc32 " + catalogChecksum());
        manifest.add("schema " + Schema.VERSION);
        try (Stream<Path> files = Files.list(out)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(manifest::add);
        }
        Files.writeString(out.resolve(MANIFEST), String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
    }
}
