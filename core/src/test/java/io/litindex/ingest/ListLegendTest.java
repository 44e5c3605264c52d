package io.litindex.ingest;

import io.litindex.ingest.fields.Venues;
import io.litindex.ingest.markdown.MarkdownWalker;
import io.litindex.model.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a list says outside its entries: the abbreviations its legend defines (given to the entries that write them),
 * and its own table of other lists, which is no entries.
 */
class ListLegendTest {

    private static Map<String, String> legend(String markdown) {
        return MarkdownWalker.parse(Fixtures.LIST, markdown, List.of(), Venues.standard(), MarkdownWalker.CHUNK_CHARS).legend();
    }

    @Test
    void legendLinesAnAbbreviationsLineAndALegendTableAreLearnedAndGivenToTheEntriesThatWriteThem() {
        String list = """
                # Awesome RS Data

                Abbreviations: CD = change detection, Visual Question Answering (VQA); OVD: open-vocabulary detection.

                ### Others

                - `SGG`: Scene Graph Generation
                - `Geo-Loc.`: Geo-Localization
                - `Attrs`: Object-level Attribute Understanding

                **VG**: Visual Grounding

                - RSVQA = Remote Sensing VQA

                | Abbr. | Meaning |
                |---|---|
                | SAR | Synthetic Aperture Radar |
                | HSI | Hyperspectral Imaging |

                |Year|Venue|Keywords|Name|Download|
                |:-:|:-:|:-:|-|-|
                |2017|CVPR|`Geo-Loc.`|[CVUSA](https://arxiv.org/abs/1612.02709)|[link](https://example.org/cvusa)|
                |2025|TPAMI|`SGG`, `Attrs`|[STAR](https://arxiv.org/abs/2406.09410)|[link](https://example.org/star)|
                |2020|TGRS|`VG`|[DIOR-RSVG](https://example.org/diorrsvg)|[link](https://example.org/d)|
                |2024|NeurIPS| |[SARDet-100K](https://arxiv.org/abs/2403.06534)|[link](https://example.org/s)|
                |2025|arXiv| |[SARLANG-1M](https://arxiv.org/abs/2504.03254)|[link](https://example.org/l)|
                |2020|TGRS| |[RSVQA-LR](https://arxiv.org/abs/2003.07333)|[link](https://example.org/r)|
                """;
        assertEquals(Map.of("CD", "change detection", "VQA", "Visual Question Answering", "OVD", "open-vocabulary detection",
                "SGG", "Scene Graph Generation", "Geo-Loc.", "Geo-Localization", "Attrs", "Object-level Attribute Understanding",
                "VG", "Visual Grounding", "RSVQA", "Remote Sensing VQA", "SAR", "Synthetic Aperture Radar", "HSI", "Hyperspectral Imaging"),
                legend(list));
        ImportResult result = read(list);
        assertEquals(List.of("CVUSA", "STAR", "DIOR-RSVG", "SARDet-100K", "SARLANG-1M", "RSVQA-LR"), titles(result),
                "the legend's lines and table are no entries");
        assertEquals(Map.of("Geo-Loc.", "Geo-Localization"), byTitle(result, "CVUSA").legend(), "the note writes Geo-Loc.");
        assertEquals(Map.of("SGG", "Scene Graph Generation", "Attrs", "Object-level Attribute Understanding"), byTitle(result, "STAR").legend());
        assertEquals(Map.of("VG", "Visual Grounding"), byTitle(result, "DIOR-RSVG").legend(), "the note's VG, not the title's RSVG");
        assertEquals(Map.of("SAR", "Synthetic Aperture Radar"), byTitle(result, "SARDet-100K").legend(), "SAR begins the name SARDet");
        assertEquals(Map.of(), byTitle(result, "SARLANG-1M").legend(), "SARLANG is one word in capitals: SAR is not read in it");
        assertEquals(Map.of("RSVQA", "Remote Sensing VQA"), byTitle(result, "RSVQA-LR").legend());
    }

    @Test
    void proseAndNewsLinesAreNoLegend() {
        assertEquals(Map.of(), legend("""
                # My List

                **Note**: Nothing to see here yet.

                - **2025.08.06**: Update REOBench, VectorLLM.
                - **Update**: Update the tables
                - **TODO**: Add more papers
                - Usage: run the script
                - **Usage Demo:** https://github.com/x/y/issues
                Image Captioning: ![](https://img.shields.io/badge/x-y-green)
                - **VQA**: VQA datasets
                - `Attrs`: Object-level Attribute Understanding

                - **BERT**: Pre-training of Deep Bidirectional Transformers for Language Understanding
                  [[paper]](https://arxiv.org/abs/1810.04805)

                ```
                SAR: Synthetic Aperture Radar
                ```

                | Abbreviation | Title | Publication | Paper | Code |
                |---|---|---|---|---|
                | GeoChat | Grounded Large Vision-Language Model | CVPR 2024 | [paper](https://arxiv.org/abs/2311.15826) | - |
                """), "news, notes, a short form its long form repeats, a lone lower-case abbreviation, code and an entry table define nothing");
    }

    @Test
    void aTableOfOtherListsIsNoEntriesButAPaperUnderSuchAHeadingStays() {
        ImportResult result = read("""
                # Awesome RS Data

                ## Change Detection

                |Year|Venue|Name|Download|
                |:-:|:-:|-|-|
                |2020|RS|[LEVIR-CD](https://www.mdpi.com/2072-4292/12/10/1662)|[link](https://example.org/levir)|

                ## Awesome Lists

                |Name|Download|
                |:-:|:-:|
                |satellite-image-deep-learning|[![Star](https://img.shields.io/github/stars/sidl/techniques.svg)](https://github.com/sidl/techniques)|
                |Foundation Models for Remote Sensing|[![Star](https://img.shields.io/github/stars/x/awesome-RSFMs.svg)](https://github.com/x/awesome-RSFMs)|
                |A Review of Vision-Language Models|[link](https://github.com/y/A-Review-for-vlm)|
                |A Survey Listed Here|[paper](https://arxiv.org/abs/2305.05726)|

                ## Other Resources

                - [Blog: how we built it](https://medium.com/@x/how-we-built-it)
                - **Transfer Learning in NLP**. *Sebastian Ruder, Thomas Wolf*. NAACL 2019. [[slides](https://docs.google.com/presentation/d/1)]

                ## Tools

                |Name|Code|
                |-|-|
                |Awesome Geospatial Tools|[code](https://github.com/z/awesome-geotools)|
                |GeoTorch|[code](https://github.com/z/geotorch)|
                """);
        assertEquals(List.of("LEVIR-CD", "A Survey Listed Here", "Transfer Learning in NLP", "GeoTorch"), titles(result),
                "rows naming no paper under 'Awesome Lists' / 'Other Resources', and an 'Awesome …' row anywhere, are no entries");
        Entry survey = byTitle(result, "A Survey Listed Here");
        assertEquals("2305.05726", survey.id(), "a row with an arXiv link is a paper wherever it stands");
        assertEquals("NAACL", byTitle(result, "Transfer Learning in NLP").venue(), "a tutorial with its venue is kept");
        assertEquals(0, result.skipped(), "rows of other lists are not skipped rows, they are not entry rows at all");
        assertEquals(5, result.notEntries(), "the five rows and items left out are counted, none lost without a word");
    }

    @Test
    void rowsLeftOutAsLinksToOtherListsVenuesAndLicencesAreCounted() {
        ImportResult result = read("""
                # Awesome Zorb Papers

                ## Papers

                - [Zorb: Learning Lattices](https://arxiv.org/abs/2401.00001) - the first one
                - [CVPR 2024](https://cvpr.thecvf.com/Conferences/2024)
                - [Awesome Lattice Learning](https://github.com/x/awesome-lattice)
                - [MIT License](https://opensource.org/licenses/MIT)

                | Title | Code |
                |---|---|
                | Kert: Quiet Lattices | [code](https://github.com/y/kert) |
                | Awesome Quiet Things | [code](https://github.com/y/awesome-quiet) |

                ## Related Lists

                - [Lattice resources](https://github.com/z/lattice-resources)
                """);
        assertEquals(List.of("Zorb: Learning Lattices", "Kert: Quiet Lattices"), titles(result));
        assertEquals(0, result.skipped());
        assertEquals(5, result.notEntries(), "a venue's site, an awesome list (item and row), a licence and a link under "
                + "'Related Lists' are left out and counted");
        ImportResult both = Sources.merge(List.of(result, result));
        assertEquals(10, both.notEntries(), "merged sources add their counts");
    }

    @Test
    void aListTitledResourcesKeepsItsEntries() {
        // the rule reads headings below the list's own title: a list named "Resources" is all entries
        ImportResult result = read("""
                # Resources

                - [GeoTorch](https://github.com/z/geotorch) - a library for geospatial learning
                """);
        assertEquals(List.of("GeoTorch"), titles(result));
    }
}
