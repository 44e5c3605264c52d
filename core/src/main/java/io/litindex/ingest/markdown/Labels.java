package io.litindex.ingest.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Link labels that name a kind of link rather than a paper: "Paper", "[Code]", "🤗 Dataset", "Project Page".
 * A link with such a label is a link of its entry, never its title.
 */
final class Labels {
    private static final Set<String> WORDS = Set.of(
            "paper", "papers", "pdf", "arxiv", "abs", "abstract", "code", "codes", "github", "gitlab", "repo", "repository",
            "project", "page", "homepage", "home", "website", "site", "web", "demo", "demos", "dataset", "datasets", "data",
            "benchmark", "model", "models", "weights", "weight", "checkpoint", "checkpoints", "ckpt", "huggingface", "hf",
            "blog", "video", "youtube", "slides", "slide", "poster", "bibtex", "bib", "citation", "cite", "leaderboard",
            "link", "links", "url", "openreview", "ieee", "acm", "springer", "doi", "supplementary", "supp", "coming", "soon",
            "tool", "tools", "eval", "evaluation", "api", "colab", "notebook", "docs", "documentation", "official", "local",
            "online", "download", "report", "technical", "tech", "card", "zhihu", "twitter", "x", "here", "more", "details",
            "pub", "publication", "journal", "conference", "proceedings", "preprint", "version", "v1", "v2", "v3",
            // implementations: "[[Python Reference]]", "[[Matlab Code]]", "[[PyTorch Implementation]]"
            "reference", "implementation", "implementations", "python", "pytorch", "tensorflow", "tf", "keras", "jax",
            "matlab", "mxnet", "julia", "r", "cpp", "c", "java", "scala", "unofficial", "third", "party", "source",
            "alternative", "alternatives", "port", "wrapper", "example", "examples", "sample",
            // download services, which name where a dataset is kept: "[[BaiduYun]]", "[[OneDrive]]", "[[Kaggle]]"
            "baiduyun", "baidu", "drive", "onedrive", "dropbox", "kaggle", "zenodo", "figshare",
            // the same in Chinese, which remote-sensing lists often use: paper, code, project, homepage, dataset, data, model, link
            "论文", "代码", "项目", "主页", "数据集", "数据", "模型", "链接");
    /** The words of a label that point at the paper, its code, data or model (not "here", "more", "link"). */
    private static final Set<String> RESOURCE_WORDS = Set.of(
            "paper", "papers", "pdf", "arxiv", "abs", "abstract", "code", "codes", "github", "gitlab", "repo", "repository",
            "project", "homepage", "website", "demo", "dataset", "datasets", "data", "benchmark", "model", "models",
            "weights", "checkpoint", "checkpoints", "huggingface", "hf", "openreview", "ieee", "acm", "springer", "doi",
            "preprint", "publication", "proceedings", "download", "baiduyun", "onedrive", "dropbox", "kaggle", "zenodo", "figshare",
            "drive", "论文", "代码", "项目", "主页", "数据集", "数据", "模型");
    /** The words of a label that only name a link's kind: such a label is not kept ({@link #telling}). */
    private static final Set<String> KIND_WORDS = Set.of(
            "paper", "papers", "pdf", "arxiv", "abs", "abstract", "code", "codes", "github", "gitlab", "repo", "repository",
            "project", "page", "homepage", "home", "website", "site", "web", "demo", "dataset", "datasets", "data",
            "model", "models", "weights", "weight", "checkpoint", "checkpoints", "huggingface", "hf", "link", "links", "url",
            "doi", "download", "here", "论文", "代码", "项目", "主页", "数据集", "数据", "模型", "链接");
    /** Labels of more words than this are titles, whatever words they use. */
    private static final int MAX_WORDS = 3;

    private Labels() {}

    /** True when the label names a kind of link ("Paper", "Code", "Project Page", "arXiv 2024") or is empty. */
    static boolean isGeneric(String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT).strip();
        int count = 0;
        boolean known = true;
        for (String word : l.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            count++;
            if (count > MAX_WORDS) {
                return false;
            }
            known &= WORDS.contains(word) || word.chars().allMatch(Character::isDigit);
        }
        return count == 0 || known;
    }

    /**
     * The label of a link when it says more than the link's kind ("official code", "PyTorch", "Colab"), stripped of
     * the brackets around it; null when it only names a kind ("Paper", "[Code]", "Project Page", "🤗 Dataset",
     * "arXiv 2024"), is the URL itself, or is blank.
     */
    static String telling(String label, String url) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        while (l.length() >= 2 && ((l.startsWith("[") && l.endsWith("]")) || (l.startsWith("(") && l.endsWith(")")))) {
            l = l.substring(1, l.length() - 1).strip();
        }
        if (l.isEmpty() || l.equals(url == null ? null : url.strip())) {
            return null;
        }
        for (String word : l.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !KIND_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                return l;
            }
        }
        return null;
    }

    /** True when a kind-of-link label names the paper, its code, data or model ("[Paper]", "Project Page", "🤗 Model"). */
    static boolean namesAResource(String label) {
        for (String word : (label == null ? "" : label.toLowerCase(Locale.ROOT)).split("[^\\p{L}\\p{N}]+")) {
            if (RESOURCE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
