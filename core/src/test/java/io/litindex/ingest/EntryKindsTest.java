package io.litindex.ingest;

import io.litindex.export.BibtexWriter;
import io.litindex.export.CsvWriter;
import io.litindex.export.JsonWriter;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Kind;
import io.litindex.model.SearchResult;
import io.litindex.search.Searcher;
import io.litindex.search.Synonyms;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Items that are only a name and links: tools under a heading of software, datasets under a heading of data. */
class EntryKindsTest {
    private static final String LIST = """
            # Awesome Molecules

            ## Molecule Generation

            1. [2021 ICML] **Equivariant Flows for Molecule Generation** [[paper]](https://arxiv.org/abs/2105.09016)
            - [DeepChem](https://github.com/deepchem/deepchem) - A Python library for deep learning on molecules

            ## Chemistry Toolkits

            1. [RDKit](http://www.rdkit.org/): **Open-source cheminformatics software**
            2. [TorchDrug](https://torchdrug.ai/): **A powerful and flexible machine learning platform for drug discovery**
            3. **GNNExplainer and PGExplainer** [paper](https://openreview.net/forum?id=8JHrucviUf) [Code](https://github.com/x/re-explainer)
            4. [2022 JMLR] **DIG: A Turnkey Library for Graph Deep Learning Research** [[paper]](https://www.jmlr.org/papers/v22/21-0343.html)

            ## Semantic Segmentation Datasets (Only the open ones)

            * [Vaihingen](https://www.repo.uni-hannover.de/handle/123456789/5086)  [[BaiduYun]](https://pan.baidu.com/s/1EShNi22)
            * [ZINC 15](https://zinc15.docking.org/)

            ## Deep Learning (the model library is below)

            * [SchNet](https://example.org/schnet) [[code]](https://github.com/atomistic/schnetpack)
            """;

    @Test
    void aNameWithLinksUnderAToolHeadingIsAToolAndUnderADataHeadingADataset() {
        ImportResult result = read(LIST);
        assertEquals(Kind.TOOL, byTitle(result, "RDKit").kind());
        assertEquals(Kind.TOOL, byTitle(result, "TorchDrug").kind());
        assertEquals("A powerful and flexible machine learning platform for drug discovery", byTitle(result, "TorchDrug").note());
        assertEquals(Kind.DATASET, byTitle(result, "Vaihingen").kind());
        assertEquals(Kind.DATASET, byTitle(result, "ZINC 15").kind());
    }

    @Test
    void aPaperUnderAToolHeadingStaysAPaper() {
        ImportResult result = read(LIST);
        assertEquals(Kind.PAPER, byTitle(result, "GNNExplainer and PGExplainer").kind(), "a paper link beside the name: a paper");
        assertEquals(Kind.PAPER, byTitle(result, "DIG: A Turnkey Library for Graph Deep Learning Research").kind());
        assertEquals(Kind.PAPER, byTitle(result, "Equivariant Flows for Molecule Generation").kind());
        assertEquals(Kind.PAPER, byTitle(result, "SchNet").kind(), "words in parentheses of a heading name nothing");
    }

    @Test
    void aRepositoryOfItsOwnNameWithADescriptionIsATool() {
        assertEquals(Kind.TOOL, byTitle(read(LIST), "DeepChem").kind());
    }

    @Test
    void toolsShowInTheKindFacetStaySearchableByNameAndExport() throws Exception {
        List<Entry> entries = read(LIST).entries();
        try (Searcher s = Searcher.inMemory(entries, Synonyms.configured())) {
            SearchResult all = s.search(FullRequests.builder().facet(Dimension.KIND).limit(50).build());
            assertEquals(3, all.facet(Dimension.KIND).stream().filter(v -> v.value().equals("tool")).mapToLong(FacetValue::count).sum());
            assertEquals(2, all.facet(Dimension.KIND).stream().filter(v -> v.value().equals("dataset")).mapToLong(FacetValue::count).sum());
            assertEquals("torchdrug", s.search(FullRequests.builder().query("torchdrug").limit(5).build()).hits().get(0).entry().id());
            assertEquals("rdkit", s.search(FullRequests.builder().query("RDKit").limit(5).build()).hits().get(0).entry().id());
            SearchResult tools = s.search(FullRequests.builder().kind(Kind.TOOL).limit(50).build());
            assertEquals(3, tools.total());
        }
        Entry rdkit = entries.stream().filter(e -> e.title().equals("RDKit")).findFirst().orElseThrow();
        Entry deepchem = entries.stream().filter(e -> e.title().equals("DeepChem")).findFirst().orElseThrow();
        StringBuilder bib = new StringBuilder();
        new BibtexWriter().write(List.of(rdkit, deepchem), bib);
        assertTrue(bib.toString().startsWith("@misc{"), bib.toString());
        assertTrue(bib.toString().contains("howpublished = {Software}"), bib.toString());
        assertTrue(bib.toString().contains("url = {https://github.com/deepchem/deepchem}"), bib.toString());
        StringBuilder json = new StringBuilder();
        JsonWriter.lines().write(List.of(rdkit), json);
        assertTrue(json.toString().contains("\"kind\":\"tool\"") || json.toString().contains("\"kind\" : \"tool\""), json.toString());
        StringBuilder csv = new StringBuilder();
        new CsvWriter().write(List.of(rdkit), csv);
        assertTrue(csv.toString().contains("rdkit,tool,RDKit"), csv.toString());
        assertEquals(Kind.TOOL, Kind.parse("Tool"));
    }

    @Test
    void aDatasetNameAloneWithADownloadLinkIsAnEntryAndElsewhereAReportedRow() {
        ImportResult result = read("""
                ## Semantic Segmentation Dataset

                * [Vaihingen](https://www.repo.uni-hannover.de/handle/123456789/5086)  [[BaiduYun]](https://pan.baidu.com/s/1EShNi22)

                * Potsdam  [[BaiduYun]](https://pan.baidu.com/s/13rdBXUN)

                ## Notes

                * Potsdam  [[BaiduYun]](https://pan.baidu.com/s/13rdBXUN)
                """);
        Entry potsdam = byTitle(result, "Potsdam");
        assertEquals(Kind.DATASET, potsdam.kind());
        assertEquals("https://pan.baidu.com/s/13rdBXUN", potsdam.links().get(0).url());
        assertEquals(2, result.entries().size());
        assertEquals(List.of("fixture.md:9: error: list item has links but no title; skipped"), Fixtures.diagnostics(result),
                "outside a heading of datasets or tools a name alone is no title, and the row is reported, not lost");
    }
}
