package io.litindex.ingest.fields;

import io.litindex.model.Link;
import io.litindex.model.Links;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Entry ids that stay the same when a list is imported again: the arXiv id, else the DOI,
 * else a slug of the normalized title.
 */
public final class Ids {
    private static final int MAX_SLUG = 60;

    private Ids() {}

    /**
     * The id of a paper with these links and this title.
     *
     * @param links the entry's links
     * @param title the entry's title
     * @return the arXiv id, else the DOI, else a slug of the normalized title
     */
    public static String forPaper(List<Link> links, String title) {
        return arxivId(links).or(() -> doi(links)).orElseGet(() -> slug(title));
    }

    /**
     * The arXiv id of the first paper link that has one, else of the first arXiv link that has one.
     *
     * @param links the entry's links
     * @return the id without version, or empty
     */
    public static Optional<String> arxivId(List<Link> links) {
        return first(links, Links.PAPER, LinkClassifier::arxivId).or(() -> first(links, Links.ARXIV, LinkClassifier::arxivId));
    }

    /**
     * The DOI of the first paper link that has one, else of the first DOI link that has one.
     *
     * @param links the entry's links
     * @return the DOI, lower-cased, or empty
     */
    public static Optional<String> doi(List<Link> links) {
        return first(links, Links.PAPER, LinkClassifier::doi).or(() -> first(links, Links.DOI, LinkClassifier::doi));
    }

    private static Optional<String> first(List<Link> links, String kind, Function<String, Optional<String>> read) {
        for (Link l : links) {
            if (l.kind().equals(kind)) {
                Optional<String> value = read.apply(l.url());
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "RS-LLaVA: A Large Vision-Language Model …" → "rs-llava-a-large-vision-language-model-…", at most 60 characters.
     *
     * @param title the title
     * @return the slug
     */
    public static String slug(String title) {
        String folded = fold(title);
        StringBuilder sb = new StringBuilder();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && sb.length() + 1 + word.length() > MAX_SLUG) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(word.length() > MAX_SLUG ? word.substring(0, MAX_SLUG) : word);
        }
        return sb.length() == 0 ? "untitled" : sb.toString();
    }

    /**
     * The title reduced to lower-case letters, digits and plus signs, accents removed: the key that finds the same
     * paper twice. A plus sign names another thing (LEVIR-CD+ is not LEVIR-CD, RefCOCO+ not RefCOCO), so it stays.
     *
     * @param title the title; null reads as empty
     * @return the key
     */
    public static String normalizedTitle(String title) {
        if (isAscii(title)) {
            StringBuilder sb = new StringBuilder(title.length());
            for (int i = 0; i < title.length(); i++) {
                char c = title.charAt(i);
                if (Character.isLetterOrDigit(c) || c == '+') {
                    sb.append(Character.toLowerCase(c));
                }
            }
            return sb.toString();
        }
        return fold(title).replaceAll("[^\\p{L}\\p{N}+]+", "");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
