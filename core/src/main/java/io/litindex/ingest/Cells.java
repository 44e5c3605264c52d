package io.litindex.ingest;

import java.util.Locale;
import java.util.Set;

/** Small text rules shared by the readers. */
final class Cells {
    private static final Set<String> PLACEHOLDERS = Set.of("", "-", "–", "—", "null", "n/a", "na", "none", "/", "tbd", "todo");

    private Cells() {}

    /** True for an empty cell or one that says it is empty ("-", "null", "N/A"). */
    static boolean isPlaceholder(String text) {
        return text == null || PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Collapses runs of white space to one space and trims. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
