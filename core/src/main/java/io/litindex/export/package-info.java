/**
 * Writers that turn entries into the formats people take elsewhere: BibTeX, CSV (RFC 4180), JSON,
 * JSON Lines and a Markdown table that litindex's own Markdown reader reads back into the same entries.
 * Pick one with {@link io.litindex.export.ExportFormat}.
 */
package io.litindex.export;
