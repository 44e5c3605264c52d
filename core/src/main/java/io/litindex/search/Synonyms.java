package io.litindex.search;

import io.litindex.InvalidRequestException;
import io.litindex.index.Analyzers;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * The query-time synonyms litindex applies (RS ↔ remote sensing, VQA ↔ visual question answering …):
 * rules in Solr's synonym format, by default the bundled {@code io/litindex/search/synonyms.txt} and
 * {@code io/litindex/search/acronyms.txt}.
 * Immutable; the rules are parsed once, when the value is made.
 *
 * <p>Without code, the system property {@value #REPLACE_PROPERTY} names files that replace the bundled
 * rules and {@value #EXTRA_PROPERTY} files that extend them (several separated by the path separator);
 * {@link #configured()} reads both.
 */
public final class Synonyms {
    /** System property: synonym files used instead of the bundled ones. */
    public static final String REPLACE_PROPERTY = "litindex.synonyms";
    /** System property: synonym files used in addition to the bundled (or replacing) ones. */
    public static final String EXTRA_PROPERTY = "litindex.synonyms.extra";
    /** Where the bundled rules live on the class path. */
    public static final String RESOURCE = "/io/litindex/search/synonyms.txt";
    /** The bundled cross-field acronyms (machine learning, vision, language, graphs, remote sensing, biology, medicine), same format. */
    public static final String ACRONYMS_RESOURCE = "/io/litindex/search/acronyms.txt";

    /** The bundled related terms of each field's topics (one-way rules: topic => words it is also written with). */
    public static final String RELATED_RESOURCE = "/io/litindex/search/related-terms.txt";
    /** System property: related-terms files used instead of the bundled one. */
    public static final String RELATED_REPLACE_PROPERTY = "litindex.related";
    /** System property: related-terms files used in addition to the bundled (or replacing) ones. */
    public static final String RELATED_EXTRA_PROPERTY = "litindex.related.extra";

    private static volatile Synonyms related;

    /**
     * The related terms searched beside a topic at a low weight: the bundled {@code related-terms.txt} (or the
     * files of {@value #RELATED_REPLACE_PROPERTY}) plus the files of {@value #RELATED_EXTRA_PROPERTY}, read on
     * first use.
     *
     * @return the related-term rules, in Solr's synonym format
     * @throws InvalidRequestException when a named file cannot be read or a rule cannot be parsed
     */
    public static Synonyms related() {
        Synonyms r = related;
        if (r == null) {
            String replace = System.getProperty(RELATED_REPLACE_PROPERTY, "").strip();
            String extra = System.getProperty(RELATED_EXTRA_PROPERTY, "").strip();
            r = replace.isEmpty() ? bundledRelated() : files(replace);
            r = extra.isEmpty() ? r : r.plus(files(extra));
            related = r;
        }
        return r;
    }

    /**
     * Uses {@code compiled} as the related terms when no system property names other files: what a program that
     * starts often (the command-line tool) does with the copy its build compiled ({@link #writeCompiled}), to
     * save parsing the rules at each start.
     *
     * @param compiled the bundled related terms, as {@link #readCompiled} read them
     */
    public static void useCompiledRelated(Synonyms compiled) {
        Objects.requireNonNull(compiled, "compiled == null");
        if (System.getProperty(RELATED_REPLACE_PROPERTY, "").isBlank() && System.getProperty(RELATED_EXTRA_PROPERTY, "").isBlank()) {
            related = compiled;
        }
    }

    /**
     * The bundled related terms alone, whatever the system properties say: what a build compiles.
     *
     * @return the rules of the bundled {@code related-terms.txt}
     */
    public static Synonyms bundledRelated() {
        return new Synonyms(List.of(resource(RELATED_RESOURCE, "related-terms.txt (bundled)")));
    }

    private record Source(String name, String text) {}

    private static final String COMPILED_MAGIC = "litindex-synonyms-1";
    private static final int MAX_COMPILED_PART = 64 << 20;

    private static final Synonyms NONE = new Synonyms(List.of());
    private static volatile Synonyms bundled;

    private final List<Source> sources;
    private final SynonymMap map;

    private Synonyms(List<Source> sources) {
        this(sources, build(sources));
    }

    private Synonyms(List<Source> sources, SynonymMap map) {
        this.sources = List.copyOf(sources);
        this.map = map;
    }

    /**
     * No synonyms at all.
     *
     * @return the shared empty rule set
     */
    public static Synonyms none() {
        return NONE;
    }

    /**
     * The rules bundled with litindex.
     *
     * @return the bundled synonyms and acronyms, parsed on first use and then shared
     */
    public static Synonyms bundled() {
        Synonyms s = bundled;
        if (s == null) {
            s = new Synonyms(List.of(resource(RESOURCE, "synonyms.txt (bundled)"), resource(ACRONYMS_RESOURCE, "acronyms.txt (bundled)")));
            bundled = s;
        }
        return s;
    }

    private static Source resource(String path, String name) {
        try (InputStream in = Synonyms.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from litindex-core");
            }
            return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Rules in Solr's synonym format.
     *
     * @param name where the rules come from, for error messages
     * @param rules the rule text, one rule a line
     * @return the parsed rules
     * @throws InvalidRequestException naming the line of a rule that cannot be parsed
     */
    public static Synonyms parse(String name, String rules) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(rules, "rules == null");
        return new Synonyms(List.of(new Source(name, rules)));
    }

    /**
     * The rules of a file in Solr's synonym format, read as UTF-8.
     *
     * @param file the synonym file
     * @return the parsed rules, named by the file's path
     * @throws InvalidRequestException when the file cannot be read or a rule cannot be parsed
     */
    public static Synonyms load(Path file) {
        Objects.requireNonNull(file, "file == null");
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read synonyms file " + file + ": " + e.getMessage());
        }
    }

    /**
     * The rules chosen by the system properties: the files of {@value #REPLACE_PROPERTY} or else the
     * bundled rules, plus the files of {@value #EXTRA_PROPERTY}.
     *
     * @return the configured rules
     * @throws InvalidRequestException when a named file cannot be read or a rule cannot be parsed
     */
    public static Synonyms configured() {
        String replace = System.getProperty(REPLACE_PROPERTY, "").strip();
        String extra = System.getProperty(EXTRA_PROPERTY, "").strip();
        Synonyms base = replace.isEmpty() ? bundled() : files(replace);
        return extra.isEmpty() ? base : base.plus(files(extra));
    }

    /**
     * These rules followed by {@code other}'s.
     *
     * @param other the rules to append
     * @return a new value holding both sets of rules, parsed again together
     */
    public Synonyms plus(Synonyms other) {
        List<Source> all = new ArrayList<>(sources);
        all.addAll(other.sources);
        return new Synonyms(all);
    }

    /**
     * Where the rules come from, in order.
     *
     * @return the name of each rule source (a file path or a bundled resource's name)
     */
    public List<String> sources() {
        return sources.stream().map(Source::name).toList();
    }

    /**
     * Whether there is no rule.
     *
     * @return true when there is no rule
     */
    public boolean isEmpty() {
        return map == null || map.fst == null;
    }

    /**
     * Each rule's input (analyzed words joined by {@link SynonymMap#WORD_SEPARATOR}) and the most words one has.
     */
    private record Inputs(java.util.Set<String> all, int longest) {}

    /** The rules' inputs, made on first use. */
    private volatile Inputs inputs;

    /**
     * Whether some rule's whole input is a run of consecutive words of {@code analyzed}: exactly when the
     * rule graph would give these words another reading, so that a query none of whose runs is a rule's
     * input ("graph" alone, when only "graph neural network" is a rule) skips the pass through the graph.
     *
     * @param analyzed the words of a run as the query analyzer makes them (stemmed), stop words left out
     * @return true when a rule applies to some of these words
     */
    boolean matchesIn(List<String> analyzed) {
        return !inputsIn(analyzed, true).isEmpty();
    }

    /**
     * The runs of consecutive words of {@code analyzed} that are some rule's whole input, each as {start, end}
     * (end exclusive), in order of start, then of length: "inverse reinforcement learning" holds its own rule's input
     * and "reinforcement learning".
     *
     * @param analyzed the words of a run as the query analyzer makes them (stemmed), stop words left out
     * @return the runs, none when no rule applies
     */
    List<int[]> inputsIn(List<String> analyzed) {
        return inputsIn(analyzed, false);
    }

    private List<int[]> inputsIn(List<String> analyzed, boolean first) {
        Inputs rules = inputs;
        if (rules == null) {
            java.util.Set<String> all = new java.util.HashSet<>();
            int longest = 0;
            if (!isEmpty()) {
                try {
                    org.apache.lucene.util.fst.BytesRefFSTEnum<BytesRef> each = new org.apache.lucene.util.fst.BytesRefFSTEnum<>(map.fst);
                    org.apache.lucene.util.fst.BytesRefFSTEnum.InputOutput<BytesRef> next;
                    while ((next = each.next()) != null) {
                        String input = next.input.utf8ToString();
                        all.add(input);
                        longest = Math.max(longest, (int) input.chars().filter(c -> c == SynonymMap.WORD_SEPARATOR).count() + 1);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            rules = new Inputs(all, longest);
            inputs = rules;
        }
        List<int[]> out = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < analyzed.size(); i++) {
            run.setLength(0);
            for (int j = i; j < analyzed.size() && j - i < rules.longest(); j++) {
                if (j > i) {
                    run.append(SynonymMap.WORD_SEPARATOR);
                }
                run.append(analyzed.get(j));
                if (rules.all().contains(run.toString())) {
                    out.add(new int[] {i, j + 1});
                    if (first) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The inputs of the rules that have two words or more, each as its analyzed words (stems), by each of its words:
     * what {@link RuleTypos} aligns a run of query words with. Made on first use.
     */
    java.util.Map<String, List<String[]>> multiWordInputs() {
        java.util.Map<String, List<String[]>> byWord = multiWordInputs;
        if (byWord == null) {
            inputsIn(List.of(), false); // makes the inputs
            byWord = new java.util.HashMap<>();
            String separator = String.valueOf(SynonymMap.WORD_SEPARATOR);
            for (String input : inputs.all()) {
                String[] words = input.split(java.util.regex.Pattern.quote(separator));
                if (words.length >= 2) {
                    for (String w : new java.util.HashSet<>(List.of(words))) {
                        byWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(words);
                    }
                }
            }
            multiWordInputs = byWord;
        }
        return byWord;
    }

    /** {@link #multiWordInputs()}, made on first use. */
    private volatile java.util.Map<String, List<String[]>> multiWordInputs;

    /** The parsed rules; null when there is none. */
    SynonymMap map() {
        return map;
    }

    /**
     * Writes these rules, parsed, in a binary form that {@link #readCompiled} loads without parsing them
     * again: what a program that starts often (the command-line tool) ships to save the parsing.
     *
     * @param out where the bytes go; flushed but not closed
     * @throws IOException when {@code out} cannot be written
     */
    public void writeCompiled(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(COMPILED_MAGIC);
        data.writeUTF(luceneVersion());
        data.writeInt(sources.size());
        for (Source source : sources) {
            writeBytes(data, source.name().getBytes(StandardCharsets.UTF_8));
            writeBytes(data, source.text().getBytes(StandardCharsets.UTF_8));
        }
        data.writeBoolean(map != null && map.fst != null);
        if (map != null && map.fst != null) {
            data.writeInt(map.maxHorizontalContext);
            BytesRef word = new BytesRef();
            data.writeInt(map.words.size());
            for (int id = 0; id < map.words.size(); id++) {
                map.words.get(id, word);
                writeBytes(data, BytesRef.deepCopyOf(word).bytes);
            }
            ByteArrayOutputStream meta = new ByteArrayOutputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            map.fst.save(new OutputStreamDataOutput(meta), new OutputStreamDataOutput(body));
            writeBytes(data, meta.toByteArray());
            writeBytes(data, body.toByteArray());
        }
        data.flush();
    }

    /**
     * Rules written by {@link #writeCompiled} with this version of Lucene.
     *
     * @param in the compiled bytes; read but not closed
     * @return the rules, without parsing them again
     * @throws IOException when the bytes are not such rules (another format or Lucene version, or cut short)
     */
    public static Synonyms readCompiled(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!COMPILED_MAGIC.equals(data.readUTF()) || !luceneVersion().equals(data.readUTF())) {
            throw new IOException("not compiled synonyms of this litindex and Lucene version");
        }
        int count = data.readInt();
        List<Source> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = new String(readBytes(data), StandardCharsets.UTF_8);
            sources.add(new Source(name, new String(readBytes(data), StandardCharsets.UTF_8)));
        }
        if (!data.readBoolean()) {
            return new Synonyms(sources, null);
        }
        int maxHorizontalContext = data.readInt();
        int words = data.readInt();
        BytesRefHash hash = new BytesRefHash();
        for (int id = 0; id < words; id++) {
            if (hash.add(new BytesRef(readBytes(data))) != id) {
                throw new IOException("compiled synonyms hold a word twice");
            }
        }
        byte[] meta = readBytes(data);
        byte[] body = readBytes(data);
        FST<BytesRef> fst = new FST<>(FST.readMetadata(new ByteArrayDataInput(meta), ByteSequenceOutputs.getSingleton()),
                new ByteArrayDataInput(body));
        return new Synonyms(sources, new SynonymMap(fst, hash, maxHorizontalContext));
    }

    /**
     * Lucene's version as Version.toString() writes it, joined here: Lucene's own method concatenates through
     * invokedynamic, whose first run costs a one-shot command several milliseconds of generated classes.
     */
    private static String luceneVersion() {
        org.apache.lucene.util.Version v = org.apache.lucene.util.Version.LATEST;
        return v.major + "." + v.minor + "." + v.bugfix;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_COMPILED_PART) {
            throw new IOException("compiled synonyms are damaged");
        }
        return in.readNBytes(length);
    }

    private static Synonyms files(String list) {
        Synonyms all = NONE;
        for (String file : list.split(File.pathSeparator)) {
            if (!file.isBlank()) {
                all = all.plus(load(Path.of(file.strip())));
            }
        }
        return all;
    }

    /** Separators of a rule's forms: commas and the arrow, kept when a rule is rewritten. */
    private static final Pattern FORM_BREAKS = Pattern.compile("(\\s*(?:,|=>)\\s*)");

    /**
     * The rules with the stop words of each form left out ("ood, out of distribution" → "ood, out
     * distribution"): Lucene's parser refuses a form whose analysis leaves a gap, and a search matches a
     * multi-word form with such small words between its words anyway. A form of stop words only is kept as
     * written (and refused by the parser, naming its line).
     */
    static String withoutStopWords(String rules) {
        StringBuilder out = new StringBuilder(rules.length());
        String[] lines = rules.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            if (line.isBlank() || line.stripLeading().startsWith("#") || line.indexOf('\\') >= 0) {
                out.append(line);
                continue;
            }
            Matcher m = FORM_BREAKS.matcher(line);
            int at = 0;
            while (m.find()) {
                out.append(contentWords(line.substring(at, m.start()))).append(m.group(1));
                at = m.end();
            }
            out.append(contentWords(line.substring(at)));
        }
        return out.toString();
    }

    private static String contentWords(String form) {
        String[] words = form.strip().split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (String w : words) {
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.toLowerCase(Locale.ROOT))) {
                kept.append(kept.length() > 0 ? " " : "").append(w);
            }
        }
        return kept.length() > 0 ? kept.toString() : form;
    }

    /**
     * How a rule's form is written, by its analyzed words joined by spaces ("out distribut" → "out of
     * distribution"): the words a search shows it read a query word as. Made on first use.
     */
    private volatile Map<String, String> spellings;

    /**
     * A form of a rule as the rules write it (lower case), given its analyzed words; the analyzed words when
     * no rule writes them.
     *
     * @param analyzed the form's words as the query analyzer makes them (stemmed), joined by single spaces
     * @return the first form of the rules whose words analyze to {@code analyzed}, lower case, or {@code analyzed}
     */
    String spelled(String analyzed) {
        Map<String, String> m = spellings;
        if (m == null) {
            m = new HashMap<>();
            try (Analyzer analyzer = Analyzers.textQuery()) {
                for (Source source : sources) {
                    for (String line : source.text().split("\n")) {
                        if (line.isBlank() || line.stripLeading().startsWith("#")) {
                            continue;
                        }
                        for (String form : FORM_BREAKS.split(line.strip())) {
                            String key = analyzedWords(analyzer, form);
                            if (!key.isEmpty()) {
                                m.putIfAbsent(key, form.strip().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
            spellings = m;
        }
        return m.getOrDefault(analyzed, analyzed);
    }

    private static String analyzedWords(Analyzer analyzer, String text) {
        StringBuilder b = new StringBuilder();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                b.append(b.length() > 0 ? " " : "").append(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** At most this many forms a rule gains through the one-word rules of its words ({@link #chained}). */
    static final int MAX_CHAINED = 4;

    /**
     * The one-word forms of the equivalence rules of all sources ("lstm, long short term memory") and each one's
     * multi-word forms, lower case: the forms another rule's words may be read as.
     */
    static Map<String, List<String>> oneWordRules(List<Source> sources) {
        Map<String, List<String>> rules = new HashMap<>();
        for (Source source : sources) {
            for (String line : source.text().split("\n")) {
                List<String> forms = equivalentForms(line);
                if (forms == null) {
                    continue;
                }
                for (String form : forms) {
                    // a word's long forms, not its spellings apart (multimodal, multi modal): those the index's own
                    // joined and split readings find
                    List<String> multi = forms.stream().filter(f -> f.indexOf(' ') > 0 && !f.replace(" ", "").equals(form)).toList();
                    if (form.indexOf(' ') < 0 && !multi.isEmpty()) {
                        rules.computeIfAbsent(form, k -> new ArrayList<>()).addAll(multi);
                    }
                }
            }
        }
        return rules;
    }

    /** The forms of an equivalence rule ("a, b c"), lower case; null for a comment, an explicit rule (=>) or an escape. */
    private static List<String> equivalentForms(String line) {
        if (line.isBlank() || line.stripLeading().startsWith("#") || line.contains("=>") || line.indexOf('\\') >= 0
                || line.indexOf(',') < 0) {
            return null;
        }
        List<String> forms = new ArrayList<>();
        for (String form : line.split(",")) {
            String f = form.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!f.isEmpty()) {
                forms.add(f);
            }
        }
        return forms;
    }

    /**
     * The rules, each equivalence rule's multi-word forms also written with one word read through the one-word rule
     * for it (bilstm, bidirectional lstm: also bidirectional long short term memory, as lstm, long short term memory
     * says), at most {@link #MAX_CHAINED} more forms per rule: Lucene's synonym rules do not chain.
     */
    static String chained(String rules, Map<String, List<String>> oneWord) {
        if (oneWord.isEmpty() || Queries.OFF.contains("chain")) {
            return rules;
        }
        StringBuilder out = new StringBuilder(rules.length());
        String[] lines = rules.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(i > 0 ? "\n" : "").append(line);
            List<String> forms = equivalentForms(line);
            if (forms == null) {
                continue;
            }
            Set<String> added = new LinkedHashSet<>();
            for (String form : forms) {
                String[] words = form.split(" ");
                for (int w = 0; words.length > 1 && w < words.length; w++) {
                    // a word that is itself one of this rule's forms is the rule's own acronym, not another's
                    for (String longForm : forms.contains(words[w]) ? List.<String>of() : oneWord.getOrDefault(words[w], List.of())) {
                        String[] copy = words.clone();
                        copy[w] = longForm;
                        String chainedForm = String.join(" ", copy);
                        if (!forms.contains(chainedForm) && added.size() < MAX_CHAINED) {
                            added.add(chainedForm);
                        }
                    }
                }
            }
            added.forEach(f -> out.append(", ").append(f));
        }
        return out.toString();
    }

    private static SynonymMap build(List<Source> sources) {
        if (sources.isEmpty()) {
            return null;
        }
        // entries are analyzed exactly like query words before synonyms are applied: stemmed, stop words out
        try (Analyzer analyzer = Analyzers.textQuery()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            Map<String, List<String>> oneWord = oneWordRules(sources);
            for (Source source : sources) {
                try {
                    parser.parse(new StringReader(withoutStopWords(chained(source.text(), oneWord))));
                } catch (ParseException e) {
                    Throwable cause = e.getCause();
                    throw new InvalidRequestException("synonyms " + source.name() + ": " + e.getMessage()
                            + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage().replace('\n', ' ') + ")"));
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
