package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.MarkdownListReader;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An abbreviation a list's legend defines: the entries that write it are found by its long form, and the other way round. */
class LegendSearchTest {
    private static final String LIST = """
            # Awesome Earth Data

            - `Geo-Loc.`: Geo-Localization
            - `QXR`: Quantum Xray Reconstruction

            |Year|Venue|Keywords|Name|Download|
            |:-:|:-:|:-:|-|-|
            |2017|CVPR|`Geo-Loc.`|[CVUSA](https://example.org/cvusa)|[link](https://example.org/1)|
            |2019|CVPR|`Geo-Loc.`|[CVACT](https://example.org/cvact)|[link](https://example.org/2)|
            |2023|ICCV| |[GeoPile](https://example.org/geopile)|[link](https://example.org/3)|
            |2024|arXiv| |[Towards a Geo-Foundation Model: A Survey](https://example.org/geofm)|[link](https://example.org/4)|
            |2024|arXiv| |[Localization of Ships in Harbours](https://example.org/ships)|[link](https://example.org/5)|
            |2022|TGRS|`QXR`|[XR-Set](https://example.org/xrset)|[link](https://example.org/6)|
            |2023|TGRS| |[Fast Quantum Xray Reconstruction of Crystals](https://example.org/fqxr)|[link](https://example.org/7)|
            """;
    private static final Searcher SEARCHER = Searcher.inMemory(new MarkdownListReader().read("earth.md", LIST).entries(), Synonyms.configured());

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(10).build());
    }

    private static List<String> titles(String query) {
        return search(query).hits().stream().map(h -> h.entry().title()).toList();
    }

    @Test
    void theLongFormFindsTheEntriesThatWriteOnlyTheShortForm() {
        List<String> top = titles("geo localization");
        assertEquals(List.of("CVACT", "CVUSA"), top.subList(0, 2).stream().sorted().toList(), top.toString());
        top = titles("geo-localization");
        assertEquals(List.of("CVACT", "CVUSA"), top.subList(0, 2).stream().sorted().toList(), top.toString());
        assertTrue(titles("quantum xray reconstruction").contains("XR-Set"), titles("quantum xray reconstruction").toString());
    }

    @Test
    void aOneWordShortFormIsADefinedAcronymForTheWholeList() {
        SearchResult result = search("QXR");
        assertTrue(result.interpreted().contains(new Interpretation("QXR", "quantum xray reconstruction", Interpretation.DEFINED)),
                result.interpreted().toString());
        List<String> top = result.hits().stream().map(h -> h.entry().title()).toList();
        assertEquals(List.of("Fast Quantum Xray Reconstruction of Crystals", "XR-Set"), top.stream().sorted().toList(), top.toString());
    }
}
