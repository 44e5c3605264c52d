package io.litindex.export;

import io.litindex.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats entries can be exported to, each with its writer and usual file extension. */
public enum ExportFormat {
    /** BibTeX: @article, @inproceedings or @misc per entry, read by bibtex and biber. */
    BIBTEX("bibtex", "bib"),
    /** Comma-separated values per RFC 4180, one row per entry, a header row first. */
    CSV("csv", "csv"),
    /** JSON Lines: one entry per line, each a compact JSON object. */
    JSONL("jsonl", "jsonl"),
    /** One pretty-printed JSON array of entries: the bundled catalog's format. */
    JSON("json", "json"),
    /** Markdown tables under section headings, in the shape litindex's Markdown reader imports. */
    MARKDOWN("markdown", "md");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /**
     * The name used on the command line.
     *
     * @return "bibtex", "csv", "jsonl", "json" or "markdown"
     */
    public String id() {
        return id;
    }

    /**
     * The usual file extension, without the dot.
     *
     * @return "bib", "csv", "jsonl", "json" or "md"
     */
    public String extension() {
        return extension;
    }

    /**
     * A new writer for this format.
     *
     * @return the writer
     */
    public EntryWriter writer() {
        return switch (this) {
            case BIBTEX -> new BibtexWriter();
            case CSV -> new CsvWriter();
            case JSONL -> JsonWriter.lines();
            case JSON -> JsonWriter.array();
            case MARKDOWN -> new MarkdownWriter();
        };
    }

    /**
     * The format named {@code text} ("bibtex", "csv", "jsonl", "json", "markdown"; also "bib" and "md").
     *
     * @param text the name, in any case
     * @return the format
     * @throws io.litindex.InvalidRequestException when the text names no format
     */
    public static ExportFormat parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(key) || f.extension.equals(key)) {
                return f;
            }
        }
        throw new InvalidRequestException("unknown format '" + text + "' (expected one of "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * The format a file name's extension stands for (refs.bib is BibTeX), if any.
     *
     * @param fileName the file name
     * @return the format, or empty
     */
    public static Optional<ExportFormat> forFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext) || f.id.equals(ext)).findFirst();
    }
}
