package io.litindex.ingest;

import io.litindex.ingest.fields.Dates;
import io.litindex.ingest.fields.Ids;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Link;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import io.litindex.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds entries that describe the same paper or dataset into one: same arXiv id, same DOI, or same
 * normalized title (for datasets: same name and a shared link or source paper). The first occurrence keeps
 * its id, kind and fields; later ones add their sections, sources and links (every link of theirs the first one lacks:
 * another kind, or another URL of a kind, URLs compared as {@link Links#sameUrl} does), and fill fields the first one
 * lacks; a paper row folded into a dataset row of its arXiv id or DOI is that dataset's source paper. The result depends
 * only on the order entries are added in, so merging the same lists in the same order gives the same entries.
 */
public final class EntryMerger {
    /** Notes of later rows are appended while the merged note is shorter than this (a list repeating a row with a new
     * note thousands of times stays linear). */
    static final int MAX_MERGED_NOTE = 4000;
    /** At most this many aliases are gathered from merged rows. */
    static final int MAX_ALIASES = 20;
    private final List<Merged> merged = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    /**
     * Adds an entry; returns true when it was folded into one added before.
     *
     * @param entry the entry, as read from one row
     * @return true when it was folded into an earlier one
     */
    public boolean add(Entry entry) {
        return addAt(entry) >= 0;
    }

    /** Adds an entry; returns the index of the entry it was folded into, or -1 when it is a new one. */
    int addAt(Entry entry) {
        List<String> keys = keys(entry);
        Integer at = null;
        for (String key : keys) {
            at = byKey.get(key);
            if (at != null && key.startsWith("title:") && Namesakes.distinct(merged.get(at).first, entry)) {
                at = null; // one title, two papers: other authors, another year
            }
            if (at != null) {
                break;
            }
        }
        int foldedInto = at == null ? -1 : at;
        if (at == null) {
            merged.add(new Merged(entry));
            at = merged.size() - 1;
        } else {
            merged.get(at).fold(entry);
        }
        for (String key : keys) {
            byKey.putIfAbsent(key, at);
        }
        return foldedInto;
    }

    /**
     * Adds entries one by one, as {@link #add} does.
     *
     * @param entries the entries, in order
     */
    public void addAll(List<Entry> entries) {
        entries.forEach(this::add);
    }

    /**
     * The merged entries in order of first occurrence.
     *
     * @return the entries, each with what its duplicates added
     */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(merged.size());
        merged.forEach(m -> out.add(m.build()));
        return out;
    }

    /**
     * The keys under which two entries are the same one. A paper's: its arXiv id, its DOI and its normalized title. A
     * dataset's: the arXiv id and DOI of its paper link (a dataset row linking the paper that introduces it is that
     * paper's entry, as a paper row with the same link is), and its name with each link or source paper it gives, so
     * that two rows of one name are one dataset only when they share a link or a paper ("Sydney" of a scene
     * classification paper and "Sydney" of a captioning paper are two); a dataset giving neither is keyed by its name.
     */
    static List<String> keys(Entry entry) {
        List<String> keys = new ArrayList<>();
        Ids.arxivId(entry.links()).ifPresent(id -> keys.add("arxiv:" + id));
        Ids.doi(entry.links()).ifPresent(doi -> keys.add("doi:" + doi));
        if (entry.kind() == Kind.DATASET) {
            String name = "dataset:" + Ids.normalizedTitle(entry.title());
            Set<String> marks = new LinkedHashSet<>();
            if (entry.sourcePaper() != null) {
                if (entry.sourcePaper().url() != null && !entry.sourcePaper().url().isBlank()) {
                    marks.add(Links.urlKey(entry.sourcePaper().url()));
                }
                String paper = Ids.normalizedTitle(entry.sourcePaper().title());
                if (!paper.isEmpty()) {
                    marks.add("paper " + paper);
                }
            }
            entry.links().forEach(l -> marks.add(Links.urlKey(l.url())));
            if (marks.isEmpty()) {
                keys.add(name);
            }
            marks.forEach(m -> keys.add(name + " " + m));
            return keys;
        }
        String title = Ids.normalizedTitle(entry.title());
        if (!title.isEmpty()) {
            keys.add("title:" + title);
        }
        return keys;
    }

    /**
     * One merged entry: the first occurrence's fields, filled from later ones. Sections, sources and links are
     * kept in insertion-ordered sets, so folding thousands of copies of a row stays linear.
     */
    private static final class Merged {
        private Entry first;
        private final Set<String> sections = new LinkedHashSet<>();
        private final Set<Source> sources = new LinkedHashSet<>();
        /** Kind and URL key ({@link Links#urlKey}) to the link, in order of first occurrence. */
        private final Map<String, Link> links = new LinkedHashMap<>();

        Merged(Entry entry) {
            first = entry;
            sections.addAll(entry.sections());
            sources.addAll(entry.sources());
            addLinks(entry);
        }

        private void addLinks(Entry from) {
            for (Link link : from.links()) {
                links.merge(link.kind() + " " + Links.urlKey(link.url()), link,
                        (kept, again) -> kept.label() == null && again.label() != null
                                ? new Link(kept.kind(), kept.url(), again.label()) : kept);
            }
        }

        void fold(Entry from) {
            sections.addAll(from.sections());
            sources.addAll(from.sources());
            addLinks(from);
            Entry.Builder into = first.toBuilder();
            boolean changed = false;
            if (first.authors().isEmpty() && !from.authors().isEmpty()) {
                into.authors(from.authors()).etAl(from.etAl()).origin("authors", from.origins().get("authors"));
                changed = true;
            }
            if (first.venue() == null && from.venue() != null) {
                into.venue(from.venue()).venueAsWritten(from.venueAsWritten()).origin("venue", from.origins().get("venue"));
                changed = true;
            }
            if (first.year() == null && from.year() != null) {
                into.year(from.year()).origin("year", from.origins().get("year"));
                changed = true;
            }
            // nothing of a later row is lost: its other names (and its title, when it words it otherwise) become aliases
            List<String> names = new ArrayList<>(from.aliases());
            if (!from.title().equals(first.title()) && !Ids.normalizedTitle(from.title()).equals(Ids.normalizedTitle(first.title()))) {
                names.add(from.title());
            }
            for (String name : names) {
                if (!first.aliases().contains(name) && !name.equals(first.title()) && first.aliases().size() < MAX_ALIASES) {
                    into.alias(name);
                    changed = true;
                }
            }
            boolean sameYear = first.year() == null || first.year().equals(Dates.year(from.date()));
            if (from.date() != null && ((first.date() == null && sameYear)
                    || (first.date() != null && from.date().length() > first.date().length() && from.date().startsWith(first.date())))) {
                into.date(from.date());
                changed = true;
            }
            if (first.note() == null && from.note() != null) {
                into.note(from.note());
                changed = true;
            } else if (from.note() != null && first.note().length() < MAX_MERGED_NOTE && !first.note().contains(from.note())) {
                // the later row's note is kept too, with the line it was read from
                String where = from.sources().isEmpty() ? "" : from.sources().get(0) + ": ";
                into.note(first.note() + " | " + where + from.note());
                changed = true;
            }
            if (!first.legend().keySet().containsAll(from.legend().keySet())) {
                into.legend(from.legend());
                changed = true;
            }
            if (first.kind() == Kind.DATASET && from.kind() == Kind.PAPER && first.sourcePaper() == null) {
                // a paper row sharing the dataset row's arXiv id or DOI is the paper that introduces the dataset
                into.sourcePaper(new PaperRef(from.title(), paperUrl(from), null));
                changed = true;
            } else if (first.sourcePaper() == null && from.sourcePaper() != null) {
                into.sourcePaper(from.sourcePaper());
                changed = true;
            }
            if (!first.datasetNames().containsAll(from.datasetNames())) {
                into.datasetNames(from.datasetNames());
                changed = true;
            }
            if (first.size() == null && from.size() != null) {
                into.size(from.size()).sizeAsWritten(from.sizeAsWritten());
                changed = true;
            }
            if (changed) {
                first = into.build();
            }
        }

        /** The row's link to itself as a paper: its paper link, else its arXiv or DOI link, else null. */
        private static String paperUrl(Entry e) {
            for (String kind : Links.SELF) {
                List<String> urls = e.urls(kind);
                if (!urls.isEmpty()) {
                    return urls.get(0);
                }
            }
            return null;
        }

        Entry build() {
            Entry e = first;
            return new Entry(e.id(), e.kind(), e.title(), e.aliases(), e.authors(), e.etAl(), e.venue(), e.venueAsWritten(),
                    e.year(), e.date(), List.copyOf(sections), List.copyOf(links.values()), e.note(), e.legend(), e.sourcePaper(), e.datasetNames(), e.size(),
                    e.sizeAsWritten(), List.copyOf(sources), e.origins());
        }
    }

    /** Link kinds that identify a paper or its code: a name row sharing one with a paper is that paper. */
    private static final Set<String> IDENTIFYING = Set.of(Links.CODE, Links.PAPER, Links.ARXIV, Links.DOI);

    /**
     * Folds each name row into the paper entry it names: a row that is only a short name and links ("| **OFA** | … |
     * [✅](github.com/…/NeurIPS2023-One-Fits-All) |", a comparison table of models) whose code or paper link is the same
     * as one paper entry's elsewhere in the list becomes that entry's alias, with its sections, links, note and
     * source, as a duplicate of the paper is. When several papers share the link (a repository of two versions), the
     * one whose title's leading name is the row's name is taken (Chronos, not Chronos-2); otherwise, or when no paper
     * shares a link, the row stays an entry.
     *
     * @param entries the merged entries, in list order
     * @return the entries without the name rows folded into others, in the same order
     */
    static List<Entry> foldNameRows(List<Entry> entries) {
        Map<String, List<Integer>> byLink = new HashMap<>();
        boolean anyNameRow = false;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (nameRow(e)) {
                anyNameRow = true;
            } else if (e.kind() == Kind.PAPER) {
                for (Link link : e.links()) {
                    if (IDENTIFYING.contains(link.kind())) {
                        List<Integer> at = byLink.computeIfAbsent(Links.urlKey(link.url()), k -> new ArrayList<>());
                        if (!at.contains(i)) {
                            at.add(i);
                        }
                    }
                }
            }
        }
        if (!anyNameRow) {
            return entries;
        }
        List<Entry> out = new ArrayList<>(entries);
        Set<Integer> folded = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry row = entries.get(i);
            if (!nameRow(row)) {
                continue;
            }
            Set<Integer> papers = new LinkedHashSet<>();
            for (Link link : row.links()) {
                if (IDENTIFYING.contains(link.kind())) {
                    papers.addAll(byLink.getOrDefault(Links.urlKey(link.url()), List.of()));
                }
            }
            Integer target = papers.size() == 1 ? papers.iterator().next() : null;
            if (papers.size() > 1) {
                String name = Ids.normalizedTitle(row.title());
                List<Integer> named = papers.stream().filter(p -> names(entries.get(p)).contains(name)).toList();
                target = named.size() == 1 ? named.get(0) : null;
            }
            if (target != null) {
                Merged m = new Merged(out.get(target));
                m.fold(withNewNote(row, out.get(target)));
                out.set(target, m.build());
                folded.add(i);
            }
        }
        List<Entry> kept = new ArrayList<>(out.size() - folded.size());
        for (int i = 0; i < out.size(); i++) {
            if (!folded.contains(i)) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /**
     * The name row with only the parts of its note ("Task: Forecasting; Tokenization: Patch-level", its table cells)
     * that add to the paper: a part whose words all stand in the paper's title, aliases or sections, or the row's name,
     * is left out ("Tokenization: Patch-level" under the section "Patch-level Tokenization").
     */
    private static Entry withNewNote(Entry row, Entry paper) {
        if (row.note() == null) {
            return row;
        }
        Set<String> known = new java.util.HashSet<>(words(paper.title()));
        paper.aliases().forEach(a -> known.addAll(words(a)));
        paper.sections().forEach(s -> known.addAll(words(s)));
        known.addAll(words(row.title()));
        List<String> kept = new ArrayList<>();
        for (String part : row.note().split(";\\s+")) {
            int colon = part.indexOf(": ");
            List<String> value = words(colon > 0 ? part.substring(colon + 2) : part);
            if (value.isEmpty() || !known.containsAll(value)) {
                kept.add(part);
            }
        }
        String note = kept.isEmpty() ? null : String.join("; ", kept);
        return note != null && note.equals(row.note()) ? row : row.toBuilder().note(note).build();
    }

    /** The words of a text, lower case: letters and digits between other characters. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A row that is only a short name (three words at most, no colon) and links: no authors, venue or year; a paper,
     * or a tool or dataset read from such a row (a dataset's table row, with its own fields, is none).
     */
    static boolean nameRow(Entry e) {
        String t = e.title().strip();
        return (e.kind() == Kind.PAPER || e.kind() == Kind.TOOL || (e.kind() == Kind.DATASET && e.sourcePaper() == null))
                && e.authors().isEmpty() && e.venue() == null && e.year() == null && !e.links().isEmpty()
                && t.length() <= 40 && t.indexOf(':') < 0 && t.split("\\s+").length <= 3;
    }

    /** The entry's names as {@link Ids#normalizedTitle} keys them ("Chronos-2" is "chronos2"): its aliases and its title's part before a colon. */
    private static Set<String> names(Entry e) {
        Set<String> out = new java.util.HashSet<>();
        e.aliases().forEach(a -> out.add(Ids.normalizedTitle(a)));
        int colon = e.title().indexOf(':');
        out.add(Ids.normalizedTitle(colon > 0 ? e.title().substring(0, colon) : e.title()));
        return out;
    }

    /** Makes ids unique in order: a later entry whose id is taken gets "-2", "-3" … appended. */
    static List<Entry> uniqueIds(List<Entry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        entries.forEach(e -> taken.add(e.id()));
        List<Entry> out = new ArrayList<>(entries.size());
        Set<String> used = new java.util.HashSet<>();
        for (Entry e : entries) {
            String id = e.id();
            if (!used.add(id)) {
                int n = seen.getOrDefault(e.id(), 1);
                do {
                    n++;
                    id = e.id() + "-" + n;
                } while (taken.contains(id) || used.contains(id));
                seen.put(e.id(), n);
                used.add(id);
            }
            out.add(id.equals(e.id()) ? e : e.toBuilder().id(id).build());
        }
        return out;
    }
}
