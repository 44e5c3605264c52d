package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A name the titles write as a compound of a query word and more (WeatherQA, SpatialDE, FactorVAE: capitals inside) is
 * no other form of the word: its entry matches the word through the part already, and reading the name's rarer stem as
 * a word form scored it a second time, above titles that write the word as it is. An English form of the word
 * (molecule, molecular) is still read. Fails with {@code -Dlitindex.readings.off=formname}.
 */
class FormNameTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static final Searcher SEARCHER = Searcher.inMemory(List.of(
            paper("weatherqa", "WeatherQA: A Benchmark of Severe Storm Questions"),
            paper("plain", "A Weather Benchmark for Language Models"),
            paper("molecule", "Molecule Generation with Diffusion"),
            paper("climate", "Foundation Models for Climate Benchmarks"),
            paper("spatialde", "SpatialDE: Identification of Variable Genes"),
            paper("domains", "Deciphering Spatial Domains with Graph Networks"),
            paper("molecular", "Molecular Graph Pretraining at Scale"),
            paper("traffic", "Traffic Prediction with Graph Networks"),
            paper("storms", "Severe Storm Nowcasting with Radar")), Synonyms.configured());

    @AfterAll
    static void close() {
        SEARCHER.close();
    }

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(5).explain(true).build());
    }

    @Test
    void aTitleWritingTheWordComesBeforeACompoundNameHoldingIt() {
        SearchResult r = search("weather benchmark");
        assertEquals("plain", r.hits().get(0).entry().id(), r.hits().toString());
        assertEquals("weatherqa", r.hits().get(1).entry().id(), r.hits().toString());
        assertFalse(r.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.FORM)), r.interpreted().toString());
    }

    @Test
    void aCompoundNameIsNotReadAsTheWordsForm() {
        SearchResult r = search("spatial domains");
        assertEquals("domains", r.hits().get(0).entry().id(), r.hits().toString());
        assertFalse(r.interpreted().contains(new Interpretation("spatial", "spatialde", Interpretation.FORM)), r.interpreted().toString());
        assertTrue(r.hits().stream().filter(h -> h.entry().id().equals("spatialde"))
                .allMatch(h -> h.explanation().parts().stream().noneMatch(p -> p.part().equals("word form"))), r.hits().toString());
    }

    @Test
    void anEnglishFormIsStillRead() {
        SearchResult r = search("molecule pretraining");
        assertEquals("molecular", r.hits().get(0).entry().id(), r.hits().toString());
        assertTrue(r.interpreted().contains(new Interpretation("molecule", "molecular", Interpretation.FORM)), r.interpreted().toString());
    }
}
