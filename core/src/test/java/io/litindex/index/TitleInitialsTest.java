package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.testing.SharedFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The title-initials tokens (one per run start, read by prefix) find exactly the titles that have a run of 2 to 6
 * words with the initials typed, as the field of every run's initials did before.
 */
class TitleInitialsTest {
    private static final Set<String> SKIPPED = Set.of("a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "from",
            "via", "by", "at", "as", "its", "into", "over", "using");
    /** The second parts of hyphenated modifiers a name may leave out where a title begins (Field-aware …: FFM). */
    private static final Set<String> COMBINING = Set.of("aware", "based", "driven", "guided", "level", "wise", "specific",
            "oriented", "centric", "agnostic", "dependent", "invariant", "informed", "inspired", "assisted", "conditioned",
            "enhanced", "augmented");

    @Test
    void tokensAndPrefixesOnKnownTitles() {
        Set<String> ldpet = Acronyms.initials("Low-Dose PET Image Reconstruction");
        assertEquals(Set.of("ldpir", "ld(pet)i", "dpir", "d(pet)ir", "pir", "(pet)ir", "ir"), ldpet);
        for (String typed : List.of("ldpet", "ldp", "ldpir", "ld", "pir", "ir", "petir")) {
            assertTrue(Acronyms.spells(ldpet, typed), typed);
        }
        // a prefix that ends inside an acronym word, one word alone, or letters of no run spell nothing
        for (String typed : List.of("ldpe", "pe", "pet", "lr", "ldpirx")) {
            assertFalse(Acronyms.spells(ldpet, typed), typed);
        }
        assertTrue(Acronyms.spells(Acronyms.initials("Cone-Beam CT Artifacts"), "cbct"));
        assertTrue(Acronyms.spells(Acronyms.initials("Generative Adversarial Networks for Graphs"), "gan"));
        assertTrue(Acronyms.spells(Acronyms.initials("Generative Adversarial Networks for Graphs"), "gang"));
        // punctuation breaks a run
        assertFalse(Acronyms.spells(Acronyms.initials("Generative Adversarial: Networks"), "gan"));
        // names write 2 for "to" and 4 for "for", and a word glued around a digit reads as an acronym word
        assertTrue(Acronyms.spells(Acronyms.initials("Generalized End-to-End Loss for Speaker Verification"), "ge2e"));
        assertTrue(Acronyms.spells(Acronyms.initials("Generalized End-to-End Loss for Speaker Verification"), "gee"));
        assertTrue(Acronyms.spells(Acronyms.initials("Generalized end2end loss for speaker verification"), "ge2e"));
        assertTrue(Acronyms.spells(Acronyms.initials("Large Language Models for Time Series"), "llm4ts"));
        assertTrue(Acronyms.spells(Acronyms.initials("Sequence to Sequence Learning"), "s2s"));
        // the digit stands only for those words, and a glued word is no run of its own
        assertFalse(Acronyms.spells(Acronyms.initials("Generalized End and End Loss"), "ge2e"));
        assertFalse(Acronyms.spells(Acronyms.initials("Generalized end2end loss"), "ge2"));
        assertFalse(Acronyms.spells(Acronyms.initials("An end2end model"), "e2e"));
        // a hyphenated modifier's second part may give nothing where the title or its part after a colon begins
        assertTrue(Acronyms.spells(Acronyms.initials("Field-aware factorization machines for CTR prediction"), "ffm"));
        assertTrue(Acronyms.spells(Acronyms.initials("Field-aware factorization machines for CTR prediction"), "fafm"));
        assertTrue(Acronyms.spells(Acronyms.initials("GCAN: Graph-aware Co-Attention Networks for Fake News"), "gcan"));
        assertFalse(Acronyms.spells(Acronyms.initials("F2M Scalable Field-Aware Factorization Machines"), "ffm"));
        assertFalse(Acronyms.spells(Acronyms.initials("Field-Programmable Gate Arrays"), "fga"));
        // every reading of the letters as two words or more, each a letter or an acronym word's 2 to 4 letters
        assertEquals(List.of("ldct", "ld(ct)", "l(dc)t", "l(dct)", "(ld)ct", "(ld)(ct)", "(ldc)t"), Acronyms.initialsPrefixes("ldct"));
        assertEquals(List.of(), Acronyms.initialsPrefixes("l"));
    }

    /**
     * Over every title of the shared lists and the catalog, a typed set of initials is found by the tokens exactly
     * when a run of the title spells it (the runs spelled as the field held them before): every run's initials,
     * and every other prefix of the tokens' letters, which a prefix match could wrongly take.
     */
    @Test
    void prefixesOfTheTokensFindExactlyTheRunsOfEveryTitleOfTheSharedLists() {
        List<Entry> entries = new ArrayList<>(Catalog.bundledEntries());
        for (String list : List.of(SharedFiles.LARGE_LIST, "corpora/diffusion-medical-imaging.md",
                "corpora/graph-classification-deep-learning.md", "corpora/single-cell-deep-learning.md", "corpora/thunlp-PLMpapers.md")) {
            entries.addAll(new MarkdownListReader().read(SharedFiles.require(list)).entries());
        }
        int checked = 0;
        for (Entry e : entries) {
            Set<String> runs = runInitials(e.title());
            Set<String> tokens = Acronyms.initials(e.title());
            Set<String> candidates = new LinkedHashSet<>(runs);
            for (String token : tokens) {
                String letters = token.replace(String.valueOf(Acronyms.WHOLE_OPEN), "").replace(String.valueOf(Acronyms.WHOLE_CLOSE), "");
                for (int n = 2; n <= Math.min(letters.length(), Acronyms.MAX_INITIALS); n++) {
                    candidates.add(letters.substring(0, n));
                }
            }
            for (String typed : candidates) {
                assertEquals(runs.contains(typed), Acronyms.spells(tokens, typed), () -> "'" + typed + "' in " + e.title());
                checked++;
            }
        }
        assertTrue(checked > 40_000, "checked " + checked);
    }

    /**
     * The initials of every run of 2 to 6 words, as the title-initials field held them (the reference), with the
     * digit names write for "to" and "for" (2, 4) and a word with one digit between letters spelled around it.
     */
    private static Set<String> runInitials(String title) {
        Set<String> out = new LinkedHashSet<>();
        List<List<String>> words = new ArrayList<>();
        boolean titleStart = true;
        boolean seen = false;
        int i = 0;
        int n = title.length();
        while (i <= n) {
            char c = i < n ? title.charAt(i) : '.';
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(title.charAt(i)) || title.charAt(i) == '\'')) {
                    i++;
                }
                String written = title.substring(start, i);
                String word = written.toLowerCase(Locale.ROOT);
                if (titleStart && words.size() == 1 && title.substring(0, start).matches("(?s).*[A-Za-z]-")
                        && COMBINING.contains(word)) {
                    words.add(List.of(word.substring(0, 1), ""));
                    continue;
                }
                if (word.equals("to") || word.equals("for")) {
                    words.add(List.of("", word.equals("to") ? "2" : "4"));
                } else if (!SKIPPED.contains(word)) {
                    List<String> options = new ArrayList<>(List.of(word.substring(0, 1)));
                    if (acronym(written)) {
                        options.add(word);
                    } else if (word.matches("[a-z]+[0-9][a-z]+")) {
                        int d = word.replaceAll("[0-9].*", "").length();
                        options.add("" + word.charAt(0) + word.charAt(d) + word.charAt(d + 1));
                    }
                    words.add(options);
                }
                seen |= !words.isEmpty();
                continue;
            }
            if (c != ' ' && c != '-' && c != '\u2013' && c != '/') {
                for (int s = 0; s < words.size(); s++) {
                    if (!words.get(s).get(0).isEmpty()) {
                        for (int end = s + 1; end <= words.size(); end++) {
                            spell(words, s, end, 0, new StringBuilder(), out);
                        }
                    }
                }
                words.clear();
                titleStart = c == ':' || !seen;
            }
            i++;
        }
        return out;
    }

    private static boolean acronym(String word) {
        if (word.length() < 2 || word.length() > 4) {
            return false;
        }
        boolean capital = false;
        for (char c : word.toCharArray()) {
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
        }
        return capital;
    }

    private static void spell(List<List<String>> words, int at, int end, int used, StringBuilder prefix, Set<String> out) {
        if (prefix.length() > Acronyms.MAX_INITIALS || used > Acronyms.MAX_INITIALS) {
            return;
        }
        if (at == end) {
            if (used >= 2) {
                out.add(prefix.toString());
            }
            return;
        }
        int mark = prefix.length();
        for (String option : words.get(at)) {
            prefix.append(option);
            spell(words, at + 1, end, used + (option.isEmpty() ? 0 : 1), prefix, out);
            prefix.setLength(mark);
        }
    }
}
