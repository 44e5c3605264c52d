package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Venues;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Items that open with a bold bracketed venue and year, the title after it: "**[CVPR 2023]** Align your Latents: …
 * [[Paper]](…)", "**[Arxiv 2024.10]** L3DG: …". In a document whose lists are in that shape (as {@code BulletReader}
 * counts shapes: three known venues or more, tagged items half the items), a tag naming a venue no list of venues knows
 * ("**[FPL 2024]**", "**[NSDI 2024]**", "**[ISCAS 2024]**") is read the same way: the venue as the list names it and
 * its year. Before, such a tag was the item's bold title and the real title its note.
 */
final class LeadTags {
    /** A bracketed tag: "[FPL 2024]", "[Arxiv 2024.10]". */
    private static final Pattern BRACKETED = Pattern.compile("^\\[\\s*([^\\[\\]]{2,40}?)\\s*\\]$");
    /** A venue's name of one to four words, then a year, a month after it or not: "FPL 2024", "IEEE ISCAS 2024.05". */
    private static final Pattern NAME_YEAR = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\d\\-&.]*(?:\\s+\\p{L}[\\p{L}\\d\\-&.]*){0,3})\\s+((?:19|20)\\d{2})(?:[.\\-/]\\d{1,2})?$");

    private LeadTags() {}

    /**
     * The tag of an item's first paragraph: {@code KNOWN} when it opens with a bold bracketed known venue and year,
     * {@code SHAPED} when with a bold bracketed name and year no one knows, {@code NONE} otherwise (or when no title
     * follows the tag).
     */
    static BulletReader.Tag tag(Paragraph p, Venues venues) {
        Node first = p.getFirstChild();
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        if (!(first instanceof StrongEmphasis) || !(first.getNext() instanceof Text after) || !hasLetters(after.getLiteral())) {
            return BulletReader.Tag.NONE;
        }
        Matcher m = BRACKETED.matcher(CellContent.of(first).text().strip());
        if (!m.matches()) {
            return BulletReader.Tag.NONE;
        }
        if (venues.parse(m.group(1)).filter(v -> v.known() && v.year() != null).isPresent()) {
            return BulletReader.Tag.KNOWN;
        }
        return NAME_YEAR.matcher(m.group(1)).matches() ? BulletReader.Tag.SHAPED : BulletReader.Tag.NONE;
    }

    /**
     * The venue and year of a bracketed tag naming no known venue ("[FPL 2024]" is FPL 2024), or empty when the text is
     * no such tag.
     */
    static Optional<Venues.Parsed> unknownVenue(String text) {
        Matcher m = BRACKETED.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Matcher v = NAME_YEAR.matcher(m.group(1));
        if (!v.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Venues.Parsed(v.group(1), Integer.valueOf(v.group(2)), m.group(1), false));
    }

    /**
     * A note without a bracket left over at either end from a bracketed group whose other bracket stayed with the title
     * ("Title [**`PTQ`, `Quant`**]" left the note "PTQ, Quant]"): a closing bracket at the end that closes nothing, an
     * opening one at the start that opens nothing, are dropped. Any other note is returned as it is.
     */
    static String unmatchedBracketsOff(String note) {
        if (note == null) {
            return null;
        }
        String n = note.strip();
        if (n.endsWith("]") && n.indexOf('[') < 0) {
            n = n.substring(0, n.length() - 1).strip();
        }
        if (n.startsWith("[") && n.indexOf(']') < 0) {
            n = n.substring(1).strip();
        }
        return n.equals(note.strip()) ? note : n;
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
