package io.litindex.ingest;

import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads sources of entries by their file extension: Markdown lists ({@code .md}, {@code .markdown},
 * {@code .txt} and anything else), JSON arrays of entries ({@code .json}) and JSON Lines ({@code .jsonl},
 * {@code .ndjson}); and merges several sources into one set of entries, the same paper from several lists
 * becoming one entry that keeps every section and source.
 */
public final class Sources {
    /** The largest source litindex reads. */
    public static final long MAX_BYTES = 256L << 20;

    /** The formats a source can have. */
    public enum Format {
        /** A Markdown list: tables, bullets and headings. */
        MARKDOWN,
        /** A JSON array of entries (the bundled catalog's format, or {@code search --format json}). */
        JSON,
        /** One JSON entry per line. */
        JSON_LINES;

        /**
         * The format of a file, from its extension; Markdown unless it ends in .json, .jsonl or .ndjson.
         *
         * @param file the file
         * @return its format
         */
        public static Format of(Path file) {
            String name = Sources.name(file).toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return JSON_LINES;
            }
            return name.endsWith(".json") ? JSON : MARKDOWN;
        }
    }

    /**
     * What one source gave.
     *
     * @param file the source
     * @param format its format
     * @param result its entries and diagnostics
     */
    public record Read(Path file, Format format, ImportResult result) {
        /**
         * Checks that the file is there.
         *
         * @param file the source
         * @param format its format
         * @param result its entries and diagnostics
         */
        public Read {
            Objects.requireNonNull(file, "file == null");
        }
    }

    private Sources() {}

    /**
     * Reads one source. Whatever the file holds, this throws nothing else: a row, element or line that cannot be read
     * is a diagnostic of the result, never an exception.
     *
     * @param file the source; its extension says its format ({@link Format#of})
     * @return its entries and diagnostics
     * @throws SourceException when the file is missing, unreadable, a directory, binary or too large
     */
    public static ImportResult read(Path file) {
        return read(file, Venues.standard());
    }

    /**
     * Reads one source, knowing the venues given (the bundled ones and a user's, {@link Venues#with}) besides
     * the bundled ones; as {@link #read(Path)} otherwise.
     *
     * @param file the source
     * @param venues the venues Markdown lists are read with
     * @return its entries and diagnostics
     * @throws SourceException when the file is missing, unreadable, a directory, binary or too large
     */
    public static ImportResult read(Path file, Venues venues) {
        return readOne(file, venues).result();
    }

    /**
     * Reads each source in turn, without merging them: for reporting per source (how many entries each gave, which
     * gave none). {@link #merge} merges the results afterwards, as {@link #readAll} does at once.
     *
     * @param files the sources
     * @return one result per source, in the order given
     * @throws SourceException for the first that cannot be read at all (see {@link #read(Path)})
     */
    public static List<Read> readEach(List<Path> files) {
        return readEach(files, Venues.standard());
    }

    /**
     * Reads each source in turn with the venues given; as {@link #readEach(List)} otherwise.
     *
     * @param files the sources
     * @param venues the venues Markdown lists are read with ({@link Venues#standard()}, or with a user's file)
     * @return one result per source, in the order given
     * @throws SourceException for the first that cannot be read at all (see {@link #read(Path)})
     */
    public static List<Read> readEach(List<Path> files, Venues venues) {
        Objects.requireNonNull(venues, "venues == null");
        List<Read> out = new ArrayList<>(files.size());
        for (Path file : files) {
            out.add(readOne(file, venues));
        }
        return out;
    }

    /**
     * Reads every source and merges them into one result (see {@link #merge(List)}): the entries to index when
     * several lists make one collection.
     *
     * @param files the sources
     * @return the merged entries, every source's diagnostics, and the skipped rows of all
     * @throws SourceException for the first that cannot be read at all (see {@link #read(Path)})
     */
    public static ImportResult readAll(List<Path> files) {
        List<ImportResult> results = new ArrayList<>();
        readEach(files).forEach(r -> results.add(r.result()));
        return merge(results);
    }

    /**
     * Merges the entries of several sources in the order given: the same arXiv id, DOI or normalized title
     * becomes one entry (the first occurrence's id and fields, every section, source and link); datasets are
     * linked to papers of other sources; ids are made unique. Deterministic for a given order.
     *
     * @param results the results of reading each source
     * @return one result: the merged entries, every diagnostic, the sum of the skipped rows
     */
    public static ImportResult merge(List<ImportResult> results) {
        List<Entry> entries = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int skipped = 0;
        int notEntries = 0;
        for (ImportResult r : results) {
            entries.addAll(r.entries());
            diagnostics.addAll(r.diagnostics());
            skipped += r.skipped();
            notEntries += r.notEntries();
        }
        return results.size() == 1 ? results.get(0) : merge(entries, diagnostics, skipped, notEntries);
    }

    static ImportResult merge(List<Entry> rows, List<Diagnostic> diagnostics, int skipped, int notEntries) {
        EntryMerger merger = new EntryMerger();
        merger.addAll(rows);
        // ids made unique before datasets are linked, so that a dataset names the id its paper keeps
        List<Entry> merged = MarkdownListReader.resolveSourcePapers(EntryMerger.uniqueIds(merger.entries()));
        return new ImportResult(merged, diagnostics, skipped, notEntries);
    }

    private static Read readOne(Path file, Venues venues) {
        Objects.requireNonNull(file, "file == null");
        Format format = Format.of(file);
        String name = name(file);
        SourceText text = load(file);
        ImportResult result = switch (format) {
            case MARKDOWN -> MarkdownListReader.finish(new MarkdownListReader(venues).parse(name, text));
            case JSON -> JsonSourceReader.readArray(name, text);
            case JSON_LINES -> JsonSourceReader.readLines(name, text);
        };
        return new Read(file, format, result);
    }

    /** The name sources and diagnostics use for a file: its file name. */
    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * A source file's text.
     *
     * @throws SourceException when it is missing, unreadable, a directory, binary or larger than {@link #MAX_BYTES}
     */
    static SourceText load(Path file) {
        if (Files.isDirectory(file)) {
            throw new SourceException(file + " is a directory, not a list");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SourceException(String.format(Locale.ROOT, "%s is %.0f MB; litindex reads sources of up to %d MB",
                        file, size / 1048576.0, MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SourceException("cannot read " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new SourceException("cannot read " + file + ": not enough memory (give Java more with -Xmx)", e);
        }
        return SourceText.decode(name(file), bytes);
    }
}
