package io.litindex.ingest.fields;

import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A journal whose name starts with a conference's: "Big Data Research" (Elsevier) starts with "Big Data" (IEEE BigData),
 * "Data Mining Reports" with a conference's alias. When the words right after the conference's name go on with a word
 * that names a journal or a series of papers ("Research", "Journal", "Letters", "Review", "Transactions" …), the name is
 * the longer one, not the conference's.
 */
final class JournalNames {
    /** Words that make a name a journal's or a periodical's when they follow a conference's name. */
    private static final Set<String> PERIODICAL_WORDS = Set.of("research", "journal", "letters", "review", "reviews",
            "transactions", "magazine", "reports", "quarterly", "bulletin", "annals", "newsletter", "explorations");

    private JournalNames() {}

    /**
     * Whether a name goes on after the known venue it starts with into a periodical's name: the word right after the
     * known words is one of {@link #PERIODICAL_WORDS}, written with a capital.
     *
     * @param name the name as written, without its year
     * @param known how many of a text's first words name a known venue
     */
    static boolean continues(String name, ToIntFunction<String> known) {
        String[] words = name.strip().split("\\s+");
        int n = known.applyAsInt(name.strip());
        if (n <= 0 || n >= words.length) {
            return false;
        }
        String next = words[n];
        return Character.isUpperCase(next.charAt(0)) && PERIODICAL_WORDS.contains(next.replaceAll("[.,;:]+$", "").toLowerCase(Locale.ROOT));
    }
}
