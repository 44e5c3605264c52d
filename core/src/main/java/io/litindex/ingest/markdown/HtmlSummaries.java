package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Ids;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Source;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;

/**
 * Papers written as the summary of an HTML {@code <details>} element, the title a link, its BibTeX folded under it:
 * {@code <details><summary><a href="https://doi.org/…">Title</a> (2023)</summary><pre><code>@article{…, author =
 * "Surname, First and …", journal = "…", …}</code></pre></details>}, as lists generated from a BibTeX file write them.
 * The link's text is the title and its address the paper's link; a year in parentheses after it, the year; a BibTeX
 * entry before the element closes gives the authors, the venue (journal or book title), the DOI or arXiv id, and the
 * year when the summary gives none. A summary whose link is a kind of link ("[paper]"), a word alone, or that holds no
 * web link, is no paper (a folded section, "bibtex", "2023").
 */
final class HtmlSummaries {
    private static final Pattern SUMMARY = Pattern.compile("(?is)<summary\\b[^>]*>(.*?)</summary\\s*>");
    private static final Pattern WEB_ANCHOR = Pattern.compile("(?is)<a\\b[^>]*?\\bhref\\s*=\\s*[\"'](https?://[^\"']+)[\"'][^>]*>(.*?)</a\\s*>");
    private static final Pattern YEAR = Pattern.compile("^[\\s,.:;-]*[(\\[]\\s*((?:19|20)\\d{2})\\s*[)\\]]\\s*$");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    private static final Pattern END = Pattern.compile("(?i)</details\\s*>|<summary\\b");
    /** The longest block looked at. */
    private static final int MAX_CHARS = 2_000_000;

    private HtmlSummaries() {}

    /** Reads the papers of an HTML block written as summaries; true when it read any. */
    static boolean read(HtmlBlock html, Chunks.Piece piece, ListRun run) {
        String literal = html.getLiteral();
        if (html.getSourceSpans().isEmpty() || literal.length() > MAX_CHARS || run.inNonEntrySection()) {
            return false;
        }
        int firstIndex = html.getSourceSpans().get(0).getLineIndex();
        boolean any = false;
        Matcher summary = SUMMARY.matcher(literal);
        while (summary.find()) {
            Matcher a = WEB_ANCHOR.matcher(summary.group(1));
            if (!a.find()) {
                continue;
            }
            String title = text(a.group(2));
            String url = a.group(1).strip();
            String before = text(summary.group(1).substring(0, a.start()));
            String after = text(summary.group(1).substring(a.end()));
            Matcher year = YEAR.matcher(after);
            Matcher end = END.matcher(literal);
            String folded = literal.substring(summary.end(), end.find(summary.end()) ? end.start() : literal.length());
            PaperHeadings.Bibtex bib = PaperHeadings.Bibtex.read(MarkdownWalker.unescape(TAG.matcher(folded).replaceAll(" ")));
            // a title of one word ("Lego") is a paper's only with its BibTeX under it
            if (title.isEmpty() || title.split("\\s+").length < 2 && bib == null || Labels.isGeneric(title) || !before.isEmpty()
                    || !(after.isEmpty() || year.matches()) || a.find()) {
                continue;
            }
            int line = piece.line(firstIndex + HtmlTables.lineIndex(literal, summary.start()));
            if (!piece.owns(line)) {
                continue;
            }
            Entry.Builder b = Entry.builder("pending", title).kind(Kind.PAPER).source(new Source(run.list, line));
            run.section(b);
            b.link(ListRun.paperLinkKind(url, "", false), url);
            if (year.matches()) {
                b.year(Integer.valueOf(year.group(1)));
            }
            if (bib != null) {
                bib.apply(b, run, false);
            }
            Entry e = b.build();
            run.addItem(e.toBuilder().id(Ids.forPaper(e.links(), e.title())).build(), line, url);
            any = true;
        }
        return any;
    }

    private static String text(String html) {
        return MarkdownWalker.unescape(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }
}
