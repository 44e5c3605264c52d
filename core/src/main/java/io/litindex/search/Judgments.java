package io.litindex.search;

import io.litindex.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Judged queries: for each query, the grade (0–2) of the entries judged for it; an entry not listed is
 * graded 0. Read from a tab-separated file of {@code query <TAB> target <TAB> grade} lines, {@code #}
 * starting a comment, where a target is an entry id, one of the entry's links (its paper URL, say, which survives
 * changes in how ids are made) or {@code title:} and its title; the bundled file judges the bundled catalog.
 *
 * @param source where the judgments come from
 * @param grades query → target (entry id, link or {@code title:} title) → grade, in file order
 */
public record Judgments(String source, Map<String, Map<String, Integer>> grades) {
    /** Where the bundled judgments live on the class path. */
    public static final String RESOURCE = "/io/litindex/search/judgments.tsv";
    /** The highest grade: what the query is after. */
    public static final int MAX_GRADE = 2;

    /**
     * Checks the source and copies the grades.
     *
     * @param source where the judgments come from
     * @param grades query → entry id → grade
     */
    public Judgments {
        Objects.requireNonNull(source, "source == null");
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        grades.forEach((q, g) -> copy.put(q, Collections.unmodifiableMap(new LinkedHashMap<>(g))));
        grades = Collections.unmodifiableMap(copy);
    }

    /**
     * The judgments of the bundled catalog: 40 queries graded by hand.
     *
     * @return the judgments
     */
    public static Judgments bundled() {
        try (InputStream in = Judgments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from litindex-core");
            }
            return parse("judgments.tsv (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new io.litindex.LitindexException("cannot read the bundled judgments " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The judgments of a file.
     *
     * @param file a file of {@code query <TAB> target <TAB> grade} lines (a target is an entry id, a link or {@code title:} and a title)
     * @return the judgments
     * @throws InvalidRequestException in one line when the file cannot be read (missing, a directory, not UTF-8)
     *     or is malformed (see {@link #parse})
     */
    public static Judgments load(Path file) {
        String why;
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            why = "no such file";
        } catch (AccessDeniedException e) {
            why = "permission denied";
        } catch (MalformedInputException e) {
            why = "not UTF-8 text";
        } catch (IOException e) {
            why = Files.isDirectory(file) ? "it is a directory" : String.valueOf(e.getMessage());
        }
        throw new InvalidRequestException("cannot read judgments file " + file + ": " + why);
    }

    /**
     * Parses judgments.
     *
     * @param source what messages call the text (a file name)
     * @param text the lines
     * @return the judgments
     * @throws InvalidRequestException naming the first line that is not {@code query <TAB> target <TAB> grade}
     *     with a grade from 0 to 2, or a target judged twice for one query
     */
    public static Judgments parse(String source, String text) {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = source + " line " + (i + 1) + ": ";
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new InvalidRequestException(where + "expected query<TAB>entry id or URL<TAB>grade, got '" + line + "'");
            }
            int grade;
            try {
                grade = Integer.parseInt(cells[2].strip());
            } catch (NumberFormatException e) {
                grade = -1;
            }
            if (grade < 0 || grade > MAX_GRADE) {
                throw new InvalidRequestException(where + "grade must be 0, 1 or 2, got '" + cells[2] + "'");
            }
            Map<String, Integer> forQuery = grades.computeIfAbsent(cells[0].strip(), q -> new LinkedHashMap<>());
            if (forQuery.put(cells[1].strip(), grade) != null) {
                throw new InvalidRequestException(where + "'" + cells[1].strip() + "' is judged twice for '" + cells[0].strip() + "'");
            }
        }
        return new Judgments(source, grades);
    }

    /**
     * How many queries are judged.
     *
     * @return the number of queries
     */
    public int size() {
        return grades.size();
    }
}
