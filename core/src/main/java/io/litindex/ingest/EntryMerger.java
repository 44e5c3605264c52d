package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds entries that describe the same paper or dataset into one: same arXiv id, same DOI, or same
 * normalized title (for datasets: same kind and name). The first occurrence keeps its id and fields;
 * later ones add their sections, sources and links, and fill fields the first one lacks.
 */
public final class EntryMerger {
    private final List<Entry.Builder> merged = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    /** Adds an entry; returns true when it was folded into one added before. */
    public boolean add(Entry entry) {
        List<String> keys = keys(entry);
        Integer at = null;
        for (String key : keys) {
            at = byKey.get(key);
            if (at != null) {
                break;
            }
        }
        boolean folded = at != null;
        if (!folded) {
            merged.add(entry.toBuilder());
            at = merged.size() - 1;
        } else {
            fold(merged.get(at), entry);
        }
        for (String key : keys) {
            byKey.putIfAbsent(key, at);
        }
        for (String key : keys(merged.get(at).build())) {
            byKey.putIfAbsent(key, at);
        }
        return folded;
    }

    public void addAll(List<Entry> entries) {
        entries.forEach(this::add);
    }

    /** The merged entries in order of first occurrence. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(merged.size());
        merged.forEach(b -> out.add(b.build()));
        return out;
    }

    /** The keys under which two entries are the same one. */
    static List<String> keys(Entry entry) {
        List<String> keys = new ArrayList<>();
        if (entry.kind() == Kind.DATASET) {
            keys.add("dataset:" + Ids.normalizedTitle(entry.title()));
            return keys;
        }
        Ids.arxivId(entry.links()).ifPresent(id -> keys.add("arxiv:" + id));
        Ids.doi(entry.links()).ifPresent(doi -> keys.add("doi:" + doi));
        String title = Ids.normalizedTitle(entry.title());
        if (!title.isEmpty()) {
            keys.add("title:" + title);
        }
        return keys;
    }

    private static void fold(Entry.Builder into, Entry from) {
        Entry first = into.build();
        into.sections(from.sections()).sources(from.sources()).links(from.links());
        if (first.authors().isEmpty() && !from.authors().isEmpty()) {
            into.authors(from.authors()).etAl(from.etAl());
        }
        if (first.venue() == null && from.venue() != null) {
            into.venue(from.venue()).venueAsWritten(from.venueAsWritten());
        }
        if (first.year() == null) {
            into.year(from.year());
        }
        if (first.date() == null || (from.date() != null && from.date().length() > first.date().length()
                && from.date().startsWith(first.date()))) {
            into.date(from.date());
        }
        if (first.note() == null) {
            into.note(from.note());
        }
        if (first.sourcePaper() == null) {
            into.sourcePaper(from.sourcePaper());
        }
        if (first.size() == null) {
            into.size(from.size()).sizeAsWritten(from.sizeAsWritten());
        }
    }

    /** Makes ids unique in order: a later entry whose id is taken gets "-2", "-3" … appended. */
    static List<Entry> uniqueIds(List<Entry> entries) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            int n = seen.merge(e.id(), 1, Integer::sum);
            out.add(n == 1 ? e : e.toBuilder().id(e.id() + "-" + n).build());
        }
        return out;
    }
}
