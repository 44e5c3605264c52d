package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Source;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Papers named by a plain title and the venue and year in parentheses after it, with no link (reading audit, session
 * 25: a database list of a hundred such items, "* QTune: A Query-Aware Database Tuning System with Deep Reinforcement
 * Learning (VLDB 2019)", "* SARD: … (ICDEW, 2008)", "* Farming Your ML-based Query Optimizer's Food. (ICDE 2022, **best
 * demo award**)", "* … (VLDB 2021 from Tim Kraska)", "* … ( 2018 ArXiv)"). {@link BulletReader} takes this reading only
 * for a list whose document is written so (its tag counts, {@code TagShape}); an item of it whose one paragraph holds
 * no link is read here: the title, the tag's venue and year (a venue no one knows is kept as written, a year alone is the
 * year), what the tag says beside them as the note.
 */
final class TaggedTitles {
    /** A title, then a tag in parentheses ending the text (a period or a space between them, a period after it). */
    private static final Pattern TAIL = Pattern.compile("^(.*?\\S)\\s*\\.?\\s*[(（]\\s*([^()（）]{1,60}?)\\s*[)）]\\s*\\.?$");
    /** The tag's venue and year, the year last ("VLDB 2019", "ICDEW, 2008", "SIGMOD-Companion ’23"), then a remark. */
    private static final Pattern NAME_YEAR = Pattern.compile("^(\\p{L}[^,]*?|\\p{L}[^,]*?,)\\s*((?:19|20)\\d{2}|['’]\\d{2})(?![0-9])\\s*[,;]?\\s*(.*)$");
    /** The year first, then the venue ("2018 ArXiv"). */
    private static final Pattern YEAR_NAME = Pattern.compile("^((?:19|20)\\d{2})\\s+(\\p{L}.{0,40})$");
    /** A year alone. */
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})$");

    /** What an item's tag reads as: its venue (known or as written, or null), year, remark (or null), and the title. */
    record Read(String title, Venues.Parsed venue, int year, String remark) {}

    private TaggedTitles() {}

    /** The reading of a paragraph in the shape (no link in it), or empty. */
    static Optional<Read> read(Paragraph p, Venues venues) {
        Node first = p.getFirstChild();
        if (!(first instanceof Text || first instanceof Emphasis || first instanceof StrongEmphasis) || MarkdownWalker.hasLink(p, false, 0)) {
            return Optional.empty();
        }
        Matcher m = TAIL.matcher(CellContent.of(p).text());
        if (!m.matches() || m.group(1).split("\\s+").length < 2) {
            return Optional.empty();
        }
        String title = m.group(1).strip();
        String tag = m.group(2).strip();
        Matcher y = YEAR.matcher(tag);
        if (y.matches()) {
            return Optional.of(new Read(title, null, Integer.parseInt(y.group(1)), null));
        }
        Matcher yn = YEAR_NAME.matcher(tag);
        if (yn.matches()) {
            String name = yn.group(2).strip();
            int year = Integer.parseInt(yn.group(1));
            return Optional.of(new Read(title, venue(venues, name, year, tag), year, null));
        }
        Matcher ny = NAME_YEAR.matcher(tag);
        if (!ny.matches()) {
            return Optional.empty();
        }
        String name = ny.group(1).replaceAll("[,\\s]+$", "").strip();
        String digits = ny.group(2).replaceAll("['’]", "");
        int year = digits.length() == 4 ? Integer.parseInt(digits) : 2000 + Integer.parseInt(digits);
        String remark = ny.group(3).strip();
        return Optional.of(new Read(title, venue(venues, name, year, remark.isEmpty() ? tag : name + " " + ny.group(2)), year,
                remark.isEmpty() ? null : remark));
    }

    private static Venues.Parsed venue(Venues venues, String name, int year, String asWritten) {
        Optional<Venues.Parsed> known = venues.parse(name + " " + year).filter(v -> v.known() && v.venue() != null);
        return known.map(v -> new Venues.Parsed(v.venue(), year, asWritten, true)).orElseGet(() -> new Venues.Parsed(null, year, asWritten, false));
    }

    /** True when the tag names a venue litindex knows (for the document's count of the shape). */
    static boolean known(Read r) {
        return r.venue() != null && r.venue().known();
    }

    /** The entry of an item read so. */
    static Entry entry(Read r, ListRun run, int line) {
        Entry.Builder b = Entry.builder("pending", r.title()).kind(Kind.PAPER).source(new Source(run.list, line));
        run.section(b);
        if (r.venue() != null) {
            run.applyVenue(b, r.venue());
        }
        b.year(r.year());
        if (r.remark() != null) {
            b.note(r.remark());
        }
        Entry e = b.build();
        return e.toBuilder().id(Ids.forPaper(e.links(), e.title())).build();
    }
}
