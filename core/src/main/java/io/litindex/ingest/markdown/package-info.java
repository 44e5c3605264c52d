/**
 * The shapes of a Markdown list: {@link io.litindex.ingest.markdown.MarkdownWalker} walks the commonmark-java tree of
 * a list (parsed in pieces so memory stays bounded, emphasis marks limited so time stays linear) and hands tables to
 * the table reader (columns by their header names), bulleted and numbered items with their sub-items to the bullet
 * reader, and headings to the run, which keeps the section path and the year or venue a heading gives. Link labels
 * that name a kind of link ("[Code]", "Project Page") and items that are no paper (a conference's site, another
 * list, a licence) are told apart here. What a cell or line says (authors, venue, date) is read by
 * {@link io.litindex.ingest.fields}.
 *
 * <p>Not an API of its own: library users read lists with {@link io.litindex.ingest.MarkdownListReader}. Only
 * {@link io.litindex.ingest.markdown.MarkdownWalker#parse} and the read accessors of
 * {@link io.litindex.ingest.markdown.ListRun} are public, for {@code io.litindex.ingest}'s reader and checker.
 */
package io.litindex.ingest.markdown;
