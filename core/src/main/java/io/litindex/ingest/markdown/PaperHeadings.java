package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.ingest.fields.References;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import io.litindex.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Papers written one heading each, their fields in the blocks under the heading (reading audit, session 25):
 * <pre>
 * #### [Adversarial Patch](https://arxiv.org/abs/1712.09665)
 *
 * arXiv 1712; NeurIPS workshop 2017
 *
 * 1. a note
 * </pre>
 * (a heading that is nothing but a linked title; the short line under it is the venue, the last known venue of its
 * parts cut by ";" or ",") and
 * <pre>
 * ##### (2021) Skilful precipitation nowcasting using deep generative models of radar
 * * Venue: *Nature*
 * * Model: DGMR
 * * GitHub: https://github.com/deepmind/deepmind-research
 * &lt;details&gt;&lt;summary&gt;bibtex&lt;/summary&gt; ```bibtex @article{…, author = {Ravuri, Suman and …}, doi = {…}} ``` &lt;/details&gt;
 * </pre>
 * (a heading that is a year in parentheses and a title; labelled lines give the venue, the code and other links
 * written bare, the model's name as an alias; a BibTeX entry under it gives the authors, the DOI or arXiv id, and
 * the venue and year when nothing else does). Such a heading is of level 3 or deeper, and a document takes this
 * reading only when it holds at least {@link #MIN_PAPERS} of them, so that a lone "### [Overview](https://…)" stays a
 * heading. Everything up to the next heading (or thematic break) belongs to the paper: its other lines are its note,
 * and a numbered list of remarks under it is no list of papers.
 */
final class PaperHeadings {
    /** The fewest headings in either shape that make a document's headings of that shape its papers. */
    static final int MIN_PAPERS = 3;
    /** "(2021) Title": a year in parentheses, then the title. */
    private static final Pattern YEAR_TITLE = Pattern.compile("^\\(((?:19|20)\\d{2})\\)\\s+(\\S.*)$");
    /** A labelled line naming the venue: "Venue: *Nature*", "Published in: ICML 2021". */
    private static final Pattern VENUE_LABEL = Pattern.compile("(?i)^(?:venue|published\\s+in|publication|conference|journal)\\s*:\\s*(\\S.*)$");
    /** A labelled line of bare addresses: "GitHub: https://…", "Paper: https://…, https://…". */
    private static final Pattern LINK_LABEL = Pattern.compile("(?i)^([\\p{L}][\\p{L} ]{0,20}?)\\s*:\\s*(https?://\\S+(?:\\s*,\\s*https?://\\S+)*)\\s*$");
    /** A labelled line naming the paper's method, dataset or library: "Model: MetNet-2", "Dataset: KoMet". */
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)^(?:model|method|dataset|library|tool|name|abbreviation)\\s*:\\s*(\\S.{0,40})$");
    /** "arXiv 1712": an arXiv month (YYMM), no year, in a venue line ("arXiv 1712; NeurIPS workshop 2017"). */
    private static final Pattern ARXIV_MONTH = Pattern.compile("(?i)^arxiv\\s+\\d{4}$");
    /** The most words of a venue line under a paper's heading. */
    private static final int MAX_VENUE_WORDS = 12;
    /** The most words of a name taken as an alias from a labelled line. */
    private static final int MAX_ALIAS_WORDS = 3;
    /** Nodes nested deeper than this are not looked into. */
    private static final int MAX_DEPTH = 16;

    /** A heading read as a paper: its title, the link of its title (or null) and its year (or null). */
    record Shape(String title, String url, Integer year) {}

    /**
     * Per document, how many of its headings are of the linked-title shape and of the year-title shape: the headings
     * of a shape are the document's papers when there are {@link #MIN_PAPERS} or more.
     */
    private final PerDocument<int[]> counts = new PerDocument<>(top -> {
        int[] c = new int[2];
        count(top, c, 0);
        return c;
    });

    /** True when the heading is a paper of a document written so. */
    boolean isPaper(Heading heading) {
        int[] c = counts.of(heading);
        Shape s = shape(heading);
        return s != null && c[s.url() != null ? 0 : 1] >= MIN_PAPERS;
    }

    private static void count(Node parent, int[] counts, int depth) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                Shape s = shape(h);
                if (s != null) {
                    counts[s.url() != null ? 0 : 1]++;
                }
            } else if (block instanceof BlockQuote && depth < MAX_DEPTH) {
                count(block, counts, depth + 1);
            }
        }
    }

    /** The heading's paper, or null when it is not of either shape. */
    static Shape shape(Heading heading) {
        if (heading.getLevel() < 3) {
            return null;
        }
        Node only = onlyChild(heading);
        while (only instanceof Emphasis || only instanceof StrongEmphasis) {
            only = onlyChild(only);
        }
        if (only instanceof Link link) {
            String url = link.getDestination();
            String title = CellContent.of(link).text();
            if (url.regionMatches(true, 0, "http", 0, 4) && titleShaped(title, 2)) {
                return new Shape(title, url, null);
            }
            return null;
        }
        if (hasLink(heading, 0)) {
            return null;
        }
        Matcher m = YEAR_TITLE.matcher(Headings.text(heading));
        if (m.matches() && titleShaped(m.group(2), 3)) {
            return new Shape(m.group(2).strip(), null, Integer.valueOf(m.group(1)));
        }
        return null;
    }

    /** A title: {@code words} words or more, or a colon; not a label naming a kind of link ("Paper", "Code"). */
    private static boolean titleShaped(String title, int words) {
        String t = title.strip();
        return !t.isEmpty() && (t.contains(":") || t.split("\\s+").length >= words) && !Labels.isGeneric(t);
    }

    /** The node's only child that is not blank text, or null when it has none or several. */
    private static Node onlyChild(Node parent) {
        Node found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t && t.getLiteral().isBlank() || n instanceof SoftLineBreak) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = n;
        }
        return found;
    }

    /** A link to the web, not to a part of the page ("#table-of-contents") or a file of the list's repository. */
    private static boolean web(CellContent.LinkRef link) {
        return link.url().regionMatches(true, 0, "http", 0, 4);
    }

    private static boolean hasLink(Node node, int depth) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link || depth < MAX_DEPTH && hasLink(n, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the paper of a heading ({@link #isPaper}) and the blocks under it into one entry.
     *
     * @return the last block read (the heading itself when nothing is under it)
     */
    Node read(Heading heading, ListRun run, IntUnaryOperator lineOf, IntPredicate owns) {
        Shape shape = shape(heading);
        int line = lineOf.applyAsInt(heading.getSourceSpans().isEmpty() ? 0 : heading.getSourceSpans().get(0).getLineIndex());
        Entry.Builder b = Entry.builder("pending", shape.title()).kind(Kind.PAPER).source(new Source(run.list, line));
        run.section(b);
        if (shape.url() != null) {
            b.link(ListRun.paperLinkKind(shape.url(), "", false), shape.url());
        }
        if (shape.year() != null) {
            b.year(shape.year());
        }
        List<String> notes = new ArrayList<>();
        Bibtex bib = null;
        boolean venueFound = false;
        boolean first = true;
        Node last = heading;
        for (Node block = heading.getNext(); block != null && !(block instanceof Heading) && !(block instanceof ThematicBreak); block = block.getNext()) {
            if (!block.getSourceSpans().isEmpty() && !owns.test(lineOf.applyAsInt(block.getSourceSpans().get(0).getLineIndex()))) {
                break;
            }
            last = block;
            if (block instanceof Paragraph p) {
                CellContent cell = CellContent.of(p);
                if (first && !venueFound && venueLine(b, cell.textOutsideLinks(), run)) {
                    venueFound = true;
                } else {
                    String text = cell.textOutsideLinks();
                    if (!text.isBlank()) {
                        notes.add(text);
                    }
                }
                cell.links().stream().filter(PaperHeadings::web).forEach(l -> ListRun.sideLink(b, l));
            } else if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        venueFound |= labelled(li, b, notes, run, venueFound);
                    }
                }
            } else if (block instanceof FencedCodeBlock code && bib == null) {
                bib = Bibtex.read(code.getLiteral());
            }
            first = false;
        }
        if (bib != null) {
            bib.apply(b, run, venueFound);
        }
        if (!notes.isEmpty()) {
            b.note(String.join(" ", notes));
        }
        Entry e = b.build();
        run.addItem(e.toBuilder().id(Ids.forPaper(e.links(), e.title())).build(), line, shape.url());
        return last;
    }

    /**
     * The short line under a linked title, when it names a venue: its parts cut by ";" or ", " read from the last,
     * the last naming a known venue taken ("arXiv 1712; NeurIPS workshop 2017" is the NeurIPS workshop, "arXiv 2106" is
     * arXiv with no year: 2106 is the month of its identifier). A line naming no known venue is a venue as written when it is
     * a short capitalised name ("Journal of Big Data"); anything else is a note.
     */
    private static boolean venueLine(Entry.Builder b, String text, ListRun run) {
        String t = text.strip();
        if (t.isEmpty() || t.split("\\s+").length > MAX_VENUE_WORDS || t.endsWith(".") && t.contains(". ")) {
            return false;
        }
        String[] parts = t.split("\\s*;\\s*|,\\s+");
        boolean arxiv = false;
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            if (ARXIV_MONTH.matcher(part).matches()) {
                arxiv = true;
                continue;
            }
            Optional<Venues.Parsed> v = run.venues.parse(part);
            if (v.isPresent() && v.get().known() && v.get().venue() != null) {
                run.applyVenue(b, v.get());
                return true;
            }
        }
        if (arxiv) {
            run.venue(b, "arXiv");
            return true;
        }
        if (parts.length == 1 && nameShaped(t)) {
            run.venue(b, t);
            return true;
        }
        return false;
    }

    /** Capitalised words (short words such as "of" and "and" between them), a year after them or not: a venue's name. */
    private static boolean nameShaped(String text) {
        String[] words = text.split("\\s+");
        if (words.length > 8 || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!(Character.isUpperCase(w.codePointAt(0)) || w.matches("(?:of|and|on|in|for|the|&|(?:19|20)\\d{2})"))) {
                return false;
            }
        }
        return true;
    }

    /** Reads one line of the list under a heading: a labelled venue, links, a name; any other line is a note. True when it gave the venue. */
    private static boolean labelled(ListItem item, Entry.Builder b, List<String> notes, ListRun run, boolean venueFound) {
        boolean venue = false;
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs(item, paragraphs, 0);
        for (Paragraph p : paragraphs) {
            CellContent cell = CellContent.of(p);
            String text = cell.text().strip();
            Matcher m;
            if ((m = VENUE_LABEL.matcher(text)).matches() && !venueFound && !venue) {
                run.venue(b, Cells.clean(m.group(1).replace("*", "").replace("_", " ")));
                venue = true;
            } else if ((m = LINK_LABEL.matcher(text)).matches() && cell.links().isEmpty()) {
                String label = m.group(1).strip();
                for (String url : m.group(2).split("\\s*,\\s*")) {
                    String kind = label.toLowerCase(Locale.ROOT).contains("paper")
                            ? ListRun.paperLinkKind(url, label, b.hasLink(Links.PAPER)) : LinkClassifier.kindOf(url, label);
                    b.link(kind, url, Labels.telling(label, url));
                }
            } else if ((m = NAME_LABEL.matcher(text)).matches() && m.group(1).strip().split("\\s+").length <= MAX_ALIAS_WORDS) {
                b.alias(m.group(1).strip());
            } else {
                cell.links().stream().filter(PaperHeadings::web).forEach(l -> ListRun.sideLink(b, l));
                String rest = cell.textOutsideLinks();
                if (!rest.isBlank()) {
                    notes.add(rest);
                }
            }
        }
        return venue;
    }

    private static void paragraphs(Node node, List<Paragraph> out, int depth) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                out.add(p);
            } else if (depth < MAX_DEPTH) {
                paragraphs(n, out, depth + 1);
            }
        }
    }

    /** The fields of a BibTeX entry in a code block under a paper's heading (the first entry when it holds several). */
    record Bibtex(String author, String title, String year, String venue, String doi, String eprint, String url) {
        private static final Pattern START = Pattern.compile("@\\s*(\\w+)\\s*\\{[^,]*,");
        private static final Pattern FIELD = Pattern.compile("(?i)\\b(\\w+)\\s*=\\s*");
        private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

        /** The first entry of a BibTeX text, or null when the text holds none. */
        static Bibtex read(String text) {
            Matcher start = START.matcher(text);
            if (!start.find()) {
                return null;
            }
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            int close = closing(text, start.end());
            Matcher f = FIELD.matcher(text);
            int i = start.end();
            while (i < close && f.find(i) && f.start() < close) {
                int v = f.end();
                String value;
                int end;
                if (v < text.length() && text.charAt(v) == '{') {
                    end = closing(text, v + 1);
                    value = text.substring(v + 1, Math.min(end, text.length()));
                    end++;
                } else if (v < text.length() && text.charAt(v) == '"') {
                    end = text.indexOf('"', v + 1);
                    end = end < 0 ? text.length() : end;
                    value = text.substring(v + 1, end);
                    end++;
                } else {
                    end = v;
                    while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '}' && text.charAt(end) != '\n') {
                        end++;
                    }
                    value = text.substring(v, end);
                }
                fields.putIfAbsent(f.group(1).toLowerCase(Locale.ROOT), value.strip());
                i = Math.max(end, f.end());
            }
            String eprint = fields.get("eprint");
            if (eprint != null && !"arxiv".equalsIgnoreCase(fields.getOrDefault("archiveprefix", "arxiv"))) {
                eprint = null;
            }
            return new Bibtex(fields.get("author"), fields.get("title"), fields.get("year"),
                    fields.getOrDefault("journal", fields.get("booktitle")), fields.get("doi"), eprint, fields.get("url"));
        }

        /** The index of the brace closing the one opened before {@code from} (or the text's length). */
        private static int closing(String text, int from) {
            int depth = 1;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return text.length();
        }

        /** Plain text of a BibTeX value: accents as letters, braces and escapes gone, spaces single. */
        static String plain(String value) {
            return value == null ? null : Cells.clean(References.bibtexAccents(value).replace("\\&", "&").replace("\\_", "_").replace("\\", ""));
        }

        /** Gives the entry the authors, links, and (when the list's own lines gave none) the venue and year. */
        void apply(Entry.Builder b, ListRun run, boolean venueFound) {
            if (author != null) {
                List<String> names = new ArrayList<>();
                boolean etAl = false;
                for (String name : author.split("\\s+and\\s+")) {
                    String n = plain(name);
                    if (n.equalsIgnoreCase("others")) {
                        etAl = true;
                        continue;
                    }
                    int comma = n.indexOf(',');
                    if (comma > 0 && n.indexOf(',', comma + 1) < 0) {
                        n = (n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip()).strip();
                    }
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                }
                if (!names.isEmpty() && b.build().authors().isEmpty()) {
                    b.authors(names).etAl(etAl);
                }
            }
            if (doi != null && !doi.isBlank()) {
                String url = "https://doi.org/" + plain(doi);
                b.link(ListRun.paperLinkKind(url, "", b.hasLink(Links.PAPER)), url);
            }
            if (eprint != null && !eprint.isBlank()) {
                String url = "https://arxiv.org/abs/" + plain(eprint);
                b.link(ListRun.paperLinkKind(url, "", b.hasLink(Links.PAPER)), url);
            }
            if (url != null && url.matches("(?i)https?://\\S+") && !b.hasLink(Links.PAPER)) {
                b.link(Links.PAPER, url);
            }
            if (!venueFound && venue != null) {
                run.venue(b, plain(venue));
            }
            if (b.build().year() == null && year != null) {
                Matcher y = YEAR.matcher(year);
                if (y.find()) {
                    b.year(Integer.valueOf(y.group()));
                }
            }
        }
    }
}
