package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A query word spelled the other way, British or American (personalised, tumour, oesophageal), is read as the spelling
 * the list writes when the list does not write the typed one or writes it far less often; a word spelled as the list
 * spells it is read as typed. Fails with {@code -Dlitindex.readings.off=variant}.
 */
class SpellingVariantTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).venue("arXiv").year(2020).build();
    }

    private static final Searcher LIST = Searcher.inMemory(List.of(
            paper("p1", "Bayesian Personalized Ranking from Implicit Feedback"),
            paper("p2", "Personalized Zorb Recommendation with Graphs"),
            paper("p3", "Personalized Session Models for Zorb Shops"),
            paper("p4", "A Personalised Ranking Framework for Venues"),
            paper("r1", "Ranking Items by Popularity Alone"),
            paper("t1", "Brain Tumor Segmentation with Transformers"),
            paper("t2", "Tumor Grading from Whole Slide Images"),
            paper("t3", "Segmentation of Organs at Risk"),
            paper("e1", "Esophageal Cancer Staging from Endoscopy"),
            paper("e2", "Colon Cancer Staging"),
            paper("b1", "Modeling User Behavior in Search Sessions"),
            paper("b2", "Modeling Search Sessions")), Synonyms.configured());

    @AfterAll
    static void close() {
        LIST.close();
    }

    private static SearchResult search(String query) {
        return LIST.search(FullRequests.builder().query(query).limit(10).build());
    }

    @Test
    void theRulesGiveBothSpellings() {
        assertTrue(SpellingVariants.candidates("personalised").contains("personalized"));
        assertTrue(SpellingVariants.candidates("optimization").contains("optimisation"));
        assertTrue(SpellingVariants.candidates("analysed").contains("analyzed"));
        assertTrue(SpellingVariants.candidates("behavioural").contains("behavioral"));
        assertTrue(SpellingVariants.candidates("centres").contains("centers"));
        assertTrue(SpellingVariants.candidates("centered").contains("centred"));
        assertTrue(SpellingVariants.candidates("labeling").contains("labelling"));
        assertTrue(SpellingVariants.candidates("dialogue").contains("dialog"));
        assertTrue(SpellingVariants.candidates("defence").contains("defense"));
        assertTrue(SpellingVariants.candidates("haemorrhage").contains("hemorrhage"));
        assertTrue(SpellingVariants.candidates("esophagus").contains("oesophagus"));
        assertTrue(SpellingVariants.candidates("generalisable").contains("generalizable"));
        assertTrue(SpellingVariants.candidates("generalizability").contains("generalisability"));
        assertEquals(List.of(), SpellingVariants.candidates("four"));
        assertTrue(SpellingVariants.candidates("saeed").stream().noneMatch(c -> c.equals("seed")));
    }

    @Test
    void aBritishSpellingFindsTheAmericanTitles() {
        SearchResult result = search("bayesian personalised ranking");
        List<String> ids = ids(result);
        assertEquals("p1", ids.get(0), ids + " " + result.interpreted());
        // the same word: a title writing the list's spelling is found as one writing the typed spelling
        assertTrue(ids.indexOf("p4") < ids.indexOf("r1"), ids.toString());
        assertTrue(result.interpreted().contains(new Interpretation("personalised", "personalized", Interpretation.VARIANT)),
                result.interpreted().toString());
    }

    @Test
    void theOtherWayAndTheDigraphs() {
        SearchResult tumour = search("tumour segmentation");
        assertEquals("t1", ids(tumour).get(0), ids(tumour) + " " + tumour.interpreted());
        assertTrue(tumour.interpreted().contains(new Interpretation("tumour", "tumor", Interpretation.VARIANT)), tumour.interpreted().toString());
        SearchResult oesophageal = search("oesophageal cancer");
        assertEquals("e1", ids(oesophageal).get(0), ids(oesophageal) + " " + oesophageal.interpreted());
        SearchResult behaviour = search("user behaviour modelling");
        assertEquals("b1", ids(behaviour).get(0), ids(behaviour) + " " + behaviour.interpreted());
        assertTrue(behaviour.interpreted().contains(new Interpretation("behaviour", "behavior", Interpretation.VARIANT)), behaviour.interpreted().toString());
        // modelling and modeling are one stem already: no reading
        assertTrue(behaviour.interpreted().stream().noneMatch(i -> i.word().equals("modelling")), behaviour.interpreted().toString());
    }

    @Test
    void theListsOwnSpellingIsReadAsTyped() {
        // "personalized" is the list's spelling: "personalised", written once, is not read for it
        SearchResult result = search("personalized ranking");
        assertEquals("p1", ids(result).get(0), ids(result).toString());
        assertTrue(result.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.VARIANT)), result.interpreted().toString());
        SearchResult tumor = search("tumor grading");
        assertEquals("t2", ids(tumor).get(0), ids(tumor).toString());
        assertTrue(tumor.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.VARIANT)), tumor.interpreted().toString());
    }
}
