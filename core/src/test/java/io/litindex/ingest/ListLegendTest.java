package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a list says about itself outside its entries: its own table of other lists, which is no entries. */
class ListLegendTest {

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
