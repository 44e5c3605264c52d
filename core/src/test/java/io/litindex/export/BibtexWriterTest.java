package io.litindex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BibtexWriterTest {
    static final List<Entry> CATALOG = Catalog.bundledEntries();

    /** Entries whose text holds everything TeX treats specially, accents, and names BibTeX would split. */
    static final List<Entry> TRICKY = List.of(
            Entry.builder("t1", "50% of {Braces} & $x_1^2$ ~ #1 \\ back|slash <tag> \u201Cquoted\u201D \u2018single\u2019 \u2013 en \u2014 em\u2026 done")
                    .authors(List.of("Ærø Øl", "H. Straße", "J. Žižek", "Ł. Łódź", "Research and Development Team", "Doe, Jane"))
                    .etAl(true).venue("CVPR").year(2025).date("2025-06-11")
                    .link(Links.PAPER, "https://example.org/a_b%20c?x=1&y={2}#frag")
                    .note("accepted by CVPR-25; 100% new, {see} appendix").build(),
            Entry.builder("t2", "Naïve façade: résumé of Ångström, São Paulo and İstanbul in 遥感 (remote sensing)")
                    .authors(List.of("Ü. Çelik", "ñ. Peña")).venue("Some Workshop").year(2021).build(),
            Entry.builder("t3", "SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks").authors(List.of("Y. Zhan"))
                    .venue("arXiv").year(2024).link(Links.PAPER, "https://arxiv.org/abs/2401.99999").build(),
            Entry.builder("t4", "SkyEyeGPT: a second paper with the same key").authors(List.of("Y. Zhan"))
                    .venue("T-GRS").year(2024).link(Links.DOI, "https://doi.org/10.1109/TGRS.2024.1234567").build());

    private static String export(List<Entry> entries) {
        return new BibtexWriter().toString(entries);
    }

    private static Map<String, BibtexReader.Item> byKey(List<BibtexReader.Item> items) {
        return items.stream().collect(Collectors.toMap(BibtexReader.Item::key, i -> i));
    }

    @Test
    void theWholeCatalogParsesBackIntoTheSameEntries() {
        List<BibtexReader.Item> items = BibtexReader.parse(export(CATALOG));
        assertEquals(CATALOG.size(), items.size());
        assertEquals(CATALOG.size(), items.stream().map(BibtexReader.Item::key).distinct().count(), "keys are unique");
        for (int i = 0; i < CATALOG.size(); i++) {
            assertSameEntry(CATALOG.get(i), items.get(i));
        }
    }

    @Test
    void trickyTextSurvivesEscaping() {
        List<BibtexReader.Item> items = BibtexReader.parse(export(TRICKY));
        assertEquals(TRICKY.size(), items.size());
        for (int i = 0; i < TRICKY.size(); i++) {
            assertSameEntry(TRICKY.get(i), items.get(i));
        }
        String raw = items.get(0).raw().get("title");
        assertTrue(raw.startsWith("50\\% of {\\textbraceleft}Braces{\\textbraceright} \\& \\$x\\_1{\\textasciicircum}2\\$"), raw);
        assertEquals("{\\AE}r{\\o} {\\O}l and H. Stra{\\ss}e and J. {\\v Z}i{\\v z}ek and {\\L}. {\\L}{\\'o}d{\\'z}"
                + " and {Research and Development Team} and {Doe, Jane} and others", items.get(0).raw().get("author"));
        assertEquals("Na{\\\"\\i}ve fa{\\c c}ade: r{\\'e}sum{\\'e} of {\\r A}ngstr{\\\"o}m, S{\\~a}o Paulo and {\\.I}stanbul in 遥感 (remote sensing)",
                items.get(1).raw().get("title"));
    }

    private static void assertSameEntry(Entry e, BibtexReader.Item item) {
        String where = e.id() + " as " + item.key();
        assertEquals(e.title(), item.text("title"), where);
        List<String> authors = new ArrayList<>(e.authors());
        if (e.etAl()) {
            authors.add("others");
        }
        assertEquals(authors, item.authors(), where);
        assertEquals(e.year() == null ? null : e.year().toString(), item.text("year"), where);
        Venues.Type type = e.venue() == null ? Venues.Type.OTHER
                : Venues.standard().lookup(e.venue()).map(Venues.Venue::type).orElse(Venues.Type.OTHER);
        String expectedType = e.kind() == Kind.DATASET ? "misc"
                : type == Venues.Type.JOURNAL ? "article" : type == Venues.Type.CONFERENCE ? "inproceedings" : "misc";
        assertEquals(expectedType, item.type(), where);
        String fullName = e.venue() == null ? null : Venues.standard().lookup(e.venue()).map(Venues.Venue::fullName).orElse(e.venue());
        if (expectedType.equals("article")) {
            assertEquals(fullName, item.text("journal"), where);
        } else if (expectedType.equals("inproceedings")) {
            assertEquals(fullName, item.text("booktitle"), where);
        }
        String arxiv = Ids.arxivId(e.links()).orElse(null);
        assertEquals(arxiv, item.text("eprint"), where);
        assertEquals(arxiv == null ? null : "arXiv", item.text("archiveprefix"), where);
        assertEquals(Ids.doi(e.links()).orElse(null), item.text("doi"), where);
        String url = item.raw().get("url");
        if (!e.links().isEmpty()) {
            assertTrue(e.links().stream().anyMatch(l -> Tex.verbatim(l.url()).equals(url)), where + ": url " + url);
        } else {
            assertNull(url, where);
        }
        String note = item.text("note");
        if (e.note() != null) {
            assertTrue(note != null && note.startsWith(e.note()), where + ": note " + note);
        }
        if (e.kind() == Kind.DATASET && e.sourcePaper() != null) {
            assertTrue(note.endsWith("From: " + e.sourcePaper().title()), where + ": note " + note);
        }
        if (e.date() != null && e.date().length() >= 7) {
            assertEquals(List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                    .get(Integer.parseInt(e.date().substring(5, 7)) - 1), item.raw().get("month"), where);
        }
    }

    @Test
    void keysAreSurnameYearAndFirstSignificantTitleWord() {
        Map<String, BibtexReader.Item> items = byKey(BibtexReader.parse(export(CATALOG)));
        assertEquals("misc", items.get("zhan2024skyeyegpt").type());
        assertEquals("2401.09712", items.get("zhan2024skyeyegpt").text("eprint"));
        assertEquals("article", items.get("liu2024remoteclip").type(), "RemoteCLIP is in T-GRS");
        assertEquals("IEEE Transactions on Geoscience and Remote Sensing", items.get("liu2024remoteclip").text("journal"));
        assertEquals("2306.11029", items.get("liu2024remoteclip").text("eprint"), "and on arXiv");
        assertEquals("inproceedings", items.get("mall2024remote").type(), "GRAFT is an ICLR paper");
        assertEquals("10.1609/aaai.v38i6.28393", items.get("wang2024skyscript").text("doi"));
        assertEquals("zhu2024foundations", BibtexWriter.baseKey(CATALOG.stream().filter(e -> e.id().equals("2405.04285")).findFirst().orElseThrow()),
                "'On the' is skipped");
        assertTrue(items.containsKey("roberts2023charting"));
        BibtexReader.Item survey = items.get("jiao2023braininspired");
        assertEquals(List.of("L. Jiao", "others"), survey.authors(), "et al. is 'and others'");
        assertEquals("Y. Zhan and Z. Xiong and Y. Yuan", items.get("zhan2024skyeyegpt").raw().get("author"));
        assertEquals("{arXiv preprint arXiv:2401.09712}", "{" + items.get("zhan2024skyeyegpt").raw().get("howpublished") + "}");
    }

    @Test
    void repeatedKeysGetLetterSuffixesInOrder() {
        List<String> keys = BibtexWriter.keys(TRICKY);
        assertEquals("zhan2024skyeyegpta", keys.get(2));
        assertEquals("zhan2024skyeyegptb", keys.get(3));
        assertEquals("ol2025braces", keys.get(0), "the first significant word of '50% of {Braces}' is not the number");
        Entry plain = Entry.builder("x", "Plain").authors(List.of("A. Smith")).year(2020).build();
        List<Entry> many = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            many.add(plain.toBuilder().id("x" + i).build());
        }
        many.add(Entry.builder("y", "Plain").authors(List.of("A. Smithb")).year(2020).build());
        List<String> manyKeys = BibtexWriter.keys(many);
        assertEquals(many.size(), new HashSet<>(manyKeys).size(), manyKeys.toString());
        assertEquals("smith2020plaina", manyKeys.get(0));
        assertEquals("smith2020plainab", manyKeys.get(27));
    }

    @Test
    void everyFieldValueHasBalancedBracesAndNoRawSpecialCharacters() {
        String bib = export(TRICKY);
        for (BibtexReader.Item item : BibtexReader.parse(bib)) {
            for (Map.Entry<String, String> f : item.raw().entrySet()) {
                if (Set.of("url", "doi", "eprint").contains(f.getKey())) {
                    assertFalse(f.getValue().matches(".*[{}\\\\\\s].*"), f.toString());
                    continue;
                }
                String unescaped = f.getValue().replaceAll("\\\\[$&%#_]", "");
                assertFalse(unescaped.matches("(?s).*[$&%#_^].*"), "raw special character in " + f);
            }
        }
    }

    @Test
    void datasetsAreMiscWithTheirSizeAndPaper() {
        Map<String, BibtexReader.Item> items = byKey(BibtexReader.parse(export(CATALOG)));
        BibtexReader.Item skyeye = items.values().stream().filter(i -> i.text("title").equals("SkyEye-968k")).findFirst().orElseThrow();
        assertEquals("misc", skyeye.type());
        assertEquals("Dataset", skyeye.text("howpublished"));
        assertEquals("https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k", skyeye.text("url"));
        assertEquals("Size: 968k. From: SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model",
                skyeye.text("note"));
        Entry orphan = Entry.builder("d", "Orphan set").kind(Kind.DATASET).sourcePaper(new PaperRef("P", null, null)).build();
        assertEquals("anonorphan", BibtexWriter.keys(List.of(orphan)).get(0));
    }

    /** Runs the real bibtex on the export when it is installed (Debian: texlive-binaries); skipped otherwise. */
    @Test
    void bibtexReadsTheExportWithoutErrors(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("bibtex"), "bibtex is not installed");
        List<Entry> all = new ArrayList<>(CATALOG);
        all.addAll(TRICKY);
        Files.writeString(dir.resolve("refs.bib"), export(all), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("doc.aux"), "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n");
        Process p = new ProcessBuilder("bibtex", "doc").directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(p.exitValue() < 2, log);
        String bbl = Files.readString(dir.resolve("doc.bbl"), StandardCharsets.ISO_8859_1);
        for (String key : BibtexWriter.keys(all)) {
            assertTrue(bbl.contains("\\bibitem{" + key + "}"), key);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
