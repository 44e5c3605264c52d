package io.litindex.ingest;

import io.litindex.ingest.fields.Anthology;
import io.litindex.ingest.fields.Inferred;
import io.litindex.ingest.fields.Venues;
import io.litindex.ingest.markdown.ListRun;
import io.litindex.ingest.markdown.MarkdownWalker;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an "awesome list" README into entries. The Markdown is walked by
 * {@link io.litindex.ingest.markdown.MarkdownWalker} (tables, bulleted and numbered lists, headings, HTML); every
 * entry-like row that cannot be read becomes a diagnostic instead of vanishing. The same paper listed twice becomes
 * one entry ({@link EntryMerger}), a dataset is linked to the paper it comes from when the list holds it, and a list
 * whose papers all lack a venue or year gets a diagnostic saying so.
 */
public final class MarkdownListReader {
    private final Venues venues;
    private final int chunkChars;

    /** A reader that knows the venues litindex ships ({@code venues.tsv}). */
    public MarkdownListReader() {
        this(Venues.standard());
    }

    /**
     * A reader that knows these venues.
     *
     * @param venues the venues, with their spellings
     */
    public MarkdownListReader(Venues venues) {
        this(venues, MarkdownWalker.CHUNK_CHARS);
    }

    MarkdownListReader(Venues venues, int chunkChars) {
        this.venues = venues;
        this.chunkChars = chunkChars;
    }

    /**
     * Reads a list file; sources and diagnostics name it by its file name.
     *
     * @param file the list
     * @return the entries and diagnostics
     * @throws SourceException when the file is missing, unreadable, binary or too large
     */
    public ImportResult read(Path file) {
        return finish(parse(Sources.name(file), Sources.load(file)));
    }

    /**
     * Reads one list. Never throws for what the text holds: whatever cannot be read is a diagnostic.
     *
     * @param listName the name sources and diagnostics refer to (usually the file name)
     * @param markdown the list's text
     * @return the entries and diagnostics
     * @throws NullPointerException when either argument is null
     */
    public ImportResult read(String listName, String markdown) {
        java.util.Objects.requireNonNull(listName, "listName == null");
        return finish(parse(listName, SourceText.of(listName, markdown)));
    }

    /** Reads a list into its rows (before merging) and diagnostics; the checker looks at the rows one by one. */
    ListRun parse(String listName, SourceText source) {
        return MarkdownWalker.parse(listName, source.text(), source.diagnostics(), venues, chunkChars);
    }

    /** Merges a list's rows into its entries: duplicates folded, datasets linked to their papers, ids made unique. */
    static ImportResult finish(ListRun run) {
        EntryMerger merger = new EntryMerger();
        // "Openreview" and "OpenReview": one venue, shown in one spelling
        // "### Analog Mind Series (Behzad Razavi)" over rows that name no authors: the heading names theirs
        merger.addAll(Venues.withOneSpelling(HeadingAuthors.apply(run.rows())));
        // a table of model names with only code links names the papers the list holds elsewhere; ids made unique
        // before datasets are linked, so that a dataset names the id its paper keeps
        List<Entry> merged = resolveSourcePapers(EntryMerger.uniqueIds(EntryMerger.foldNameRows(merger.entries())));
        // "aclanthology.org/P19-1159": the venue (and year) of an ACL Anthology id, where the entry writes none
        merged.replaceAll(e -> Anthology.withVenue(e, run.venues()));
        merged.replaceAll(Inferred::withArxivYear);
        // the long forms of the list's legend, for the entries that write its short forms
        merged.replaceAll(e -> Inferred.withLegend(e, run.legend()));
        return FieldCoverage.withCoverage(run.list(), new ImportResult(merged, run.diagnostics(), run.skipped(), run.notEntries()));
    }

    /**
     * Links each dataset to the entry of the paper it comes from, when the entries hold it, and lets the
     * dataset take that paper's authors, venue and date where it has none of its own; the paper takes the dataset's
     * names ({@link Entry#datasetNames()}), so that a dataset's name also finds the paper that introduced it. The ids
     * must be unique already ({@link EntryMerger#uniqueIds}): a dataset's {@code sourcePaper} takes the id of the paper
     * that takes its names.
     */
    static List<Entry> resolveSourcePapers(List<Entry> entries) {
        Map<String, Entry> papers = new HashMap<>();
        Map<String, Entry> papersById = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.PAPER) {
                for (String key : EntryMerger.keys(e)) {
                    papers.putIfAbsent(key, e);
                }
                papersById.putIfAbsent(e.id(), e);
            }
        }
        List<Entry> out = new ArrayList<>(entries.size());
        Map<Entry, List<String>> datasetNames = new IdentityHashMap<>();
        for (Entry e : entries) {
            if (e.kind() != Kind.DATASET || e.sourcePaper() == null) {
                out.add(e);
                continue;
            }
            Map<String, String> links = new HashMap<>();
            if (e.sourcePaper().url() != null) {
                links.put(Links.PAPER, e.sourcePaper().url());
            }
            Entry probe = Entry.builder("probe", e.sourcePaper().title()).links(links).build();
            Entry paper = EntryMerger.keys(probe).stream().map(papers::get).filter(p -> p != null).findFirst()
                    .orElseGet(() -> e.sourcePaper().id() == null ? null : papersById.get(e.sourcePaper().id()));
            if (paper == null) {
                out.add(e);
                continue;
            }
            List<String> names = datasetNames.computeIfAbsent(paper, p -> new ArrayList<>());
            names.add(e.title());
            names.addAll(e.aliases());
            Entry.Builder b = e.toBuilder().sourcePaper(e.sourcePaper().withId(paper.id()));
            if (e.authors().isEmpty()) {
                b.authors(paper.authors()).etAl(paper.etAl());
            }
            if (e.venue() == null) {
                b.venue(paper.venue()).venueAsWritten(paper.venueAsWritten());
            }
            if (e.year() == null) {
                b.year(paper.year()).date(paper.date());
            }
            out.add(b.build());
        }
        if (!datasetNames.isEmpty()) {
            out.replaceAll(e -> {
                List<String> names = datasetNames.get(e);
                if (names == null) {
                    return e;
                }
                // a dataset named as the paper itself (its title, an alias) adds nothing
                Entry.Builder b = e.toBuilder();
                names.stream().filter(n -> !n.equalsIgnoreCase(e.title()) && e.aliases().stream().noneMatch(n::equalsIgnoreCase))
                        .forEach(b::datasetName);
                return b.build();
            });
        }
        return out;
    }

}
