package io.litindex.cli;

import io.litindex.Catalog;
import io.litindex.index.Fields;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import io.litindex.search.LuceneSearchers;
import io.litindex.search.Searcher;
import io.litindex.search.Synonyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.CRC32;

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
    static final String SYNONYMS = "synonyms.bin";
    static final String RELATED = "related.bin";
    private static final String SYNONYMS_KEY = "synonyms-crc32";
    private static final String RELATED_KEY = "related-crc32";
    /** What {@link Synonyms#bundled()} reads: a change to either makes the compiled copy stale. */
    private static final String[] SYNONYM_RESOURCES = {Synonyms.RESOURCE, Synonyms.ACRONYMS_RESOURCE};

    private BundledIndex() {}

    /** The searcher {@link #prefetch()} is opening, taken by the first {@link #open()}. */
    private static final AtomicReference<FutureTask<Searcher>> PREFETCHED = new AtomicReference<>();

    /**
     * Starts opening the bundled catalog's searcher on a second thread, for a command that will search it:
     * Lucene's start-up (its constants, codecs, the reader, the facet state, the analyzers) then overlaps with
     * picocli's reading of the commands. {@link #open()} takes the result.
     */
    static void prefetch() {
        FutureTask<Searcher> task = new FutureTask<>(() -> {
            Searcher searcher = openNow();
            searcher.size();
            Schema.standard().analyzer().tokenStream(Fields.TITLE, "").close();
            return searcher;
        });
        if (PREFETCHED.compareAndSet(null, task)) {
            Thread thread = new Thread(task, "litindex-open-catalog");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** A searcher over the bundled catalog: the prefetched one, else the prebuilt index, else one built now. */
    static Searcher open() {
        FutureTask<Searcher> task = PREFETCHED.getAndSet(null);
        if (task != null) {
            try {
                return task.get();
            } catch (ExecutionException e) {
                // opened below again, where the failure is reported as it happens
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return openNow();
    }

    private static Searcher openNow() {
        useCompiledRelated();
        BytesDirectory dir = load();
        return dir == null ? Searcher.bundled() : LuceneSearchers.open(dir, synonyms());
    }

    /**
     * The synonyms to search with: the bundled rules as compiled by the build (parsing them costs a
     * start-up tens of milliseconds), unless the system properties choose other rules or the compiled
     * copy is missing or stale.
     */
    static Synonyms synonyms() {
        if (!System.getProperty(Synonyms.REPLACE_PROPERTY, "").isBlank() || !System.getProperty(Synonyms.EXTRA_PROPERTY, "").isBlank()) {
            return Synonyms.configured();
        }
        Synonyms compiled = compiled(SYNONYMS, SYNONYMS_KEY, SYNONYM_RESOURCES);
        if (compiled != null) {
            return compiled;
        }
        return Synonyms.configured();
    }

    /**
     * Hands the related terms as compiled by the build to the searcher (parsing them costs a start-up tens of
     * milliseconds), unless the copy is missing or stale: then they are parsed on first use.
     */
    static void useCompiledRelated() {
        Synonyms compiled = compiled(RELATED, RELATED_KEY, Synonyms.RELATED_RESOURCE);
        if (compiled != null) {
            Synonyms.useCompiledRelated(compiled);
        }
    }

    /**
     * Rules the build compiled into {@code file}, or null when the copy is missing, unreadable or stale (the
     * manifest's {@code key} line does not hold the checksum of the rules' {@code resources}).
     */
    private static Synonyms compiled(String file, String key, String... resources) {
        try {
            List<String> manifest = lines(MANIFEST);
            byte[] compiled = bytes(file);
            if (manifest != null && compiled != null && manifest.contains(key + " " + checksum(resources))) {
                return Synonyms.readCompiled(new java.io.ByteArrayInputStream(compiled));
            }
        } catch (IOException e) {
            // the caller parses the rules instead
        }
        return null;
    }

    /** Compiles {@code rules} into {@code file} of {@code out} and adds its checksum line to the manifest. */
    private static void writeCompiled(Path out, List<String> manifest, String file, Synonyms rules, String key, String... resources)
            throws IOException {
        try (java.io.OutputStream stream = Files.newOutputStream(out.resolve(file))) {
            rules.writeCompiled(stream);
        }
        manifest.add(key + " " + checksum(resources));
    }

    /** The prebuilt index in memory, or null when it is missing or stale. */
    static BytesDirectory load() {
        try {
            List<String> manifest = lines(MANIFEST);
            if (manifest == null || manifest.size() < 3
                    || !manifest.get(0).equals("catalog-crc32 " + catalogChecksum())
                    || !manifest.get(1).equals("schema " + Schema.VERSION)) {
                return null;
            }
            Map<String, byte[]> files = new HashMap<>();
            for (String file : manifest.subList(2, manifest.size())) {
                if (file.contains(" ")) {
                    continue; // a checksum line, not one of the index's files
                }
                byte[] bytes = bytes(file);
                if (bytes == null) {
                    return null;
                }
                files.put(file, bytes);
            }
            return new BytesDirectory(files);
        } catch (IOException e) {
            return null; // the catalog is indexed in memory instead
        }
    }

    /** The checksum of the bundled catalog's JSON, which the manifest must name. */
    static String catalogChecksum() throws IOException {
        return checksum(Catalog.RESOURCE);
    }

    /** The CRC-32 of the resources' bytes, one after another. */
    private static String checksum(String... resources) throws IOException {
        CRC32 crc = new CRC32();
        for (String resource : resources) {
            try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is missing from the class path");
                }
                crc.update(in.readAllBytes());
            }
        }
        return Long.toHexString(crc.getValue());
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
        }
        Files.deleteIfExists(out.resolve("write.lock"));
        List<String> manifest = new ArrayList<>();
        manifest.add("catalog-crc32 " + catalogChecksum());
        manifest.add("schema " + Schema.VERSION);
        try (Stream<Path> files = Files.list(out)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(manifest::add);
        }
        writeCompiled(out, manifest, SYNONYMS, Synonyms.bundled(), SYNONYMS_KEY, SYNONYM_RESOURCES);
        writeCompiled(out, manifest, RELATED, Synonyms.bundledRelated(), RELATED_KEY, Synonyms.RELATED_RESOURCE);
        Files.writeString(out.resolve(MANIFEST), String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
    }
}
