package io.litindex.export;

import io.litindex.ingest.fields.Authors;
import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entries as BibTeX. A paper at a journal is an {@code @article}, at a conference an {@code @inproceedings};
 * arXiv preprints, datasets and the rest are {@code @misc}. arXiv papers carry {@code eprint} and
 * {@code archivePrefix}; every entry its url and note. Keys are the first author's surname, the year and the
 * first significant title word ({@code zhan2024skyeyegpt}), unique within one export (a, b, … appended).
 * Special characters and accents are escaped, so that both bibtex and biber read the file.
 */
public final class BibtexWriter implements EntryWriter {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "on", "of", "for", "in", "to", "and",
            "with", "towards", "toward", "via", "from", "by", "at", "is", "are", "do", "does", "how", "what", "when",
            "why", "can", "we", "its", "it", "as", "into", "over", "under", "beyond", "not", "all", "be");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private final Venues venues;

    /** A writer that looks venue types and full names up in the venues litindex ships. */
    public BibtexWriter() {
        this(Venues.standard());
    }

    /**
     * A writer that looks venue types and full names up in {@code venues}.
     *
     * @param venues the venues, with their types (journal, conference) and full names
     */
    public BibtexWriter(Venues venues) {
        this.venues = venues;
    }
    @Override
    public void write(List<Entry> entries, Appendable out) {
        Unchecked.write(() -> writeChecked(entries, out));
    }

    private void writeChecked(List<Entry> entries, Appendable out) throws IOException {
        List<String> keys = keys(entries);
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            writeEntry(entries.get(i), keys.get(i), out);
        }
    }

    /**
     * The BibTeX type of an entry: article (a journal paper), inproceedings (a conference paper) or misc (a dataset, a
     * tool, any other paper); misc rather than biblatex's software, so that classic BibTeX styles read it.
     *
     * @param entry the entry
     * @return "article", "inproceedings" or "misc"
     */
    public String type(Entry entry) {
        if (entry.kind() != Kind.PAPER) {
            return "misc";
        }
        Venues.Type type = venue(entry).map(Venues.Venue::type).orElse(Venues.Type.OTHER);
        return switch (type) {
            case JOURNAL -> "article";
            case CONFERENCE, WORKSHOP -> "inproceedings";
            default -> "misc";
        };
    }

    /**
     * The citation keys of {@code entries}, in order, unique among them: the first author's surname, the year and
     * the title's first significant word ({@code zhan2024skyeyegpt}), then a, b … where two would be equal.
     *
     * @param entries the entries
     * @return one key per entry
     */
    public static List<String> keys(List<Entry> entries) {
        List<String> bases = new ArrayList<>(entries.size());
        Map<String, Integer> counts = new HashMap<>();
        for (Entry e : entries) {
            String base = baseKey(e);
            bases.add(base);
            counts.merge(base, 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < bases.size(); i++) {
            if (counts.get(bases.get(i)) == 1) {
                taken.add(bases.get(i));
            }
        }
        Map<String, Integer> next = new HashMap<>();
        List<String> keys = new ArrayList<>(entries.size());
        for (String base : bases) {
            if (counts.get(base) == 1) {
                keys.add(base);
                continue;
            }
            String key;
            do {
                int n = next.merge(base, 1, Integer::sum);
                key = base + suffix(n);
            } while (taken.contains(key));
            taken.add(key);
            keys.add(key);
        }
        return keys;
    }

    /** The key before it is made unique: surname, year, first significant title word. */
    static String baseKey(Entry e) {
        String surname = e.authors().isEmpty() ? "" : Tex.keyPart(Authors.surname(e.authors().get(0)));
        String word = "";
        for (String w : e.title().split("\\s+")) {
            String part = Tex.keyPart(w);
            if (!part.isEmpty() && !STOP_WORDS.contains(part) && !part.chars().allMatch(Character::isDigit)) {
                word = part;
                break;
            }
        }
        return (surname.isEmpty() ? "anon" : surname) + (e.year() == null ? "" : e.year().toString()) + word;
    }

    /** 1 → a, 26 → z, 27 → aa … */
    private static String suffix(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            sb.insert(0, (char) ('a' + (k - 1) % 26));
        }
        return sb.toString();
    }

    private Optional<Venues.Venue> venue(Entry entry) {
        return entry.venue() == null ? Optional.empty() : venues.lookup(entry.venue());
    }

    private void writeEntry(Entry e, String key, Appendable out) throws IOException {
        String type = type(e);
        Map<String, String> fields = new LinkedHashMap<>();
        if (!e.authors().isEmpty()) {
            List<String> names = new ArrayList<>();
            e.authors().forEach(a -> names.add(Tex.name(a)));
            if (e.etAl()) {
                names.add("others");
            }
            fields.put("author", "{" + String.join(" and ", names) + "}");
        }
        fields.put("title", "{" + Tex.title(e.title()) + "}");
        Optional<Venues.Venue> venue = venue(e);
        Optional<String> arxiv = Ids.arxivId(e.links());
        String venueName = venue.map(Venues.Venue::fullName).orElse(e.venue());
        switch (type) {
            case "article" -> fields.put("journal", "{" + Tex.escape(venueName) + "}");
            case "inproceedings" -> fields.put("booktitle", "{" + Tex.escape(venueName) + "}");
            default -> {
                if (e.kind() == Kind.DATASET) {
                    fields.put("howpublished", "{Dataset}");
                } else if (e.kind() == Kind.TOOL) {
                    fields.put("howpublished", "{Software}");
                } else if (arxiv.isPresent() && venue.map(v -> v.type() == Venues.Type.PREPRINT).orElse(true)) {
                    fields.put("howpublished", "{arXiv preprint arXiv:" + Tex.escape(arxiv.get()) + "}");
                } else if (venueName != null) {
                    fields.put("howpublished", "{" + Tex.escape(venueName) + "}");
                }
            }
        }
        if (e.year() != null) {
            fields.put("year", "{" + e.year() + "}");
        }
        month(e.date()).ifPresent(m -> fields.put("month", m));
        if (arxiv.isPresent()) {
            fields.put("eprint", "{" + Tex.verbatim(arxiv.get()) + "}");
            fields.put("archivePrefix", "{arXiv}");
        }
        Ids.doi(e.links()).ifPresent(doi -> fields.put("doi", "{" + Tex.verbatim(doi) + "}"));
        url(e).ifPresent(url -> fields.put("url", "{" + Tex.verbatim(url) + "}"));
        note(e).ifPresent(note -> fields.put("note", "{" + Tex.escape(note) + "}"));

        out.append('@').append(type).append('{').append(key).append(",\n");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.append("  ").append(f.getKey()).append(" = ").append(f.getValue()).append(",\n");
        }
        out.append("}\n");
    }

    /** The link a reader follows: the paper, else arXiv, else the DOI; for a dataset its data first, for a tool its code. */
    static Optional<String> url(Entry e) {
        List<String> order = e.kind() == Kind.DATASET
                ? List.of(Links.DATA, Links.PAPER, Links.ARXIV, Links.DOI, Links.PROJECT, Links.CODE)
                : e.kind() == Kind.TOOL
                ? List.of(Links.CODE, Links.PROJECT, Links.PAPER, Links.ARXIV, Links.DOI, Links.DATA)
                : List.of(Links.PAPER, Links.ARXIV, Links.DOI, Links.PROJECT, Links.CODE, Links.DATA);
        for (String kind : order) {
            if (e.link(kind) != null) {
                return Optional.of(e.link(kind));
            }
        }
        return e.links().stream().map(io.litindex.model.Link::url).findFirst();
    }

    /** The note: the list's note; for a dataset also its size and the paper it comes from. */
    static Optional<String> note(Entry e) {
        List<String> parts = new ArrayList<>();
        if (e.note() != null && !e.note().isBlank()) {
            parts.add(e.note().strip());
        }
        if (e.kind() == Kind.DATASET) {
            if (e.sizeAsWritten() != null || e.size() != null) {
                parts.add("Size: " + (e.sizeAsWritten() != null ? e.sizeAsWritten() : e.size().toString()));
            }
            if (e.sourcePaper() != null) {
                parts.add("From: " + e.sourcePaper().title());
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(". ", parts));
    }

    private static Optional<String> month(String date) {
        if (date == null || date.length() < 7) {
            return Optional.empty();
        }
        try {
            int m = Integer.parseInt(date.substring(5, 7));
            return m >= 1 && m <= 12 ? Optional.of(MONTHS[m - 1]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
