package io.litindex.ingest.fields;

import io.litindex.model.Links;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes what a URL points to: an arXiv paper, a DOI, a GitHub repository, Hugging Face, a project page. */
public final class LinkClassifier {
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/((?:\\d{4}\\.\\d{4,5})|(?:[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$");
    private static final Pattern DOI_URL = Pattern.compile("(?i)^https?://(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/\\S+?)/?$");
    private static final Pattern DOI_IN_PATH = Pattern.compile("(?i)/doi/(?:abs/|full/|pdf/|epdf/)?(10\\.\\d{4,9}/[^?#\\s]+)");
    private static final Pattern GITHUB = Pattern.compile("(?i)^https?://(?:www\\.)?github\\.com/([A-Za-z0-9_.\\-]+)/([A-Za-z0-9_.\\-]+)");
    private static final Pattern BADGE = Pattern.compile("(?i)^https?://img\\.shields\\.io/github/(?:stars|forks|watchers|last-commit)/([A-Za-z0-9_.\\-]+)/([A-Za-z0-9_.\\-]+?)(?:\\.svg)?(?:[?#].*)?$");
    private static final Pattern HUGGINGFACE = Pattern.compile("(?i)^https?://(?:www\\.)?(?:huggingface\\.co|hf\\.co)/(datasets/|spaces/)?.*");

    private LinkClassifier() {}

    /**
     * The arXiv id of an abs, pdf or html URL, without version: "2401.09712".
     *
     * @param url a URL; null reads as none
     * @return the id, or empty
     */
    public static Optional<String> arxivId(String url) {
        Matcher m = ARXIV.matcher(url == null ? "" : url.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The DOI of a doi.org URL or a publisher URL with /doi/ in its path, lower-cased.
     *
     * @param url a URL; null reads as none
     * @return the DOI, or empty
     */
    public static Optional<String> doi(String url) {
        String u = url == null ? "" : url.strip();
        Matcher m = DOI_URL.matcher(u);
        if (m.matches()) {
            return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
        }
        m = DOI_IN_PATH.matcher(u);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The repository URL (https://github.com/owner/repo) of a GitHub URL, or empty for other URLs.
     *
     * @param url a URL; null reads as none
     * @return the repository URL, or empty
     */
    public static Optional<String> githubRepository(String url) {
        Matcher m = GITHUB.matcher(url == null ? "" : url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String repo = m.group(2).replaceFirst("(?i)\\.git$", "");
        return Optional.of("https://github.com/" + m.group(1) + "/" + repo);
    }

    /**
     * The repository a GitHub star badge (img.shields.io/github/stars/owner/repo) names.
     *
     * @param imageUrl a badge image's URL; null reads as none
     * @return the repository URL, or empty
     */
    public static Optional<String> badgeRepository(String imageUrl) {
        Matcher m = BADGE.matcher(imageUrl == null ? "" : imageUrl.strip());
        return m.matches() ? Optional.of("https://github.com/" + m.group(1) + "/" + m.group(2)) : Optional.empty();
    }

    /**
     * True for a URL on huggingface.co (a model, dataset or space).
     *
     * @param url a URL; null reads as not
     * @return whether it points there
     */
    public static boolean isHuggingFace(String url) {
        return HUGGINGFACE.matcher(url == null ? "" : url.strip()).matches();
    }

    /**
     * The link kind ({@link Links}) for a link found in a code, link or note cell, from its URL and its label.
     *
     * @param url the link's URL
     * @param label the link's label, or null
     * @return a kind of {@link Links}
     */
    public static String kindOf(String url, String label) {
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        if (arxivId(url).isPresent()) {
            return Links.ARXIV;
        }
        if (l.contains("paper") || l.contains("pdf")) {
            return Links.PAPER;
        }
        if (l.contains("data") || l.contains("benchmark")) {
            return Links.DATA;
        }
        if (l.contains("demo")) {
            return Links.DEMO;
        }
        if (l.contains("model") || l.contains("weight") || l.contains("checkpoint")) {
            return Links.MODEL;
        }
        if (doi(url).isPresent()) {
            // "[Code](https://doi.org/10.5281/zenodo.15595719)", "[GitHub](https://doi.org/…)": an archive of the paper's
            // code has a DOI of its own, which is not the paper's (fourteenth blind round)
            return l.equals("code") || l.equals("github") || l.equals("repo") ? Links.CODE : Links.DOI;
        }
        if (githubRepository(url).isPresent()) {
            return l.contains("project") || l.contains("page") ? Links.PROJECT : Links.CODE;
        }
        if (isHuggingFace(url)) {
            return url.contains("/datasets/") ? Links.DATA : url.contains("/spaces/") ? Links.DEMO : Links.MODEL;
        }
        if (l.contains("code")) {
            return Links.CODE;
        }
        if (l.contains("project") || l.contains("page") || l.contains("website") || l.contains("home")) {
            return Links.PROJECT;
        }
        return Links.OTHER;
    }
}
