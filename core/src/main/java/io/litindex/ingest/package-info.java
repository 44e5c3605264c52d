/**
 * Reading sources into entries: the entry points a library user calls and the glue around the two readers below.
 * {@link io.litindex.ingest.Sources} reads files by their extension (Markdown lists, JSON, JSON Lines) and merges
 * several; {@link io.litindex.ingest.MarkdownListReader} reads one Markdown list; {@link io.litindex.ingest.ListChecker}
 * lints one; {@link io.litindex.ingest.JsonEntries} writes and reads entries as JSON. Each read gives an
 * {@link io.litindex.ingest.ImportResult}: the entries and a {@link io.litindex.ingest.Diagnostic} for every row that
 * could not be read; a source that cannot be read at all is a {@link io.litindex.ingest.SourceException}. Here too:
 * merging the rows that describe the same paper ({@link io.litindex.ingest.EntryMerger}) and the coverage of a list's
 * fields ({@link io.litindex.ingest.Coverage}).
 *
 * <p>Two jobs live in subpackages: {@link io.litindex.ingest.markdown} reads the shapes of Markdown (tables,
 * bullets, headings), {@link io.litindex.ingest.fields} reads fields out of text (authors, venues, dates, badges,
 * ids). Dependencies run one way: this package uses both, {@code markdown} uses {@code fields} (and this
 * package's {@link io.litindex.ingest.Diagnostic} record for what it reports), {@code fields} uses neither.
 */
package io.litindex.ingest;
