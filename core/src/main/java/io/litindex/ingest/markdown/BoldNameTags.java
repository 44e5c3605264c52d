package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Venues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A bullet that opens with its paper's short names in brackets inside bold, then the plain title and the venue in bold
 * parentheses: "- &lt;a name="CSR"&gt;&lt;/a&gt; **[CSR]** CSRNet: Dilated Convolutional Neural Networks … (**CVPR**)
 * [[paper](…)]", "**[CCWld, SFCN]** Learning from Synthetic Data …", as crowd-counting lists write them (the year only in
 * the section's heading). The bracket gives the names (aliases), or, written as a name and a year ("**[Zhang 2015]**",
 * "**[Lempitsky 2010]**"), the first author's surname; the text after it is the title; a known venue in bold parentheses
 * after the title is the venue ("(**ICCV(oral)**)", "(**T-CSVT**)"), where a bold name in parentheses is elsewhere an
 * alias ("(**ALBERT**)").
 */
final class BoldNameTags {

    private BoldNameTags() {}

    /** One to four short names in brackets: "[CSR]", "[CCWld, SFCN]", "[Zhang 2015]". */
    private static final Pattern NAMES = Pattern.compile(
            "^\\[\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}\\-+. ]{0,30}(?:,\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}\\-+. ]{0,30}){0,3})\\s*\\]$");
    /** A surname (or two words of one) and a year: "Zhang 2015", "Lempitsky 2010", "FU 2015". */
    private static final Pattern NAME_YEAR = Pattern.compile("^(\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*)?)\\s+(?:19|20)\\d{2}$");

    /** What the bracket gives: the names the list calls the paper by, or the first author's surname. */
    record Read(List<String> names, String author) {}

    /** The bracket's names when a bold text is only a bracket of short names ("[CSR]"); empty otherwise. */
    static Optional<Read> read(String boldText) {
        Matcher m = NAMES.matcher(boldText.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String inside = m.group(1).strip();
        Matcher cited = NAME_YEAR.matcher(inside);
        if (cited.matches()) {
            return Optional.of(new Read(List.of(), cited.group(1)));
        }
        List<String> names = new ArrayList<>();
        for (String name : inside.split("\\s*,\\s*")) {
            if (!name.isBlank() && name.codePoints().anyMatch(Character::isLetter)) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new Read(List.copyOf(names), null));
    }

    /**
     * "**[IG-CNN]** Divide and Grow: Capturing Huge Diversity in Crowd Images with" then "Incrementally Growing CNN
     * (**CVPR**) [[paper](…)]": when a paragraph opens with a bold bracket of names ({@link #read}) and its title is wrapped
     * over lines before the first link, that link (where the title's text ends); else null. The lines up to it are one.
     */
    static Node wrappedTitleEnd(Node block) {
        Node n = block.getFirstChild();
        while (n instanceof HtmlInline || (n instanceof Text t && t.getLiteral().isBlank())) {
            n = n.getNext();
        }
        if (!(n instanceof StrongEmphasis bold) || read(CellContent.of(bold).text()).isEmpty()) {
            return null;
        }
        int breaks = 0;
        for (n = n.getNext(); n != null; n = n.getNext()) {
            if (n instanceof Link) {
                return breaks > 0 ? n : null;
            }
            if (n instanceof SoftLineBreak) {
                breaks++;
            } else if (n instanceof HardLineBreak || n instanceof HtmlInline) {
                return null;
            }
        }
        return null;
    }

    /** A venue read from a bold text in parentheses, and the remark written with it ("oral", "Best Paper"), or null. */
    record Venue(Venues.Parsed parsed, String remark) {}

    /** A remark in parentheses after a venue: "ICCV(oral)", "CVPR (Oral)". */
    private static final Pattern REMARKED = Pattern.compile("^(.+?)\\s*\\(([^()]{1,30})\\)$");

    /**
     * The venue a bold text in parentheses after a title names, when it is a known one ("CVPR", "T-CSVT", "PR Letters"),
     * also with a remark in parentheses ("ICCV(oral)") or after it ("AVSS Best Paper": the longest run of first words
     * that names a known venue); empty otherwise.
     */
    static Optional<Venue> venue(String boldText, Venues venues) {
        String text = boldText.strip();
        if (text.isEmpty() || text.length() > 40) {
            return Optional.empty();
        }
        Optional<Venues.Parsed> whole = known(text, venues);
        if (whole.isPresent()) {
            return Optional.of(new Venue(whole.get(), null));
        }
        Matcher remarked = REMARKED.matcher(text);
        if (remarked.matches()) {
            return known(remarked.group(1), venues).map(p -> new Venue(p, remarked.group(2).strip()));
        }
        String[] words = text.split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            Optional<Venues.Parsed> first = known(String.join(" ", java.util.Arrays.asList(words).subList(0, n)), venues);
            if (first.isPresent()) {
                return Optional.of(new Venue(first.get(), String.join(" ", java.util.Arrays.asList(words).subList(n, words.length))));
            }
        }
        // "(**TII**)", "(**PR Letters**)", "(**Artificial Intelligence**)": where the list writes every venue so, one the
        // gazetteer does not hold is still the venue (a short name of one to three capitalised words)
        if (words.length <= 3 && UNKNOWN.matcher(text).matches()) {
            return venues.parse(text).filter(p -> p.venue() != null).map(p -> new Venue(p, null));
        }
        return Optional.empty();
    }

    /** One to three words, each opening with a capital: "TII", "PR Letters", "Artificial Intelligence", "T-ITS". */
    private static final Pattern UNKNOWN = Pattern.compile("^\\p{Lu}[\\p{L}\\p{N}\\-&.]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}\\-&.]*){0,2}$");

    private static Optional<Venues.Parsed> known(String text, Venues venues) {
        return venues.parse(text).filter(p -> p.known() && p.venue() != null);
    }
}
