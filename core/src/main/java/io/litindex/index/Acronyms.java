package io.litindex.index;

import io.litindex.ingest.fields.ShortForms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an entry's own text says about short names: acronyms defined in it (Schwartz and Hearst 2003:
 * "Long Form (LF)", "LF: Long Form", a bold short name beside its title), the initials of its title's word
 * runs (Generative Adversarial Networks → gan), and its leading name ("GeoChat: Grounded …" → geochat).
 * Computed once per entry at index time, by hand-written scanning (no regular expressions).
 */
public final class Acronyms {
    /** Separates a short form from its long form in a definition term ({@link Fields#DEFINITIONS}). */
    public static final char SEPARATOR = '\u001f';
    /** Title word runs this long or shorter give initials, of this many letters at most. */
    public static final int MAX_INITIALS = 6;
    /** A short form has at most this many characters. */
    static final int MAX_SHORT = 10;

    /** Words that do not give a letter to an acronym and do not break a run (as in a defined long form). */
    private static final Set<String> SKIPPED = ShortForms.SKIPPED;

    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s\\-\u2013/]+");
    /** Where a repository URL's path and a repository's name break (compiled once: names are read for every entry indexed). */
    private static final java.util.regex.Pattern NAME_BREAKS = java.util.regex.Pattern.compile("[-_.]+");

    private Acronyms() {}

    /** A definition found in a text: the short form (lower case) and the long form (lower case, as written). */
    public record Definition(String shortForm, String longForm) {
        /**
         * The definition as indexed in {@link Fields#DEFINITIONS}.
         *
         * @return the short form, {@link #SEPARATOR}, then the long form
         */
        public String term() {
            return shortForm + SEPARATOR + longForm;
        }
    }

    /**
     * The definitions written in a title, a note, or by an alias beside the title.
     *
     * @param title the entry's title
     * @param note the entry's note, or null when it has none
     * @param aliases short names the list gives beside the title
     * @return the definitions found, deduplicated, in the order found
     */
    public static List<Definition> definitions(String title, String note, List<String> aliases) {
        Set<Definition> out = new LinkedHashSet<>();
        parenthesized(title, out);
        if (note != null) {
            parenthesized(note, out);
        }
        // "LF: Long Form …" at the start of the title
        int colon = title.indexOf(':');
        if (colon > 0) {
            String shortForm = title.substring(0, colon).strip();
            leading(shortForm, title.substring(colon + 1), out);
        }
        // a short name the list gives beside the title: its letters spelled by the title's first words
        for (String alias : aliases) {
            leading(alias.strip(), title, out);
        }
        return List.copyOf(out);
    }

    /** "Long Form (LF)": the words before each parenthesis whose content can be a short form. */
    private static void parenthesized(String text, Set<Definition> out) {
        int open = text.indexOf('(');
        while (open > 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                return;
            }
            String inside = text.substring(open + 1, close).strip();
            int cut = firstOf(inside, ",;");
            String shortForm = cut < 0 ? inside : inside.substring(0, cut).strip();
            if (isShortForm(shortForm)) {
                List<String> before = words(text.substring(0, open));
                int n = shortForm.length();
                int max = Math.min(n + 5, n * 2);
                List<String> window = before.subList(Math.max(0, before.size() - max), before.size());
                String longForm = longForm(shortForm, window, false);
                if (longForm != null) {
                    out.add(new Definition(shortForm.toLowerCase(Locale.ROOT), longForm));
                }
            }
            open = text.indexOf('(', close + 1);
        }
    }

    /** "LF: Long Form …": the longest run of the text's first words that the short form's letters spell. */
    private static void leading(String shortForm, String text, Set<Definition> out) {
        if (!isShortForm(shortForm)) {
            return;
        }
        List<String> words = words(text);
        int n = shortForm.length();
        int max = Math.min(words.size(), Math.min(n + 5, n * 2));
        // the longest run that passes (every content word giving a letter) holds the whole long form
        for (int k = max; k >= 1; k--) {
            String longForm = longForm(shortForm, words.subList(0, k), true);
            if (longForm != null) {
                out.add(new Definition(shortForm.toLowerCase(Locale.ROOT), longForm));
                return;
            }
        }
    }

    /**
     * Schwartz and Hearst's match at the strictness of running text ({@link ShortForms.Strictness#WORDS}): the
     * short form's letters and digits, right to left, each found in the long form, the first one at the start of
     * a word, and every content word giving a letter. The long form runs from that word to the end of
     * {@code words}; with {@code whole}, it must start at the first word. Null when there is no match.
     */
    static String longForm(String shortForm, List<String> words, boolean whole) {
        if (words.isEmpty()) {
            return null;
        }
        String text = String.join(" ", words).toLowerCase(Locale.ROOT);
        return ShortForms.longForm(shortForm.toLowerCase(Locale.ROOT), text, ShortForms.Strictness.WORDS, whole);
    }

    /**
     * True when a short form is one word of 2 to {@link #MAX_SHORT} letters and digits (VG, SGG, RSVQA), as a query
     * word reads it whole: such a form is looked up in {@link Fields#DEFINITIONS}.
     *
     * @param shortForm the short form as written
     * @return whether it is one such word
     */
    public static boolean isWord(String shortForm) {
        if (shortForm.length() < 2 || shortForm.length() > MAX_SHORT) {
            return false;
        }
        for (int i = 0; i < shortForm.length(); i++) {
            if (!Character.isLetterOrDigit(shortForm.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 2 to {@link #MAX_SHORT} characters, starting with a letter or digit, at least one capital letter, at most two words. */
    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > MAX_SHORT || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        int capitals = 0;
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            capitals += Character.isUpperCase(c) ? 1 : 0;
            spaces += c == ' ' ? 1 : 0;
        }
        return capitals >= 2 && spaces <= 1;
    }

    /**
     * The initials of the title's word runs, one token per run start ({@link Fields#INITIALS}): the initials of
     * the words from there on, up to {@link #MAX_INITIALS} words and letters, so that the initials of every run of
     * 2 to {@link #MAX_INITIALS} words starting there are a prefix of it ({@link #initialsPrefixes} reads them).
     * Words are split at spaces and hyphens, runs broken at punctuation, small words skipped inside a run. A word
     * that is itself an acronym (2 to 4 capitals or digits: CT, MRI, 3D, VQA) gives its first letter or all of it,
     * written between {@link #WHOLE_OPEN} and {@link #WHOLE_CLOSE} (Low-Dose CT → {@code ldc} and {@code ld(ct)}),
     * so that acronyms built on acronyms are found too and no prefix ends inside such a word. Names write a digit
     * for a small word ("2" for "to", "4" for "for": GE2E, Seq2Seq, LLM4TS), so "to" and "for" are also spelled as
     * that digit (End-to-End → {@code ee} and {@code e2e}), and a word with one digit between letters gives its
     * first letter or, as an acronym word, its parts' initials around the digit (end2end → {@code e} and
     * {@code (e2e)}). The second part of a hyphenated modifier ({@link #COMBINING}: -aware, -based, -guided …) may also
     * give nothing when its first part begins the title or its part after a colon (Field-aware Factorization Machines →
     * {@code fafm} and {@code ffm}). Deduplicated.
     *
     * @param title the entry's title
     * @return the tokens, in the order found
     */
    public static Set<String> initials(String title) {
        Set<String> out = new LinkedHashSet<>();
        List<List<String>> words = new ArrayList<>();
        // whether the words read since the last break begin the title or its part after a colon
        boolean named = true;
        boolean anyWord = false;
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
                List<String> spellings = spellings(written);
                if (spellings != null && named && words.size() == 1 && start > 1 && title.charAt(start - 1) == '-'
                        && Character.isLetter(title.charAt(start - 2)) && COMBINING.contains(written.toLowerCase(Locale.ROOT))) {
                    // Field-aware Factorization Machines: FFM as well as FAFM, when the title or its part after a
                    // colon begins so, where a method's name is spelled
                    spellings = List.of(spellings.get(0), "");
                }
                if (spellings != null) {
                    words.add(spellings);
                    anyWord = true;
                }
                continue;
            }
            if (c != ' ' && c != '-' && c != '\u2013' && c != '/') {
                tokens(words, out);
                words.clear();
                named = c == ':' || !anyWord;
            }
            i++;
        }
        return out;
    }

    /**
     * The second parts of hyphenated modifiers that names may leave out of their initials (Field-aware Factorization
     * Machines: FFM; Position-aware Graph Neural Networks: P-GNN) as often as they keep them (Structure-Aware
     * Transformer: SAT): such a part is spelled by its letter or by nothing. English combining forms, not a list's words.
     */
    public static final Set<String> COMBINING = Set.of("aware", "based", "driven", "guided", "level", "wise", "specific",
            "oriented", "centric", "agnostic", "dependent", "invariant", "informed", "inspired", "assisted", "conditioned",
            "enhanced", "augmented");

    /** The digit a name writes for a small word: "2" for "to", "4" for "for" (Seq2Seq, LLM4Rec). */
    public static String digitFor(String smallWord) {
        return switch (smallWord) {
            case "to" -> "2";
            case "for" -> "4";
            default -> null;
        };
    }

    /**
     * How a title word may be spelled in a run's initials: its first letter, an acronym word also its whole letters,
     * a word with one digit between letters also its parts' initials around the digit (end2end → (e2e)), "to" and
     * "for" nothing or their digit; null for another small word, which a run skips.
     */
    static List<String> spellings(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        if (SKIPPED.contains(word)) {
            String digit = digitFor(word);
            return digit == null ? null : List.of("", digit);
        }
        String first = word.substring(0, 1);
        if (isAcronym(written)) {
            return List.of(first, WHOLE_OPEN + word + WHOLE_CLOSE);
        }
        String around = aroundDigit(word);
        return around == null ? List.of(first) : List.of(first, WHOLE_OPEN + around + WHOLE_CLOSE);
    }

    /** Letters, one digit, letters (end2end, seq2seq, wav2vec): the first letter, the digit, the next part's first letter; else null. */
    private static String aroundDigit(String word) {
        int digit = -1;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                if (digit >= 0 || i == 0 || i == word.length() - 1) {
                    return null;
                }
                digit = i;
            } else if (!Character.isLetter(word.charAt(i))) {
                return null;
            }
        }
        return digit < 0 ? null : "" + word.charAt(0) + word.charAt(digit) + word.charAt(digit + 1);
    }

    /** 2 to 4 capitals or digits, at least one capital: a word that is an acronym itself. */
    private static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 4) {
            return false;
        }
        boolean capital = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
        }
        return capital;
    }

    /** Opens an acronym word's whole letters in an initials token. */
    public static final char WHOLE_OPEN = '(';
    /** Closes an acronym word's whole letters in an initials token. */
    public static final char WHOLE_CLOSE = ')';

    /**
     * One token per run start (a word that is no small word) with two words or more from it: every way of
     * spelling the words from there.
     */
    private static void tokens(List<List<String>> words, Set<String> out) {
        for (int start = 0; start < words.size(); start++) {
            if (!words.get(start).get(0).isEmpty()) {
                extend(words, start, 0, 0, new StringBuilder(), out);
            }
        }
    }

    /**
     * Spells the run on from word {@code at}, {@code used} words spelled and {@code letters} letters so far: each word by one of its {@link #spellings}; a spelling that can grow no further is a token.
     */
    private static void extend(List<List<String>> words, int at, int used, int letters, StringBuilder token, Set<String> out) {
        boolean grown = false;
        if (at < words.size() && used < MAX_INITIALS && letters < MAX_INITIALS) {
            for (String spelling : words.get(at)) {
                int length = spelling.isEmpty() || spelling.charAt(0) != WHOLE_OPEN ? spelling.length() : spelling.length() - 2;
                if (letters + length > MAX_INITIALS) {
                    continue;
                }
                int mark = token.length();
                token.append(spelling);
                extend(words, at + 1, used + (spelling.isEmpty() ? 0 : 1), letters + length, token, out);
                token.setLength(mark);
                grown = true;
            }
        }
        if (!grown && used >= 2) {
            out.add(token.toString());
        }
    }

    /**
     * The prefixes of {@link Fields#INITIALS} tokens that mean a title run with these initials: every way of
     * reading them as 2 to {@link #MAX_INITIALS} words, each a single letter or an acronym word's 2 to 4 letters
     * (ldct → l d c t, l d (ct), l (dc) t …). A title has a run whose initials are {@code initials} exactly when
     * one of its tokens starts with one of these.
     *
     * @param initials lower-case letters and digits, 2 to {@link #MAX_INITIALS} of them
     * @return the prefixes, the one of single letters first; empty for another length
     */
    public static List<String> initialsPrefixes(String initials) {
        List<String> out = new ArrayList<>();
        if (initials.length() >= 2 && initials.length() <= MAX_INITIALS) {
            prefixes(initials, 0, 0, new StringBuilder(), out);
        }
        return out;
    }

    private static void prefixes(String initials, int at, int pieces, StringBuilder prefix, List<String> out) {
        if (at == initials.length()) {
            if (pieces >= 2) {
                out.add(prefix.toString());
            }
            return;
        }
        int mark = prefix.length();
        prefix.append(initials.charAt(at));
        prefixes(initials, at + 1, pieces + 1, prefix, out);
        prefix.setLength(mark);
        for (int len = 2; len <= 4 && at + len <= initials.length(); len++) {
            prefix.append(WHOLE_OPEN).append(initials, at, at + len).append(WHOLE_CLOSE);
            prefixes(initials, at + len, pieces + 1, prefix, out);
            prefix.setLength(mark);
        }
    }

    /**
     * Whether a title whose {@link #initials} are {@code tokens} has a run of words with these initials.
     *
     * @param tokens a title's initials tokens
     * @param initials lower-case letters and digits
     * @return whether a token starts with one of {@link #initialsPrefixes}
     */
    public static boolean spells(Set<String> tokens, String initials) {
        for (String prefix : initialsPrefixes(initials)) {
            for (String token : tokens) {
                if (token.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The title's leading name ("GeoChat: Grounded …" → GeoChat): up to three words before a colon, else null.
     *
     * @param title the entry's title
     * @return the name as written, or null when the title does not start with one
     */
    public static String leadingName(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return null;
        }
        String name = title.substring(0, colon).strip();
        int spaces = 0;
        for (int i = 0; i < name.length(); i++) {
            spaces += name.charAt(i) == ' ' ? 1 : 0;
        }
        return name.isEmpty() || spaces > 2 ? null : name;
    }

    /**
     * The names a title gives its entry, as written: its leading name ({@link #leadingName}), or the short name in
     * parentheses just before the title's first colon ("Prompt2Perturb (P2P): …" → Prompt2Perturb and P2P;
     * "Transformer for Gene Expression Modeling (T-GEM): …" → T-GEM), or one name-shaped word before a dash or a
     * full stop that opens the title ("DeePaN - A deep patient …", "DiNO-Diffusion. Scaling …"). A name-shaped
     * word has a capital after its first letter or a digit beside letters (DeePaN, P2P, T-GEM), so that "Deep
     * Learning - a survey" or "Overview. …" name nothing.
     *
     * @param title the entry's title
     * @return the names, possibly none
     */
    public static List<String> titleNames(String title) {
        List<String> out = new ArrayList<>();
        int colon = title.indexOf(':');
        if (colon > 0 && colon <= 120) {
            String head = title.substring(0, colon).strip();
            if (head.endsWith(")")) {
                int open = head.lastIndexOf('(');
                String inner = open > 0 && head.charAt(open - 1) == ' ' ? head.substring(open + 1, head.length() - 1).strip() : "";
                if (nameShaped(inner)) {
                    out.add(inner);
                    String before = head.substring(0, open).strip();
                    if (!before.isEmpty() && before.chars().filter(c -> c == ' ').count() <= 2) {
                        out.add(before);
                    }
                    return out;
                }
            }
        }
        String leading = leadingName(title);
        if (leading != null) {
            out.add(leading);
            return out;
        }
        java.util.regex.Matcher m = OPENING_NAME.matcher(title);
        if (m.find() && nameShaped(m.group(1))) {
            out.add(m.group(1));
        }
        return out;
    }

    /** One word opening a title before " - ", " – ", " — " or ". ". */
    private static final java.util.regex.Pattern OPENING_NAME = java.util.regex.Pattern.compile("^(\\S{2,30}?)(?: [-–—]|\\.) \\S");

    /**
     * Whether a word reads as a model's name: one word of letters, digits and hyphens, at most 30 characters,
     * with a capital after its first character (DeePaN, T-GEM, mDDPM) or digits beside letters (P2P), and not a
     * plain plural of capitals (LLMs).
     */
    static boolean nameShaped(String word) {
        if (word.isEmpty() || word.length() > 30 || !Character.isLetterOrDigit(word.charAt(0))) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        boolean innerCapital = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                innerCapital |= i > 0 && Character.isUpperCase(c);
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '-') {
                return false;
            }
        }
        if (word.length() > 2 && word.endsWith("s") && word.substring(0, word.length() - 1).chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return letter && (innerCapital || digit);
    }

    /** Parts of a repository's name that say how it is built, not what it is (pytorch_DGCNN, SAGPool-official). */
    private static final Set<String> BUILD_WORDS = Set.of("pytorch", "torch", "tensorflow", "tf", "keras", "jax", "paddle",
            "mxnet", "official", "code", "codes", "implementation", "impl", "release", "pt", "py", "python", "master", "main",
            "public", "repo", "src");

    /**
     * The name of the entry's source-code repository when it reads as a model's short name: the last part of
     * a GitHub or GitLab link's path (the code link first), less the framework words beside it, one word with
     * at least two capitals (SAGPool, CapsGNN, pytorch_DGCNN → DGCNN, LAMA). Lists link a model's code under
     * the model's name far more often than they write the name beside the title. Null otherwise (lower-case
     * names such as "benchmarking-gnns" or "transformers" are left out: they name a topic or a library).
     *
     * @param links one link per kind, kind to URL
     * @return the repository's short name as written, or null
     */
    public static String repositoryName(java.util.Map<String, String> links) {
        return repositoryName(io.litindex.model.Links.fromMap(links));
    }

    /**
     * The name of the entry's source-code repository when it reads as a model's short name, as
     * {@link #repositoryName(java.util.Map)} reads it from the entry's links (the first code link first).
     *
     * @param links the entry's links
     * @return the repository's short name as written, or null
     */
    public static String repositoryName(List<io.litindex.model.Link> links) {
        String code = io.litindex.model.Links.first(links, io.litindex.model.Links.CODE);
        String name = code != null ? repositoryName(code) : null;
        if (name == null) {
            for (io.litindex.model.Link link : links) {
                name = repositoryName(link.url());
                if (name != null) {
                    break;
                }
            }
        }
        return name;
    }

    private static String repositoryName(String url) {
        Owners.Place place = Owners.place(url);
        String repo = repository(place);
        if (repo == null) {
            return null;
        }
        List<String> parts = repositoryParts(repo);
        if (parts.size() == 2 && repo.contains(parts.get(0) + "-" + parts.get(1))) {
            return hyphenatedName(parts.get(0), parts.get(1));
        }
        if (parts.size() > 1) {
            return null; // several words: a description, not a name
        }
        String kept = parts.isEmpty() ? null : parts.get(0);
        if (kept == null || kept.length() < 3 || kept.length() > 20) {
            return null;
        }
        int capitals = 0;
        boolean letter = false;
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return null;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
            letter |= Character.isLetter(c);
        }
        return capitals >= 2 && letter ? kept : null;
    }

    /** The repository's name of a GitHub or GitLab place, without ".git"; null for another host or no repository. */
    private static String repository(Owners.Place place) {
        if (place == null || !(place.host().equals("github.com") || place.host().equals("gitlab.com")) || place.repository().isEmpty()) {
            return null;
        }
        String repo = place.repository();
        return repo.endsWith(".git") ? repo.substring(0, repo.length() - 4) : repo;
    }

    /** A name with a year glued to its end (Informer2020): the year is when it was published, not part of its name. */
    private static final java.util.regex.Pattern GLUED_YEAR = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9]*[A-Za-z])(?:199\\d|20[0-3]\\d)");
    /** A version part of a repository's name (repo-v2, PointCLIP_V2, DRUS-v1.1). */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("[vV]\\d+(?:\\.\\d+)?");

    /**
     * A repository name's parts between breaks (dashes, underscores, dots), framework and build words left out,
     * and a year glued to the last part left out (zhouhaoyi/Informer2020 → Informer) unless what is left is a venue
     * (nips2017, midl2023 name a conference's code, not a model).
     */
    private static List<String> repositoryParts(String repo) {
        List<String> parts = new ArrayList<>();
        for (String part : NAME_BREAKS.split(repo)) {
            if (!part.isEmpty() && !BUILD_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                parts.add(part);
            }
        }
        if (!parts.isEmpty()) {
            java.util.regex.Matcher year = GLUED_YEAR.matcher(parts.get(parts.size() - 1));
            if (year.matches() && io.litindex.ingest.fields.Venues.standard().lookup(year.group(1)).isEmpty()) {
                parts.set(parts.size() - 1, year.group(1));
            }
        }
        return parts;
    }

    /**
     * Repository names that are common words of software, data or research, never a model's name on their own
     * (github.com/…/project, …/models, …/transformers), besides the build and list words.
     */
    private static final Set<String> SOFTWARE_WORDS = Set.of("project", "projects", "model", "models", "data", "dataset",
            "datasets", "research", "source", "sources", "github", "app", "apps", "tool", "tools", "utils", "util", "lib", "library",
            "baseline", "baselines", "experiment", "experiments", "example", "examples", "transformers", "website", "homepage",
            "docs", "doc", "page", "pages", "notebooks", "notebook", "scripts", "supplementary", "artifact", "artifacts", "test");

    /**
     * The name of the entry's code repository, lower case, when it is one word of 3 to 20 letters and digits (a letter
     * first, framework words and a version beside it left out: timesfm-pytorch → timesfm, repo-v2 → repo; a glued year
     * too: Informer2020 → informer) that {@link #repositoryName(List)} does not
     * read as a model's name (it has fewer than two capitals: timesfm, uni2ts, Autoformer) and that is no common word of
     * software (project, models, transformers …). Whether it names the entry is decided at query time: only when no
     * other entry's words hold it. Null otherwise.
     *
     * @param links the entry's links
     * @return the repository's name in lower case, or null
     */
    public static String repositoryWord(List<io.litindex.model.Link> links) {
        if (repositoryName(links) != null) {
            return null;
        }
        String code = io.litindex.model.Links.first(links, io.litindex.model.Links.CODE);
        if (code == null) {
            return null;
        }
        Owners.Place place = Owners.place(code);
        String repo = repository(place);
        if (repo == null) {
            return null;
        }
        List<String> parts = repositoryParts(repo);
        if (parts.size() == 2 && VERSION.matcher(parts.get(1)).matches()) {
            parts = parts.subList(0, 1); // a later version's code (repo-v2) still bears the name
        }
        if (parts.size() != 1) {
            return null;
        }
        String word = parts.get(0).toLowerCase(Locale.ROOT);
        if (word.length() < 3 || word.length() > 20 || !Character.isLetter(word.charAt(0))
                || !word.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                || LIST_WORDS.contains(word) || SOFTWARE_WORDS.contains(word) || place.owner().equalsIgnoreCase(word)) {
            return null;
        }
        return word;
    }

    /**
     * Two capitalised parts joined by a hyphen, one of them an acronym in capitals, read as one name (ST-LLM,
     * Time-LLM, DGL-KE); null for words (Graph-Nets, awesome-LLM).
     */
    private static final Set<String> LIST_WORDS = Set.of("awesome", "survey", "surveys", "paper", "papers", "list",
            "reading", "resources", "tutorial", "collection", "demo", "benchmark", "toolkit");

    private static String hyphenatedName(String first, String second) {
        boolean acronym = false;
        for (String part : List.of(first, second)) {
            if (LIST_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (!Character.isUpperCase(part.charAt(0)) && !Character.isDigit(part.charAt(0))
                    || !part.chars().allMatch(Character::isLetterOrDigit)) {
                return null;
            }
            acronym |= part.length() >= 2 && part.length() <= 6 && part.chars().noneMatch(Character::isLowerCase);
        }
        String name = first + "-" + second;
        return acronym && name.length() <= 20 ? name : null;
    }

    /**
     * The form of a name in {@link Fields#NAME}: Greek letters spelled in Latin, lower case, accents folded, every run of
     * other characters one space.
     *
     * @param name a name as written
     * @return its key, letters and digits only, words separated by single spaces
     */
    public static String nameKey(String name) {
        String key = Schema.key(GreekLetters.spell(name));
        StringBuilder b = new StringBuilder(key.length());
        boolean gap = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** A title's loose form has this many words at least: shorter titles are names or topics, compared whole. */
    static final int LOOSE_WORDS = 3;

    /**
     * A title's loose form ({@link Fields#TITLE_KEY}'s second term): its {@link #nameKey} words less the small words
     * (a, the, of, with …) and a plural or third-person s ("Toward expert-level medical question answering with large
     * language models" and "Towards Expert-Level Medical Question Answering with Large Language Models" meet; "with
     * an adaptive graph attention auto-encoder" and "with adaptive graph attention auto-encoder" meet). Lists copy a
     * paper's title from its journal page or its preprint, which differ so; the words and their order stay.
     *
     * @param title a title as written
     * @return the loose form, words separated by single spaces; empty for a title of fewer than {@link #LOOSE_WORDS} words left
     */
    public static String looseTitle(String title) {
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (String w : nameKey(title).split(" ")) {
            if (w.isEmpty() || SKIPPED.contains(w)) {
                continue;
            }
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            b.append(b.length() == 0 ? "" : " ").append(w);
            words++;
        }
        return words < LOOSE_WORDS ? "" : b.toString();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAKS.split(text.strip())) {
            String t = trimPunctuation(w);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String trimPunctuation(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
