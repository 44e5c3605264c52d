package io.litindex.ingest;

import static io.litindex.ingest.Fixtures.LIST;
import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.fields.EntryLimits;
import io.litindex.model.Entry;
import io.litindex.model.Link;
import io.litindex.model.Links;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every link a list gives an entry is kept: several of a kind, in order, with their labels, through merging and JSON. */
class AllLinksTest {
    @TempDir
    Path dir;

    @Test
    void aTableRowWithTwoCodeLinksKeepsBothInOrderWithTheirLabels() {
        ImportResult result = read("""
                ## Models
                | Title | Venue | Paper | Code |
                |---|---|---|---|
                | **GeoChat**: Grounded Large Vision-Language Model for Remote Sensing | CVPR 2024 | [arXiv](https://arxiv.org/abs/2311.15826) [CVF](https://openaccess.thecvf.com/geochat.pdf) | [official code](https://github.com/mbzuai-oryx/geochat) [unofficial PyTorch](https://github.com/someone/geochat-pytorch) [Code](https://gitlab.com/x/geochat) |
                """);
        Entry e = byTitle(result, "GeoChat: Grounded Large Vision-Language Model for Remote Sensing");
        assertEquals(List.of(
                new Link(Links.PAPER, "https://arxiv.org/abs/2311.15826", null),
                new Link(Links.CODE, "https://github.com/mbzuai-oryx/geochat", "official code"),
                new Link(Links.CODE, "https://github.com/someone/geochat-pytorch", "unofficial PyTorch"),
                new Link(Links.CODE, "https://gitlab.com/x/geochat", null),
                new Link(Links.OTHER, "https://openaccess.thecvf.com/geochat.pdf", "CVF")), e.links(), "in Links' order of kinds");
        assertEquals("https://github.com/mbzuai-oryx/geochat", e.link(Links.CODE), "the first code link is the code link");
        assertEquals(3, e.urls(Links.CODE).size());
        assertTrue(e.hasCode());
        assertEquals("2311.15826", e.id());
    }

    @Test
    void linksBesideTheTitleInItsCellAreKeptAndAKindLabelIsNoTitle() {
        ImportResult result = read("""
                ## Models
                | Title | Venue |
                |---|---|
                | [**GeoChat**: Grounded Large Vision-Language Model for Remote Sensing](https://arxiv.org/abs/2311.15826) [[Code]](https://github.com/a/b) [[PyTorch]](https://github.com/c/d) | CVPR 2024 |
                | **SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks** [[Paper]](https://arxiv.org/abs/2401.09712) [[Code]](https://github.com/z/s) | arXiv 2024 |
                """);
        assertEquals(List.of(Link.of(Links.PAPER, "https://arxiv.org/abs/2311.15826"), Link.of(Links.CODE, "https://github.com/a/b"),
                new Link(Links.CODE, "https://github.com/c/d", "PyTorch")),
                byTitle(result, "GeoChat: Grounded Large Vision-Language Model for Remote Sensing").links());
        Entry skyeye = byTitle(result, "SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks");
        assertEquals(List.of(Link.of(Links.PAPER, "https://arxiv.org/abs/2401.09712"), Link.of(Links.CODE, "https://github.com/z/s")),
                skyeye.links(), "'[Paper]' is the paper link, not the title");
        assertEquals("2401.09712", skyeye.id());
    }

    @Test
    void aDatasetsPaperCellKeepsItsOtherLinks() {
        ImportResult result = read("""
                ## Datasets
                | Dataset | Paper | Link |
                |---|---|---|
                | **MMBench** | [MMBench: Is Your Multi-modal Model an All-around Player?](https://arxiv.org/abs/2307.06281) [[code]](https://github.com/open-compass/MMBench) | [Link](https://x.org/d) |
                """);
        Entry mmbench = byTitle(result, "MMBench");
        assertEquals("https://arxiv.org/abs/2307.06281", mmbench.sourcePaper().url());
        assertEquals(List.of(Link.of(Links.CODE, "https://github.com/open-compass/MMBench"), Link.of(Links.DATA, "https://x.org/d")),
                mmbench.links());
    }

    @Test
    void aBulletEntryKeepsEveryLinkOfItsLines() {
        ImportResult result = read("""
                ## Papers
                - **Scaling Vision Transformers for Remote Sensing Imagery**
                  NeurIPS 2025, [Paper](https://arxiv.org/abs/2501.00001), [Code](https://github.com/a/svt), [JAX port](https://github.com/b/svt-jax), [Project](https://svt.example.org)
                """);
        Entry e = byTitle(result, "Scaling Vision Transformers for Remote Sensing Imagery");
        assertEquals(List.of("https://github.com/a/svt", "https://github.com/b/svt-jax"), e.urls(Links.CODE));
        assertEquals("JAX port", e.links().stream().filter(l -> l.url().endsWith("svt-jax")).findFirst().orElseThrow().label());
        assertEquals(List.of(Links.PAPER, Links.CODE, Links.CODE, Links.PROJECT), e.links().stream().map(Link::kind).toList());
    }

    @Test
    void aMergedDuplicateRowAddsItsDifferentLinksAndLosesNothingWhenAllAreRepeats() {
        ImportResult result = read("""
                ## Models
                | Title | Venue | Paper | Code |
                |---|---|---|---|
                | **RemoteCLIP**: A Vision Language Foundation Model for Remote Sensing | T-GRS 2024 | [Paper](https://arxiv.org/abs/2306.11029) | [Code](https://github.com/ChenDelong1999/RemoteCLIP) |

                ## Foundation Models
                | Title | Venue | Paper | Code |
                |---|---|---|---|
                | **RemoteCLIP**: A Vision Language Foundation Model for Remote Sensing | T-GRS 2024 | [Paper](http://arxiv.org/abs/2306.11029/) | [Code](https://www.github.com/ChenDelong1999/RemoteCLIP/) [ViT-L weights](https://huggingface.co/chendelong/RemoteCLIP) |

                ## Again
                | Title | Venue | Paper | Code |
                |---|---|---|---|
                | **RemoteCLIP**: A Vision Language Foundation Model for Remote Sensing | T-GRS 2024 | [Paper](https://arxiv.org/abs/2306.11029) | [Code](http://github.com/ChenDelong1999/RemoteCLIP) |
                """);
        assertEquals(1, result.entries().size(), Fixtures.titles(result).toString());
        Entry e = result.entries().get(0);
        assertEquals(List.of(
                new Link(Links.PAPER, "https://arxiv.org/abs/2306.11029", null),
                new Link(Links.CODE, "https://github.com/ChenDelong1999/RemoteCLIP", null),
                new Link(Links.MODEL, "https://huggingface.co/chendelong/RemoteCLIP", "ViT-L weights")), e.links(),
                "the second row adds its weights; its repeats (http, www., a trailing slash) and the third row's add nothing");
        assertEquals(3, e.sources().size(), "every row is a source of the entry");
    }

    @Test
    void aMergerUnionsLinksOfEntriesGivenDirectly() {
        EntryMerger merger = new EntryMerger();
        merger.add(Entry.builder("2306.11029", "RemoteCLIP").link(Links.PAPER, "https://arxiv.org/abs/2306.11029")
                .link(Links.CODE, "https://github.com/a/RemoteCLIP").build());
        merger.add(Entry.builder("2306.11029", "RemoteCLIP").link(Links.PAPER, "https://arxiv.org/abs/2306.11029")
                .link(Links.CODE, "https://github.com/a/RemoteCLIP/", "official")
                .link(Links.CODE, "https://github.com/b/remoteclip-lite").build());
        Entry e = merger.entries().get(0);
        assertEquals(List.of(new Link(Links.CODE, "https://github.com/a/RemoteCLIP", "official"),
                new Link(Links.CODE, "https://github.com/b/remoteclip-lite", null)),
                e.links().stream().filter(l -> l.kind().equals(Links.CODE)).toList(),
                "a repeat gives its label to the link kept; a new URL is added after the first row's");
    }

    @Test
    void theSameUrlTwiceIsKeptWhenItIsOfTwoKinds() {
        Entry e = Entry.builder("x", "X").link(Links.PAPER, "https://github.com/a/x").link(Links.CODE, "https://github.com/a/x")
                .link(Links.CODE, "https://github.com/a/x/").build();
        assertEquals(List.of(Links.PAPER, Links.CODE), e.links().stream().map(Link::kind).toList());
        assertTrue(e.hasCode());
    }

    @Test
    void urlsAreTheSameUpToSchemeHostCaseWwwAndTrailingSlashesOnly() {
        assertTrue(Links.sameUrl("http://GitHub.com/a/b/", "https://www.github.com/a/b"));
        assertTrue(Links.sameUrl("https://x.org/p/?q=1", "https://x.org/p?q=1"));
        assertFalse(Links.sameUrl("https://github.com/a/B", "https://github.com/a/b"), "the path's case counts");
        assertFalse(Links.sameUrl("https://x.org/p?q=1", "https://x.org/p?q=2"));
        assertFalse(Links.sameUrl("https://x.org/p#a", "https://x.org/p#b"));
        assertFalse(Links.sameUrl("ftp://x.org/p", "https://x.org/p"));
    }

    @Test
    void jsonWrittenByThePreviousVersionStillReads() throws Exception {
        String old = """
                [{"id": "2311.15826", "title": "GeoChat", "links": {"code": "https://github.com/mbzuai-oryx/geochat",
                  "paper": "https://arxiv.org/abs/2311.15826", "custom": "https://c.example.org", "demo": ""}}]
                """;
        List<Link> expected = List.of(Link.of(Links.PAPER, "https://arxiv.org/abs/2311.15826"),
                Link.of(Links.CODE, "https://github.com/mbzuai-oryx/geochat"), Link.of("custom", "https://c.example.org"));
        Entry e = JsonEntries.readArray(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals(expected, e.links(), "kinds in Links' order, unknown kinds last, blank URLs left out");
        assertEquals(e, JsonEntries.parseEntry(JsonEntries.toJson(e)), "and writes back in the new form");
        assertTrue(JsonEntries.toJson(e).contains("\"links\":[{\"kind\":\"paper\",\"url\":\"https://arxiv.org/abs/2311.15826\"}"),
                JsonEntries.toJson(e));

        Path json = dir.resolve("old.json");
        Files.writeString(json, old);
        Path lines = dir.resolve("old.jsonl");
        Files.writeString(lines, old.strip().replaceAll("^\\[|\\]$", "").replace("\n", " ") + "\n");
        for (Path file : List.of(json, lines)) {
            ImportResult read = Sources.read(file);
            assertEquals(List.of(), diagnostics(read), file.toString());
            assertEquals(expected, read.entries().get(0).links(), file.toString());
        }
    }

    @Test
    void jsonLinksOfAnotherShapeAreAnErrorOfTheirEntryNotALoss() throws Exception {
        Path json = dir.resolve("bad.json");
        Files.writeString(json, """
                [{"id": "a", "title": "A", "links": "https://a.example.org"},
                 {"id": "b", "title": "B", "links": [{"kind": "code"}]},
                 {"id": "c", "title": "C", "links": [{"kind": "code", "url": "https://c.example.org", "label": "Official"}]}]
                """);
        ImportResult read = Sources.read(json);
        assertEquals(List.of("C"), Fixtures.titles(read));
        assertEquals("Official", read.entries().get(0).links().get(0).label());
        assertEquals(2, read.diagnostics().size(), diagnostics(read).toString());
        assertTrue(diagnostics(read).get(0).startsWith("bad.json:1: error:"), diagnostics(read).toString());
    }

    @Test
    void linksPastTheLimitAreReportedWithTheirLine() {
        String links = IntStream.range(0, EntryLimits.MAX_LINKS + 5)
                .mapToObj(i -> "[L" + i + "](https://example.org/" + i + ")").collect(Collectors.joining(" "));
        ImportResult result = read("## Papers\n\n| Title | Venue | Links |\n|---|---|---|\n| **A Paper With A Link Dump** | CVPR 2024 | "
                + links + " |\n");
        Entry e = byTitle(result, "A Paper With A Link Dump");
        assertEquals(EntryLimits.MAX_LINKS, e.links().size());
        assertEquals(List.of(LIST + ":5: error: 5 links beyond the first 200 left out, from https://example.org/200 to https://example.org/204"),
                diagnostics(result).stream().filter(d -> d.contains("links beyond")).toList());
    }
}
