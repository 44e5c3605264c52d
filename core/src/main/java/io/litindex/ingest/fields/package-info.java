/**
 * Fields read out of text, whatever shape the text came in: author lines ({@link io.litindex.ingest.fields.Authors}),
 * venues with their year ({@link io.litindex.ingest.fields.Venues}, backed by the gazetteer {@code venues.tsv} in this
 * package's resources, which a user's own file can extend), dates ({@link io.litindex.ingest.fields.Dates}),
 * shields.io badges ({@link io.litindex.ingest.fields.Badges}), what a URL points to
 * ({@link io.litindex.ingest.fields.LinkClassifier}), stable entry ids ({@link io.litindex.ingest.fields.Ids}), fields
 * inferred from a heading or an arXiv id ({@link io.litindex.ingest.fields.Inferred}), repair of mis-decoded text
 * ({@link io.litindex.ingest.fields.TextRepair}), and the limits that keep every field indexable
 * ({@link io.litindex.ingest.fields.EntryLimits}).
 *
 * <p>Depends on no other ingest package; the Markdown readers, the JSON reader, the index and the exporters use it.
 * {@code Venues}, {@code Authors}, {@code Dates}, {@code Ids}, {@code LinkClassifier} and {@code TextRepair} are
 * useful on their own; {@code Cells}, {@code Badges}, {@code Inferred} and {@code EntryLimits} are public for the
 * readers in the sibling packages.
 */
package io.litindex.ingest.fields;
