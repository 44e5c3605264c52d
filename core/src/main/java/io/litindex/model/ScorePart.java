package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One named part of a hit's score: what a kind of match (title words, authors, a typo's reading …) added to it.
 *
 * @param part the part's name: one of this type's constants, a reading's {@link Interpretation#how()}, or, for a clause
 *     of the ranking query no name is known for, the name of the field it searched
 * @param detail what matched, for people: the query words (a reading as {@code word → reading}); null when nothing to say
 * @param score what the part added to the hit's score
 */
public record ScorePart(String part, @JsonInclude(JsonInclude.Include.NON_NULL) String detail, float score) {
    /** The query's words in the title (stemmed or exactly as typed). */
    public static final String TITLE = "title words";
    /** The query's words in the section headings the entry is listed under. */
    public static final String SECTIONS = "sections/headings";
    /** A query word naming a topic heading of the list (a heading over a few entries) that the entry is listed under. */
    public static final String TOPIC = "topic heading";
    /** The query's words in the entry's note (and the long forms of the list's legend). */
    public static final String NOTE = "note";
    /** The query's words in the title of the paper a dataset comes from. */
    public static final String SOURCE_PAPER = "source paper";
    /**
     * The query, a word or the whole run, equal to the name of a dataset of the list that comes from this paper (its
     * source paper is the entry): the paper that introduced GazeFollow, for GazeFollow.
     */
    public static final String DATASET = "its dataset's name";
    /** A word equal to an entry's whole name: an alias, the title's leading name, the whole run of words. */
    public static final String NAME = "name/alias";
    /** The query's words among the authors' names. */
    public static final String AUTHORS = "authors";
    /** The query's words in the venue. */
    public static final String VENUE = "venue";
    /** A year typed as a word, equal to the publication year. */
    public static final String YEAR = "year";
    /** The query's words as the owner of the entry's code (a GitHub user or organisation). */
    public static final String OWNERS = "code owner";
    /** The query's words in the names of the repositories, models and data sets the entry links that its text does not write. */
    public static final String LINK_WORDS = "link words";
    /** Adjacent query words found close together in the title or note. */
    public static final String PROXIMITY = "words close together";
    /** A word matched anywhere in the entry's words (a stop word, a prefix*, a word within an edit or two). */
    public static final String ANY_WORD = "any word";
    /** A word matched within an edit or two (the retry when nothing matches as typed). */
    public static final String FUZZY = "close spelling";

    /**
     * A part of a score.
     *
     * @param part the part's name
     * @param detail what matched, or null
     * @param score what the part added
     * @throws NullPointerException when the name is null
     */
    public ScorePart {
        Objects.requireNonNull(part, "part == null");
    }
}
