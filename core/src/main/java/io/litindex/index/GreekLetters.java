package io.litindex.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Greek letters spelled in Latin, as researchers type them: π0 is found by "pi0", Σ-agent by "sigma-agent", β-VAE by
 * "beta-VAE". One table for the analyzers' character filter, the name keys and the OpenSearch mapping.
 */
public final class GreekLetters {
    private static final String NAMES = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma"
            + " tau upsilon phi chi psi omega";

    /** Every Greek letter (small, capital, final sigma, the micro sign) and its Latin name. */
    private static final Map<Character, String> LETTERS = letters();

    private GreekLetters() {}

    private static Map<Character, String> letters() {
        Map<Character, String> letters = new LinkedHashMap<>();
        String[] names = NAMES.split(" ");
        // the small letters run from U+03B1 (alpha) to U+03C9 (omega), with the final sigma (U+03C2) before sigma
        char small = '\u03b1';
        for (String name : names) {
            if (small == '\u03c2') {
                letters.put(small++, "sigma");
            }
            letters.put(small, name);
            // the capitals sit 0x20 below, with no capital for the final sigma
            letters.put((char) (small - 0x20), name);
            small++;
        }
        letters.put('\u00b5', "mu");
        return Map.copyOf(letters);
    }

    /**
     * The character filter's map.
     *
     * @return each letter mapped to its name
     */
    static NormalizeCharMap charMap() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        LETTERS.forEach((letter, name) -> map.add(String.valueOf(letter), name));
        return map.build();
    }

    /**
     * The same map as the lines of a mapping character filter ({@code π => pi}).
     *
     * @return one line per letter
     */
    public static List<String> mappingLines() {
        return LETTERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " => " + e.getValue()).toList();
    }

    /**
     * A text with its Greek letters spelled in Latin.
     *
     * @param text any text
     * @return the text, each Greek letter replaced by its name; the same string when it holds none
     */
    public static String spell(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            String name = LETTERS.get(text.charAt(i));
            if (name != null && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                b.append(name != null ? name : String.valueOf(text.charAt(i)));
            }
        }
        return b == null ? text : b.toString();
    }
}
