package io.litindex.export;

import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Link;
import io.litindex.model.Links;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Entries as an "awesome list" in Markdown, in the shape litindex's {@link io.litindex.ingest.MarkdownListReader}
 * imports: headings give each entry's section path, papers are rows of
 * {@code | Title | Venue | Date | Code | Note |} (a star badge, the bold linked title and the authors in the
 * title cell), datasets rows of {@code | Name | Paper | Venue | Date | Link | Size | Note |}. An entry listed
 * under several sections is written under each, and reads back as one entry with all of them.
 * Markdown's special characters are escaped, so titles and notes read back as written.
 */
public final class MarkdownWriter implements EntryWriter {
    /** Headings deeper than this are written as one heading holding the rest of the path. */
    private static final int MAX_LEVEL = 6;
    private static final String PAPER_HEADER = "| Title | Venue | Date | Code | Note |\n|:------|:-----:|:----:|:----:|:----:|\n";
    private static final String DATASET_HEADER = "| Name | Paper | Venue | Date | Link | Size | Note |\n"
            + "|:-----|:-----:|:-----:|:----:|:----:|:----:|:----:|\n";
    /** The label of a link in the note cell, chosen so that the reader classifies it as the same kind again. */
    private static final Map<String, String> LABELS = Map.of(
            Links.PAPER, "Paper", Links.ARXIV, "arXiv", Links.DOI, "DOI", Links.CODE, "Code",
            Links.PROJECT, "Project", Links.DATA, "Dataset", Links.MODEL, "Model", Links.DEMO, "Demo",
            Links.OTHER, "Link");

    private final String title;

    /** A writer whose documents start with no title heading (the first heading is the first section's). */
    public MarkdownWriter() {
        this(null);
    }

    /**
     * A writer whose documents start with a line of text naming them. It is no heading, so it adds no
     * section to the entries read back.
     *
     * @param title the text of the first line, or null for none
     */
    public MarkdownWriter(String title) {
        this.title = title;
    }
    @Override
    public void write(List<Entry> entries, Appendable out) {
        Unchecked.write(() -> writeChecked(entries, out));
    }

    private void writeChecked(List<Entry> entries, Appendable out) throws IOException {
        if (title != null) {
            out.append("**").append(inline(title)).append("**\n\n");
        }
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (String section : sectionOrder(entries)) {
            bySection.put(section, new ArrayList<>());
        }
        for (Entry e : entries) {
            if (e.sections().isEmpty()) {
                bySection.computeIfAbsent("", s -> new ArrayList<>()).add(e);
            }
            for (String section : e.sections()) {
                bySection.get(section).add(e);
            }
        }
        List<String> path = new ArrayList<>();
        List<Entry> unsectioned = bySection.remove("");
        if (unsectioned != null) {
            table(unsectioned, out);
        }
        for (Map.Entry<String, List<Entry>> section : bySection.entrySet()) {
            List<String> next = headings(section.getKey());
            int common = 0;
            while (common < path.size() && common < next.size() && path.get(common).equals(next.get(common))) {
                common++;
            }
            if (common == next.size()) {
                common--; // the same section again: repeat its last heading so the table follows it
            }
            for (int level = Math.max(common, 0); level < next.size(); level++) {
                out.append("#".repeat(level + 1)).append(' ').append(heading(next.get(level))).append("\n\n");
            }
            path = next;
            table(section.getValue(), out);
        }
    }

    /**
     * The sections in the order to write them: each entry's sections in its own order where possible
     * (so that it reads back with its sections in the same order), else in order of first appearance.
     */
    static List<String> sectionOrder(List<Entry> entries) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, List<String>> after = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (Entry e : entries) {
            for (int i = 0; i < e.sections().size(); i++) {
                String s = e.sections().get(i);
                first.putIfAbsent(s, first.size());
                if (i > 0) {
                    String prev = e.sections().get(i - 1);
                    if (!prev.equals(s) && !after.computeIfAbsent(prev, k -> new ArrayList<>()).contains(s)) {
                        after.get(prev).add(s);
                        before.merge(s, 1, Integer::sum);
                    }
                }
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> Integer.compare(first.get(a), first.get(b)));
        PriorityQueue<String> waiting = new PriorityQueue<>((a, b) -> Integer.compare(first.get(a), first.get(b)));
        for (String s : first.keySet()) {
            (before.getOrDefault(s, 0) == 0 ? ready : waiting).add(s);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < first.size()) {
            String s = ready.isEmpty() ? waiting.poll() : ready.poll(); // a cycle: take the earliest
            if (order.contains(s)) {
                continue;
            }
            waiting.remove(s);
            order.add(s);
            for (String t : after.getOrDefault(s, List.of())) {
                if (before.merge(t, -1, Integer::sum) == 0 && waiting.remove(t)) {
                    ready.add(t);
                }
            }
        }
        return order;
    }

    /** The headings of a section path: "A > B > C" is A, B, C; parts past level six stay in the sixth heading. */
    static List<String> headings(String section) {
        String[] parts = section.split("\\s+>\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (out.size() == MAX_LEVEL - 1 && i < parts.length - 1) {
                out.add(String.join(" > ", java.util.Arrays.copyOfRange(parts, i, parts.length)));
                break;
            }
            out.add(parts[i].strip());
        }
        return out;
    }

    private void table(List<Entry> entries, Appendable out) throws IOException {
        List<Entry> papers = entries.stream().filter(e -> e.kind() != Kind.DATASET).toList();
        List<Entry> datasets = entries.stream().filter(e -> e.kind() == Kind.DATASET).toList();
        if (!papers.isEmpty()) {
            out.append(PAPER_HEADER);
            for (Entry e : papers) {
                out.append(paperRow(e)).append('\n');
            }
            out.append('\n');
        }
        if (!datasets.isEmpty()) {
            out.append(DATASET_HEADER);
            for (Entry e : datasets) {
                out.append(datasetRow(e)).append('\n');
            }
            out.append('\n');
        }
    }

    /** {@code | ![Star](badge) <br> [**Title**](url) <br> A. Author, B. Author <br>| Venue | Date | [Github](code) | note |} */
    static String paperRow(Entry e) {
        StringBuilder title = new StringBuilder();
        List<Link> codes = e.links().stream().filter(l -> l.kind().equals(Links.CODE)).toList();
        String code = e.link(Links.CODE);
        Optional<String> badge = badge(code);
        badge.ifPresent(b -> title.append("![Star](").append(b).append(") <br> "));
        String bold = "**" + inline(e.title()) + "**";
        String paper = e.link(Links.PAPER);
        title.append(paper == null ? bold : "[" + bold + "](" + destination(paper) + ")");
        if (!e.authors().isEmpty() || e.etAl()) {
            title.append(" <br> ").append(inline(String.join(", ", e.authors())));
            if (e.etAl()) {
                title.append(e.authors().isEmpty() ? "et al." : " et al.");
            }
        }
        title.append(" <br>");
        StringBuilder codeCell = new StringBuilder();
        for (Link l : codes) {
            String fallback = LinkClassifier.githubRepository(l.url()).isPresent() ? "Github" : "Code";
            codeCell.append(codeCell.length() == 0 ? "" : " ").append(anchor(l, fallback));
        }
        List<Link> rest = new ArrayList<>(e.links());
        rest.removeIf(l -> l.kind().equals(Links.CODE));
        rest.stream().filter(l -> l.kind().equals(Links.PAPER)).findFirst().ifPresent(rest::remove);
        return "| " + title + " | " + venue(e) + " | " + date(e) + " | " + (codeCell.length() == 0 ? "-" : codeCell) + " | " + note(rest, e.note()) + " |";
    }

    /** {@code | **Name** | [paper title](url) | Venue | Date | [Link](data) | 968k | note |} */
    static String datasetRow(Entry e) {
        String paper = "-";
        if (e.sourcePaper() != null) {
            String t = inline(e.sourcePaper().title());
            paper = e.sourcePaper().url() == null ? t : "[" + t + "](" + destination(e.sourcePaper().url()) + ")";
        }
        List<Link> rest = new ArrayList<>(e.links());
        StringBuilder link = new StringBuilder();
        for (Link l : e.links()) {
            if (l.kind().equals(Links.DATA)) {
                // every link of the Link column reads back as the dataset's data, whatever its label
                link.append(link.length() == 0 ? "" : " ").append('[').append(l.label() == null ? "Link" : inline(l.label()))
                        .append("](").append(destination(l.url())).append(')');
                rest.remove(l);
            }
        }
        String size = e.sizeAsWritten() != null ? inline(e.sizeAsWritten()) : e.size() != null ? e.size().toString() : "-";
        return "| **" + inline(e.title()) + "** | " + paper + " | " + venue(e) + " | " + date(e) + " | " + (link.length() == 0 ? "-" : link) + " | "
                + size + " | " + note(rest, e.note()) + " |";
    }

    private static String venue(Entry e) {
        String v = e.venueAsWritten() != null ? e.venueAsWritten() : e.venue();
        return v == null ? "-" : inline(v);
    }

    private static String date(Entry e) {
        return e.date() != null ? e.date() : e.year() != null ? e.year().toString() : "-";
    }

    /** The note cell: its links first (so the reader finds their labels before the note's words), then the note. */
    private static String note(List<Link> links, String note) {
        StringBuilder sb = new StringBuilder();
        for (Link link : links) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(anchor(link, LABELS.getOrDefault(link.kind(), link.kind())));
        }
        if (note != null && !note.isBlank()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(inline(note));
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /**
     * A link as {@code [label](url)}: its own label when the reader takes a link so labelled for the same kind
     * again, else {@code fallback}, a label that names the kind.
     */
    private static String anchor(Link link, String fallback) {
        String label = link.label() != null && LinkClassifier.kindOf(link.url(), link.label()).equals(link.kind())
                ? link.label() : fallback;
        return "[" + inline(label) + "](" + destination(link.url()) + ")";
    }

    /** The shields.io star badge of a GitHub repository URL, when the URL is exactly the repository's. */
    private static Optional<String> badge(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<String> repo = LinkClassifier.githubRepository(code).filter(code::equals);
        if (repo.isEmpty()) {
            return Optional.empty();
        }
        String path = repo.get().substring("https://github.com/".length());
        String badge = "https://img.shields.io/github/stars/" + path + ".svg?style=social&label=Star";
        return LinkClassifier.badgeRepository(badge).filter(code::equals).map(r -> badge);
    }

    /** Text in a table cell: Markdown's special characters and the cell separator escaped, on one line. */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("[\\s\\u00A0]+", " ").strip().toCharArray()) {
            if ("\\`*_[]<>|&!#~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String heading(String text) {
        return inline(text);
    }

    /** A link destination: in angle brackets when it holds spaces or parentheses, the table's pipe escaped. */
    static String destination(String url) {
        String u = url.strip().replace("|", "\\|");
        if (u.matches(".*[\\s()<>].*")) {
            return "<" + u.replace("<", "\\<").replace(">", "\\>") + ">";
        }
        return u;
    }
}
