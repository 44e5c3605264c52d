package io.litindex.ingest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.model.Link;
import io.litindex.model.Links;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random tables whose rows hold several links per cell: every link comes back, in the order written within its kind. */
class LinkPropertiesTest {
    private static final List<String> LABELS = List.of("Code", "Github", "PyTorch", "official code", "unofficial", "Paper", "PDF",
            "arXiv", "Project Page", "Colab", "Demo", "Model", "🤗 Dataset", "link", "Slides", "v2", "JAX port");
    private static final String[] COLUMNS = {"Paper", "Code", "Links"};

    private static String url(Random random, int row, int n) {
        return switch (random.nextInt(5)) {
            case 0 -> "https://github.com/o" + row + "/r" + n;
            case 1 -> "https://arxiv.org/abs/2401." + String.format("%05d", row * 100 + n);
            case 2 -> "https://huggingface.co/o" + row + "/m" + n;
            case 3 -> "https://doi.org/10.1000/" + row + "." + n;
            default -> "https://site" + row + ".example.org/p" + n;
        };
    }

    @Property(tries = 150)
    void everyLinkOfEveryRowIsKeptInItsOrder(@ForAll @IntRange(min = 1, max = 8) int rows, @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder md = new StringBuilder("## Models\n| Title | Venue | Paper | Code | Links |\n|---|---|---|---|---|\n");
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (int r = 0; r < rows; r++) {
            String title = "Model" + r + ": A Study of Things Number " + r;
            List<String> urls = new ArrayList<>();
            md.append("| **").append(title).append("** | CVPR 2024 |");
            int n = 0;
            for (String column : COLUMNS) {
                List<String> cell = new ArrayList<>();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    String u = url(random, r, n++);
                    urls.add(u);
                    cell.add("[" + LABELS.get(random.nextInt(LABELS.size())) + "](" + u + ")");
                }
                md.append(' ').append(cell.isEmpty() ? "-" : String.join(random.nextBoolean() ? " " : ", ", cell)).append(" |");
            }
            md.append('\n');
            written.put(title, urls);
        }
        ImportResult result = new MarkdownListReader().read("links.md", md.toString());
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR).map(Diagnostic::toString).toList(), md.toString());
        assertEquals(List.copyOf(written.keySet()), result.entries().stream().map(Entry::title).toList(), md.toString());
        for (Entry e : result.entries()) {
            List<String> urls = written.get(e.title());
            assertEquals(urls.stream().sorted().toList(), e.links().stream().map(Link::url).sorted().toList(), md.toString());
            Map<String, String> kindOf = new LinkedHashMap<>();
            e.links().forEach(l -> kindOf.put(l.url(), l.kind()));
            for (String kind : Links.KINDS) {
                assertEquals(urls.stream().filter(u -> kind.equals(kindOf.get(u))).toList(), e.urls(kind),
                        kind + " links in the order written\n" + md);
            }
        }
    }
}
