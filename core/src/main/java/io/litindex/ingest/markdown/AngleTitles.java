package io.litindex.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Titles written in angle brackets after a short name in brackets, as some reading lists write their papers:
 * {@code * [POKER] <[Title](url)> by Names, 2005} and {@code * **[Pursuit]** <A class of rapidly converging algorithms
 * for learning automata> by Names, 1984.} The plain bracketed name before the angle bracket is the paper's short name
 * (an alias), as the bold one always was ({@code **[RND]** <[Title](url)>}). A title of plain words in angle brackets
 * is read by CommonMark as an HTML tag ({@code <A class of …>}: the tag {@code a} with bare attributes); such a "tag"
 * of three words or more, none with a value, a slash or a quote, is the title's text.
 */
final class AngleTitles {
    /** "[POKER] &lt;", "[MBIE, MBIE-EB] ": short names in brackets, then an angle bracket or nothing. */
    private static final Pattern NAMES_BEFORE = Pattern.compile(
            "^\\s*\\[\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}\\-+. ]{0,20}(?:,\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}\\-+. ]{0,20}){0,3})\\s*\\]\\s*(<?)\\s*$");
    /** An HTML "tag" that is words only: "&lt;A class of rapidly converging algorithms&gt;". */
    private static final Pattern WORDS_TAG = Pattern.compile("^<([\\p{L}][\\p{L}\\p{N}\\-:.]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}\\-:.]*){2,39})\\s*>$");
    /** Attributes HTML writes: a "tag" whose words after the first are all such is HTML, not a title. */
    private static final Set<String> ATTRIBUTE_WORDS = Set.of("href", "src", "alt", "width", "height", "align", "style", "class",
            "id", "target", "rel", "title", "name", "size", "color", "face", "border", "colspan", "rowspan", "valign", "open");

    private AngleTitles() {}

    /** One or more short names in a bracket. */
    record Names(List<String> names, boolean angle) {}

    /**
     * The short names of a text that is a bracket of them alone, then perhaps an angle bracket ("[POKER] &lt;",
     * "[UCB] "); null when the text is anything else or its names hold no letter (a year, "[2020]").
     */
    static Names namesBefore(String literal) {
        Matcher m = NAMES_BEFORE.matcher(literal);
        if (!m.matches() || !m.group(1).chars().anyMatch(Character::isLetter)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : m.group(1).split("\\s*,\\s*")) {
            names.add(name.strip());
        }
        return new Names(List.copyOf(names), !m.group(2).isEmpty());
    }

    /**
     * The title of a node that CommonMark took for an HTML tag but that is a title in angle brackets ("&lt;A class of
     * rapidly converging algorithms for learning automata&gt;"): three words or more, none with a value, a slash or a
     * quote, and not all of its words after the first attributes HTML writes ("&lt;img src alt&gt;"); else null.
     */
    static String title(Node node) {
        if (!(node instanceof HtmlInline html)) {
            return null;
        }
        Matcher m = WORDS_TAG.matcher(html.getLiteral().strip());
        if (!m.matches()) {
            return null;
        }
        String[] words = m.group(1).strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!ATTRIBUTE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
