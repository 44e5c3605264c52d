package io.litindex.ingest.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bracketed tag opening a table's title cell ("[GentleHumanoid] GentleHumanoid: Learning …", "[en] Evo-1: …",
 * "[Learning] X-Diffusion: …"), as lists filled by a script write it: the tag is no part of the title and stays as the
 * row's note. Only a tag of one to four words without a link, before a title of three words or more, is taken; a
 * title that is nothing but a bracket, or whose bracket holds a sentence, is left whole.
 */
final class TitleTags {
    /** A bracketed tag of one to four words (letters, digits, "-", ".", "&amp;"), then the title. */
    private static final Pattern TAG = Pattern.compile("^\\[([\\p{L}\\p{N}][\\p{L}\\p{N}.&\\-]*(?: [\\p{L}\\p{N}.&\\-]+){0,3})]\\s+(\\S.*)$");

    private TitleTags() {}

    /** A title and the tag written before it (null when there is none). */
    record Split(String title, String tag) {}

    /**
     * Splits a leading bracketed tag from a title cell's text.
     *
     * @param text the title as read
     * @return the title without its tag, and the tag; the text whole and no tag when it opens with none
     */
    static Split of(String text) {
        Matcher m = text == null ? null : TAG.matcher(text.strip());
        if (m == null || !m.matches() || m.group(2).split("\\s+").length < 3) {
            return new Split(text, null);
        }
        return new Split(m.group(2).strip(), m.group(1));
    }
}
