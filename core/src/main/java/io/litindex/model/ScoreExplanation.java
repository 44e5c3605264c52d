package io.litindex.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Why an entry scores what it does for a query: the query words it matches, its score broken into named parts
 * (largest first), and the readings of the query's words that scored for it.
 *
 * @param id the entry's id
 * @param matches whether the entry matches the query (an entry that does not has no parts and no rank)
 * @param rank the entry's place among all matching entries (1 is first) in the request's order and filters; null when it
 *     does not match them, or when the order is not by relevance
 * @param score the entry's score as its hit reports it (the sum of {@code parts})
 * @param coverage what the query words matched added on top, before {@code score} is compared: a bonus per matched word
 *     larger than any score, so that entries matching more of the query's words rank first (0 for a one-word query)
 * @param matched the query's words (phrases, prefixes, OR groups) the entry matches, in the query's order
 * @param notMatched the query's words it does not match
 * @param parts the score's parts, largest first
 * @param readings the readings of query words (typo, acronym, synonym …) that scored for this entry
 */
@JsonPropertyOrder({"id", "matches", "rank", "score", "coverage", "matched", "notMatched", "parts", "readings"})
public record ScoreExplanation(
        String id,
        boolean matches,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer rank,
        float score,
        float coverage,
        List<String> matched,
        List<String> notMatched,
        List<ScorePart> parts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Interpretation> readings) {

    /**
     * Copies the lists, so that an explanation never changes.
     *
     * @param id the entry's id
     * @param matches whether the entry matches the query
     * @param rank the entry's place, or null
     * @param score the entry's score (the sum of {@code parts})
     * @param coverage what the matched words added on top
     * @param matched the query's words the entry matches
     * @param notMatched the query's words it does not match
     * @param parts the score's parts, largest first
     * @param readings the readings that scored for the entry
     */
    public ScoreExplanation {
        Objects.requireNonNull(id, "id == null");
        matched = List.copyOf(matched == null ? List.of() : matched);
        notMatched = List.copyOf(notMatched == null ? List.of() : notMatched);
        parts = List.copyOf(parts == null ? List.of() : parts);
        readings = List.copyOf(readings == null ? List.of() : readings);
    }

    /**
     * The largest part, or null when the entry scores nothing.
     *
     * @return the part
     */
    public ScorePart largest() {
        return parts.isEmpty() ? null : parts.get(0);
    }

    /**
     * The part of this name (the first, when a name has several details), or null.
     *
     * @param name the part's name ({@link ScorePart#part()})
     * @return the part, or null
     */
    public ScorePart part(String name) {
        return parts.stream().filter(p -> p.part().equals(name)).findFirst().orElse(null);
    }
}
