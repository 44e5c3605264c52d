package io.litindex.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other spellings of an English word by the general rules that part British and American spelling (-ise / -ize,
 * -isation / -ization, -yse / -yze, -our / -or, -tre / -ter, -lling / -ling, -ogue / -og, -ence / -ense, ae and oe /
 * e), both ways: candidates only, which the index's vocabulary confirms or not ({@link WordForms#variant}).
 */
final class SpellingVariants {
    private SpellingVariants() {
    }

    /** Words shorter than this have no variants looked up (four, hour, tour, size, rise stay themselves). */
    static final int MIN_LENGTH = 5;

    /** The endings that follow -is / -iz and -ys / -yz in the words that vary (personalised, optimisation, analysed, generalisable). */
    private static final String IZE_ENDINGS = "(e|es|ed|ing|er|ers|able|ability|ation|ations|ational|ationally)";
    private static final Pattern IZE = Pattern.compile("^(.{2,}[iy])([sz])" + IZE_ENDINGS + "$");
    /** -our / -or and the endings that follow it (behaviour, behavioural, tumours, neighbourhood, colourful). */
    private static final String OUR_ENDINGS = "(|s|ed|ing|al|ally|ite|ites|able|less|ful|hood|hoods|er|ers|ism|ist|ists)";
    private static final Pattern OUR = Pattern.compile("^(.{2,})our" + OUR_ENDINGS + "$");
    private static final Pattern OR = Pattern.compile("^(.{2,})or" + OUR_ENDINGS + "$");
    /** -tre / -ter and -bre / -ber at the end (centre, centres, centred; fibre). */
    private static final Pattern TRE = Pattern.compile("^(.{2,}[tb])re(s|d)?$");
    private static final Pattern TER = Pattern.compile("^(.{2,}[tb])er(s|ed)?$");
    /** British doubling of the l of an unstressed -el / -al before an ending (modelling, labelled, signalling). */
    private static final Pattern LL = Pattern.compile("^(.*[^aeiou][ea])ll(ing|ed|er|ers)$");
    private static final Pattern L = Pattern.compile("^(.*[^aeiou][ea])l(ing|ed|er|ers)$");
    /** -ogue / -og (dialogue, catalogue, analogue). */
    private static final Pattern OGUE = Pattern.compile("^(.{3,})ogue(s)?$");
    private static final Pattern OG = Pattern.compile("^(.{3,})og(s)?$");
    /** -ence / -ense (defence, licence, offence). */
    private static final Pattern ENCE = Pattern.compile("^(.{3,})ence(s)?$");
    private static final Pattern ENSE = Pattern.compile("^(.{3,})ense(s)?$");

    /** The word's other spellings by the rules, most specific first; empty for a short word or one no rule reads. */
    static List<String> candidates(String word) {
        if (word.length() < MIN_LENGTH || !WordForms.isWord(word)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = IZE.matcher(word);
        if (m.matches()) {
            out.add(m.group(1) + (m.group(2).equals("s") ? "z" : "s") + m.group(3));
        }
        m = OUR.matcher(word);
        if (m.matches()) {
            out.add(m.group(1) + "or" + m.group(2));
        } else if ((m = OR.matcher(word)).matches()) {
            out.add(m.group(1) + "our" + m.group(2));
        }
        m = TRE.matcher(word);
        if (m.matches()) {
            String end = m.group(2) == null ? "" : m.group(2).equals("d") ? "ed" : m.group(2);
            out.add(m.group(1) + "er" + end);
        } else if ((m = TER.matcher(word)).matches()) {
            String end = m.group(2) == null ? "" : m.group(2).equals("ed") ? "d" : m.group(2);
            out.add(m.group(1) + "re" + end);
        }
        m = LL.matcher(word);
        if (m.matches()) {
            out.add(m.group(1) + "l" + m.group(2));
        } else if ((m = L.matcher(word)).matches()) {
            out.add(m.group(1) + "ll" + m.group(2));
        }
        m = OGUE.matcher(word);
        if (m.matches()) {
            out.add(m.group(1) + "og" + (m.group(2) == null ? "" : "s"));
        } else if ((m = OG.matcher(word)).matches()) {
            out.add(m.group(1) + "ogue" + (m.group(2) == null ? "" : "s"));
        }
        m = ENCE.matcher(word);
        if (m.matches()) {
            out.add(m.group(1) + "ense" + (m.group(2) == null ? "" : "s"));
        } else if ((m = ENSE.matcher(word)).matches()) {
            out.add(m.group(1) + "ence" + (m.group(2) == null ? "" : "s"));
        }
        // ae and oe of Greek and Latin words written e in American spelling (haemoglobin, oesophagus, paediatric),
        // and back: an e after a consonant or at the start (hemoglobin, esophagus, pediatric, fetal); each before a
        // consonant (Saeed is no seed)
        boolean digraph = false;
        for (int i = 0; i + 1 < word.length(); i++) {
            char c = word.charAt(i);
            if ((c == 'a' || c == 'o') && word.charAt(i + 1) == 'e' && (i == 0 || !vowel(word.charAt(i - 1)))
                    && (i + 2 == word.length() || !vowel(word.charAt(i + 2)))) {
                out.add(word.substring(0, i) + word.substring(i + 1));
                digraph = true;
            }
        }
        if (!digraph) {
            for (int i = 0; i + 1 < word.length(); i++) {
                if (word.charAt(i) == 'e' && (i == 0 || !vowel(word.charAt(i - 1))) && !vowel(word.charAt(i + 1))) {
                    out.add(word.substring(0, i) + "ae" + word.substring(i + 1));
                    out.add(word.substring(0, i) + "oe" + word.substring(i + 1));
                }
            }
        }
        out.remove(word);
        return new ArrayList<>(out);
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
