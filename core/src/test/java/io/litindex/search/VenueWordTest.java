package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static io.litindex.testing.Results.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A query word that names a venue some entry was published at (RecSys) is read as that venue: the acronym file's rule
 * for it (recsys: recommender system) and the title-initials readings are not applied, so "RecSys 2017" finds the
 * papers of RecSys 2017 rather than titles about recommender systems. On a list without such a venue the rule applies.
 * Fails with {@code -Dlitindex.readings.off=venue}.
 */
class VenueWordTest {
    private static Entry paper(String id, String title, String venue, int year) {
        return Entry.builder(id, title).venue(venue).year(year).build();
    }

    private static final List<Entry> TOPICS = List.of(
            paper("t1", "Deep Learning Based Recommender System: A Survey", "CSUR", 2017),
            paper("t2", "Explainable Recommender Systems for Online Shops", "arXiv", 2017),
            paper("t3", "Scalable Recommender Systems at Web Scale", "WWW", 2017),
            paper("t4", "Graph Neural Networks in Recommender Systems", "TOIS", 2022));

    private static final Searcher WITH_VENUE = Searcher.inMemory(java.util.stream.Stream.concat(TOPICS.stream(), java.util.stream.Stream.of(
            paper("v1", "Recommending Product Sizes to Customers", "RecSys", 2017),
            paper("v2", "Exploring the Semantic Gap for Movie Recommendations", "RecSys", 2017),
            paper("v3", "The YouTube Video Recommendation System", "RecSys", 2010))).toList(), Synonyms.configured());
    private static final Searcher WITHOUT_VENUE = Searcher.inMemory(TOPICS, Synonyms.configured());

    @AfterAll
    static void close() {
        WITH_VENUE.close();
        WITHOUT_VENUE.close();
    }

    @Test
    void aVenueOfTheListIsReadAsTheVenue() {
        SearchResult result = search(WITH_VENUE, "RecSys 2017");
        List<String> ids = ids(result);
        assertEquals(List.of("v1", "v2"), ids.subList(0, 2).stream().sorted().toList(), ids + " " + result.interpreted() + " " + result.hits().stream().map(h -> h.score()).toList());
        assertTrue(result.interpreted().contains(new Interpretation("RecSys", "RecSys", Interpretation.VENUE)), result.interpreted().toString());
        assertTrue(result.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.SYNONYM)
                || i.how().equals(Interpretation.INITIALS)), result.interpreted().toString());
    }

    /** A list named after its field, filed by week: every entry's sections hold "RecSys", and most a year. */
    private static Entry filed(String id, String title, String venue, int year, String week) {
        return Entry.builder(id, title).venue(venue).year(year).sections(List.of("awesome-RecSys-papers", week)).build();
    }

    @Test
    void theVenuesEntriesComeFirstWhenTheListIsNamedAfterIt() {
        try (Searcher weekly = Searcher.inMemory(List.of(
                filed("w1", "Deep Learning Based Recommendation: A Survey", "arXiv", 2017, "2017-12-18 ~ 2017-12-24"),
                filed("w2", "Item Silk Road: Recommending Items to Social Users", "arXiv", 2017, "2017-12-25 ~ 2017-12-31"),
                filed("w3", "Collaborative Deep Ranking", "arXiv", 2017, "2017-12-11 ~ 2017-12-17"),
                filed("w4", "Wide and Deep Learning", "DLRS", 2016, "2017-12-04 ~ 2017-12-10"),
                filed("v1", "Recommending Product Sizes to Customers", "RecSys", 2017, "2018-01-15 ~ 2018-01-21"),
                filed("v2", "An Elementary View on Factorization Machines", "RecSys", 2017, "2018-01-01 ~ 2018-01-07"),
                filed("v3", "The YouTube Video Recommendation System", "RecSys", 2010, "2018-01-08 ~ 2018-01-14")),
                Synonyms.configured())) {
            List<String> ids = ids(search(weekly, "RecSys 2017"));
            assertEquals(List.of("v1", "v2"), ids.subList(0, 2).stream().sorted().toList(), ids.toString());
        }
    }

    @Test
    void withoutSuchAVenueTheAcronymRuleApplies() {
        SearchResult result = search(WITHOUT_VENUE, "recsys survey");
        assertEquals("t1", ids(result).get(0), ids(result).toString());
        assertTrue(result.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.SYNONYM)), result.interpreted().toString());
    }
}
