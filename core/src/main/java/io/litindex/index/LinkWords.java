package io.litindex.index;

import io.litindex.model.Entry;
import io.litindex.model.Link;
import io.litindex.model.Links;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The words an entry's links write that its text does not: the names of the repositories, models and data sets it
 * links on code hosts, split into their words (github.com/robinjia/adversarial-squad → adversarial, squad;
 * …/jind11/TextFooler → textfooler, text, fooler), less the words its title, aliases, note, headings, source paper,
 * authors, venue and owners already write. Lists often name a model or a data set only in a link (a paper on
 * reading comprehension whose code is "adversarial-squad"); a word its own text writes is not counted twice.
 */
public final class LinkWords {
    /** Breaks between the words of a repository's name (timesfm-pytorch, structure_adv, Qwen2.5). */
    private static final Pattern BREAKS = Pattern.compile("[-_.+]+");

    /**
     * Words of repository names that say how the code is built or what kind of page it is, not what it is about: build
     * and list words ({@link Acronyms}), software words, and the parts of a web address.
     */
    private static final Set<String> GENERIC = Set.of(
            // build
            "pytorch", "torch", "tensorflow", "keras", "jax", "paddle", "mxnet", "theano", "official", "code", "codes",
            "implementation", "impl", "release", "python", "master", "main", "public", "repo", "src", "publish",
            "unofficial", "reproduce", "reproduction", "reimplementation", "version",
            // lists
            "awesome", "survey", "surveys", "paper", "papers", "list", "reading", "resources", "tutorial", "tutorials",
            "collection", "demo", "toolkit",
            // software
            "project", "projects", "github", "app", "apps", "tool", "tools", "utils", "util", "lib", "library",
            "experiment", "experiments", "example", "examples", "website", "homepage", "home", "docs", "doc", "page", "pages",
            "notebooks", "notebook", "scripts", "script", "supplementary", "artifact", "artifacts", "test", "dev", "sdk",
            "api", "web", "site", "html", "www", "com", "org", "net", "index", "readme", "files", "file", "download",
            "hub", "space", "spaces", "blob", "tree", "data", "dataset", "datasets", "model", "models", "sourced");

    /** Words without compound parts: a name's words are what its breaks separate (LingCloud is no "cloud"). */
    private static final Analyzer WHOLE = Analyzers.exactQuery();

    private LinkWords() {}

    /**
     * The words the entry's links write that its text does not, lower case, each once, in link order.
     *
     * @param entry the entry
     * @return its link words; empty when its links name nothing its text does not write
     */
    public static List<String> of(Entry entry) {
        return of(entry, text -> ValueTokens.of(Fields.WORDS, text));
    }

    /**
     * As {@link #of(Entry)}, with the entry's texts analyzed by {@code analyzed}: the index's document builder passes
     * the tokens it replays into the entry's fields, so that no text is analyzed twice.
     *
     * @param entry the entry
     * @param analyzed a text's tokens as the vocabulary's analysis gives them ({@link ValueTokens#of})
     * @return its link words; empty when its links name nothing its text does not write
     */
    static List<String> of(Entry entry, Function<String, ValueTokens> analyzed) {
        Set<String> names = new LinkedHashSet<>();
        for (Link link : entry.links()) {
            String name = name(link);
            if (name != null) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        Set<String> written = written(entry, analyzed);
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            for (String word : Analyzers.terms(WHOLE, Fields.WORDS, BREAKS.matcher(name).replaceAll(" "), new ArrayList<>())) {
                if (word.length() >= 3 && word.length() <= 30 && hasLetter(word) && !written.contains(word)
                        && !GENERIC.contains(word) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                    out.add(word);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The name a link gives the repository, model or data set it points at on a code host (github.com/OWNER/NAME,
     * gitlab.com, bitbucket.org, huggingface.co/OWNER/NAME and …/datasets/OWNER/NAME, OWNER.github.io/NAME); null for a
     * paper's link, another host, an account's page, or an awesome list.
     */
    static String name(Link link) {
        if (Links.PAPER.equals(link.kind()) || Links.ARXIV.equals(link.kind()) || Links.DOI.equals(link.kind())) {
            return null;
        }
        Owners.Place place = Owners.place(link.url());
        if (place == null || place.repository().isEmpty() || place.repository().equalsIgnoreCase(place.owner())) {
            return null;
        }
        String repository = place.repository();
        if (repository.toLowerCase(Locale.ROOT).contains("awesome")) {
            return null;
        }
        return repository.endsWith(".git") ? repository.substring(0, repository.length() - 4) : repository;
    }

    /** The words the entry's own text writes, as the vocabulary holds them (exact, with compound parts). */
    private static Set<String> written(Entry entry, Function<String, ValueTokens> analyzed) {
        Set<String> words = new HashSet<>();
        List<String> texts = new ArrayList<>();
        texts.add(entry.title());
        texts.addAll(entry.aliases());
        texts.add(entry.note());
        texts.addAll(entry.legend().values());
        texts.addAll(entry.sections());
        texts.add(entry.sourcePaper() != null ? entry.sourcePaper().title() : null);
        texts.addAll(entry.authors());
        texts.add(entry.venue());
        texts.add(entry.venueAsWritten());
        texts.addAll(Owners.of(entry.links()));
        for (String text : texts) {
            if (text != null) {
                analyzed.apply(text).addTerms(words);
            }
        }
        return words;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
