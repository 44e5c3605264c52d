package io.litindex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.JsonEntries;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Link;
import io.litindex.model.Links;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every export shows every link of an entry, several of a kind included. */
class AllLinksExportTest {
    static final Entry GEOCHAT = Entry.builder("2311.15826", "GeoChat: Grounded Large Vision-Language Model for Remote Sensing")
            .authors(List.of("K. Kuckreja", "M. S. Danish")).venue("CVPR").year(2024).date("2024-06").section("Models")
            .link(Links.PAPER, "https://openaccess.thecvf.com/geochat.html").link(Links.PAPER, "https://example.org/geochat-extended.pdf")
            .link(Links.ARXIV, "https://arxiv.org/abs/2311.15826")
            .link(Links.CODE, "https://github.com/mbzuai-oryx/geochat", "official code")
            .link(Links.CODE, "https://github.com/someone/geochat-pytorch", "PyTorch")
            .link(Links.CODE, "https://gitlab.com/x/geochat")
            .link(Links.OTHER, "https://example.org/talk", "Talk").link(Links.OTHER, "https://example.org/slides").build();
    static final Entry SET = Entry.builder("skyeye-968k", "SkyEye-968k").kind(Kind.DATASET).section("Datasets").year(2024)
            .link(Links.DATA, "https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k", "Hugging Face")
            .link(Links.DATA, "https://pan.baidu.com/s/skyeye").link(Links.CODE, "https://github.com/ZhanYang-nwpu/SkyEyeGPT").build();

    @Test
    void csvHasEveryUrlOfAKindInItsColumnOnePerLine() {
        Entry custom = GEOCHAT.toBuilder().link("custom", "https://c.example.org/1").link("custom", "https://c.example.org/2").build();
        List<List<String>> rows = CsvWriterTest.parse(new CsvWriter().toString(List.of(custom)));
        List<String> header = rows.get(0);
        List<String> row = rows.get(1);
        assertEquals("https://openaccess.thecvf.com/geochat.html\nhttps://example.org/geochat-extended.pdf", row.get(header.indexOf("paper")));
        assertEquals("https://github.com/mbzuai-oryx/geochat\nhttps://github.com/someone/geochat-pytorch\nhttps://gitlab.com/x/geochat",
                row.get(header.indexOf("code")));
        assertEquals("https://example.org/talk\nhttps://example.org/slides", row.get(header.indexOf("other")));
        assertEquals("custom https://c.example.org/1\ncustom https://c.example.org/2", row.get(header.indexOf("moreLinks")));
    }

    @Test
    void markdownShowsEveryLinkAndReadsBackToTheSameLinks() {
        String markdown = new MarkdownWriter().toString(List.of(GEOCHAT, SET));
        assertTrue(markdown.contains("| [official code](https://github.com/mbzuai-oryx/geochat) [PyTorch](https://github.com/someone/geochat-pytorch)"
                + " [Code](https://gitlab.com/x/geochat) |"), markdown);
        assertTrue(markdown.contains("| [Hugging Face](https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k) [Link](https://pan.baidu.com/s/skyeye) |"),
                markdown);
        ImportResult back = new MarkdownListReader().read("export.md", markdown);
        assertEquals(List.of(), back.diagnostics().stream().map(Diagnostic::toString).toList(), markdown);
        Entry geochat = back.entries().stream().filter(e -> e.id().equals(GEOCHAT.id())).findFirst().orElseThrow();
        assertEquals(GEOCHAT.links(), geochat.links(), markdown);
        Entry set = back.entries().stream().filter(e -> e.kind() == Kind.DATASET).findFirst().orElseThrow();
        assertEquals(SET.links(), set.links(), markdown);
    }

    @Test
    void bibtexUrlIsTheFirstPaperLinkAndTheArxivIdComesFromTheArxivLink() {
        BibtexReader.Item item = BibtexReader.parse(new BibtexWriter().toString(List.of(GEOCHAT))).get(0);
        assertEquals("https://openaccess.thecvf.com/geochat.html", item.text("url"));
        assertEquals("2311.15826", item.text("eprint"));
    }

    @Test
    void jsonExportHoldsEveryLinkWithKindUrlAndLabelAndReadsBack() throws Exception {
        String json = JsonWriter.array().toString(List.of(GEOCHAT));
        assertTrue(json.replaceAll("\\s+", "").contains(
                "{\"kind\":\"code\",\"url\":\"https://github.com/someone/geochat-pytorch\",\"label\":\"PyTorch\"}"), json);
        List<Entry> back = JsonEntries.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(GEOCHAT), back);
        assertEquals(8, back.get(0).links().size());
        assertEquals(new Link(Links.OTHER, "https://example.org/talk", "Talk"), back.get(0).links().get(6));
    }
}
