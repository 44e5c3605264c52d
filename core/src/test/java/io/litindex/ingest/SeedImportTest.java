package io.litindex.ingest;

import io.litindex.Catalog;
import io.litindex.model.Entry;
import io.litindex.model.Link;
import io.litindex.model.Kind;
import io.litindex.model.Source;
import io.litindex.testing.SharedFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedImportTest {
    private static final String SEED = "000_ccd0278ece24c2a1.txt";

    private static ImportResult seed() throws Exception {
        return new MarkdownListReader().read(SharedFiles.require(SharedFiles.SEED));
    }

    private static Entry byId(ImportResult result, String id) {
        return result.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no entry " + id));
    }

    @Test
    void importingTheSeedReproducesTheBundledCatalog() throws Exception {
        ImportResult result = seed();
        assertEquals(0, result.skipped());
        assertEquals(37, result.entries().size());
        assertEquals(Catalog.bundledEntries(), result.entries());
    }

    @Test
    void sampleRowsFieldByField() throws Exception {
        ImportResult result = seed();
        assertEquals(Entry.builder("2311.15826", "GeoChat: Grounded Large Vision-Language Model for Remote Sensing")
                .authors(List.of("K. Kuckreja", "M. S. Danish", "M. Naseer", "A. Das", "S. Khan", "F. S. Khan"))
                .venue("arXiv").year(2023).date("2023-11-24")
                .section("Awesome Papers > Multimodal Large Language Models for Remote Sensing")
                .links(Map.of("paper", "http://arxiv.org/abs/2311.15826.pdf", "code", "https://github.com/mbzuai-oryx/geochat"))
                .note("accepted by CVPR-24").datasetName("RS multimodal instruction").source(new Source(SEED, 78)).build(), byId(result, "2311.15826"));

        Entry remoteClip = byId(result, "2306.11029");
        assertEquals("RemoteCLIP: A Vision Language Foundation Model for Remote Sensing", remoteClip.title());
        assertEquals("T-GRS", remoteClip.venue());
        assertEquals("2024-04-18", remoteClip.date());
        assertEquals(List.of(Link.of("paper", "https://ieeexplore.ieee.org/abstract/document/10504785"),
                Link.of("arxiv", "https://arxiv.org/abs/2306.11029.pdf"), Link.of("code", "https://github.com/ChenDelong1999/RemoteCLIP")),
                remoteClip.links());
        assertEquals(List.of("Awesome Papers > Vision-Language Pre-training Models for Remote Sensing"), remoteClip.sections());

        Entry graft = byId(result, "2312.06960");
        assertEquals("ICLR", graft.venue());
        assertEquals("https://graft.cs.cornell.edu/", graft.link("project"), "a non-GitHub link in the Code column is a project page");
        assertEquals(null, graft.link("code"));

        Entry rs5m = byId(result, "2306.11300");
        assertEquals(List.of("Awesome Papers > Vision-Language Pre-training Models for Remote Sensing",
                "Awesome Datasets > Datasets of Pre-Training for Alignment"), rs5m.sections(), "listed twice, one entry");
        assertEquals(List.of(new Source(SEED, 97), new Source(SEED, 130)), rs5m.sources());

        Entry mmship = byId(result, "mmship");
        assertEquals(Kind.DATASET, mmship.kind());
        assertEquals(81_000L, mmship.size());
        assertEquals("81k", mmship.sizeAsWritten());
        assertEquals("2403.03790", mmship.sourcePaper().id());
        assertEquals(List.of(), mmship.links(), "the empty [Link]() gives no link");
        assertEquals(List.of("W. Zhang", "M. Cai", "T. Zhang", "G. Lei", "Y. Zhuang", "X. Mao"), mmship.authors(), "from its paper");
    }

    @Test
    void misEncodedNamesAreRepairedAndReported() throws Exception {
        ImportResult result = seed();
        assertTrue(byId(result, "2311.14656").authors().contains("T. Lüddecke"));
        assertTrue(byId(result, "the-potential-of-visual-chatgpt-for-remote-sensing").authors().contains("W. N. Gonçalves"));
        assertEquals("Parameter-Efficient Transfer Learning for Remote Sensing Image–Text Retrieval", byId(result, "2308.12509").title());
        List<String> lines = result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
        assertTrue(lines.contains(SEED + ":118: warning: mis-encoded text 'L√ºddecke' read as 'Lüddecke'"), lines.toString());
        assertTrue(lines.contains(SEED + ":119: warning: mis-encoded text 'Gon√ßalves' read as 'Gonçalves'"), lines.toString());
        assertTrue(lines.contains(SEED + ":100: warning: mis-encoded text 'Image‚ÄìText' read as 'Image–Text'"), lines.toString());
        assertTrue(lines.contains(SEED + ":147: warning: empty link [Link]()"), lines.toString());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.level() == Diagnostic.Level.ERROR), lines.toString());
    }

    @Test
    void idsStayTheSameWhenTheListIsImportedAgainOrGrows() throws Exception {
        Path path = SharedFiles.require(SharedFiles.SEED);
        ImportResult first = seed();
        assertEquals(first.entries(), seed().entries(), "a second import is identical");

        String text = Files.readString(path, StandardCharsets.UTF_8);
        String row = "| [**A Paper Added Later: Remote Sensing Agents**](https://arxiv.org/abs/2501.99999) <br>A. Author.<br>| arXiv | 2025-01-02 | - | - |\n";
        String grown = text.replace("|:--------|:--------:|:--------:|:--------:|:--------:|\n",
                "|:--------|:--------:|:--------:|:--------:|:--------:|\n" + row);
        ImportResult again = new MarkdownListReader().read(SEED, grown);
        Map<String, String> idByTitleBefore = first.entries().stream().collect(Collectors.toMap(e -> e.kind() + e.title(), Entry::id));
        Map<String, String> idByTitleAfter = again.entries().stream().collect(Collectors.toMap(e -> e.kind() + e.title(), Entry::id));
        idByTitleBefore.forEach((title, id) -> assertEquals(id, idByTitleAfter.get(title), title));
        assertEquals(first.entries().size() + 1, again.entries().size());
        assertEquals(first.entries().stream().map(Entry::id).collect(Collectors.toSet()).size() + 1,
                again.entries().stream().collect(Collectors.toMap(Entry::id, Function.identity())).size());
    }

    @Test
    void checkFindsTheReusedLinkAndTheEmptyLink() throws Exception {
        List<String> findings = new ListChecker().check(SharedFiles.require(SharedFiles.SEED)).stream()
                .map(Diagnostic::toString).collect(Collectors.toList());
        assertTrue(findings.contains(SEED + ":109: error: link https://ieeexplore.ieee.org/abstract/document/10278197 is also the link of "
                + "'Language Integration in Remote Sensing: Tasks, datasets, an…' on line 108; one of the two rows probably links the wrong paper"),
                findings.toString());
        assertTrue(findings.contains(SEED + ":147: warning: empty link [Link]()"), findings.toString());
        assertTrue(findings.contains(SEED + ":130: warning: duplicate paper 'RS5M and GeoRSCLIP: A Large Scale Vision-Language Dataset a…': "
                + "also on line 97 (section 'Awesome Papers > Vision-Language Pre-training Models for Remote Sensing'); read as one entry"),
                findings.toString());
        assertEquals(1, findings.stream().filter(f -> f.contains(": error: ")).count(), findings.toString());
    }
}
