package io.litindex.ingest.fields;

import io.litindex.model.Links;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
     * @param links the entry's links, kind to URL
     * @param title the entry's title
     * @return the arXiv id, else the DOI, else a slug of the normalized title
     */
    public static String forPaper(Map<String, String> links, String title) {
        return arxivId(links).or(() -> doi(links)).orElseGet(() -> slug(title));
    }

    /**
     * The arXiv id of the paper link, else of the arXiv link.
     *
     * @param links link kind to URL
     * @return the id without version, or empty
     */
    public static Optional<String> arxivId(Map<String, String> links) {
        return LinkClassifier.arxivId(links.get(Links.PAPER)).or(() -> LinkClassifier.arxivId(links.get(Links.ARXIV)));
    }

    /**
     * The DOI of the paper link, else of the DOI link.
     *
     * @param links link kind to URL
     * @return the DOI, lower-cased, or empty
     */
    public static Optional<String> doi(Map<String, String> links) {
        return LinkClassifier.doi(links.get(Links.PAPER)).or(() -> LinkClassifier.doi(links.get(Links.DOI)));
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
     * The title reduced to lower-case letters and digits, accents removed: the key that finds the same paper twice.
     *
     * @param title the title; null reads as empty
     * @return the key
     */
    public static String normalizedTitle(String title) {
        if (isAscii(title)) {
            StringBuilder sb = new StringBuilder(title.length());
            for (int i = 0; i < title.length(); i++) {
                char c = title.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                }
            }
            return sb.toString();
        }
        return fold(title).replaceAll("[^\\p{L}\\p{N}]+", "");
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
