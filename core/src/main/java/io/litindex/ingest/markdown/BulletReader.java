package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Authors;
import io.litindex.ingest.fields.Badges;
import io.litindex.ingest.fields.Cells;
import io.litindex.ingest.fields.Dates;
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
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads bulleted (and numbered) list items into entries. An item is cut into lines (at line breaks and
 * {@code <br>}, across its paragraphs and the sub-items that continue it); the title is the first line's bold
 * text or its first link whose label is not a link kind ("Paper", "Code" …); the other lines give the venue
 * written before the links ("NeurIPS 2025, [Paper](…)", "2025-CVPR. [Paper](…) | [Code](…)"), the links,
 * italic authors and the note ("- [Title](url) - description"). Items whose links all point inside the page
 * (tables of contents), items without a title or a link, and items under headings such as "News" or "Contents"
 * are not entries; an item with paper or code links but no title is reported and skipped.
 */
final class BulletReader {
    private static final Pattern SHORT_CODE = Pattern.compile(":[a-z0-9_+\\-]{1,40}:");
    private static final Pattern BR = Pattern.compile("(?i)^<\\s*br\\s*/?\\s*>$");
    /** A line that opens with the period, comma or semicolon ending the sentence of the line before: one line with it. */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*[.,;](?:\\s|$)");
    /** Lists nested deeper than this are not read, so no input can exhaust the stack. */
    private static final int MAX_DEPTH = 16;

    private final ListRun run;
    private final TableReader tables;
    /** Numbered papers written as headings ({@link ItemHeadings}), remembered per document. */
    final ItemHeadings itemHeadings = new ItemHeadings();
    /** Papers written one heading each, their fields under the heading ({@link PaperHeadings}), remembered per document. */
    final PaperHeadings paperHeadings = new PaperHeadings();
    /** The last top-level item read into an entry without a web link, which a paragraph right after its list may complete. */
    private Linkless linkless;
    /**
     * True while reading a list whose items name papers by a venue tag and a title only ("* (CVPR 17) Title", no link):
     * there a tag naming no known venue, in the same shape ("(Book 18)", "(PhD dissertation 19)"), is the venue as
     * written and its year.
     */
    private boolean namedTagList;
    /** Whether the document's lists name papers by a venue tag and a title alone ({@link #namedTag}). */
    private final TagShape namedTags = new TagShape(this::namedTag);
    /**
     * True while reading a list whose items give a plain title and then, set apart by a pipe, a bold bracketed venue and
     * year ("- Title | **[ICLR' 20]** | [`[pdf]`](url)"): there such a tag ends the title whatever the links after it
     * are called (or when there are none), and a tag naming no known venue is the venue as written and its year.
     */
    private boolean tailTagList;
    /** Whether the document's lists name papers by a title and a bold venue tag after it ({@link #tailTag}). */
    private final TagShape tailTags = new TagShape(this::tailTag);

    /** True while reading a list of plain titles with the venue in parentheses after them and no link ({@link TaggedTitles}). */
    private boolean taggedTitleList;
    /** Whether the document's lists name papers so ({@link TaggedTitles}). */
    private final TagShape taggedTitles = new TagShape(this::taggedTitle);

    /** True while reading a list whose items open with a bold bracketed venue and year, then the title ({@link LeadTags}). */
    private boolean leadTagList;
    /** Whether the document's lists name papers so ({@link LeadTags}). */
    private final TagShape leadTags = new TagShape(this::leadTag);

    /** True while reading a document that labels its papers' links with their venue ({@link VenueLinks#labelsVenues}). */
    private boolean venueLabels;
    /** Whether a document labels its papers' links so. */
    private final PerDocument<Boolean> venueLabelled = new PerDocument<>(top -> VenueLinks.labelsVenues(top, runVenues()));

    /** An item read with a title but no web link: its lines, title line, line, section and where its row is. */
    private record Linkless(ListItem item, List<Line> lines, Line titleLine, int line, List<String> categories, int row) {}

    private Venues runVenues() {
        return run.venues;
    }

    BulletReader(ListRun run, TableReader tables) {
        this.run = run;
        this.tables = tables;
    }

    /**
     * Reads every item of a list.
     *
     * @param lineOf maps a 0-based line index of the parsed text to the list's 1-based line
     * @param owns which lines are read now (a list split between two pieces is read in two parts)
     */
    void read(ListBlock list, IntUnaryOperator lineOf, IntPredicate owns) {
        if (run.inNonEntrySection()) {
            return;
        }
        boolean outer = namedTagList;
        boolean outerTail = tailTagList;
        boolean outerTagged = taggedTitleList;
        boolean outerLead = leadTagList;
        venueLabels = venueLabelled.of(list);
        namedTagList = namedTags.holds(list);
        leadTagList = leadTags.holds(list);
        tailTagList = tailTags.holds(list);
        taggedTitleList = taggedTitles.holds(list);
        try {
            List<ListItem> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    if (!owns.test(lineOf.applyAsInt(firstLineIndex(li)))) {
                        break;
                    }
                    items.add(li);
                }
            }
            for (int i = 0; i < items.size(); i++) {
                List<ListItem> tucked = tuckedUnder(items, i, lineOf);
                readItem(items.get(i), tucked, lineOf, List.of(), 0);
                i += tucked.size();
            }
        } finally {
            namedTagList = outer;
            tailTagList = outerTail;
            taggedTitleList = outerTagged;
            leadTagList = outerLead;
        }
    }

    /**
     * A bold venue tag after a plain title: "[ICLR' 20]", "[ACM CCS '18]", "[CVPR'19]", "[IEEE Transactions on
     * Multimedia 21]", "[CVPR 2024]" (the closing bracket may be missing: "[ICLR' 21"); the name, then the year of two or
     * four digits.
     */
    private static final Pattern TAIL_TAG = Pattern.compile("^\\[\\s*(\\p{L}[^\\[\\]]{0,80}?)\\s*(?:['’]\\s*|\\s+['’]?)((?:19|20)?\\d{2})\\s*\\]?$");
    /** A pipe (or a dash) that sets a title apart from what follows it, at the end of the title's text. */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s[|\\-–—]\\s*$");

    /**
     * The tag of an item's first paragraph giving a plain title then a bold venue tag: {@link Tag#KNOWN} with a known
     * venue, {@link Tag#SHAPED} with a tag of that shape naming none. The title is the text before the tag: no link
     * before it, letters in it, a pipe or a dash after it.
     */
    private Tag tailTag(Paragraph p) {
        StringBuilder before = new StringBuilder();
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof StrongEmphasis strong) {
                Optional<Venues.Parsed> tag = before.length() > 0 && hasLetters(before.toString())
                        && FIELD_SEPARATOR.matcher(before).find() ? tailVenue(CellContent.of(strong).text()) : Optional.empty();
                if (tag.isPresent()) {
                    return tag.get().known() ? Tag.KNOWN : Tag.SHAPED;
                }
                before.append(CellContent.of(strong).text());
            } else if (n instanceof Text t) {
                before.append(t.getLiteral());
            } else if (n instanceof Code c) {
                before.append(c.getLiteral());
            } else {
                return Tag.NONE; // a link, an image or a second line before the tag: the title is no plain text of one line
            }
        }
        return Tag.NONE;
    }

    /**
     * The venue and year of a bold tag after a title ("[KDD' 19]" is KDD 2019; "[ESANN' 15]", naming no known venue, is
     * ESANN 2015 as written, "[IEEE Trans. on Industrial Informatics' 17]" that name), or empty when the text is no such
     * tag. A two-digit year is of this century below 50.
     */
    private Optional<Venues.Parsed> tailVenue(String text) {
        Matcher m = TAIL_TAG.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip().replaceAll("['’]+$", "").strip();
        String digits = m.group(2);
        int year = digits.length() == 4 ? Integer.parseInt(digits) : (Integer.parseInt(digits) < 50 ? 2000 : 1900) + Integer.parseInt(digits);
        if (name.isEmpty() || name.split("\\s+").length > 8) {
            return Optional.empty();
        }
        String asWritten = text.strip();
        Optional<Venues.Parsed> v = run.venues.parse(name + " " + year).filter(p -> p.known() && p.year() != null);
        if (v.isEmpty()) {
            v = venue(name + " " + year);
        }
        // in the venue's place after the title, a name no reading knows is the venue as the list names it
        // ("[IEEE Trans. on Industrial Informatics' 17]")
        return Optional.of(v.filter(p -> p.venue() != null).map(p -> new Venues.Parsed(p.venue(), year, asWritten, p.known()))
                .orElseGet(() -> new Venues.Parsed(name, year, asWritten, false)));
    }

    /** "(CVPR 17) Title" at the start of an item: a bracketed tag ending in a year, then the title. */
    private static final Pattern NAMED_TAG = Pattern.compile("^\\s*[(（]\\s*([^()（）\\[\\]]{2,40}?)\\s*[)）]\\s+\\S");
    /** A tag in that shape naming no known venue: one to five words, then a year of two or four digits ("PhD dissertation 19"). */
    private static final Pattern TAG_NAME_YEAR = Pattern.compile("^\\p{L}[\\p{L}\\-&.]*(?:\\s+\\p{L}[\\p{L}\\-&.]*){0,4}\\s+['’]?(?:(?:19|20)\\d{2}|\\d{2})$");
    /** The fewest items of a list read from a known venue tag and a title alone that make it a list of named papers. */
    private static final int MIN_NAMED = 3;

    /** What an item's venue tag is: none, a tag of the shape naming no known venue, or one naming a known venue. */
    enum Tag { NONE, SHAPED, KNOWN }

    /**
     * A shape of venue-tagged items that a list takes only when its whole document does, remembered per document: in
     * the whole document, at least {@link #MIN_NAMED} items carry the tag with a known venue and those with a tag of that
     * shape are at least half of the items of all lists, and so are they in the list asked about. A list of notes with a
     * dated remark or two is not one, nor is a list of linked papers with a tagged line or a bold remark among them.
     * The counts are, per list: its items, those tagged with a known venue, those with a tag of the shape (an item's tag
     * read from its first paragraph).
     */
    private static final class TagShape {
        private final Function<Paragraph, Tag> tagOf;
        /** Per document, true when its lists are in the shape. */
        private final PerDocument<Boolean> document = new PerDocument<>(this::inShape);

        TagShape(Function<Paragraph, Tag> tagOf) {
            this.tagOf = tagOf;
        }

        /** Whether the document's lists, counted together, are in the shape. */
        private boolean inShape(Node top) {
            int[] sum = new int[3];
            for (Node n = top.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListBlock block) {
                    int[] c = counts(block);
                    for (int k = 0; k < 3; k++) {
                        sum[k] += c[k];
                    }
                }
            }
            return sum[1] >= MIN_NAMED && sum[2] * 2 >= sum[0];
        }

        /** The list's items, those tagged with a known venue, and those with a tag of the shape (known or not). */
        private int[] counts(ListBlock list) {
            int[] c = new int[3];
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                c[0]++;
                Tag tag = item.getFirstChild() instanceof Paragraph p ? tagOf.apply(p) : Tag.NONE;
                c[1] += tag == Tag.KNOWN ? 1 : 0;
                c[2] += tag != Tag.NONE ? 1 : 0;
            }
            return c;
        }

        boolean holds(ListBlock list) {
            if (!document.of(list)) {
                return false;
            }
            int[] c = counts(list);
            return c[2] > 0 && c[2] * 2 >= c[0];
        }
    }

    /**
     * The tag of an item's first paragraph opening with a venue tag and a title, without a link: {@link Tag#KNOWN} with a
     * known venue and year, {@link Tag#SHAPED} with a tag of that shape naming none.
     */
    private Tag namedTag(Paragraph p) {
        if (MarkdownWalker.hasLink(p, false, 0)) {
            return Tag.NONE;
        }
        Matcher m = NAMED_TAG.matcher(CellContent.of(p).text());
        if (!m.find()) {
            return Tag.NONE;
        }
        if (run.venues.parse(m.group(1)).filter(v -> v.known() && v.year() != null).isPresent()) {
            return Tag.KNOWN;
        }
        return TAG_NAME_YEAR.matcher(m.group(1).strip()).matches() ? Tag.SHAPED : Tag.NONE;
    }

    /** The tag of an item's first paragraph opening with a bold bracketed venue and year ({@link LeadTags}). */
    private Tag leadTag(Paragraph p) {
        return LeadTags.tag(p, run.venues);
    }

    /** The tag of an item's first paragraph naming a paper by a plain title and the venue in parentheses after it ({@link TaggedTitles}). */
    private Tag taggedTitle(Paragraph p) {
        return TaggedTitles.read(p, run.venues).map(r -> TaggedTitles.known(r) ? Tag.KNOWN : Tag.SHAPED).orElse(Tag.NONE);
    }

    /**
     * "-  [Title](url)" with two spaces after the dash, then "  - A, B, and C. ICML, 2011." indented by two: the second
     * line is indented short of the first item's text, so CommonMark makes it a sibling item, though the list writes it
     * under the title (as it writes every other paper's names). The items right after item {@code i} whose line is
     * indented more than item {@code i}'s, each a paragraph without a title or a link of its own, are read as nested in it.
     */
    private List<ListItem> tuckedUnder(List<ListItem> items, int i, IntUnaryOperator lineOf) {
        int indent = indent(items.get(i), lineOf);
        int j = i + 1;
        while (j < items.size() && indent(items.get(j), lineOf) > indent && items.get(j).getFirstChild() instanceof Paragraph p
                && !standsAlone(items.get(j), lineOf) && lines(p, lineOf).stream().allMatch(l -> l.content.links().isEmpty())) {
            j++;
        }
        return items.subList(i + 1, j);
    }

    /** The spaces before an item's marker on its line (a tab counts as four). */
    private int indent(ListItem item, IntUnaryOperator lineOf) {
        String line = run.line(lineOf.applyAsInt(firstLineIndex(item)));
        int n = 0;
        for (int k = 0; k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t'); k++) {
            n += line.charAt(k) == '\t' ? 4 : 1;
        }
        return n;
    }


    /** What the first meaningful part of a line is. */
    private enum Lead { BOLD_TITLE, LINK_TITLE, TEXT_TITLE, ANCHOR, ITALIC, PLAIN, NONE }

    /** A venue tag at the start of a text: "[CVPR 2024]", "(NeurIPS'23)", "【ICLR 2024】". */
    private static final Pattern LEADING_TAG = Pattern.compile("^\\s*[\\[(【]([^\\[\\]()【】]{2,40})[\\])】]\\s*");
    /** A bracketed tag with a year before a title, of any venue: "[2021 Current Opinion in Systems Biology]". */
    private static final Pattern OPEN_TAG = Pattern.compile("^\\s*\\[[^\\[\\]]{2,120}$");
    private static final Pattern LOOSE_TAG = Pattern.compile("^\\s*\\[([^\\[\\]]{2,120})\\]\\s*");
    /** A line of bracketed parts only: "[29th Jan., 2023] [ICLR, 2024]". */
    private static final Pattern BRACKET_GROUPS = Pattern.compile("^(?:\\s*\\[[^\\[\\]]{1,120}\\]\\s*){1,4}$");
    private static final Pattern BRACKET_GROUP = Pattern.compile("\\[([^\\[\\]]{1,120})\\]");
    /** An organisation in parentheses, all a line holds beside a person's linked name: "(Tokyo Institute of Technology)", "(Hanjuku-kaso Co., Ltd.)". */
    private static final Pattern AFFILIATION = Pattern.compile("^[(（][^()（）]{0,60}\\b(?:Universit(?:y|ät|é|à)|Institute|College|School|Lab(?:s|oratory)?|"
            + "Inc\\.?|Ltd\\.?|Co\\.|Corp(?:oration|\\.)?|Company|Research|Academy|Center|Centre)\\b[^()（）]{0,60}[)）]$");
    /** Bracketed labels ending a line's text, not links: " [NL, Isabelle]", " [Mizar] [HOL Light]". */
    private static final Pattern TRAILING_LABELS = Pattern.compile("(?:\\s*\\[[^\\[\\]]{1,120}\\])+\\s*$");
    /** The end of a sentence of a reference: a period, question or exclamation mark, then a capital letter. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.?!])\\s+(?=\\p{Lu})");
    /** A short name and a colon before a bold title ("GCG: **Universal and Transferable …**"). */
    private static final Pattern NAME_COLON = Pattern.compile("^\\s*([^\\s:：*\\[\\]()#][^:：*\\[\\]#]{0,60}?)\\s*[:：]\\s*$");
    /** The most words of a name written before a bold title and a colon. */
    private static final int MAX_NAME_WORDS = 6;
    /** A line that is only a label and a colon ("FedAvg:"), naming the paper of the line under it. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}+\\-. ]{0,30}?)\\s*[:：]\\s*$");
    /** A line led by a label and a colon ("Researcher: Wotao Yin, UCLA", "Keywords: …"): a remark, not the names of the authors. */
    private static final Pattern LABELLED = Pattern.compile("^\\s*(\\p{L}[\\p{L} ]{0,24}?)\\s*[:：]\\s");
    /** The labels of a line that does give the authors ("Authors: A, B"). */
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)authors?|by|written by");
    /** "Title. In": the word opening a reference's venue sentence, left at the end of the text before an italic venue. */
    private static final Pattern IN_VENUE = Pattern.compile("(?<=\\p{L}[.?!])\\s+In$");
    /**
     * A quoted title with at most a short name and a colon before it and a venue after it: "DiMP: \"Learning … Tracking\"
     * ICCV", "\"ATOM: Accurate Tracking by Overlap Maximization\" CVPR", "LMCF:\"Large Margin … Maps\" CVPR".
     */
    private static final Pattern QUOTED_TITLE = Pattern.compile(
            "^(?:([\\p{L}\\p{N}][\\p{L}\\p{N}+\\-.]{0,20}(?: [\\p{L}\\p{N}+\\-.]{1,20}){0,2})\\s*[:：]\\s*)?[\"“]([^\"“”]{3,}?)[\"”]\\s*([^\"“”]{0,40})$");
    /** Quotation marks around a title ("\"Title\"", "“Title”"). */
    private static final String QUOTES = "\"“”„";
    /** Names, then (after a comma or a space) the year ending the text: "Rudinger, Rachel and Naradowsky, Jason, 2018". */
    private static final Pattern BIBTEX_NAMES_YEAR = Pattern.compile("^(.+?)(?:,?\\s+((?:19|20)\\d{2}))?\\.?$");
    /** One name in BibTeX order, "Surname, First": a capitalised surname (after particles such as "van"), one comma. */
    private static final Pattern BIBTEX_NAME = Pattern.compile(
            "^(?:(?:van|von|de|der|den|da|del|di|du|la|le|dos|das)\\s+)*[\\p{Lu}{][^,\\d]{0,60},\\s*[\\p{Lu}{\\\\][^,\\d]{0,60}$");

    /**
     * True when the text is names in BibTeX order cut by "and" ("Gonen, Hila  and Goldberg, Yoav", "…, and Kreps, Sarah
     * and others"): two names or more, or one when a year follows it.
     */
    private static boolean bibtexNames(String text, boolean year) {
        String[] parts = text.strip().split("\\s+and\\s+");
        int names = 0;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k].strip();
            if (k == parts.length - 1 && k > 0 && part.equals("others")) {
                continue;
            }
            if (!BIBTEX_NAME.matcher(part).matches()) {
                return false;
            }
            names++;
        }
        return names >= 2 || names == 1 && year;
    }
    /** A venue no list of venues knows, written as capitalised words and its year ("AISTAT 2017", "IEEE CyberC 2019"). */
    private static final Pattern NAMED_YEAR = Pattern.compile("^\\p{Lu}[\\p{L}\\-&]*(?:\\s+\\p{Lu}[\\p{L}\\-&]*){0,2}\\s+(?:19|20)\\d{2}$");
    /** Where a linked title's last parts start: a full stop or a comma, then a space ("Title. ICLR 2020.", "Title, AAAI 2019"). */
    private static final Pattern TAIL_CUT = Pattern.compile("(?<=[^\\s.])[.,]\\s+(?=\\S)|(?<=[?!])\\s+(?=\\S)");
    /** A mark a list puts before some titles, no part of them: "(*) Title" (recommended), "(x) Title" (struck out). */
    private static final Pattern TITLE_MARK = Pattern.compile("^\\((?:\\*|x|X|✓|✔|!)\\)\\s+(?=\\S)");
    /** Parts of a line set apart by a dash or bar with spaces on both sides: "Title - Authors - CVPR 2024". */
    private static final Pattern DASHED = Pattern.compile("\\s+[-–—|]\\s+");
    /** The check box of a task list item: "[ ]", "[x]". */
    private static final Pattern TASK_MARKER = Pattern.compile("^\\s*\\[[ xX]\\]\\s+");
    /** "2022.", "(2021)", "[2020] ": a year alone before a linked or bold title ("- 2022.[**CLCD dataset**](url)"). */
    /** "2024-TGRS.", "2023-arxiv.": a year and a venue joined by a dash before a linked or bold title. */
    private static final Pattern YEAR_VENUE_PREFIX = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*[-–—]\\s*([^\\[\\]()]{2,40}?)\\s*[.:]?\\s*$");
    /** "GRAFT(Paper)", "EarthGPT(Paper )": a short name with the kind of its link in parentheses. */
    private static final Pattern NAME_AND_KIND = Pattern.compile("^(\\S{2,40}?)\\s*[(（]\\s*([^()（）]{1,20}?)\\s*[)）]$");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^\\s*[\\[(（]?((?:19|20)\\d{2})[\\])）]?\\s*[.:,\\-–—]?\\s*$");
    /** A URL written bare, in parentheses or not, after a reference string without a link: "… 2017.(https://…)". */
    /** A DOI written without its URL: "doi:10.1109/TNNLS.2020.2978386", "DOI: 10.1016/…". */
    private static final Pattern DOI = Pattern.compile("(?i)\\bdoi:\\s*(10\\.\\d{4,9}/[^\\s]+?)\\.?(?=\\s|$)");
    private static final Pattern BARE_URL = Pattern.compile("[(（]?\\b(https?://[^\\s()（）]+)[)）]?\\.?");
    /** A dataset's or tool's name written alone: a capital or digit first, letters, digits and - _ . + inside ("Potsdam", "ISPRS-2D"). */
    private static final Pattern NAME = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}_.+\\-]{1,39}");
    /**
     * The names and year before a bold title, as the ACL Anthology and natbib styles write a reference ("A. Author, B.
     * Author, and C. Author. 2016." or "… (2016)."): the names, then the year (with a letter that tells apart two
     * papers of one year: "2018c").
     */
    private static final Pattern NAMES_YEAR = Pattern.compile("^(.{2,600}?)[\\s.,]*[(（]?((?:19|20)\\d{2})[a-z]?[)）]?$");
    /** The most words of an italic or bold marker before a title ("*Highlighted*", "**Oral**", "*Best Paper Award*"). */
    private static final int MAX_MARKER_WORDS = 4;
    /** What may stand between such a marker and its title: spaces, a colon, a dash or a bar, an angle bracket ("**[ICM]** <[Title](url)>"). */
    private static final Pattern MARKER_GAP = Pattern.compile("[\\s:：\\-–—|<]*");
    /** Short names in brackets, as a bold marker before a title: "[RND]", "[MBIE, MBIE-EB]". */
    private static final Pattern BRACKETED_NAMES = Pattern.compile("^\\[\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}\\-+. ]{0,20}(?:,\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}\\-+. ]{0,20}){0,3})\\s*\\]$");
    /** Names in BibTeX's order cut by "and", each one comma: "Burda, Yuri and Edwards, Harrison and Storkey, Amos". */
    private static final Pattern BIBTEX_ORDER = Pattern.compile("^[^,]+,[^,]+(?:\\s+and\\s+[^,]+,[^,]+)+$");
    /** "&gt; by A, B and C, 2016.": the names after a title in angle brackets, then the year. */
    private static final Pattern BY_NAMES = Pattern.compile("^>?\\s*by\\s+(\\p{Lu}.*?)(?:[,.]?\\s*((?:19|20)\\d{2}))?\\.?$");
    /** Labels before a title that mark it rather than name it ("Survey: [Title](url)", "New: **Title**"). */
    private static final Set<String> MARKER_WORDS = Set.of("survey", "review", "oral", "spotlight", "highlight", "poster", "new",
            "update", "updated", "news", "note", "tutorial", "award", "best paper", "position", "position paper", "preprint");
    /** The most words of a label ending with a colon before a title ("BIPIA:", "Our survey paper on MedIA:"). */
    private static final int MAX_LABEL_WORDS = 6;
    /** The longest plain-text title read before a line's links, in characters. */
    private static final int MAX_TEXT_TITLE = 300;
    /** The most words a bracketed tag without a four-digit year may have before a title ("[Information Procs. &amp; Mana.]"). */
    private static final int MAX_TAG_WORDS = 6;

    /** One line of an item: its inline nodes, their content, its source line, and how it reads. */
    private static final class Line {
        final List<Node> nodes;
        final CellContent content;
        final int line;
        Lead lead = Lead.NONE;
        String title;
        String titleUrl;
        /** The venue and year the line starts with, before its title ("**[CVPR 2024]** Title …"), if any. */
        Venues.Parsed venueTag;
        /** Text between a plain title and its venue ("Title - A. Author - CVPR 2024"), read as a note. */
        String titleNote;
        /** The content of the line after its title, when it has one. */
        CellContent rest;
        /** The authors of a plain-text reference ("Title. A. Author, B. Author. CVPR 2024"), or null. */
        String textAuthors;
        /** The names of a reference string that puts them before its title ("Rendle S, Freudenthaler C. Title[C]//…"), or null. */
        Authors.Parsed citedNames;
        /** A URL written bare after a reference string without a link ("… 2017.(https://…)"), or null. */
        String bareUrl;
        /** The year written alone before the title ("2022.[Title](url)"), or null. */
        Integer yearTag;
        /** The month written in brackets before the title ("[2024/05] **Title**"), as an ISO date, or null. */
        String dateTag;
        /** True when the title follows a label that is a phrase ("Our survey paper on MedIA: [Title](url)"), not a name. */
        boolean proseLabel;
        /** True when the title is a short name read from a label such as "GRAFT(Paper)". */
        boolean shortName;
        /** True when the title may end with its date and venue, as a paragraph's title does ("Title. ICLR 2020."). */
        boolean tail;
        /** Names given inside a venue tag before the title ("[2018 Nature Biotechnology, **CCA**]"). */
        List<String> tagAliases = List.of();
        /** Where in {@link #nodes} the content after the title starts, or -1. */
        int restStart = -1;
        /** A citation count written after a reference, as a note ("Citation: 8,507"), or null. */
        final String citationCount;
        private final Venues venues;

        /** Whether the line is under a heading of tools or datasets, where a name alone before its links is a title ("Potsdam"). */
        private final boolean names;
        /**
         * Reads a bold venue tag after a title ("Title | **[KDD' 19]**") in a list that writes its papers so
         * ({@link BulletReader#tailTagList}); null elsewhere.
         */
        private final Function<String, Optional<Venues.Parsed>> tailTag;

        Line(List<Node> nodes, int line, Function<String, Optional<Venues.Parsed>> tags, Venues venues, boolean names,
                Function<String, Optional<Venues.Parsed>> tailTag) {
            // "… In *Proceedings of ACL 2002*. ([Citation](…): 8,507)": a citation count is no part of the reference
            CitationCounts.Taken counted = CitationCounts.take(nodes);
            this.nodes = counted.nodes();
            this.citationCount = counted.note().orElse(null);
            this.content = CellContent.of(this.nodes);
            this.line = line;
            this.venues = venues;
            this.names = names;
            this.tailTag = tailTag;
            analyze(tags);
        }

        private void analyze(Function<String, Optional<Venues.Parsed>> tags) {
            int skip = 0;
            boolean tagged = false;
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                String literal = n instanceof Text t ? t.getLiteral().substring(Math.min(skip, t.getLiteral().length())) : null;
                skip = 0;
                // a mark without letters before the text ("- `*` Nesterov, Yurii. …") is no part of the title
                if (n instanceof Image || n instanceof HtmlInline || (literal != null && !hasLetters(literal))
                        || (n instanceof Code c && !hasLetters(c.getLiteral()))) {
                    continue;
                }
                if (!tagged) {
                    // "- [x] Title …": a task list's check box is no part of the title
                    Matcher task = literal == null ? null : TASK_MARKER.matcher(literal);
                    if (task != null && task.find()) {
                        skip = offsetAfter((Text) n, literal, task.end());
                        i -= skip > 0 ? 1 : 0;
                        continue;
                    }
                    tagged = true;
                    // a venue tag before the title: the whole first node, or a bracketed start of its text
                    if (n instanceof StrongEmphasis || n instanceof Emphasis || n instanceof Code) {
                        Optional<Venues.Parsed> tag = tags.apply(n instanceof Code c ? c.getLiteral() : CellContent.of(n).text());
                        // "**SemEval-2010 Task 8 Dataset**. [[link]](…) [[paper]](…)": a bold name followed by nothing but
                        // kinds of link is the line's title, even when it starts with a venue and a year
                        if (tag.isPresent() && (n instanceof Code || titleAfter(i) || !linkAfter(i))) {
                            venueTag = tag.get();
                            continue;
                        }
                    } else if (literal != null) {
                        AngleTitles.Names shortNames = AngleTitles.namesBefore(literal);
                        if (shortNames != null && angledTitle(i + 1, shortNames)) {
                            return;
                        }
                        Matcher year = YEAR_PREFIX.matcher(literal);
                        boolean titleNext = i + 1 < nodes.size() && (nodes.get(i + 1) instanceof Link || nodes.get(i + 1) instanceof StrongEmphasis);
                        if (year.matches() && titleNext) {
                            yearTag = Integer.valueOf(year.group(1));
                            continue;
                        }
                        Matcher yearVenue = YEAR_VENUE_PREFIX.matcher(literal);
                        if (yearVenue.matches() && titleNext) {
                            // "2024-TGRS. [**RS5M(Paper)**](url)": the venue when it is a known one, the year always
                            Optional<Venues.Parsed> v = venues.parse(yearVenue.group(2)).filter(Venues.Parsed::known);
                            Integer y = Integer.valueOf(yearVenue.group(1));
                            if (v.isPresent()) {
                                venueTag = new Venues.Parsed(v.get().venue(), y, yearVenue.group(1) + "-" + yearVenue.group(2).strip(), true);
                            } else {
                                yearTag = y;
                            }
                            continue;
                        }
                        Matcher m = LEADING_TAG.matcher(literal);
                        Optional<Venues.Parsed> tag = m.find() ? tags.apply(m.group(1)) : Optional.empty();
                        if (tag.isEmpty() && OPEN_TAG.matcher(literal).matches()) {
                            // "[2018 Nature Biotechnology, **CCA**] **Title**": a model's bold name inside the tag is an alias
                            int close = closeTag(i);
                            if (close > 0) {
                                StringBuilder text = new StringBuilder(literal.strip().substring(1));
                                List<String> names = new ArrayList<>();
                                for (int j = i + 1; j < close; j++) {
                                    if (nodes.get(j) instanceof StrongEmphasis) {
                                        names.add(CellContent.of(nodes.get(j)).text());
                                    } else if (nodes.get(j) instanceof Text t) {
                                        text.append(t.getLiteral());
                                    }
                                }
                                String last = ((Text) nodes.get(close)).getLiteral();
                                text.append(last, 0, last.indexOf(']'));
                                Optional<Venues.Parsed> v = Venues.hasYear(text.toString()) ? venues.parse(Cells.clean(text.toString())) : Optional.empty();
                                if (v.isPresent()) {
                                    venueTag = v.get();
                                    tagAliases = names;
                                    i = close;
                                    continue;
                                }
                            }
                        }
                        if (tag.isEmpty()) {
                            // "[2022 Nature Methods] **Title**": a bracketed year and venue right before a bold or linked title
                            m = LOOSE_TAG.matcher(literal);
                            if (m.find() && m.end() == literal.length() && i + 1 < nodes.size()
                                    && (nodes.get(i + 1) instanceof StrongEmphasis || nodes.get(i + 1) instanceof Link)) {
                                String inside = m.group(1);
                                Optional<String> month = DateTags.read(inside);
                                if (month.isPresent()) {
                                    // "[2024/05] **Title**": the arXiv month the list dates its papers by, no venue
                                    dateTag = month.get();
                                    yearTag = Integer.valueOf(month.get().substring(0, 4));
                                    skip = offsetAfter((Text) n, literal, m.end());
                                    i -= skip > 0 ? 1 : 0;
                                    continue;
                                }
                                Optional<Venues.Parsed> v = venues.parse(Venues.withCentury(inside));
                                boolean beforeLabel = nodes.get(i + 1) instanceof Link next && Labels.isGeneric(CellContent.of(next).text());
                                if (Venues.hasYear(inside) || v.map(Venues.Parsed::known).orElse(false)) {
                                    tag = v;
                                } else if (isShortTag(inside) && !beforeLabel) {
                                    // a short tag is never the title; before a bare "[paper](url)" the line reads as it always did
                                    if (v.map(p -> p.year() != null).orElse(false)) {
                                        // "[Openreview 23] **Title**": a venue the list names, with a two-digit year
                                        tag = v;
                                    } else if (!Labels.isGeneric(inside)) {
                                        // "[ACM computing survey] **Title**", "[xAI] **Title**": a tag naming no known venue is kept as a note
                                        titleNote = inside.strip();
                                        continue;
                                    }
                                }
                            }
                        }
                        if (tag.isPresent()) {
                            venueTag = tag.get();
                            skip = offsetAfter((Text) n, literal, m.end());
                            i -= skip > 0 ? 1 : 0;
                            continue;
                        }
                    }
                }
                if (n instanceof StrongEmphasis && (bracketedName(i, tags) || boldBracketedName(i, tags))) {
                    return;
                }
                if (n instanceof StrongEmphasis) {
                    Link inner = onlyLink(n);
                    if (inner != null) {
                        readLink(inner, i);
                        if (lead == Lead.LINK_TITLE) {
                            return;
                        }
                    }
                    String text = CellContent.of(n).text();
                    if (inner == null && markedTitle(i)) {
                        return;
                    }
                    if (!text.isEmpty() && Dates.parse(stripEdges(text)).isEmpty() && !Labels.isGeneric(text)) {
                        lead = Lead.BOLD_TITLE;
                        title = stripEdges(text);
                        // "**[Code](url)**" or "**New: [Title](url)**": the bold's first link is the title's
                        Link target = inner != null ? inner : firstLink(n);
                        titleUrl = target == null || target.getDestination().startsWith("#") ? null : CellContent.withScheme(target.getDestination());
                        rest = CellContent.of(nodes.subList(i + 1, nodes.size()));
                        restStart = i + 1;
                    } else {
                        lead = Lead.PLAIN;
                    }
                    return;
                }
                if (n instanceof Link link) {
                    readLink(link, i);
                    return;
                }
                if (n instanceof Emphasis && nodes.subList(i + 1, nodes.size()).stream().allMatch(BulletReader::isBlankNode)) {
                    lead = Lead.ITALIC;
                    return;
                }
                if (n instanceof Emphasis && quotedItalicTitle(i)) {
                    return;
                }
                if (n instanceof Emphasis && venueTag == null && yearTag == null) {
                    // "*A. Author, B. Author.* **Title.** ICLR 2018.": italic names before a bold or linked title
                    StringBuilder names = new StringBuilder(CellContent.of(n).text());
                    int j = i + 1;
                    while (j < nodes.size() && nodes.get(j) instanceof Text t) {
                        names.append(t.getLiteral());
                        j++;
                    }
                    if (namesBeforeBold(names.toString(), j)) {
                        return;
                    }
                }
                if (n instanceof Emphasis && markedTitle(i)) {
                    return;
                }
                if (literal != null && (nameBeforeBold(i, literal)
                        || venueTag == null && yearTag == null && labelledTitle(i, literal, tags))) {
                    return;
                }
                lead = Lead.PLAIN;
                if (literal != null) {
                    textTitle(i, literal, tags);
                }
                return;
            }
        }

        /**
         * "1) *\"Title\"* [[paper](https://…)] [[github](https://…)]", "*“Title”*, IJCAI 2020 [[paper](…)]": an italic text
         * of two words or more inside quotation marks, with no link of its own, at the line's start and links to the web
         * after it, is the paper's title (names are never quoted; a quoted italic is a title the way a bold one is). What
         * follows it (a venue, a year, the links) is read as after a bold title.
         */
        private boolean quotedItalicTitle(int i) {
            Node n = nodes.get(i);
            if (firstLink(n) != null) {
                return false;
            }
            String text = CellContent.of(n).text().strip();
            if (text.length() < 3 || QUOTES.indexOf(text.charAt(0)) < 0 || QUOTES.indexOf(text.charAt(text.length() - 1)) < 0) {
                return false;
            }
            String inner = unquoted(text);
            if (inner.equals(text) || inner.split("\\s+").length < 2 || Dates.parse(inner).isPresent()) {
                return false;
            }
            if (nodes.subList(i + 1, nodes.size()).stream().noneMatch(x -> x instanceof Link l && isAbsolute(l.getDestination()))) {
                return false;
            }
            lead = Lead.BOLD_TITLE;
            title = text;
            titleUrl = null;
            rest = CellContent.of(nodes.subList(i + 1, nodes.size()));
            restStart = i + 1;
            return true;
        }

        /**
         * "8. GCG: **\"Universal and Transferable Adversarial Attacks …\"**.": a short name (at most {@link #MAX_NAME_WORDS}
         * words) and a colon right before a bold title of two words or more. The bold text is the title, the name an
         * alias unless the title starts with it ("NeMo Guardrails: **NeMo Guardrails: A Toolkit …**").
         */
        private boolean nameBeforeBold(int i, String literal) {
            Matcher m = NAME_COLON.matcher(literal);
            if (!m.matches() || i + 1 >= nodes.size() || !(nodes.get(i + 1) instanceof StrongEmphasis bold) || firstLink(bold) != null) {
                return false;
            }
            String name = stripEdges(m.group(1));
            String text = stripEdges(CellContent.of(bold).text());
            if (name.isEmpty() || !hasLetters(name) || name.split("\\s+").length > MAX_NAME_WORDS || text.split("\\s+").length < 2
                    || Labels.isGeneric(text) || Dates.parse(text).isPresent() || Dates.parse(name).isPresent()) {
                return false;
            }
            lead = Lead.BOLD_TITLE;
            title = text;
            titleUrl = null;
            rest = CellContent.of(nodes.subList(i + 2, nodes.size()));
            restStart = i + 2;
            String bare = unquoted(text);
            if (!Labels.isGeneric(name) && !bare.regionMatches(true, 0, name, 0, name.length())) {
                tagAliases = List.of(name);
            }
            return true;
        }

        /**
         * The index of the text node closing a tag opened by node {@code open} ("[2018 Nature Biotechnology, **CCA**]"),
         * when only text and bold lie between and a bold or linked title follows; else -1.
         */
        private int closeTag(int open) {
            for (int j = open + 1; j < nodes.size() && j <= open + 6; j++) {
                Node n = nodes.get(j);
                if (n instanceof Text t && t.getLiteral().indexOf(']') >= 0) {
                    String after = t.getLiteral().substring(t.getLiteral().indexOf(']') + 1);
                    boolean titleNext = j + 1 < nodes.size() && (nodes.get(j + 1) instanceof StrongEmphasis || nodes.get(j + 1) instanceof Link);
                    return after.isBlank() && titleNext && t.getLiteral().indexOf('[') < 0 ? j : -1;
                }
                if (!(n instanceof Text) && !(n instanceof StrongEmphasis)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Where in a text node's literal the line goes on after {@code end} characters of what is left of it
         * ({@code literal}), for a second look at the same node; 0 when nothing with letters is left there.
         */
        private static int offsetAfter(Text node, String literal, int end) {
            return hasLetters(literal.substring(end)) ? node.getLiteral().length() - literal.length() + end : 0;
        }

        /**
         * "- Title of the Paper. [[Paper](url)] [[Code](url)]": plain text up to the first link is the title when
         * the line's links are all kinds of link, none a title of its own, and one of them leads to the paper, its
         * code, data or model on the web ("[here](…)" does not).
         */
        /**
         * "[**ALOCC**]Adversarially Learned One-Class Classifier …", "[**ODIN**] Enhancing The Reliability …": a short bold
         * name in brackets before a plain title. The text after the brackets is the title, the name an alias. False (and
         * nothing read) when that text is no title, so that the bold name is read as before.
         */
        private boolean bracketedName(int i, Function<String, Optional<Venues.Parsed>> tags) {
            if (i == 0 || i + 1 >= nodes.size() || !(nodes.get(i - 1) instanceof Text open) || !open.getLiteral().strip().endsWith("[")
                    || !(nodes.get(i + 1) instanceof Text close) || !close.getLiteral().stripLeading().startsWith("]")) {
                return false;
            }
            String name = shortBoldName(nodes.get(i), tags);
            String after = close.getLiteral().stripLeading().substring(1);
            if (name == null || !hasLetters(after) || after.strip().split("\\s+").length < 2) {
                return false;
            }
            List<String> before = tagAliases;
            tagAliases = List.of(name);
            textTitle(i + 1, after, tags);
            if (!hasTitle()) {
                tagAliases = before;
                lead = Lead.NONE;
                return false;
            }
            return true;
        }

        /**
         * "**[CSR]** CSRNet: Dilated Convolutional Neural Networks … (**CVPR**) [[paper](…)]": short names in brackets inside
         * bold before a plain title ({@link BoldNameTags}). The text after the bold is the title, the names aliases (a name
         * and a year, "**[Zhang 2015]**", the first author). False (and nothing read) when that text is no title.
         */
        private boolean boldBracketedName(int i, Function<String, Optional<Venues.Parsed>> tags) {
            if (i + 1 >= nodes.size() || firstLink(nodes.get(i)) != null || !(nodes.get(i + 1) instanceof Text next)) {
                return false;
            }
            Optional<BoldNameTags.Read> read = BoldNameTags.read(CellContent.of(nodes.get(i)).text());
            String after = next.getLiteral();
            if (read.isEmpty() || !hasLetters(after) || after.strip().split("\\s+").length < 2) {
                return false;
            }
            List<String> before = tagAliases;
            tagAliases = read.get().names();
            textTitle(i + 1, after, tags);
            if (!hasTitle()) {
                tagAliases = before;
                lead = Lead.NONE;
                return false;
            }
            if (read.get().author() != null && textAuthors == null) {
                textAuthors = read.get().author();
            }
            // "Hybrid  Graph  Neural  Networks  for  Crowd  Counting": the spaces the list doubles are one
            title = title.replaceAll("\\s{2,}", " ");
            // "… Crowd Counting (**ICCV(oral)**) [[paper](…)]": a known venue in bold parentheses right after the title
            int end = restStart;
            if (venueTag == null && end >= 1 && end + 1 < nodes.size() && nodes.get(end - 1) instanceof Text open
                    && open.getLiteral().stripTrailing().endsWith("(") && nodes.get(end) instanceof StrongEmphasis bold
                    && nodes.get(end + 1) instanceof Text close && close.getLiteral().strip().startsWith(")")
                    && !hasLetters(close.getLiteral())) {
                Optional<BoldNameTags.Venue> venue = BoldNameTags.venue(CellContent.of(bold).text(), venues);
                if (venue.isPresent()) {
                    venueTag = venue.get().parsed();
                    if (venue.get().remark() != null && titleNote == null) {
                        titleNote = venue.get().remark();
                    }
                    restStart = end + 1;
                    rest = CellContent.of(nodes.subList(restStart, nodes.size()));
                }
            }
            return true;
        }

        /** The text of a bold name of one to three words without a link, that is no kind of link, date or venue; else null. */
        private static String shortBoldName(Node bold, Function<String, Optional<Venues.Parsed>> tags) {
            if (!(bold instanceof StrongEmphasis) || firstLink(bold) != null) {
                return null;
            }
            String name = stripEdges(CellContent.of(bold).text());
            if (name.isEmpty() || name.length() > 40 || name.split("\\s+").length > 3 || !hasLetters(name) || Labels.isGeneric(name)
                    || Dates.parse(name).isPresent() || tags.apply(name).isPresent()) {
                return null;
            }
            return name;
        }

        private void textTitle(int from, String firstLiteral, Function<String, Optional<Venues.Parsed>> tags) {
            int end = from + 1;
            StringBuilder text = new StringBuilder(firstLiteral);
            List<String> bracketNames = new ArrayList<>();
            while (end < nodes.size()) {
                Node n = nodes.get(end);
                if (n instanceof Text || n instanceof Code) {
                    text.append(n instanceof Code c ? c.getLiteral() : ((Text) n).getLiteral());
                    end++;
                    continue;
                }
                String open = text.toString().stripTrailing();
                // "Estimating the Support of a High-Dimensional Distribution [**OC-SVM**] | **[Journal …' 01]**": where a
                // bold tag ends the title, a short bold name in brackets after it is the title's alias
                if (tailTag != null && open.endsWith("[") && end + 1 < nodes.size() && nodes.get(end + 1) instanceof Text close
                        && close.getLiteral().stripLeading().startsWith("]")) {
                    String name = shortBoldName(n, tags);
                    if (name != null) {
                        bracketNames.add(name);
                        text.setLength(open.length() - 1);
                        text.append(' ').append(close.getLiteral().stripLeading().substring(1));
                        end += 2;
                        continue;
                    }
                }
                break;
            }
            if (venueTag == null && yearTag == null && namesBeforeBold(text.toString(), end)) {
                return;
            }
            if (venueTag == null && yearTag == null && apaReference(from, firstLiteral)) {
                return;
            }
            boolean webLink = false;
            for (Node n : nodes.subList(end, nodes.size())) {
                if (n instanceof Link link && !link.getDestination().strip().startsWith("#")) {
                    // "Title [[paper](…)](extension of [L2SM](#L2SM))": a link to a place in the list is a cross-reference
                    String label = CellContent.of(link).text();
                    if (!Labels.isGeneric(label)) {
                        return;
                    }
                    webLink |= isAbsolute(link.getDestination().strip()) && Labels.namesAResource(label);
                }
            }
            String t = stripEdges(text.toString().strip().replaceAll("[\\[(【\\s]+$", ""));
            // "Title. In *COLT 2016*. [[pdf](…)]": the "In" opening the venue's sentence is no part of the title
            t = IN_VENUE.matcher(t).replaceFirst("");
            if (t.endsWith(".") && !t.endsWith("..")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (venueTag == null && citation(t, end, tags)) {
                return;
            }
            // "Title - A. Author, B. Author - CVPR 2024": parts set apart by dashes, the last a venue, give the venue and a note
            String[] parts = DASHED.split(t);
            Optional<Venues.Parsed> lastPart = parts.length >= 2 && venueTag == null ? tags.apply(parts[parts.length - 1]) : Optional.empty();
            String candidate = lastPart.isPresent() ? parts[0] : t;
            // "Title. A. Author, B. Author. NeurIPS 2017": sentences of a reference, the last a venue with its year
            String[] sentences = lastPart.isPresent() || venueTag != null ? new String[0] : SENTENCE.split(t);
            if (sentences.length >= 2 && sentences.length <= 12) {
                String last = sentences[sentences.length - 1].replaceAll("[.,;]+$", "").strip();
                Optional<Venues.Parsed> v = last.split("\\s+").length <= 6 ? tags.apply(last) : Optional.empty();
                String names = String.join(" ", java.util.Arrays.asList(sentences).subList(1, sentences.length - 1)).replaceAll("\\.$", "");
                if (v.isPresent() && (names.isEmpty() || Authors.looksLikeNames(names))) {
                    candidate = sentences[0].replaceAll("\\.$", "").strip();
                    lastPart = v;
                    parts = new String[] {candidate, last};
                    textAuthors = names.isEmpty() ? null : names;
                }
            }
            // "DiMP: \"Learning Discriminative Model Prediction for Tracking\" ICCV. [[Paper]](…)": the quoted title, the
            // short name before it an alias, the known venue after it the venue
            Matcher quoted = venueTag == null && !lastPart.isPresent() ? QUOTED_TITLE.matcher(candidate) : null;
            if (quoted != null && quoted.matches()) {
                String after = quoted.group(3).replaceAll("[.,;]+$", "").strip();
                Optional<Venues.Parsed> v = after.isEmpty() ? Optional.empty()
                        : venues.parse(after).filter(p -> p.known() && p.venue() != null);
                if (after.isEmpty() || v.isPresent()) {
                    candidate = quoted.group(2).strip();
                    lastPart = v;
                    parts = new String[] {candidate, after};
                    if (quoted.group(1) != null) {
                        List<String> all = new ArrayList<>(tagAliases);
                        all.add(quoted.group(1).strip());
                        tagAliases = List.copyOf(all);
                    }
                }
            }
            // "* Potsdam [[BaiduYun]](…)": under a heading of datasets or tools, a name alone before its links is the title
            boolean name = names && NAME.matcher(candidate).matches();
            // "* (CVPR 17) iCaRL: Incremental Classifier …": a line that opens with a known venue and its year, then a
            // title of one sentence and nothing else, names a paper the list gives no link for
            boolean namedOnly = !webLink && venueTag != null && venueTag.year() != null
                    && nodes.stream().noneMatch(n -> n instanceof Link) && SENTENCE.split(candidate).length == 1;
            // "- Title | **[ACMMM' 18]** | [`[link]`](…)", "- Title | **[NeurIPS' 20]**": in a list that writes each paper
            // so, the bold venue tag after the title makes it a paper, whatever its links are called or without any
            boolean tailTagged = tailTag != null && end < nodes.size() && nodes.get(end) instanceof StrongEmphasis tagNode
                    && FIELD_SEPARATOR.matcher(text).find() && tailTag.apply(CellContent.of(tagNode).text()).isPresent();
            if (!(webLink || namedOnly || tailTagged) || candidate.length() > MAX_TEXT_TITLE || (candidate.split("\\s+").length < 2 && !name) || Dates.parse(candidate).isPresent()
                    || BRACKET_GROUPS.matcher(candidate).matches() // "[TPAMI 22]" alone is a tag, never a title
                    || Labels.isGeneric(candidate) || tags.apply(candidate).isPresent()) {
                return;
            }
            lead = Lead.TEXT_TITLE;
            title = candidate;
            rest = CellContent.of(nodes.subList(end, nodes.size()));
            restStart = end;
            if (!bracketNames.isEmpty()) {
                List<String> all = new ArrayList<>(tagAliases);
                all.addAll(bracketNames);
                tagAliases = List.copyOf(all);
            }
            if (lastPart.isPresent()) {
                venueTag = lastPart.get();
                titleNote = parts.length > 2 ? String.join(" - ", java.util.Arrays.asList(parts).subList(1, parts.length - 1)) : null;
            }
        }

        /**
         * "A. Author, B. Author, and C. Author. 2016. **Title**. In Proceedings of ACL, pages 1–9. [[paper]](url)": plain
         * (or italic) text that reads as names (with or without the year) right before a bold or linked title ("A. Author,
         * B. Author. [Title](url). ICLR 2017."), as the ACL Anthology and natbib styles write a reference. The bold text is the title, the names the authors, and the text between the title
         * and the next link the venue ("In Proceedings of ACL" is ACL). One name without a year is not enough: "Survey.
         * **Title**" is no reference.
         */
        private boolean namesBeforeBold(String text, int bold) {
            if (bold >= nodes.size()) {
                return false;
            }
            Node titleNode = nodes.get(bold);
            Link linked = titleNode instanceof Link l && !l.getDestination().strip().startsWith("#")
                    && !Labels.isGeneric(CellContent.of(l).text()) ? l : null;
            if (!(titleNode instanceof StrongEmphasis) && linked == null) {
                return false;
            }
            String t = text.strip().replaceAll("[\\s.,:;]+$", "");
            String names = t;
            Integer year = null;
            Matcher m = NAMES_YEAR.matcher(t);
            if (m.matches()) {
                names = m.group(1).strip().replaceAll("[\\s.,:;(（]+$", "");
                year = Integer.valueOf(m.group(2));
            }
            if (names.isEmpty() || !Authors.looksLikeNames(names)) {
                return false;
            }
            Authors.Parsed parsed = Authors.parse(names);
            if (parsed.names().isEmpty() || (year == null && parsed.names().size() < 2 && !parsed.etAl())) {
                return false;
            }
            Node strong = titleNode;
            Link inner = linked != null ? linked : onlyLink(strong);
            String boldText = stripEdges(CellContent.of(strong).text());
            if (boldText.isEmpty() || Labels.isGeneric(boldText) || Dates.parse(boldText).isPresent()
                    || (boldText.split("\\s+").length < 2 && !boldText.contains(":"))) {
                return false;
            }
            int end = bold + 1;
            StringBuilder after = new StringBuilder();
            while (end < nodes.size() && (nodes.get(end) instanceof Text || nodes.get(end) instanceof Emphasis || nodes.get(end) instanceof Code)) {
                after.append(nodes.get(end) instanceof Text tx ? tx.getLiteral() : CellContent.of(nodes.get(end)).text());
                end++;
            }
            String venueText = after.toString().replaceAll("^[\\s.,:;]+", "").replaceAll("[\\s,:;]+$", "").strip();
            if (year == null) {
                // "A. Author, B. Author. [Title](url). ICLR 2017.": the year after the title
                year = References.lastYear(venueText);
            }
            lead = linked != null ? Lead.LINK_TITLE : Lead.BOLD_TITLE;
            title = boldText;
            titleUrl = inner == null || inner.getDestination().startsWith("#") ? null : CellContent.withScheme(inner.getDestination().strip());
            citedNames = parsed;
            References.Cited cited = new References.Cited(boldText, parsed, venueText.isEmpty() ? null : venueText, year);
            venueTag = References.venue(cited, venues).orElse(null);
            rest = CellContent.of(nodes.subList(end, nodes.size()));
            restStart = end;
            return true;
        }

        /**
         * "*Highlighted* [Title](url)", "**Oral** [Title](url)", "*Survey* **Title** [paper](url)": a short italic or bold
         * marker (at most {@link #MAX_MARKER_WORDS} words, no link) right before a linked title (or, after an italic one, a
         * bold title) is no title: the title after it is, and the marker is kept as a note unless the title starts with it
         * ("**GeoChat** [GeoChat: Grounded …](url)"). After a bold marker the linked title must have more words than the
         * marker and two at least, so that "**Title** [Short name](url)" reads as before.
         */
        private boolean markedTitle(int i) {
            Node marker = nodes.get(i);
            if (firstLink(marker) != null) {
                return false;
            }
            String text = stripEdges(CellContent.of(marker).text());
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            if (words == 0 || words > MAX_MARKER_WORDS) {
                return false;
            }
            int j = i + 1;
            while (j < nodes.size() && nodes.get(j) instanceof Text t && MARKER_GAP.matcher(t.getLiteral()).matches()) {
                j++;
            }
            if (j >= nodes.size()) {
                return false;
            }
            Node next = nodes.get(j);
            Link link = next instanceof Link l ? l : next instanceof StrongEmphasis ? onlyLink(next) : null;
            if (link != null) {
                String label = stripEdges(CellContent.of(link).text());
                int labelWords = label.isEmpty() ? 0 : label.split("\\s+").length;
                if (link.getDestination().strip().startsWith("#") || Labels.isGeneric(label)
                        || (marker instanceof StrongEmphasis && (labelWords < 2 || labelWords <= words))) {
                    return false;
                }
                readLink(link, j);
                if (lead != Lead.LINK_TITLE) {
                    return false;
                }
            } else if (marker instanceof StrongEmphasis && AngleTitles.title(next) != null && BRACKETED_NAMES.matcher(text).matches()) {
                // "**[Pursuit]** <A class of rapidly converging algorithms …> by …": a title in angle brackets, no link
                plainTitle(AngleTitles.title(next), j);
            } else if (marker instanceof Emphasis && next instanceof StrongEmphasis) {
                String bold = stripEdges(CellContent.of(next).text());
                if (bold.split("\\s+").length < 2 || Labels.isGeneric(bold) || Dates.parse(bold).isPresent()) {
                    return false;
                }
                lead = Lead.BOLD_TITLE;
                title = bold;
                Link target = firstLink(next);
                titleUrl = target == null || target.getDestination().startsWith("#") ? null : CellContent.withScheme(target.getDestination());
                rest = CellContent.of(nodes.subList(j + 1, nodes.size()));
                restStart = j + 1;
            } else {
                return false;
            }
            Matcher bracketed = BRACKETED_NAMES.matcher(text);
            if (bracketed.matches() && marker instanceof StrongEmphasis) {
                // "**[MBIE, MBIE-EB]** <[Title](url)>": the short names the list gives the paper
                List<String> all = new ArrayList<>(tagAliases);
                for (String name : bracketed.group(1).split("\\s*,\\s*")) {
                    all.add(name.strip());
                }
                tagAliases = List.copyOf(all);
            } else if (!title.regionMatches(true, 0, text, 0, text.length())) {
                titleNote = text;
            }
            return true;
        }

        /**
         * "[POKER] &lt;[Title](url)&gt; by …", "[Pursuit] &lt;A class of …&gt;": a short name in brackets, then the title in angle
         * brackets (a link of two words or more after "&lt;", or words CommonMark took for an HTML tag). The name is an alias.
         */
        private boolean angledTitle(int j, AngleTitles.Names names) {
            if (j >= nodes.size()) {
                return false;
            }
            Node next = nodes.get(j);
            String plain = AngleTitles.title(next);
            if (plain != null) {
                plainTitle(plain, j);
            } else if (names.angle() && next instanceof Link link) {
                String label = stripEdges(CellContent.of(link).text());
                if (link.getDestination().strip().startsWith("#") || Labels.isGeneric(label) || label.split("\\s+").length < 2) {
                    return false;
                }
                readLink(link, j);
                if (lead != Lead.LINK_TITLE) {
                    lead = Lead.NONE;
                    return false;
                }
            } else {
                return false;
            }
            List<String> all = new ArrayList<>(tagAliases);
            all.addAll(names.names());
            tagAliases = List.copyOf(all);
            return true;
        }

        /** A title without a link, the text of node {@code j}; the line goes on after it. */
        private void plainTitle(String text, int j) {
            lead = Lead.BOLD_TITLE;
            title = text;
            titleUrl = null;
            rest = CellContent.of(nodes.subList(j + 1, nodes.size()));
            restStart = j + 1;
        }

        /**
         * "BIPIA: **\"Benchmarking and Defending Against Indirect Prompt Injection …\"**", "Our survey paper on MedIA:
         * [Diffusion Models in Medical Imaging: A Comprehensive Survey](url)": a short label ending with a colon (at most
         * {@link #MAX_LABEL_WORDS} words, none a kind of link) right before a bold or linked title of three words or
         * more (or with a colon) is no title: the title after it is. A label of one name (a capital or digit first) is the
         * paper's short name, an alias; a venue with its year is the venue; another label stays in the note.
         */
        private boolean labelledTitle(int i, String literal, Function<String, Optional<Venues.Parsed>> tags) {
            String raw = literal.strip();
            if (!(raw.endsWith(":") || raw.endsWith("：")) || i + 1 >= nodes.size()) {
                return false;
            }
            String label = stripEdges(raw);
            int words = label.isEmpty() ? 0 : label.split("\\s+").length;
            if (words == 0 || words > MAX_LABEL_WORDS || !hasLetters(label) || Labels.isGeneric(label) || Dates.parse(label).isPresent()) {
                return false;
            }
            Node next = nodes.get(i + 1);
            Link link = next instanceof Link l ? l : next instanceof StrongEmphasis ? onlyLink(next) : null;
            String text = stripEdges(CellContent.of(link != null ? link : next).text());
            if (!(next instanceof Link || next instanceof StrongEmphasis) || Labels.isGeneric(text) || Dates.parse(text).isPresent()
                    || (text.split("\\s+").length < 3 && !text.contains(":"))) {
                return false;
            }
            if (link != null) {
                if (link.getDestination().strip().startsWith("#")) {
                    return false;
                }
                readLink(link, i + 1);
                if (lead != Lead.LINK_TITLE) {
                    lead = Lead.NONE;
                    return false;
                }
            } else {
                lead = Lead.BOLD_TITLE;
                title = text;
                Link target = firstLink(next);
                titleUrl = target == null || target.getDestination().startsWith("#") ? null : CellContent.withScheme(target.getDestination());
                rest = CellContent.of(nodes.subList(i + 2, nodes.size()));
                restStart = i + 2;
            }
            Optional<Venues.Parsed> venue = Venues.hasYear(label) ? tags.apply(label) : Optional.empty();
            String bare = unquoted(title);
            if (venue.isPresent()) {
                venueTag = venue.get();
            } else if (bare.regionMatches(true, 0, label, 0, label.length())) {
                return true; // "Llama Guard: **\"Llama Guard: LLM-based …\"**": the title says it again
            } else if (isName(label)) {
                tagAliases = List.of(label);
            } else {
                titleNote = label;
                proseLabel = !MARKER_WORDS.contains(label.toLowerCase(Locale.ROOT));
            }
            return true;
        }

        /** A name of one to three words, each a capital or a digit first ("BIPIA", "NeMo Guardrails", "RTP-LX"), no marker word. */
        private static boolean isName(String label) {
            String[] words = label.split("\\s+");
            if (words.length > 3 || MARKER_WORDS.contains(label.toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (String w : words) {
                if (!NAME.matcher(w).matches()) {
                    return false;
                }
            }
            return true;
        }

        /** True when a node after {@code i} on the line could be a title: text with letters, emphasis, or a link not labelled as a kind of link. */
        private boolean titleAfter(int i) {
            for (Node n : nodes.subList(i + 1, nodes.size())) {
                if (n instanceof Link link ? !Labels.isGeneric(CellContent.of(link).text())
                        : n instanceof Text t ? hasLetters(t.getLiteral())
                        : (n instanceof StrongEmphasis || n instanceof Emphasis) && hasLetters(CellContent.of(n).text())) {
                    return true;
                }
            }
            return false;
        }

        /** True when the line has a link after node {@code i}. */
        private boolean linkAfter(int i) {
            return nodes.subList(i + 1, nodes.size()).stream().anyMatch(n -> n instanceof Link);
        }

        /**
         * A reference string that puts the names first ("Hu, Yifan, Yehuda Koren, and Chris Volinsky. "Title." Venue.
         * 2008.", "Rendle S, Freudenthaler C. Title[C]//Proceedings of …. ACM, 2014: 273-282."): its title, names, venue
         * and year; the reference's URL may be written bare after it when the line has no link.
         */
        private boolean citation(String t, int end, Function<String, Optional<Venues.Parsed>> tags) {
            // every link of the line is a kind of link (the caller returned on a titled one): a reference string is
            // read even when its link is broken ("[[pdf]](F12>https://…)"), so the paper is not lost
            boolean noLinks = nodes.subList(end, nodes.size()).stream().noneMatch(n -> n instanceof Link);
            String text = t;
            String url = null;
            if (noLinks) {
                Matcher bare = BARE_URL.matcher(t);
                if (bare.find()) {
                    url = bare.group(1);
                    text = (t.substring(0, bare.start()) + t.substring(bare.end())).strip();
                }
            }
            Optional<References.Cited> cited = References.parse(text, tags);
            if (cited.isEmpty() || cited.get().title().length() > MAX_TEXT_TITLE) {
                return false;
            }
            lead = Lead.TEXT_TITLE;
            title = cited.get().title();
            citedNames = cited.get().authors();
            venueTag = References.venue(cited.get(), venues).orElse(null);
            bareUrl = url;
            rest = CellContent.of(nodes.subList(end, nodes.size()));
            restStart = end;
            return true;
        }

        /**
         * An APA reference written as text ({@link References#parse}: "Kipf, T. N., &amp; Welling, M. (2017). Title. In
         * Venue."), its italics included ("*IEEE Transactions on …*, *32*(1), 4–24."), up to the line's first link: its
         * title, names, venue and year; without a link, a URL or DOI written in it is the entry's link.
         */
        private boolean apaReference(int from, String firstLiteral) {
            StringBuilder text = new StringBuilder(firstLiteral);
            int end = from + 1;
            while (end < nodes.size() && !(nodes.get(end) instanceof Link) && !(nodes.get(end) instanceof Image)) {
                Node n = nodes.get(end);
                text.append(n instanceof Text t ? t.getLiteral() : n instanceof Code c ? c.getLiteral() : CellContent.of(List.of(n)).text());
                end++;
            }
            String t = Cells.clean(text.toString());
            Optional<References.Cited> cited = References.apa(t);
            if (cited.isEmpty() || cited.get().title().length() > MAX_TEXT_TITLE) {
                return false;
            }
            if (end == nodes.size()) {
                Matcher bare = BARE_URL.matcher(t);
                Matcher doi = DOI.matcher(t);
                bareUrl = bare.find() ? bare.group(1).replaceAll("[.,;]+$", "") : doi.find() ? "https://doi.org/" + doi.group(1) : null;
            }
            lead = Lead.TEXT_TITLE;
            title = cited.get().title();
            citedNames = cited.get().authors();
            venueTag = References.venue(cited.get(), venues).orElse(null);
            rest = CellContent.of(nodes.subList(end, nodes.size()));
            restStart = end;
            return true;
        }

        private void readLink(Link link, int index) {
            String label = CellContent.of(link).text();
            if (link.getDestination().startsWith("#")) {
                lead = Lead.ANCHOR;
            } else if (!label.isEmpty() && !Labels.isGeneric(label)) {
                lead = Lead.LINK_TITLE;
                title = stripEdges(label);
                Matcher named = NAME_AND_KIND.matcher(title);
                if (named.matches() && Labels.isGeneric(named.group(2))) {
                    // "[**GRAFT(Paper)**](url)": the name of the paper, its full title perhaps on the next line
                    title = named.group(1);
                    shortName = true;
                }
                // "[[Single Cell Best Practices]](url)": the brackets around a title are no part of it
                if (title.length() > 2 && title.startsWith("[") && title.endsWith("]") && title.indexOf(']') == title.length() - 1) {
                    title = stripEdges(title.substring(1, title.length() - 1));
                }
                titleUrl = CellContent.withScheme(link.getDestination().strip());
                rest = CellContent.of(nodes.subList(index + 1, nodes.size()));
                restStart = index + 1;
            } else {
                lead = Lead.PLAIN;
            }
        }

        boolean hasTitle() {
            return lead == Lead.BOLD_TITLE || lead == Lead.LINK_TITLE || lead == Lead.TEXT_TITLE;
        }

        /** The line's content other than its title. */
        CellContent body() {
            return hasTitle() ? rest : content;
        }
    }

    /**
     * A paragraph under a section heading that reads like the item of a paper is an entry, as some lists write one
     * paragraph per paper ("**Title of the Paper** <br> *Authors* <br> [[Paper](…)] [[Code](…)]"): its first line
     * has a title of three words or more (or with a colon), and it links the paper or its code on the web. Other
     * paragraphs (introductions, notes) are text.
     */
    void readParagraph(Paragraph paragraph, IntUnaryOperator lineOf) {
        Linkless open = linkless;
        linkless = null;
        if (run.inNonEntrySection() || run.headingLevel() < 2) {
            return;
        }
        venueLabels = venueLabelled.of(paragraph);
        List<Line> all = lines(paragraph, lineOf);
        if (open != null && completes(open, paragraph, all)) {
            return;
        }
        String label = null;
        if (all.size() >= 2 && !all.get(0).hasTitle() && all.get(0).content.links().isEmpty() && all.get(1).lead == Lead.LINK_TITLE) {
            // "FedAvg:" on a line of its own, then "[Communication-Efficient Learning of …](url)": the label names the paper
            Matcher m = LABEL_LINE.matcher(all.get(0).content.text());
            if (m.matches()) {
                label = m.group(1).strip();
                all = all.subList(1, all.size());
            }
        }
        List<Line> lines = all;
        if (label == null && lines.size() == 2 && plainOverUrl(lines)) {
            // "Responsive Web User Interface to Recover Training Data from User Gradients in Federated Learning" then
            // "https://ldp-machine-learning.herokuapp.com/": a plain title over its web address, written bare
            int line = lineOf.applyAsInt(firstLineIndex(paragraph));
            Line first = lines.get(0);
            first.title = stripEdges(first.content.text());
            first.bareUrl = stripEdges(lines.get(1).content.text());
            first.tail = true;
            entry(List.of(first), first, line, List.of(), true).ifPresent(e -> run.addItem(e, line, null));
            return;
        }
        if (label == null && lines.size() == 2 && plainOverLink(lines)) {
            // "HybridAlpha: An Efficient Approach … AISec 2019. 2019-12-12" then "[https://aisec.cc/](https://arxiv.org/…)":
            // a plain title over a line that is only its link
            int line = lineOf.applyAsInt(firstLineIndex(paragraph));
            lines.get(0).tail = true;
            entry(lines, null, line, List.of(), true).ifPresent(e -> run.addItem(e, line, null));
            return;
        }
        if (lines.isEmpty() || !lines.get(0).hasTitle()) {
            return;
        }
        String title = lines.get(0).title;
        if (!title.contains(":") && title.split("\\s+").length < 3) {
            return;
        }
        boolean paperLink = lines.stream().flatMap(l -> l.content.links().stream()).anyMatch(l -> isAbsolute(l.url())
                && (Labels.namesAResource(l.label()) || LinkClassifier.arxivId(l.url()).isPresent() || LinkClassifier.doi(l.url()).isPresent()
                        // "[TVCG 2022](https://ieeexplore.ieee.org/…)": the paper's link, labelled with its venue
                        || VenueLinks.read(l.label(), run.venues).isPresent()));
        if (paperLink || linkOnly(lines.get(0))) {
            // the entry's line is its title's, below a label line ("FedAvg:") when there is one
            int line = label != null ? lines.get(0).line : lineOf.applyAsInt(firstLineIndex(paragraph));
            String name = label == null || Labels.isGeneric(label) ? null : label;
            entry(lines, lines.get(0), line, List.of(), true).map(e -> name == null ? e : e.toBuilder().alias(name).build())
                    .ifPresent(e -> run.addItem(e, line, lines.get(0).titleUrl));
        }
    }

    /**
     * "6. **\"Title\"**." then, after a blank line but not indented, "*Jigsaw*. Blog 2021. [[Blog](https://…)]": a
     * paragraph right after a list, led by italic names and holding a web link, is the rest of the list's last item when
     * that item has a title and no link; the item's entry is read again with it. True when it was.
     */
    private boolean completes(Linkless open, Paragraph paragraph, List<Line> lines) {
        if (!(paragraph.getPrevious() instanceof ListBlock list) || list.getLastChild() != open.item() || lines.isEmpty()
                || lines.get(0).hasTitle() || !(firstContent(lines.get(0).nodes) instanceof Emphasis)
                || lines.stream().flatMap(l -> l.content.links().stream()).noneMatch(l -> isAbsolute(l.url()))) {
            return false;
        }
        List<Line> all = new ArrayList<>(open.lines());
        all.addAll(lines);
        Optional<Entry> entry = entry(all, open.titleLine(), open.line(), open.categories(), true);
        if (entry.isEmpty()) {
            return false;
        }
        run.replaceItem(open.row(), entry.get(), open.line(), open.titleLine().titleUrl);
        return true;
    }

    /**
     * True when the first of two lines is plain text of three words or more (or with a colon) and no link, and the
     * second only a link to the web ("[https://aisec.cc/](https://arxiv.org/pdf/1912.05897.pdf)").
     */
    private static boolean plainOverUrl(List<Line> lines) {
        Line first = lines.get(0);
        Line second = lines.get(1);
        String text = stripEdges(first.content.text());
        return first.lead == Lead.PLAIN && first.content.links().isEmpty() && second.content.links().isEmpty()
                && (text.contains(":") || text.split("\\s+").length >= 3) && !remark(text)
                && BARE_WEB_ADDRESS.matcher(stripEdges(second.content.text())).matches();
    }

    private static boolean plainOverLink(List<Line> lines) {
        Line first = lines.get(0);
        Line second = lines.get(1);
        String text = stripEdges(first.content.text());
        return first.lead == Lead.PLAIN && first.content.links().isEmpty() && (text.contains(":") || text.split("\\s+").length >= 3)
                && second.content.links().size() == 1 && isAbsolute(second.content.links().get(0).url())
                && second.content.textOutsideLinks().replaceAll("[\\s.,;:]", "").isEmpty();
    }

    /**
     * True when the line is a linked title and nothing else ("[Federated Multi-Task Learning](https://…)", a full stop
     * after it at most): lists that give each paper a paragraph of its own link it from its title, to arXiv or elsewhere.
     */
    private static boolean linkOnly(Line line) {
        return line.lead == Lead.LINK_TITLE && isAbsolute(line.titleUrl)
                && line.content.textOutsideLinks().replaceAll("[\\s.,;:]", "").isEmpty();
    }

    private void readItem(ListItem item, List<ListItem> tucked, IntUnaryOperator lineOf, List<String> categories, int depth) {
        if (taggedTitleList && tucked.isEmpty() && item.getFirstChild() instanceof Paragraph p && p.getNext() == null) {
            // "* QTune: A Query-Aware Database Tuning System … (VLDB 2019)", no link, in a list written so
            Optional<TaggedTitles.Read> tagged = TaggedTitles.read(p, run.venues);
            if (tagged.isPresent()) {
                int line = lineOf.applyAsInt(firstLineIndex(item));
                run.addItem(TaggedTitles.entry(tagged.get(), run, line), line, null);
                linkless = null;
                return;
            }
        }
        List<Line> own = new ArrayList<>();
        List<ListItem> nested = new ArrayList<>();
        // "Chemical Weaponization" as the item's last paragraph, the numbering starting again after it: the next items' group
        String subHeading = depth == 0 ? SubHeadings.inItem(item, n -> run.line(lineOf.applyAsInt(firstLineIndex(n)))) : null;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (subHeading != null && child == item.getLastChild()) {
                break;
            }
            if (child instanceof Paragraph || child instanceof Heading) {
                own.addAll(lines(child, lineOf));
            } else if (child instanceof ListBlock sub) {
                for (Node n = sub.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof ListItem li) {
                        nested.add(li);
                    }
                }
            } else if (child instanceof TableBlock table) {
                tables.read(table, node -> lineOf.applyAsInt(firstLineIndex(node)), line -> true);
            }
        }
        nested.addAll(tucked);
        int itemLine = lineOf.applyAsInt(firstLineIndex(item));
        Line titleLine = own.stream().filter(Line::hasTitle).findFirst().orElse(null);
        List<Line> lines = new ArrayList<>(own);
        List<ListItem> separate = new ArrayList<>();
        for (ListItem sub : nested) {
            if (titleLine != null && !standsAlone(sub, lineOf)) {
                lines.addAll(allLines(sub, lineOf, depth + 1));
            } else {
                separate.add(sub);
            }
        }
        // a bold line without a link in a block quote is a notice's point ("> - **Section A: …** — …"), not a paper
        boolean leaf = separate.isEmpty() && !quoted(item);
        Optional<Entry> entry = own.isEmpty() ? Optional.empty() : entry(lines, titleLine, itemLine, categories, leaf);
        entry.ifPresent(e -> run.addItem(e, itemLine, titleLine == null ? null : titleLine.titleUrl));
        linkless = entry.isPresent() && entry.get().links().isEmpty() && depth == 0 && separate.isEmpty() && titleLine != null
                ? new Linkless(item, lines, titleLine, itemLine, categories, run.rows.size() - 1) : null;
        if (!separate.isEmpty() && depth < MAX_DEPTH) {
            List<String> inner = categories;
            if (entry.isEmpty() && !own.isEmpty()) {
                String category = titleLine != null ? titleLine.title : Headings.clean(own.get(0).content.text());
                if (!category.isEmpty() && category.length() <= 120) {
                    inner = new ArrayList<>(categories);
                    inner.add(category);
                }
            }
            for (int i = 0; i < separate.size(); i++) {
                List<ListItem> under = tuckedUnder(separate, i, lineOf);
                readItem(separate.get(i), under, lineOf, inner, depth + 1);
                i += under.size();
            }
        }
        if (subHeading != null) {
            run.subHeading(subHeading);
        }
    }

    /** True when the item is inside a block quote. */
    private static boolean quoted(Node item) {
        for (Node n = item.getParent(); n != null; n = n.getParent()) {
            if (n instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    /** True when a sub-item has a title of its own, so it is an entry (or a category) rather than part of its parent. */
    private boolean standsAlone(ListItem sub, IntUnaryOperator lineOf) {
        for (Node child = sub.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                List<Line> ls = lines(child, lineOf);
                return !ls.isEmpty() && ls.get(0).hasTitle();
            }
        }
        return false;
    }

    private List<Line> allLines(ListItem item, IntUnaryOperator lineOf, int depth) {
        List<Line> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                out.addAll(lines(child, lineOf));
            } else if (child instanceof ListBlock sub) {
                for (Node n = sub.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof ListItem li) {
                        out.addAll(allLines(li, lineOf, depth + 1));
                    }
                }
            }
        }
        return out;
    }

    private Optional<Entry> entry(List<Line> lines, Line titleLine, int itemLine, List<String> categories, boolean leaf) {
        List<CellContent.LinkRef> links = new ArrayList<>();
        boolean anchors = false;
        for (Line l : lines) {
            for (CellContent.LinkRef link : l.content.links()) {
                if (link.url().startsWith("#")) {
                    anchors = true;
                } else {
                    links.add(link);
                }
            }
        }
        if (titleLine == null) {
            titleLine = plainTitle(lines, links);
        }
        if (titleLine == null) {
            titleLine = titleUnderLinks(lines, 1);
        }
        // "- 2024-TGRS. [**RS5M(Paper)**](url)" then, indented, "RS5M: A Large Scale Vision-Language Dataset …": the line
        // under a line of links (or under a short name) is the full title, the short name an alias
        Line fullTitle = titleLine != null && titleLine.shortName ? titleUnderLinks(lines, lines.indexOf(titleLine) + 1) : null;
        Line prefix = lines.isEmpty() ? null : lines.get(0);
        if (titleLine == null) {
            boolean paperLinks = links.stream().anyMatch(l -> !l.url().isEmpty() && Labels.isGeneric(l.label()) && !l.label().isEmpty());
            if (paperLinks && !anchors) {
                run.skip(itemLine, "list item has links but no title; skipped");
            } else if (!anchors && links.stream().anyMatch(l -> isAbsolute(l.url().strip()))) {
                // "- Cross modal reid baseline [[Visual-thermal reid(pytorch)](url)]": links named otherwise than by their
                // kind, and no title to read: reported as the item with a "[[page](url)]" is, never dropped silently
                run.skip(itemLine, "list item has links (" + labels(links) + ") but no title; skipped");
            }
            return Optional.empty();
        }
        if (titleLine.proseLabel && run.headingLevel() < 2) {
            // "- Our survey paper on MedIA: [Title](url)" under the list's title: an announcement of a paper the list holds
            run.warning(itemLine, "list item's title follows a sentence ('" + Cells.quote(titleLine.titleNote, Cells.QUOTE)
                    + ":') above the list's sections; read as an announcement, not an entry");
            return Optional.empty();
        }
        String section = section(categories);
        String title = unquoted(withoutFinalPeriod(unquoted(fullTitle != null ? fullTitle.title : titleLine.title)));
        TitleTail read = titleTail(title, titleLine);
        title = read.title();
        // "Chen H, Li W, et al. Semantic-aware Dense Representation Learning …": a citation's names lead the title
        Optional<Authors.Leading> cited = titleLine.lead == Lead.LINK_TITLE ? Authors.leading(title) : Optional.empty();
        if (cited.isPresent()) {
            title = cited.get().rest();
        }
        Entry.Builder b = Entry.builder("pending", title).kind(Kind.PAPER).source(new Source(run.list, itemLine));
        cited.ifPresent(c -> b.authors(c.names()).etAl(c.etAl()));
        if (!section.isEmpty()) {
            b.section(section);
        }
        if (isAbsolute(titleLine.titleUrl)) {
            // a linked title leads to the paper, unless it leads to a code repository ("[**CLCD dataset**](https://github.com/…)")
            b.link(ListRun.paperLinkKind(titleLine.titleUrl, "", false), titleLine.titleUrl);
        }
        List<String> notes = new ArrayList<>();
        boolean venueFound = titleLine.venueTag != null || read.venue() != null;
        if (titleLine.venueTag != null) {
            run.applyVenue(b, titleLine.venueTag);
        }
        read.applyTo(run, b);
        b.aliases(titleLine.tagAliases);
        if (fullTitle != null) {
            b.alias(titleLine.title);
        }
        if (prefix != null && prefix != titleLine && titleLine.venueTag == null && prefix.venueTag != null) {
            run.applyVenue(b, prefix.venueTag);
            venueFound = true;
        }
        if (titleLine.textAuthors != null) {
            Authors.Parsed names = Authors.parse(titleLine.textAuthors);
            b.authors(names.names()).etAl(names.etAl());
        }
        if (titleLine.citedNames != null && !titleLine.citedNames.names().isEmpty()) {
            b.authors(titleLine.citedNames.names()).etAl(titleLine.citedNames.etAl());
        }
        if (isAbsolute(titleLine.bareUrl)) {
            b.link(ListRun.paperLinkKind(titleLine.bareUrl, "", b.hasLink(Links.PAPER)), titleLine.bareUrl);
        }
        int afterTitle = lines.indexOf(titleLine) + 1;
        Line namesLed = null;
        for (Line l : lines) {
            CellContent body = l == titleLine ? l.body() : l.content;
            if (l == titleLine && l.restStart >= 0) {
                body = referenceTail(l.nodes.subList(l.restStart, l.nodes.size()), b, false, run.venues);
            } else if (l != titleLine && l.lead == Lead.PLAIN && lines.indexOf(l) == afterTitle && b.build().authors().isEmpty()
                    && firstContent(l.nodes) instanceof Emphasis && !DOTTED.matcher(l.content.text()).find()) {
                // "1. **Title.**" then "*A. Author, B. Author.* IJCNN 2005. [paper](url)": names in italics, then the venue
                body = referenceTail(l.nodes, b, true, run.venues);
                namesLed = b.build().authors().isEmpty() ? null : l;
            }
            run.reportEmptyLinks(l.content.links(), l.line);
            for (CellContent.LinkRef link : body.links()) {
                if (!isAbsolute(link.url())) {
                    if (!link.url().isBlank() && !link.url().startsWith("#")) {
                        // "[code](./code/pool)": a path inside the list's repository, which no reader of the entry can follow
                        run.warning(l.line, "link [" + Cells.quote(link.label(), Cells.QUOTE) + "](" + Cells.quote(link.url(), Cells.QUOTE)
                                + ") is relative to the list's repository; left out");
                    }
                    continue;
                }
                if (!venueFound && (l != titleLine || l.lead == Lead.BOLD_TITLE)) {
                    // "[CHI 2024](https://arxiv.org/abs/…) • [Code](…)" under a bold title and its names, or after the bold
                    // title on its line ("+ **Title** [[ICLR 2025](https://arxiv.org/abs/…)] [[Code](…)]"): the paper's link
                    // labelled with where and when it was published
                    Optional<Venues.Parsed> labelled = VenueLinks.read(link.label(), run.venues);
                    if (labelled.isEmpty() && venueLabels) {
                        // "[arXiv](https://arxiv.org/abs/…)" where the list's other papers' links say "[CHI 2024](…)"
                        labelled = VenueLinks.preprint(link.label(), link.url(), run.venues);
                    }
                    if (labelled.isPresent()) {
                        run.applyVenue(b, labelled.get());
                        venueFound = true;
                    }
                }
                ListRun.sideLink(b, link);
            }
            for (String image : body.images()) {
                LinkClassifier.badgeRepository(image).ifPresent(repo -> b.link(Links.CODE, repo));
            }
            String dotted = l == titleLine ? "" : stripEdges(body.textOutsideLinks());
            if (!dotted.isEmpty() && DOTTED.matcher(dotted).find()) {
                // "Zhou Y et al. · *Nature* · 2023-09-13 👁️": names, venue and date cut by middle dots
                String others = dottedParts(dotted, b, venueFound);
                if (others != dotted) {
                    venueFound |= b.build().venue() != null;
                    if (others != null) {
                        notes.add(others);
                    }
                    continue;
                }
            }
            if (l != titleLine && l.lead == Lead.ITALIC && b.build().authors().isEmpty()) {
                Authors.Parsed authors = Authors.parse(l.content.text());
                b.authors(authors.names()).etAl(authors.etAl());
                continue;
            }
            // "  - Sergey Levine, Aviral Kumar, and Justin Fu. arXiv, 2020.": a plain line under the title, the names, then
            // the venue and the year
            if (l != titleLine && l.lead == Lead.PLAIN && lines.indexOf(l) > lines.indexOf(titleLine) && b.build().authors().isEmpty()
                    && l.content.links().isEmpty() && !remark(l.content.text())) {
                Optional<NamesVenue> nv = namesThenVenue(stripEdges(l.content.text()));
                if (nv.isPresent()) {
                    b.authors(nv.get().names().names()).etAl(nv.get().names().etAl());
                    if (nv.get().venue() != null && !venueFound) {
                        run.applyVenue(b, nv.get().venue());
                        venueFound = true;
                    } else if (nv.get().rest() != null) {
                        notes.add(nv.get().rest());
                    }
                    if (nv.get().year() != null && b.build().year() == null) {
                        b.year(nv.get().year());
                    }
                    continue;
                }
            }
            // "  - Gabriele Corso, Luca Cavalleri, Pietro Liò": a plain line of names right under the title
            if (l != titleLine && l.lead == Lead.PLAIN && lines.indexOf(l) == afterTitle && b.build().authors().isEmpty()
                    && l.content.links().isEmpty() && !remark(l.content.text()) && Authors.looksLikeNames(l.content.text())) {
                Authors.Parsed authors = Authors.parse(l.content.text());
                b.authors(authors.names()).etAl(authors.etAl());
                continue;
            }
            if ((l == titleLine && !l.hasTitle()) || l == fullTitle) {
                continue;
            }
            if (l == titleLine && l.titleNote != null) {
                notes.add(l.titleNote);
            }
            String text = stripEdges(body.textOutsideLinks());
            Matcher by = l == titleLine && b.build().authors().isEmpty() ? BY_NAMES.matcher(text) : null;
            if (by != null && by.matches()) {
                // "<[Title](url)> by Michel Tokic and Günther Palm, 2011.": the names after the title, then its year;
                // "by Wunder M, Littman M L, Babes M. ICML, 2010.": a venue after the names' sentence
                String written = by.group(1);
                int sentence = written.lastIndexOf(". ");
                Optional<Venues.Parsed> place = sentence < 0 ? Optional.empty()
                        : run.venues.parse(written.substring(sentence + 2).replaceAll("[,.]+$", "").strip()
                                + (by.group(2) == null ? "" : " " + by.group(2))).filter(v -> v.known() && v.venue() != null);
                String names = place.isPresent() ? written.substring(0, sentence + 1) : written;
                if (BIBTEX_ORDER.matcher(names).matches()) {
                    // "Burda, Yuri and Edwards, Harrison and Storkey, Amos": BibTeX's order, each "Surname, Given"
                    List<String> turned = new ArrayList<>();
                    for (String name : names.split("\\s+and\\s+")) {
                        int comma = name.indexOf(',');
                        turned.add(name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip());
                    }
                    names = String.join(", ", turned);
                }
                if (Authors.looksLikeNames(names)) {
                    Authors.Parsed parsed = Authors.parse(names);
                    b.authors(parsed.names()).etAl(parsed.etAl());
                    if (place.isPresent() && !venueFound) {
                        run.applyVenue(b, place.get());
                        venueFound = true;
                    }
                    if (by.group(2) != null && b.build().year() == null) {
                        b.year(Integer.valueOf(by.group(2)));
                    }
                    continue;
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            Matcher yearFirst = l == titleLine ? YEAR_THEN_REST.matcher(text) : null;
            if (yearFirst != null && yearFirst.matches()) {
                // "**Title**(1982), S. E. Levinson et al. [[pdf]](…)": the year in parentheses right after the title, then the names
                if (b.build().year() == null) {
                    b.year(Integer.valueOf(yearFirst.group(1)));
                }
                String rest = stripEdges(yearFirst.group(2));
                if (b.build().authors().isEmpty() && Authors.looksLikeNames(rest)) {
                    Authors.Parsed names = Authors.parse(rest);
                    b.authors(names.names()).etAl(names.etAl());
                    continue;
                }
                if (rest.isEmpty()) {
                    continue;
                }
                text = rest;
            }
            if (l == prefix && l != titleLine && (l.venueTag != null || l.yearTag != null) && text.split("\\s+").length <= 6) {
                continue; // "2025-CVPR. [Paper](…) | [Code](…)": the year and venue are read, the rest is links
            }
            if (l != titleLine && BRACKET_GROUPS.matcher(text).matches()) {
                String others = bracketGroups(text, b, venueFound);
                venueFound |= b.build().venue() != null;
                if (others == null) {
                    continue;
                }
                text = others;
            }
            if (l != titleLine && text.endsWith("]")) {
                text = bracketTail(text, run.line(l.line), b);
                if (text.isEmpty()) {
                    continue;
                }
            }
            Matcher labels = venueFound ? null : TRAILING_LABELS.matcher(text);
            if (labels != null && labels.find() && labels.start() > 0) {
                // "`SIGCSE 2024` [[paper]](…) [NL, Isabelle]": bracketed labels after the links (provers, domains) are no
                // part of the venue before them; they are kept as the note
                String head = text.substring(0, labels.start()).replaceAll("[\\s.,;]+$", "");
                Optional<Venues.Parsed> v = head.isEmpty() ? Optional.empty() : venue(head);
                if (v.isPresent()) {
                    run.applyVenue(b, v.get());
                    venueFound = true;
                    List<String> kept = new ArrayList<>();
                    Matcher g = BRACKET_GROUP.matcher(labels.group());
                    while (g.find()) {
                        if (!Labels.isGeneric(g.group(1).strip())) {
                            kept.add(g.group(1).strip());
                        }
                    }
                    if (!kept.isEmpty()) {
                        notes.add(String.join("; ", kept));
                    }
                    continue;
                }
            }
            Matcher others = l == namesLed ? ET_AL_AFTER.matcher(text) : null;
            if (others != null && others.lookingAt()) {
                // "*Mariarosaria Comunale* et al. SSRN 2024.": "et al." outside the italics still ends the names
                b.etAl(true);
                text = text.substring(others.end());
                if (text.isEmpty()) {
                    continue;
                }
            }
            if (l == titleLine && l.lead == Lead.LINK_TITLE && b.build().authors().isEmpty()) {
                // "1. [Title](url), Rudinger, Rachel  and Naradowsky, Jason, 2018": BibTeX-order names after the linked
                // title, cut by "and", then the year
                Matcher bib = BIBTEX_NAMES_YEAR.matcher(text);
                if (bib.matches() && bibtexNames(bib.group(1), bib.group(2) != null)) {
                    String written = References.bibtexAccents(bib.group(1)).strip();
                    // one name in BibTeX order ("Ethayarajh, Kawin") is one person, not two
                    Authors.Parsed names = written.matches("(?s).*\\sand\\s.*") ? Authors.parse(written)
                            : new Authors.Parsed(List.of(written.replaceAll("\\s+", " ")), false);
                    if (!names.names().isEmpty()) {
                        b.authors(names.names()).etAl(names.etAl());
                        if (bib.group(2) != null && b.build().year() == null) {
                            b.year(Integer.valueOf(bib.group(2)));
                        }
                        continue;
                    }
                }
            }
            Optional<Venues.Parsed> venue = venueFound ? Optional.empty() : venue(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
            if (venue.isEmpty() && !venueFound && l == titleLine && l.tailTag != null) {
                // "Title | **[ESANN' 15]**": the bold tag after the title, naming no known venue, is the venue as written and its year
                venue = tailVenue(text);
            }
            if (venue.isEmpty() && !venueFound && l == namesLed && PLACE_AFTER_NAMES.matcher(text).matches()) {
                // "*Yih–Kai Lin et al*. Multimedia Tools and Applications 2021.": after the italic names, the name before
                // the year is the venue, known or not (as after a names bullet's names)
                venue = run.venues.parse(text.replaceAll("\\.$", ""));
                if (SUBMITTED.matcher(text).lookingAt()) {
                    // "Submitted to ICLR 2024.": the year, and the text as written, but no venue
                    venue = venue.map(v -> new Venues.Parsed(null, v.year(), v.asWritten(), false));
                }
            }
            if (venue.isPresent()) {
                run.applyVenue(b, venue.get());
                venueFound = true;
                continue;
            }
            // "A. Author, B. Author, CVPR 2024.": a known venue with a year as the text's last part
            int comma = text.lastIndexOf(", ");
            String lastPart = comma < 0 ? "" : text.substring(comma + 2).replaceAll("\\.$", "").strip();
            if (comma >= 0 && b.build().year() == null && lastPart.matches("(?:19|20)\\d{2}")) {
                // "Cost-Effective Pre-trained Language Models, 2021.": a year ending the text
                b.year(Integer.valueOf(lastPart));
            }
            Optional<Venues.Parsed> last = venueFound || comma < 0 ? Optional.empty() : venueTag(lastPart);
            if (last.isPresent()) {
                run.applyVenue(b, last.get());
                venueFound = true;
                text = text.substring(0, comma).strip();
            }
            notes.add(text);
        }
        if (read.note() != null) {
            notes.add(0, read.note());
        }
        lines.stream().map(l -> l.citationCount).filter(java.util.Objects::nonNull).forEach(notes::add);
        if (!notes.isEmpty()) {
            b.note(LeadTags.unmatchedBracketsOff(String.join(" ", notes)));
        }
        badges(lines, b, venueFound);
        Integer yearTag = titleLine.yearTag != null ? titleLine.yearTag : prefix != null ? prefix.yearTag : null;
        if (yearTag != null && b.build().year() == null) {
            b.year(yearTag);
        }
        if (titleLine.dateTag != null && b.build().date() == null && titleLine.dateTag.startsWith(String.valueOf(b.build().year()))) {
            b.date(titleLine.dateTag);
        }
        Entry e = b.build();
        if (!venueFound && e.year() == null && e.authors().isEmpty() && e.note() != null && AFFILIATION.matcher(e.note()).matches()
                && titleLine.lead == Lead.LINK_TITLE && Authors.looksLikeNames(e.title()) && e.title().split("\\s+").length <= 3
                && e.links().stream().noneMatch(l -> LinkClassifier.arxivId(l.url()).isPresent() || LinkClassifier.doi(l.url()).isPresent())) {
            // "- [Haruka Kiyohara](https://sites.google.com/…) (Tokyo Institute of Technology)": a person and where they work
            run.notEntry();
            return Optional.empty();
        }
        if (NotEntries.matches(e.title(), titleLine.titleUrl, run.venues) || NotEntries.pointsElsewhere(e, run.inOtherListsSection())) {
            run.notEntry();
            return Optional.empty();
        }
        // "- [Title](docs/paper.pdf)": a title linked to a file of the list's repository, which no reader can follow
        String titleUrl = titleLine.titleUrl == null ? "" : titleLine.titleUrl.strip();
        boolean relativeTitle = titleLine.lead == Lead.LINK_TITLE && !titleUrl.isEmpty() && !titleUrl.startsWith("#") && !isAbsolute(titleUrl);
        if (e.links().isEmpty() && !venueFound && e.year() == null && titleLine.lead == Lead.BOLD_TITLE && titleLine.rest != null
                && (DEFINITION.matcher(titleLine.rest.textOutsideLinks()).find() || DEFINITIONS.matcher(titleLine.rest.textOutsideLinks()).find())) {
            // "- **Human-Object Interaction (HOI) Detection**: predicting how a person …": a term and its definition
            run.warning(itemLine, "list item '" + Cells.quote(titleLine.title, Cells.QUOTE) + ": " + Cells.quote(
                    stripEdges(titleLine.rest.textOutsideLinks()), Cells.QUOTE) + "' reads as a term and its definition (no link, venue or year); not read as an entry");
            return Optional.empty();
        }
        if (e.links().isEmpty() && !venueFound) {
            boolean looksLikeTitle = (titleLine.lead == Lead.BOLD_TITLE || relativeTitle) && leaf
                    && (titleLine.title.contains(":") || titleLine.title.split("\\s+").length >= 3);
            // links relative to the list's repository lead to no paper: such an item reads like one without links
            if (!looksLikeTitle) {
                if (relativeTitle) {
                    run.warning(itemLine, "list item [" + Cells.quote(titleLine.title, Cells.QUOTE) + "](" + Cells.quote(titleUrl, Cells.QUOTE)
                            + ") links only inside the list's repository and is too short for a paper's title; not read as an entry");
                }
                return Optional.empty();
            }
            if (relativeTitle) {
                run.warning(itemLine, "the title's link (" + Cells.quote(titleUrl, Cells.QUOTE) + ") is relative to the list's repository; left out");
            }
            run.warning(itemLine, "list item '" + Cells.quote(titleLine.title, Cells.QUOTE)
                    + "' has a title but no web link or venue; read as an entry with its title only");
        } else if (relativeTitle) {
            run.warning(itemLine, "the title's link (" + Cells.quote(titleUrl, Cells.QUOTE) + ") is relative to the list's repository; left out");
        }
        return Optional.of(e.toBuilder().id(Ids.forPaper(e.links(), e.title())).build());
    }

    /** A shields.io badge's venue and year ("Conference-ICLR'22", "arXiv-2023") where the text gave none. */
    private void badges(List<Line> lines, Entry.Builder b, boolean venueFound) {
        for (Line l : lines) {
            for (String image : l.content.images()) {
                Optional<Venues.Parsed> badge = Badges.venue(image, run.venues);
                if (badge.isEmpty()) {
                    continue;
                }
                Entry now = b.build();
                if (!venueFound && now.venue() == null && badge.get().venue() != null) {
                    b.venue(badge.get().venue()).origin("venue", Entry.ORIGIN_BADGE);
                }
                if (now.year() == null && badge.get().year() != null) {
                    b.year(badge.get().year()).origin("year", Entry.ORIGIN_BADGE);
                }
                return;
            }
        }
    }

    /**
     * A title without the venue, year, date and note its text ends with, and those, as an entry takes them: the venue
     * (null when none was read), the date, the year (from the venue or the date) and a short name kept as a note.
     */
    private record TitleTail(String title, Venues.Parsed venue, String date, Integer year, String note) {

        /** Sets the venue, date and year read on a builder that has none of them yet. */
        void applyTo(ListRun run, Entry.Builder b) {
            if (venue != null) {
                run.applyVenue(b, venue);
            }
            if (date != null) {
                b.date(date);
            }
            if (venue != null || date != null || year != null) {
                b.year(year);
            }
        }
    }

    /** What a reading of a title's end took out of it: the title left and what it read (each null when none). */
    private record Read(String title, Venues.Parsed venue, String date, Integer year, String note) {}

    /**
     * The venue, year and date a title's text ends with, read out of it (the one reader of a title's end). Three
     * readings, in this order, each on what the one before left:
     * <ol>
     * <li>a linked or bold title written as a reference, its venue, year or date the sentences after it
     * ({@link #sentenceTail}: "Title. MSRA. ICLR 2021 (Under Review). 2020-02-29");</li>
     * <li>a tag in parentheses ending it ({@link #tagTail}: "Title (ICML 2019)");</li>
     * <li>when no tag was read, in a linked title or a plain one over links, the parts after its last full stops or
     * commas ({@link #cutTail}: "Title, AAAI 2019", "Title. 2016-02. AISTAT 2017.").</li>
     * </ol>
     * A tag's venue or a cut part's comes before a sentence's; a sentence's date comes before a cut part's and then
     * gives the year too, unless a sentence gave the venue with its year. Nothing is read when the line names its
     * venue in a tag before the title.
     */
    private TitleTail titleTail(String title, Line titleLine) {
        if (titleLine.venueTag != null) {
            return new TitleTail(title, null, null, null, null);
        }
        Read sentences = titleLine.lead == Lead.LINK_TITLE || titleLine.lead == Lead.BOLD_TITLE ? sentenceTail(title) : null;
        String t = sentences != null ? sentences.title() : title;
        Read tag = tagTail(t);
        Read cut = null;
        if (tag != null) {
            t = tag.title();
        } else if (titleLine.lead == Lead.LINK_TITLE || titleLine.tail) {
            cut = cutTail(t);
            t = cut.title();
        }
        Venues.Parsed venue = tag != null ? tag.venue() : cut != null ? cut.venue() : null;
        Integer year = venue != null ? venue.year() : null;
        String date = cut != null ? cut.date() : null;
        if (year == null && date != null) {
            year = Dates.year(date);
        }
        if (sentences == null) {
            return new TitleTail(t, venue, date, year, null);
        }
        if (venue == null && sentences.venue() != null) {
            venue = sentences.venue();
            year = year != null ? year : venue.year();
        }
        if (sentences.date() != null) {
            date = sentences.date();
            if (year == null || sentences.venue() == null || sentences.venue().year() == null) {
                year = Dates.year(date);
            }
        } else if (sentences.year() != null && year == null) {
            year = sentences.year();
        }
        return new TitleTail(t, venue, date, year, sentences.note());
    }

    /** A sentence end inside a title: a period after two letters, a digit or a parenthesis, then a space. */
    private static final Pattern TITLE_SENTENCE = Pattern.compile("(?<=\\p{L}{2}|\\d|\\))\\.\\s+");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:19|20)\\d{2}");
    /** A remark in parentheses after a venue and year: "ICLR 2021 (Under Review)", "HPDC 2020 (High-Performance …)". */
    private static final Pattern REMARK = Pattern.compile("\\s*[(（][^()（）]{1,120}[)）]$");
    /** A name of one to three capitalised words between a title and its venue ("Google", "MSRA", "Tsinghua University"). */
    private static final Pattern TAIL_ORGANISATION = Pattern.compile("(?:\\p{Lu}[\\p{L}&\\-]*\\s?){1,3}");

    /**
     * "[Adaptive Federated Optimization. ICLR 2021 (Under Review). 2020-02-29](url)", "[FedNER: … Learning. MSRA.
     * 2020-03](url)": a linked or bold title written as a reference, its venue, year or date as the sentences after it.
     * Read only when every sentence after the title is a known venue (with a remark in parentheses or not), a year or a
     * date, but for a short name before them (the lab, kept as the note); else null and the title stays as written.
     */
    private Read sentenceTail(String title) {
        String t = title.strip().replaceAll("\\.$", "");
        String[] parts = TITLE_SENTENCE.split(t);
        if (parts.length < 2 || parts[0].strip().split("\\s+").length < 2) {
            return null;
        }
        Venues.Parsed venue = null;
        String date = null;
        Integer year = null;
        String note = null;
        int first = parts.length;
        for (int k = parts.length - 1; k >= 1; k--) {
            String part = parts[k].strip();
            Optional<String> d = Dates.parse(part);
            if (YEAR_ONLY.matcher(part).matches() && year == null && date == null) {
                year = Integer.valueOf(part);
            } else if (d.isPresent() && part.matches(".*\\d{4}.*") && date == null) {
                date = d.get();
            } else if (venue == null && venueSentence(REMARK.matcher(part).replaceAll("")).isPresent()) {
                Venues.Parsed v = venueSentence(REMARK.matcher(part).replaceAll("")).get();
                venue = new Venues.Parsed(v.venue(), v.year(), part, v.known());
            } else if (note == null && first < parts.length && k == first - 1 && TAIL_ORGANISATION.matcher(part).matches()
                    && (venue != null || date != null || year != null) && k >= 1 && k + 1 == first) {
                note = part;
            } else {
                break;
            }
            first = k;
        }
        if (first >= parts.length || first < 1 || (venue == null && date == null && year == null)) {
            return null;
        }
        String head = String.join(". ", java.util.Arrays.asList(parts).subList(0, first)).strip();
        return new Read(head, venue, date, year, note);
    }

    /**
     * "Title (ICML 2019)", "Title (NeurIPS'22)", "Title (2021)": a tag in parentheses ending a title that is a venue with
     * its year, or a year, read out of it; else null.
     */
    private Read tagTail(String title) {
        Matcher tagged = TITLE_TAG.matcher(title);
        if (!tagged.matches()) {
            return null;
        }
        String inner = tagged.group(2).strip();
        if (YEAR_RANGE.matcher(inner).matches()) {
            // "Formal Theory of Creativity, Fun, and Intrinsic Motivation (1990-2010)": the span is the title's
            return null;
        }
        int words = inner.split("\\s+").length;
        // a long tag is a venue only when it ends with its year: "(IEEE Transactions on Pattern Analysis … 2020)"
        boolean venueShaped = words <= 6 || (words <= 12 && TAG_YEAR_END.matcher(inner).find() && Character.isUpperCase(inner.charAt(0)));
        Optional<Venues.Parsed> v = venueShaped ? run.venues.parse(inner) : Optional.empty();
        if (v.isPresent() && v.get().year() != null && (v.get().venue() == null || Venues.hasYear(inner) || v.get().known())) {
            return new Read(stripEdges(tagged.group(1)), v.get(), null, null, null);
        }
        return null;
    }

    /**
     * "[Communication-Efficient Learning of … Data. 2016-02. AISTAT 2017.](url)", "[Title. ICLR 2020.](url)", "[Title, AAAI
     * 2019](url)": parts after the title's last full stop or comma that are a date (2020, 2020-04, 2020-04-07) or a known
     * venue with its year are the entry's date and venue, not its title. The title keeps two words at least, and loses
     * a mark before it ("(*) Title").
     */
    private Read cutTail(String title) {
        String t = title;
        Venues.Parsed venue = null;
        String date = null;
        while (true) {
            String body = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
            Matcher cut = TAIL_CUT.matcher(body);
            int at = -1;
            int after = -1;
            while (cut.find()) {
                at = cut.start();
                after = cut.end();
            }
            if (at < 0) {
                break;
            }
            String head = body.substring(0, at).strip();
            String part = body.substring(after).strip();
            if (head.split("\\s+").length < 2) {
                break;
            }
            Optional<String> iso = Dates.parse(part);
            if (iso.isPresent() && date == null) {
                date = iso.get();
                t = head;
                continue;
            }
            Optional<Venues.Parsed> v = part.split("\\s+").length <= 6 && Venues.hasYear(part) ? run.venues.parse(part) : Optional.empty();
            if (v.isPresent() && (v.get().known() || NAMED_YEAR.matcher(part).matches()) && v.get().year() != null && venue == null) {
                venue = v.get();
                t = head;
                continue;
            }
            break;
        }
        return new Read(TITLE_MARK.matcher(t).replaceFirst(""), venue, date, null, null);
    }

    /** "ICLR 2021", "NIPS 2016 workshop", "INFOCOM 2019", "S&amp;P 2019": a known venue or a short capitalised name, with its year. */
    private Optional<Venues.Parsed> venueSentence(String part) {
        // a venue's name alone ("Zhang Bin's Blog. Remote Sensing Datasets") may be words of the title: its year is asked
        Optional<Venues.Parsed> v = Venues.hasYear(part) ? run.venues.parse(part) : Optional.empty();
        if (v.isEmpty() || v.get().known()) {
            return v;
        }
        boolean named = v.get().year() != null && v.get().venue() != null && part.split("\\s+").length <= 4
                && Character.isUpperCase(part.codePointAt(0)) && Venues.hasYear(part);
        return named ? v : Optional.empty();
    }

    /** A colon (or dash) right after a bold term, then a description starting in lower case: "**Term**: predicting how …". */
    private static final Pattern DEFINITION = Pattern.compile("^\\s*[:：]\\s*\\p{Ll}");
    /** "**Scope of Contribution**: **`Syn`**: Data Synthesis / **`Quant`**: Network Quantization": a label over short forms it defines. */
    private static final Pattern DEFINITIONS = Pattern.compile("^\\s*[:：]\\s*[^:：/;|]{1,20}[:：]\\s*[^/;|]+[/;|]\\s*[^:：/;|]{1,20}[:：]\\s*\\S");
    /** "(1982), S. E. Levinson et al.": a year alone in parentheses opening the text after a title, then the rest. */
    private static final Pattern YEAR_THEN_REST = Pattern.compile("^[(（]\\s*((?:19|20)\\d{2})\\s*[)）]\\s*[,.;]?\\s*(.*)$");
    private static final Pattern TAG_YEAR_END = Pattern.compile("(?:19|20)\\d{2}$");
    /** "Title (ICML 2019)", "Title (NeurIPS'22)": a parenthesised tag ending a title. */
    private static final Pattern TITLE_TAG = Pattern.compile("^(.*\\S)\\s*[(（]([^()（）]{2,120})[)）]\\s*\\.?$");
    /** "(1990-2010)", "(2001 – 2021)": a span of years, which a title holds; never a venue with its year. */
    private static final Pattern YEAR_RANGE = Pattern.compile("^(?:19|20)\\d{2}\\s*[-–—~]\\s*(?:(?:19|20)\\d{2}|\\d{2}|now|present|today)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The content after a reference-style title ("**Title**. *A, B and C*. ICLR 2020. [[pdf]] (**ALBERT**)"): the
     * italic names right after the title are the authors, a bold name in parentheses is an alias; the rest is returned.
     * Strict: the italics are names only when they read as names (not merely three parts cut at commas).
     */
    private static CellContent referenceTail(List<Node> rest, Entry.Builder b, boolean strict, Venues venues) {
        List<Node> kept = new ArrayList<>();
        boolean seen = false;
        for (int k = 0; k < rest.size(); k++) {
            Node n = rest.get(k);
            if (!seen && n instanceof Emphasis) {
                String text = CellContent.of(n).text();
                Authors.Parsed names = Authors.parse(text);
                boolean parts = !strict && names.names().size() >= 3 && !Venues.hasYear(text); // "(TUM, DLR, panet. Mar 2021)" is no list of names
                if (!names.names().isEmpty() && (Authors.looksLikeNames(text) || parts)) {
                    b.authors(names.names()).etAl(names.etAl());
                    seen = true;
                    continue;
                }
                Optional<NamesVenueItalics.Read> namesVenue = strict ? Optional.empty() : NamesVenueItalics.read(text, venues);
                if (namesVenue.isPresent()) {
                    // "**Title.** *Jin et al. Arxiv.*": the names and the venue in one span, read as "*Jin et al.* Arxiv."
                    b.authors(namesVenue.get().names().names()).etAl(namesVenue.get().names().etAl());
                    kept.add(new Text(" " + namesVenue.get().venue() + ". "));
                    seen = true;
                    continue;
                }
                String org = stripEdges(text.strip().replaceAll("\\.$", ""));
                if (ORGANISATION.matcher(org).matches() && organisationAuthor(org, CellContent.of(rest.subList(k + 1, rest.size())).textOutsideLinks(), strict, venues)) {
                    // "*OpenAI*. arXiv 2023.", "*Gemini Team, Google.* arXiv 2023.": in the names' place a body that wrote the paper
                    b.authors(List.of(org));
                    seen = true;
                    continue;
                }
            }
            if (n instanceof StrongEmphasis && k > 0 && k + 1 < rest.size() && rest.get(k - 1) instanceof Text prev
                    && prev.getLiteral().stripTrailing().endsWith("(") && rest.get(k + 1) instanceof Text next
                    && next.getLiteral().stripLeading().startsWith(")")) {
                String alias = CellContent.of(n).text();
                if (!alias.isEmpty() && alias.length() <= 60) {
                    b.alias(alias);
                    continue;
                }
            }
            if (n instanceof Code && venueWritten(kept)) {
                // "ECIR 2018. `gradient` [[pdf](…)]": code spans after the venue and year are the list's labels, not
                // more of the venue ("ECIR . gradient" was read as one)
                continue;
            }
            if (!(n instanceof Text t && !hasLetters(t.getLiteral())) && !isBlankNode(n)) {
                seen = true;
            }
            kept.add(n);
        }
        return CellContent.of(kept);
    }

    /**
     * Whether an organisation's name in italics where the names stand is the paper's author: under the title, when a
     * year follows; after the title on its line ("**Title**. *OpenAI*. 2018."), only when a year alone follows and the
     * name is no venue (an organisation the gazetteer holds as one, OpenAI, is an author there, not "*CVPR*. 2020.").
     */
    private static boolean organisationAuthor(String org, String after, boolean strict, Venues venues) {
        if (strict) {
            return Venues.hasYear(after);
        }
        return YEAR_ALONE.matcher(after).matches() && venues.lookup(org).filter(v -> v.type() != Venues.Type.OTHER).isEmpty();
    }

    /** True when the text kept so far (outside links) has letters and a year: a venue has been written. */
    private static boolean venueWritten(List<Node> kept) {
        String text = CellContent.of(kept).textOutsideLinks();
        return text.codePoints().anyMatch(Character::isLetter) && Venues.hasYear(text);
    }

    /** A line that is only a web address. */
    private static final Pattern BARE_WEB_ADDRESS = Pattern.compile("^https?://[^\\s<>\"]+$");
    /** A bracketed part ending a text: "[Paper]", "[https://arxiv.org/abs/2105.00192]". */
    private static final Pattern BRACKET_END = Pattern.compile("\\s*\\[([^\\[\\]]{1,300})\\]\\s*$");
    /** A web address in brackets with no link after it, as the list's source writes it. */
    private static final Pattern BRACKETED_URL = Pattern.compile("\\[(https?://[^\\s\\[\\]()]+)\\](?!\\()");

    /**
     * "arXiv 2024. [Paper]", "arXiv 2023. [Paper][GitHub]", "arXiv 2021. [https://arxiv.org/abs/2105.00192]": bracketed
     * kinds of link that lead nowhere end the text, and a web address in brackets is the entry's link; neither is part
     * of the venue. Returns the text without them.
     */
    private static String bracketTail(String text, String raw, Entry.Builder b) {
        String t = text;
        boolean url = false;
        Matcher m = BRACKET_END.matcher(t);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (inner.regionMatches(true, 0, "http", 0, 4)) {
                url = true;
            } else if (!Labels.isGeneric(inner)) {
                break;
            }
            t = t.substring(0, m.start()).strip();
            m = BRACKET_END.matcher(t);
        }
        if (url) {
            Matcher written = BRACKETED_URL.matcher(raw == null ? "" : raw);
            while (written.find()) {
                b.link(ListRun.paperLinkKind(written.group(1), "", b.hasLink(Links.PAPER)), written.group(1));
            }
        }
        return t.replaceAll("[\\s.,;]+$", "").isEmpty() ? "" : t;
    }

    /** A year alone, with the periods and spaces around it: all that follows "*OpenAI*" in "*OpenAI*. 2018.". */
    private static final Pattern YEAR_ALONE = Pattern.compile("^[\\s.,;]*(?:19|20)\\d{2}[\\s.,;]*$");
    /** A body named as a paper's author: up to five capitalised words ("OpenAI", "01.AI", "DLA Piper", "Gemini Team, Google"). */
    private static final Pattern ORGANISATION = Pattern.compile("^[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'\\-]*(?:,?\\s+[\\p{Lu}\\p{N}&][\\p{L}\\p{N}.&'\\-]*){0,4}$");

    /** A middle dot (or bullet) between two parts of a line, spaces around it. */
    private static final Pattern DOTTED = Pattern.compile("(?:^|\\s)[·•](?:\\s|$)");
    /** Symbols (emoji, their joiners and variation selectors; code points newer than the JDK's Unicode too) that mark a part but are no text of it. */
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cn}\\x{FE0F}\\x{200D}\\x{20E3}]+");

    /**
     * "Zhou Y et al. · *Nature* · 2023-09-13 👁️": a line of parts cut by middle dots, as scripts write a paper's
     * fields: a date, a venue, the names. Read only when two of the three are found and one is the venue or the date;
     * the venue is a known one, or the part after the names. Sets what it finds and returns the other parts (null
     * when none), or {@code text} itself when the line is not of this shape.
     */
    private String dottedParts(String text, Entry.Builder b, boolean venueFound) {
        String[] parts = text.split("(?:^|\\s+)[·•](?:\\s+|$)");
        if (parts.length < 2 || parts.length > 6) {
            return text;
        }
        String date = null;
        Venues.Parsed venue = null;
        Authors.Parsed names = null;
        List<String> others = new ArrayList<>();
        for (String raw : parts) {
            String part = stripEdges(SYMBOLS.matcher(raw).replaceAll(" ").strip());
            String symbols = raw.codePoints().filter(c -> SYMBOLS.matcher(Character.toString(c)).matches())
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (!symbols.isBlank()) {
                others.add(symbols);
            }
            if (part.isEmpty()) {
                continue;
            }
            Optional<String> d = date == null ? Dates.parse(part) : Optional.empty();
            if (d.isPresent()) {
                date = d.get();
                continue;
            }
            Optional<Venues.Parsed> v = venue == null && !venueFound && part.length() <= 120 ? run.venues.parse(part) : Optional.empty();
            if (v.isPresent() && v.get().known() && v.get().venue() != null) {
                venue = v.get();
                continue;
            }
            if (names == null && Authors.looksLikeNames(part)) {
                names = Authors.parse(part);
                continue;
            }
            if (venue == null && !venueFound && names != null && v.isPresent() && v.get().venue() != null
                    && Character.isUpperCase(part.codePointAt(0)) && part.split("\\s+").length <= 8) {
                venue = v.get();
                continue;
            }
            others.add(part);
        }
        int found = (date != null ? 1 : 0) + (venue != null ? 1 : 0) + (names != null ? 1 : 0);
        if (found < 2 || (date == null && venue == null)) {
            return text;
        }
        if (names != null && b.build().authors().isEmpty()) {
            b.authors(names.names()).etAl(names.etAl());
        }
        if (venue != null) {
            run.applyVenue(b, venue);
        }
        if (date != null) {
            b.date(date);
            if (b.build().year() == null) {
                b.year(Dates.year(date));
            }
        }
        return others.isEmpty() ? null : String.join(" ", others);
    }

    /**
     * "[29th Jan., 2023] [ICLR, 2024]": a line of bracketed parts, one a date and one a venue with its year. Sets what
     * it finds (the venue's year is the entry's, the date its date) and returns the other parts, or null when none.
     */
    private String bracketGroups(String text, Entry.Builder b, boolean venueFound) {
        Matcher g = BRACKET_GROUP.matcher(text);
        String date = null;
        Venues.Parsed venue = null;
        List<String> others = new ArrayList<>();
        while (g.find()) {
            String part = g.group(1).strip();
            Optional<String> d = date == null ? Dates.parse(part) : Optional.empty();
            if (d.isPresent() && d.get().length() > 4) {
                date = d.get();
                continue;
            }
            Optional<Venues.Parsed> v = venue == null && !venueFound && Venues.hasYear(part) ? run.venues.parse(part) : Optional.empty();
            if (v.isPresent()) {
                venue = v.get();
                continue;
            }
            others.add(part);
        }
        if (venue == null && date != null && !venueFound && others.size() == 1 && others.get(0).split("\\s+").length <= 5) {
            // "[17th Jun., 2024] [EUSIPCO]": beside a date, a short part without a year is the venue
            venue = run.venues.parse(others.remove(0)).orElse(null);
        }
        if (date == null && venue == null) {
            return text;
        }
        if (venue != null) {
            run.applyVenue(b, venue);
        }
        if (date != null && b.build().date() == null) {
            b.date(date);
            if (b.build().year() == null) {
                b.year(Dates.year(date));
            }
        }
        return others.isEmpty() ? null : String.join(" ", others);
    }

    /**
     * A plain-text first line as the title, for items such as "- Some Title" followed by a line of links:
     * only when that first line has no link itself and another line links the paper.
     */
    private static Line plainTitle(List<Line> lines, List<CellContent.LinkRef> links) {
        if (lines.isEmpty() || links.isEmpty()) {
            return null;
        }
        Line first = lines.get(0);
        if ((first.lead != Lead.PLAIN && first.lead != Lead.ITALIC) || !first.content.links().isEmpty()) {
            return null;
        }
        String text = stripEdges(Headings.clean(first.content.text()));
        if (text.isEmpty() || text.split("\\s+").length < 2) {
            return null;
        }
        first.title = text;
        return first;
    }

    /**
     * The line at {@code index} as a title when the lines before it are only links (or a short name) and it is plain
     * text of three words or more without links, not a line of names: "[**Paper**](…) | [**code**](…)" then the title.
     */
    private static Line titleUnderLinks(List<Line> lines, int index) {
        if (index <= 0 || index >= lines.size()) {
            return null;
        }
        for (Line l : lines.subList(0, index)) {
            if (l.content.links().isEmpty() || !stripEdges(l.content.textOutsideLinks()).replaceAll("[|/·•]", "").isBlank() && l.venueTag == null
                    && l.yearTag == null) {
                return null;
            }
        }
        Line next = lines.get(index);
        if (next.lead != Lead.PLAIN || !next.content.links().isEmpty()) {
            return null;
        }
        String text = stripEdges(Headings.clean(next.content.text()));
        if (text.split("\\s+").length < 3 || text.length() > MAX_TEXT_TITLE || Authors.looksLikeNames(text)) {
            return null;
        }
        next.title = text;
        return next;
    }

    /**
     * The venue in a line's text before or between its links: a known venue with a year ("NeurIPS 2025 Highlight") or in
     * at most three words ("CVPR", "Remote Sensing"), or any text of at most three words with a year ("IJCAI 2024");
     * a longer sentence that happens to start with a venue's name is a note.
     */
    private Optional<Venues.Parsed> venue(String text) {
        Optional<Venues.Parsed> proceedings = proceedings(text);
        if (proceedings.isPresent()) {
            return proceedings;
        }
        Optional<Venues.Parsed> sentence = venueThenYear(text);
        if (sentence.isPresent()) {
            return sentence;
        }
        if (text.length() > 80) {
            return Optional.empty();
        }
        // "ICAIFW 2025 (Best Paper)": a venue and year, then a short remark in parentheses (kept as written); a known
        // venue the remark belongs to is read whole ("ACL 2022 (Findings)" is Findings of ACL, "CVPR 2023 (Workshop)" CVPRW)
        Matcher remark = TRAILING_REMARK.matcher(text.strip());
        Optional<Venues.Parsed> whole = remark.matches() ? run.venues.parse(text).filter(v -> v.known() && v.year() != null) : Optional.empty();
        Optional<Venues.Parsed> headOnly = remark.matches() ? run.venues.parse(remark.group(1)) : Optional.empty();
        if (whole.isPresent() && !(headOnly.isPresent() && whole.get().venue().equals(headOnly.get().venue()))) {
            return whole;
        }
        if (remark.matches() && Venues.hasYear(remark.group(1))) {
            Optional<Venues.Parsed> head = shortVenue(remark.group(1));
            if (head.isPresent()) {
                return head.map(v -> new Venues.Parsed(v.venue(), v.year(), text.strip(), v.known()));
            }
        }
        return shortVenue(text);
    }

    private Optional<Venues.Parsed> shortVenue(String text) {
        Optional<Venues.Parsed> parsed = run.venues.parse(text);
        int words = text.split("\\s+").length;
        // an unknown name with a digit or a comma left beside its year is a date or organisers: "(DIUx, Nov 2019)", "2022年8月"
        return parsed.filter(v -> (v.known() && (v.year() != null || words <= 3))
                || (v.year() != null && words <= 3 && (v.venue() == null || (v.venue().length() <= MAX_SHORT_VENUE && !v.venue().matches(".*[\\d,，].*"))))
                || (v.year() != null && venueNamed(text)));
    }

    /**
     * "IEEE Transactions on Intelligent Vehicles. 2023", "IEEE/CIC International Conference on Communications in China
     * (ICCC). 2019": a venue written out, then its year as a sentence of its own (a period or a comma between them), as
     * a reference that gives authors, venue and year as sentences writes it. A venue the gazetteer knows by that name
     * or by the acronym in parentheses after it is that venue; another is read as written when one of its words marks a
     * publication (Journal, Transactions, Conference …). Names followed by a year ("Sergey Levine. 2021") and sentences
     * ("S OpenAI et, al. CoRR. 2019") are not venues.
     */
    private Optional<Venues.Parsed> venueThenYear(String text) {
        String t = text.strip();
        if (t.length() > 260) {
            return Optional.empty();
        }
        Matcher m = VENUE_THEN_YEAR.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        if (SENTENCE_BREAK.matcher(name).find() || Venues.hasYear(name)) {
            return Optional.empty();
        }
        Optional<Venues.Parsed> parsed = run.venues.parse(t).filter(v -> v.known() && v.year() != null);
        if (parsed.isPresent()) {
            return parsed; // "Thirty-First AAAI Conference on Artificial Intelligence. 2017": the gazetteer reads it
        }
        int year = Integer.parseInt(m.group(2));
        Optional<Venues.Venue> known = run.venues.lookup(name);
        Matcher acronym = TRAILING_ACRONYM.matcher(name);
        if (known.isEmpty() && acronym.matches()) {
            known = run.venues.lookup(acronym.group(2));
        }
        if (known.isPresent()) {
            return Optional.of(new Venues.Parsed(known.get().display(), year, t, true));
        }
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 16) {
            return Optional.empty();
        }
        for (String w : words) {
            if (PUBLICATION_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\W+$", ""))) {
                return Optional.of(new Venues.Parsed(name, year, t, false));
            }
        }
        // "IEEE Robotics and Automation. 2023": a society's or publisher's name leading a title-cased name of three words
        // or more names what it publishes, though no word says journal or conference
        if (words.length >= 3 && run.venues.isPublisher(words[0]) && titleCased(words)) {
            return Optional.of(new Venues.Parsed(name, year, t, false));
        }
        return Optional.empty();
    }

    /** Every word capitalised but the small words inside a name ("of", "and" …). */
    private static boolean titleCased(String[] words) {
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !Set.of("of", "and", "on", "in", "for", "the", "&").contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A venue's name (an ordinal may lead it: "62nd IEEE Conference on …"), a period, a comma or a space, then its year. */
    private static final Pattern VENUE_THEN_YEAR = Pattern.compile(
            "^((?:\\d{1,3}(?:st|nd|rd|th)\\s+)?\\p{Lu}[\\p{L}\\p{N}\\s&\\-/(),.:'’]{2,200}?)(?:\\s*[.,]\\s*|\\s+)((?:19|20)\\d{2})$");
    /** A period that ends a sentence inside a would-be venue ("et, al. CoRR"): not one name. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\.\\s+\\p{Lu}\\p{Ll}");
    /** A name with its acronym in parentheses after it: "IEEE Conference on Computer Vision and Pattern Recognition (CVPR)". */
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("^(.*\\S)\\s*\\((\\p{Lu}[\\p{L}&\\-]{1,15})\\)$");

    /** A venue and year, then a remark of one to three words in parentheses: "ICAIFW 2025 (Best Paper)", "KDD 2024 (Oral)". */
    private static final Pattern TRAILING_REMARK = Pattern.compile("^(.{2,60}?)\\s*\\((\\p{L}+(?:\\s+\\p{L}+){0,2})\\)$");

    /**
     * "In Proceedings of the 10th ACM International Conference on AI in Finance, 2023": a proceedings' name with its year
     * after it (or before the name: "Proceedings of the 2019 Conference of …"). Without "In", "Proceedings of the" and
     * the edition, the name is the venue: the known one it names (ICAIF), else as written, when one of its words marks a
     * publication (Conference, Symposium, Workshop …) and it has 2 to 20 words.
     */
    private static final Pattern PROCEEDINGS = Pattern.compile("^(?:In:?\\s+)?(?:the\\s+)?Proceedings\\s+of\\s+(?:the\\s+)?"
            + "(?:((?:19|20)\\d{2})\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+)?(\\p{Lu}[^()\\[\\]]{4,200}?)(?:[,.]?\\s+((?:19|20)\\d{2}))?$",
            Pattern.CASE_INSENSITIVE);

    private Optional<Venues.Parsed> proceedings(String text) {
        String t = text.strip();
        if (t.length() > 260) {
            return Optional.empty();
        }
        Matcher m = PROCEEDINGS.matcher(t);
        if (!m.matches() || m.group(1) == null && m.group(3) == null) {
            return Optional.empty();
        }
        String name = m.group(2).strip().replaceAll("[,.;:]+$", "");
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 20 || Venues.hasYear(name) || !Character.isUpperCase(name.codePointAt(0))) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(1));
        Optional<Venues.Venue> known = run.venues.lookup(name);
        if (known.isPresent()) {
            return Optional.of(new Venues.Parsed(known.get().display(), year, t, true));
        }
        for (String w : words) {
            if (PUBLICATION_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\W+$", ""))) {
                return Optional.of(new Venues.Parsed(name, year, t, false));
            }
        }
        return Optional.empty();
    }

    /** The longest unknown venue read from three words or fewer: a sentence without spaces (Chinese) is a note. */
    private static final int MAX_SHORT_VENUE = 30;
    /** Words that mark the name of a journal or proceedings ("Journal", "Transactions", "Letters" …). */
    private static final Set<String> PUBLICATION_WORDS = Set.of("journal", "transactions", "proceedings", "annals", "advances",
            "conference", "symposium", "workshop", "letters", "magazine", "bulletin");
    /** A venue's name then its year, and nothing else: "Journal of Systems Engineering and Electronics 2023". */
    private static final Pattern NAMED_VENUE = Pattern.compile("^(\\p{L}[\\p{L}\\s&\\-]{2,100}?)[\\s,]+((?:19|20)\\d{2})$");

    /**
     * True for an unknown venue written out in full before its year: two to twelve words, capitalised first, one of
     * them a word that marks a publication ("Journal of computer-aided molecular design 2016", "IEEE Symposium on …").
     * A description with a year ("Chinese Pre-trained Language Model, 2020") or a sentence is a note.
     */
    private static boolean venueNamed(String text) {
        Matcher m = NAMED_VENUE.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        String[] words = m.group(1).strip().split("\\s+");
        if (words.length < 2 || words.length > 12 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (PUBLICATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A venue tag before a title: a known venue with a year, in at most four words ("CVPR 2024", "NeurIPS'23 Oral"). */
    private Optional<Venues.Parsed> venueTag(String text) {
        String t = text.strip(); // brackets around it ("[CVPR 2024]") are trimmed by Venues.parse
        if (t.isEmpty() || t.length() > 40 || t.split("\\s+").length > 6) {
            return Optional.empty();
        }
        Optional<Venues.Parsed> known = t.split("\\s+").length > 4 ? Optional.empty()
                : run.venues.parse(t).filter(v -> v.known() && v.year() != null);
        if (known.isEmpty() && leadTagList) {
            // "**[FPL 2024]** Title" among "**[CVPR 2023]** Title" items: the venue as the list names it, and its year
            Optional<Venues.Parsed> lead = LeadTags.unknownVenue(t);
            if (lead.isPresent()) {
                return lead;
            }
        }
        if (known.isPresent() || !namedTagList || !TAG_NAME_YEAR.matcher(t).matches()) {
            return known;
        }
        // "(PhD dissertation 19) Title" among "(CVPR 17) Title" items: the venue as written (none known) and its year
        return run.venues.parse(Venues.withCentury(t)).filter(v -> v.year() != null)
                .map(v -> new Venues.Parsed(v.known() ? v.venue() : null, v.year(), t, v.known()));
    }

    /** A line of names, then where and when: the names, the venue (null when none is read), the year, the text kept as a note. */
    private record NamesVenue(Authors.Parsed names, Venues.Parsed venue, Integer year, String rest) {}

    /**
     * A venue's name, then its year after a space or a comma or glued to it: "arXiv, 2020", "arXiv2020", "RL Theory
     * Seminar2021"; a span of years ("Seminar 2020-2021") gives its last.
     */
    private static final Pattern PLACE_YEAR = Pattern.compile("^(.*?)[\\s,]*(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?((?:19|20)\\d{2})$");
    /**
     * A span of years, then the venue's name: "2020-2021 Machine Learning Advances and Applications Seminar" (a seminar's
     * season); the year read is the span's last, the latest the talk can be.
     */
    private static final Pattern YEARS_PLACE = Pattern.compile("^((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})[\\s,]+(\\p{L}.*)$");
    /** Where a line's names may end: a period (not an initial's: "Josiah P. Hanna") or a comma, then a space. */
    private static final Pattern NAMES_END = Pattern.compile("(?<!(?:^|[\\s.(])\\p{Lu})\\.\\s+|,\\s+");
    /**
     * A venue's name of one to ten words, then its year, the sentence's period at most after it: "Multimedia Tools and
     * Applications 2021.", "npj Digit. Medicine 2023."; a capital in the name, no digit or bracket in it.
     */
    private static final Pattern PLACE_AFTER_NAMES = Pattern.compile(
            "^(?=[^\\p{Lu}]*\\p{Lu})\\p{L}[\\p{L}.&'’\\-]*(?:[\\s,:]+[\\p{L}&][\\p{L}.&'’\\-]*){0,9}[\\s,]+(?:19|20)\\d{2}\\.?$");
    /** A paper sent to a venue, not published there: "Submitted to ICLR 2024", "Under review at NeurIPS 2024". */
    private static final Pattern SUBMITTED = Pattern.compile("(?i)^(?:submitted|under\\s+review|in\\s+submission)\\b");
    /** "et al." leading the text after italic names, with the punctuation after it. */
    private static final Pattern ET_AL_AFTER = Pattern.compile("(?i)^et\\s*al\\b\\.?[\\s.,;]*");
    /** An acronym naming a venue the list does not explain: "RLEM", "IJCNN". */
    private static final Pattern ACRONYM_PLACE = Pattern.compile("\\p{Lu}[\\p{L}\\d\\-]*\\p{Lu}[\\p{L}\\d\\-]*");

    /**
     * "Sergey Levine, Aviral Kumar, and Justin Fu. arXiv, 2020", "Tengyang Xie and Nan Jiang. arXiv2020", "Nathan Kallus.
     * NeurIPS2019 Workshop on …", "Mario Bergés, RLEM, 2020": names, then the venue and the year after the last period
     * (or, for a known venue or an acronym, the last comma) that leaves a line of names before it. The year is asked: a
     * line without one is left to the other readings ("Takuma Seno.", a line of names only).
     */
    private Optional<NamesVenue> namesThenVenue(String text) {
        String t = text.strip().replaceAll("[.\\s]+$", "");
        if (t.length() < 6 || t.length() > 600 || !Venues.hasYear(t)) {
            return Optional.empty();
        }
        List<int[]> cuts = new ArrayList<>();
        Matcher m = NAMES_END.matcher(t);
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        for (int k = cuts.size() - 1; k >= 0; k--) {
            int[] cut = cuts.get(k);
            boolean period = t.charAt(cut[0]) == '.';
            String names = t.substring(0, cut[0]).strip();
            String tail = t.substring(cut[1]).strip();
            if (tail.isEmpty() || !Venues.hasYear(tail) || !Authors.looksLikeNames(names)) {
                continue;
            }
            Matcher y = PLACE_YEAR.matcher(tail);
            Matcher range = YEARS_PLACE.matcher(tail);
            boolean named = y.matches() || range.matches();
            Integer year = y.matches() ? Integer.valueOf(y.group(2)) : range.matches() ? Integer.valueOf(range.group(2))
                    : References.lastYear(tail);
            String place = y.matches() ? y.group(1).replaceAll("[\\s,;]+$", "").strip() : range.matches() ? range.group(3).strip() : tail;
            if (!period && (place.isEmpty() || !(run.venues.parse(place).map(Venues.Parsed::known).orElse(false)
                    || ACRONYM_PLACE.matcher(place).matches()))) {
                continue; // "…, and Mark van der Laan, 2021": after a comma only a venue, never more names
            }
            Venues.Parsed venue = null;
            if (!place.isEmpty()) {
                Optional<Venues.Parsed> v = venue(named ? place + " " + year : place);
                if (v.isPresent() && v.get().venue() != null) {
                    venue = new Venues.Parsed(v.get().venue(), v.get().year() != null ? v.get().year() : year, tail, v.get().known());
                } else if (named && place.split("\\s+").length <= 8 && Character.isUpperCase(place.codePointAt(0))) {
                    // "IEEE T SMART GRID, 2020", "RL Theory Seminar2021": after the names, the name before the year is the venue
                    venue = new Venues.Parsed(place, year, tail, false);
                }
            }
            return Optional.of(new NamesVenue(Authors.parse(names), venue, year, venue == null && !place.isEmpty() ? tail : null));
        }
        return Optional.empty();
    }

    private String section(List<String> categories) {
        List<String> parts = new ArrayList<>();
        String s = run.section();
        if (!s.isEmpty()) {
            parts.add(s);
        }
        parts.addAll(categories);
        return String.join(" > ", parts);
    }

    /**
     * The lines of a paragraph: cut at soft and hard line breaks and at {@code <br>}. A reference string wrapped over
     * several lines before its links ("Chen J, Sun B, et al. Deep ctr prediction in display" then "advertising[C]//…")
     * is one line.
     */
    private List<Line> lines(Node block, IntUnaryOperator lineOf) {
        Function<String, Optional<Venues.Parsed>> tailTag = tailTagList ? this::tailVenue : null;
        List<SourceSpan> spans = block.getSourceSpans();
        List<Line> out = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        int physical = 0;
        int startPhysical = 0;
        Node wrappedUntil = wrappedReference(block);
        if (wrappedUntil == null) {
            wrappedUntil = BoldNameTags.wrappedTitleEnd(block);
        }
        boolean inReference = wrappedUntil != null;
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
            if (n == wrappedUntil) {
                inReference = false;
            }
            if (inReference && n instanceof SoftLineBreak) {
                current.add(new Text(" "));
                physical++;
                continue;
            }
            if (n instanceof SoftLineBreak && n.getNext() instanceof Text next && GOES_ON.matcher(next.getLiteral()).lookingAt()) {
                // "*A, B, Ville Kyrki*" then ". Robotics and Autonomous Systems. 2023.": a line opening with the period
                // that ends the sentence before goes on with it
                current.add(new Text(" "));
                physical++;
                continue;
            }
            boolean lineBreak = n instanceof SoftLineBreak || n instanceof HardLineBreak;
            boolean br = n instanceof HtmlInline h && BR.matcher(h.getLiteral().strip()).matches();
            if (lineBreak || br) {
                addLine(out, current, spans, startPhysical, lineOf, this::venueTag, run.venues, run.namesItems(), tailTag);
                current = new ArrayList<>();
                if (lineBreak) {
                    physical++;
                }
                startPhysical = physical;
            } else {
                current.add(n);
            }
        }
        addLine(out, current, spans, startPhysical, lineOf, this::venueTag, run.venues, run.namesItems(), tailTag);
        return out;
    }

    /**
     * When the paragraph opens with plain text wrapped over two lines or more before its first link (or its end) and
     * that text reads as a reference string, the node ending the wrapped text (its first link, or null at the end is
     * returned as the paragraph's last node's successor: the block itself); else null.
     */
    private Node wrappedReference(Node block) {
        StringBuilder text = new StringBuilder();
        int breaks = 0;
        Node n = block.getFirstChild();
        for (; n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            } else if (n instanceof Code c && (text.length() > 0 || !hasLetters(c.getLiteral()))) {
                text.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                text.append(' ');
                breaks++;
            } else {
                break;
            }
            if (text.length() > 2_000) {
                return null;
            }
        }
        if (breaks == 0 || References.parse(text.toString().replaceAll("^[\\s`*]+", ""), this::venueTag).isEmpty()) {
            return null;
        }
        return n == null ? block : n;
    }

    private static void addLine(List<Line> out, List<Node> nodes, List<SourceSpan> spans, int physical, IntUnaryOperator lineOf,
            Function<String, Optional<Venues.Parsed>> tags, Venues venues, boolean names, Function<String, Optional<Venues.Parsed>> tailTag) {
        if (nodes.isEmpty() || nodes.stream().allMatch(BulletReader::isBlankNode)) {
            return;
        }
        int index = spans.isEmpty() ? 0 : spans.get(Math.min(physical, spans.size() - 1)).getLineIndex();
        out.add(new Line(mergedText(nodes), lineOf.applyAsInt(index), tags, venues, names, tailTag));
    }

    /**
     * The nodes with each run of adjacent text nodes made one: the parser leaves an unmatched bracket as a text node of
     * its own ("[", "TPAMI 22", "] "), and a tag before a title is read from the whole text ("[TPAMI 22] **Title**").
     */
    private static List<Node> mergedText(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes.size());
        StringBuilder run = null;
        for (Node n : nodes) {
            if (n instanceof Text t) {
                run = run == null ? new StringBuilder(t.getLiteral()) : run.append(t.getLiteral());
                continue;
            }
            if (run != null) {
                out.add(new Text(run.toString()));
                run = null;
            }
            out.add(n);
        }
        if (run != null) {
            out.add(new Text(run.toString()));
        }
        return out;
    }

    private static int firstLineIndex(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    /**
     * A title without the quotation marks around it: "\"Title\"" and "\"Title\"\"" are "Title", and so is "\"Title" when
     * no other mark follows; "\"Do Anything Now\": Characterizing …" keeps its quoted name.
     */
    static String unquoted(String title) {
        if (title.length() < 3 || QUOTES.indexOf(title.charAt(0)) < 0) {
            return title;
        }
        int end = title.length();
        while (end > 1 && QUOTES.indexOf(title.charAt(end - 1)) >= 0) {
            end--;
        }
        String inner = title.substring(1, end);
        boolean closed = end < title.length();
        boolean others = inner.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0);
        if (!closed && others) {
            return title;
        }
        String t = inner.strip();
        return t.isEmpty() ? title : t;
    }

    /**
     * True when a line is a remark led by a label ("Researcher: Wotao Yin, UCLA", "Keywords: positive labels"), which
     * no reader takes for the paper's authors; "Authors: A, B" is not one.
     */
    static boolean remark(String text) {
        Matcher m = LABELLED.matcher(text);
        return m.find() && !AUTHOR_LABEL.matcher(m.group(1).strip()).matches();
    }

    /**
     * A title without the period that ends it as a sentence ("**Deep Sets.**"); kept after an initial or an
     * abbreviation ("et al.", "U.S.") and in an ellipsis.
     */
    static String withoutFinalPeriod(String title) {
        if (!title.endsWith(".") || title.endsWith("..")) {
            return title;
        }
        String body = title.substring(0, title.length() - 1);
        String last = body.substring(body.lastIndexOf(' ') + 1);
        boolean word = last.length() >= 2 && last.indexOf('.') < 0 && !last.equalsIgnoreCase("al") && !last.equalsIgnoreCase("vs");
        return word ? body.strip() : title;
    }

    /** The first node with letters, or null. */
    private static Node firstContent(List<Node> nodes) {
        for (Node n : nodes) {
            if (!isBlankNode(n) && !(n instanceof Text t && !hasLetters(t.getLiteral()))) {
                return n;
            }
        }
        return null;
    }

    private static boolean isBlankNode(Node n) {
        return (n instanceof Text t && t.getLiteral().replace('\\', ' ').isBlank()) || (n instanceof HtmlInline h && !BR.matcher(h.getLiteral().strip()).matches());
    }

    /** The first link inside {@code node}, at any depth, or null. */
    private static Link firstLink(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link link) {
                return link;
            }
            Link inner = firstLink(n);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** The only link inside a bold span ("**[Title](url)**"), or null. */
    private static Link onlyLink(Node strong) {
        Node first = strong.getFirstChild();
        return first instanceof Link link && first.getNext() == null ? link : null;
    }

    /** Whether a bracketed text before a title can be a tag: a few words, one letter at least. */
    static boolean isShortTag(String text) {
        String t = text.strip();
        return t.codePoints().anyMatch(Character::isLetter) && t.split("\\s+").length <= MAX_TAG_WORDS;
    }

    private static boolean hasLetters(String text) {
        String t = SHORT_CODE.matcher(text).replaceAll(" ");
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The labels of an item's links for a report, quoted, at most three: "'Visual-thermal reid(pytorch)'". */
    private static String labels(List<CellContent.LinkRef> links) {
        List<String> out = links.stream().map(l -> l.label() == null ? "" : l.label().strip()).filter(l -> !l.isEmpty())
                .limit(3).map(l -> "'" + Cells.quote(l, Cells.QUOTE) + "'").toList();
        return out.isEmpty() ? links.size() + (links.size() == 1 ? " link" : " links") : String.join(", ", out)
                + (links.size() > out.size() ? " …" : "");
    }

    private static boolean isAbsolute(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("www.") || u.startsWith("ftp://");
    }

    /** Strips separators and spaces from both ends: "- description" → "description"; a final period is kept. */
    static String stripEdges(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (isEdge(text.charAt(start)) || text.charAt(start) == '.')) {
            start++;
        }
        while (end > start && isEdge(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isEdge(char c) {
        // a backslash left at a line's end (a line break written "\ " with a space after it) is no text
        return Character.isWhitespace(c) || "-–—:,;|\\".indexOf(c) >= 0;
    }
}
