package io.litindex.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * How the field truth's entries were drawn, before litindex's output was looked at: the entry lines of a list and a
 * seeded draw among them. Run it to draw again: {@code java core/src/test/java/io/litindex/ingest/FieldTruthSample.java
 * ../shared/corpora/LIST.md 16 34}.
 */
public final class FieldTruthSample {
    /** A line that opens an entry's title: a bold span, a bold link, a link, or a table row with a link. */
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:[-*+]|\\d+\\.)?\\s*(?:\\[[^\\]]*\\]\\s*)?(?:🔥|🌟)?\\s*(?:\\*\\*|\\[\\*\\*|\\[[^\\]]+\\]\\(http).*"
                    + "|^\\|.*\\]\\(http.*");

    private FieldTruthSample() {}

    /** The 1-based numbers of the entry lines: not headings, table separators, lines of [[..]] links or child bullets. */
    public static List<Integer> entryLines(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#") || l.matches("^\\|?\\s*:?-{3,}.*") || l.matches("^\\s*(?:[-*+]\\s*)?\\[\\[.*")
                    || l.matches("^\\s+[-*+].*")) {
                continue;
            }
            if (ENTRY.matcher(l).find()) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** {@code n} distinct entry lines drawn with {@code new Random(seed).nextInt(count)}, in draw order. */
    public static List<Integer> draw(List<String> lines, long seed, int n) {
        List<Integer> candidates = entryLines(lines);
        Random random = new Random(seed);
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < Math.min(n, candidates.size())) {
            int line = candidates.get(random.nextInt(candidates.size()));
            if (!picked.contains(line)) {
                picked.add(line);
            }
        }
        return picked;
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (int line : draw(lines, Long.parseLong(args[1]), Integer.parseInt(args[2]))) {
            System.out.println(line + "\t" + lines.get(line - 1));
        }
    }
}
