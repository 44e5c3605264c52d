package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.InvalidRequestException;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.Kind;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.Suggestion;
import io.litindex.testing.FullRequests;
import io.litindex.testing.Results;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Query syntax, did-you-mean, related entries, autocomplete and facets on the bundled catalog. */
class SearchFeaturesTest {
    private static Searcher searcher;

    @BeforeAll
    static void open() {
        searcher = Searcher.bundled();
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static SearchResult search(String query) {
        return searcher.search(FullRequests.builder().query(query).limit(40).build());
    }

    private static List<String> ids(String query) {
        return Results.ids(search(query));
    }

    private static Set<String> all(java.util.function.Predicate<Entry> p) {
        return Catalog.bundledEntries().stream().filter(p).map(Entry::id).collect(Collectors.toSet());
    }

    // ---- query syntax

    @Test
    void phraseMatchesTheExactWordsInOrder() {
        Set<String> found = Set.copyOf(ids("\"question answering\""));
        assertEquals(Set.of("rs-llava-a-large-vision-language-model-for-joint-captioning", "rs-instructions"), found);
        assertTrue(ids("\"answering question\"").isEmpty());
        assertTrue(ids("\"vision-language model\"").contains("2311.15826"));
        assertFalse(ids("\"grounding\"").contains("2311.15826"), "a quoted word is exact: grounding is not Grounded");
    }

    @Test
    void exclusionRemovesEveryEntryWithTheWord() {
        Set<String> withAgents = Set.copyOf(ids("agents"));
        Set<String> without = Set.copyOf(ids("remote sensing -agents"));
        assertFalse(without.isEmpty());
        assertTrue(without.stream().noneMatch(withAgents::contains));
        assertEquals(37 - withAgents.size(), searcher.search(FullRequests.of("-agents")).total(), "only exclusions: everything else");
        assertFalse(ids("clip -\"foundation model\"").contains("2306.11029"));
        assertEquals(List.of("2306.11029"), ids("clip -dataset*"), "GeoRSCLIP is a dataset paper");
    }

    @Test
    void orMatchesEitherSide() {
        Set<String> grounding = Set.copyOf(ids("grounding"));
        Set<String> vqa = Set.copyOf(ids("vqa"));
        Set<String> either = Set.copyOf(ids("grounding OR vqa"));
        assertEquals(grounding.size() + vqa.size(), either.size());
        assertTrue(either.containsAll(grounding) && either.containsAll(vqa));
        // a OR b next to c: c and (a or b) rank first
        List<String> ids = ids("ship detection OR captioning");
        assertEquals(Set.of("2403.03790", "mmship"), Set.copyOf(ids.subList(0, 2)), "Popeye and its dataset match both");
        assertTrue(ids.contains("2402.06475"), "captioning alone matches too");
    }

    @Test
    void fieldValuesRestrict() {
        assertEquals(Set.of("2308.12509", "2401.09712", "skyeye-968k"), Set.copyOf(ids("author:zhan")));
        assertEquals(Set.of("2308.12509", "2401.09712", "skyeye-968k"), Set.copyOf(ids("author:\"Y. Zhan\"")));
        assertEquals(Set.of("2306.11029", "2306.11300"), Set.copyOf(ids("title:clip")));
        assertEquals(Set.of("2306.11029", "2308.12509"), Set.copyOf(ids("venue:TGRS")), "any spelling of the venue");
        assertEquals(all(e -> e.sections().stream().anyMatch(s -> s.contains("Survey"))), Set.copyOf(ids("section:survey")));
        assertEquals(all(e -> e.year() == 2023), Set.copyOf(ids("year:2023")));
        assertEquals(all(e -> e.kind() == Kind.DATASET), Set.copyOf(ids("kind:dataset")));
        assertEquals(List.of("2311.15826", "rs-multimodal-instruction"), ids("grounding year:2022..2023"));
        assertEquals(Set.of("rs-clsqagrd-instruct", "rs-specialized-instruct", "hqdc-instruct"), Set.copyOf(ids("honest kind:dataset")));
        assertEquals(Set.of("2306.11029", "2312.06960"), Set.copyOf(ids("venue:ICLR OR venue:T-GRS foundation")), "OR of fields is required");
        assertTrue(ids("author:zh*").containsAll(Set.of("2401.09712", "2403.03790")), "Zhan and Zhang by prefix");
        assertTrue(ids("title:sky*").containsAll(Set.of("2401.09712", "2312.12856", "skyeye-968k")));
    }

    @Test
    void aYearTypedAsAWordMatchesThePublicationYearAndIsNeverCorrected() {
        SearchResult y2023 = search("2023");
        assertEquals(all(e -> e.year() == 2023), Set.copyOf(Results.ids(y2023.hits())));
        assertNull(y2023.suggestion());
        assertFalse(y2023.fuzzy());
        assertEquals("2311.15826", ids("cvpr 2024").get(0), "the CVPR-24 note outweighs the year alone");
        List<String> grounding2023 = ids("grounding 2023");
        assertEquals(Set.of("2311.15826", "rs-multimodal-instruction"), Set.copyOf(grounding2023.subList(0, 2)), "both words first");
    }

    @Test
    void prefixMatchesTheStartOfAWord() {
        assertEquals(Set.of("2401.09712", "2312.12856", "skyeye-968k"), Set.copyOf(ids("sky*")));
        assertTrue(ids("ground*").contains("2311.15826"));
        assertTrue(ids("luddeck*").contains("2311.14656"), "author names too");
    }

    @Test
    void malformedQueriesAreLenientOrOneLineErrors() {
        assertEquals(ids("grounding"), ids("((grounding)) OR"));
        assertEquals(37, searcher.search(FullRequests.of("???")).total(), "nothing to search for lists everything");
        assertEquals(Set.of("2311.15826", "rs-multimodal-instruction"), Set.copyOf(ids("\"GeoChat: Grounded")),
                "unclosed quote runs to the end; the dataset has GeoChat's title as its source paper");
        for (String bad : List.of("*sky", "sky*gpt", "/a.c/", "x*", "year:20x4", "kind:poster")) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> search(bad), bad);
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void tooManyClausesIsAnInvalidRequest() {
        String huge = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> search(huge));
        assertTrue(e.getMessage().startsWith("query too long"), e.getMessage());
    }

    // ---- did you mean, fuzzy retry

    @Test
    void aMisspelledWordIsCorrectedAndSearchedFuzzily() throws Exception {
        SearchResult result = search("grouding");
        assertTrue(result.fuzzy());
        assertEquals("grounded", result.suggestion());
        assertEquals("2311.15826", result.hits().get(0).entry().id());
        assertEquals("GeoChat: **Grounded** Large Vision-Language Model for Remote Sensing", result.hits().get(0).highlights().get("title"));
        String json = JsonEntries.toPrettyJson(result);
        assertTrue(json.contains("\"suggestion\" : \"grounded\"") && json.contains("\"fuzzy\" : true"), json);

        SearchResult skyey = search("skyey");
        assertEquals("skyeye", skyey.suggestion());
        assertEquals(Set.of("2401.09712", "skyeye-968k"), Set.copyOf(Results.ids(skyey.hits())));
    }

    @Test
    void onlyUnknownWordsAreCorrectedAndTheRestOfTheQueryIsKept() {
        SearchResult result = search("grouding  year:2023 remote sensing");
        assertFalse(result.fuzzy(), "remote sensing matches as typed");
        assertEquals("grounded  year:2023 remote sensing", result.suggestion());
        assertEquals(search("year:2023 remote sensing").total(), result.total());
    }

    @Test
    void knownWordsSynonymsAndNamesGetNoSuggestion() throws Exception {
        for (String query : List.of("Zhan", "grounding", "vqa", "skyeye", "the", "remote sensing")) {
            SearchResult result = search(query);
            assertNull(result.suggestion(), query);
            assertFalse(result.fuzzy(), query);
            assertFalse(JsonEntries.toPrettyJson(result).contains("\"fuzzy\""), "fuzzy: false is left out");
        }
        assertEquals(Set.of("2308.12509", "2401.09712", "skyeye-968k"), Set.copyOf(ids("Zhan")), "no fuzzy Zhang");
    }

    @Test
    void nothingFoundEvenFuzzilySaysSo() {
        SearchResult result = search("qqqqxxxzzz");
        assertEquals(0, result.total());
        assertTrue(result.fuzzy());
        assertNull(result.suggestion());
    }

    // ---- related entries

    @Test
    void relatedEntriesPutTheDatasetPaperLinkFirstAndNeverTheEntryItself() {
        List<String> skyeye = Results.ids(searcher.related("2401.09712", 5));
        assertEquals("skyeye-968k", skyeye.get(0), "SkyEyeGPT's dataset first");
        assertFalse(skyeye.contains("2401.09712"));
        assertEquals(5, skyeye.size());

        List<String> data = Results.ids(searcher.related("rs-clsqagrd-instruct", 3));
        assertEquals(List.of("2403.20213"), data.subList(0, 1), "the dataset's paper first");
        assertEquals(Set.of("rs-specialized-instruct", "hqdc-instruct"), Set.copyOf(data.subList(1, 3)), "then its siblings");

        List<String> remoteClip = Results.ids(searcher.related("2306.11029", 3));
        assertTrue(remoteClip.contains("2306.11300"), "GeoRSCLIP is like RemoteCLIP: " + remoteClip);
        assertTrue(searcher.related("2306.11029", 0).isEmpty());
    }

    @Test
    void relatedOfAnUnknownIdIsAnInvalidRequest() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> searcher.related("nope", 5));
        assertEquals("no entry with id 'nope' in the bundled catalog", e.getMessage());
        assertThrows(InvalidRequestException.class, () -> searcher.related("2306.11029", -1));
    }

    // ---- autocomplete

    @Test
    void autocompleteOffersNamesThenTitlesThenAuthors() {
        List<Suggestion> sky = searcher.suggest("sky", 10);
        assertEquals(List.of(new Suggestion("SkyEyeGPT", Suggestion.Type.NAME, "2401.09712"),
                new Suggestion("SkyScript", Suggestion.Type.NAME, "2312.12856")), sky.subList(0, 2));
        assertTrue(sky.contains(new Suggestion("SkyEye-968k", Suggestion.Type.TITLE, "skyeye-968k")));
        assertEquals(5, sky.size());

        assertEquals(Set.of("GeoRSCLIP", "RemoteCLIP"), searcher.suggest("clip", 2).stream().map(Suggestion::text).collect(Collectors.toSet()),
                "compound names by their parts");
        List<Suggestion> zh = searcher.suggest("zh", 20);
        assertTrue(zh.contains(new Suggestion("Y. Zhan", Suggestion.Type.AUTHOR, null)));
        assertTrue(zh.stream().allMatch(s -> s.type() == Suggestion.Type.AUTHOR));
        assertEquals("Remote Sensing ChatGPT", searcher.suggest("remote sensing ch", 1).get(0).text());
        assertEquals(3, searcher.suggest("sky", 3).size());
        assertTrue(searcher.suggest("qqqq", 5).isEmpty());
        assertTrue(searcher.suggest("  ", 5).isEmpty());
    }

    @Test
    void autocompleteNamesComeFromTheTextBeforeATitlesColon() {
        assertEquals(List.of("RS5M", "GeoRSCLIP"), Autocomplete.names("RS5M and GeoRSCLIP: A Large Scale Vision-Language Dataset"));
        assertEquals(List.of("Remote Sensing ChatGPT"), Autocomplete.names("Remote Sensing ChatGPT: Solving Remote Sensing Tasks"));
        assertEquals(List.of(), Autocomplete.names("Vision-Language Models in Remote Sensing: Current progress"));
        assertEquals(List.of(), Autocomplete.names("On the Foundations of Earth and Climate Foundation Models"));
    }

    // ---- facets

    @Test
    void facetValuesAreOrderedByCountThenValueAndCutPerDimension() {
        SearchResult result = searcher.search(FullRequests.builder().facet(Dimension.VENUE, Dimension.YEAR).facetLimit(3).limit(0).build());
        assertEquals(List.of(new FacetValue("arXiv", 27), new FacetValue("Remote Sensing", 3), new FacetValue("MGRS", 2)),
                result.facet(Dimension.VENUE), "MGRS and T-GRS tie at 2: the first by value is kept");
        assertEquals(List.of(new FacetValue("2024", 27), new FacetValue("2023", 10)), result.facet(Dimension.YEAR));
        SearchResult all = searcher.search(FullRequests.builder().facet(Dimension.VENUE).limit(0).build());
        assertEquals(List.of("arXiv", "Remote Sensing", "MGRS", "T-GRS", "AAAI", "ICLR", "JSTARS"),
                all.facet(Dimension.VENUE).stream().map(FacetValue::value).toList());
    }

    @Test
    void severalValuesOfOneDimensionAreOrAndKeepDrillSidewaysCounts() {
        SearchRequest request = FullRequests.builder().venue("T-GRS").venue("ICLR").facet(Dimension.VENUE, Dimension.YEAR).limit(10).build();
        SearchResult result = searcher.search(request);
        assertEquals(Set.of("2306.11029", "2308.12509", "2312.06960"), Set.copyOf(Results.ids(result.hits())));
        assertEquals(27, result.facet(Dimension.VENUE).get(0).count(), "arXiv keeps its count although not selected");
        assertEquals(7, result.facet(Dimension.VENUE).size());
        long years = result.facet(Dimension.YEAR).stream().mapToLong(FacetValue::count).sum();
        assertEquals(3, years, "other dimensions count only the selected venues");
    }

    // ---- synonyms

    @Test
    void synonymsCanBeReplacedOrTurnedOff() throws Exception {
        List<Entry> entries = List.of(Entry.builder("a", "Earth observation with satellites").build(),
                Entry.builder("b", "Agents for maps").build());
        try (Searcher bundled = Searcher.inMemory(entries, Synonyms.bundled());
             Searcher none = Searcher.inMemory(entries, Synonyms.none());
             Searcher custom = Searcher.inMemory(entries, Synonyms.parse("mine", "copilot, agent\n"))) {
            assertEquals(List.of("a"), Results.ids(bundled.search(FullRequests.of("EO")).hits()));
            // lower case: a capitalised EO would also be read as the initials of "Earth observation"
            assertEquals(0, none.search(FullRequests.of("eo")).hits().stream().filter(h -> h.entry().id().equals("a")).count());
            assertEquals(List.of("b"), Results.ids(custom.search(FullRequests.of("copilots")).hits()));
            assertEquals(List.of("mine"), custom.synonyms().sources());
        }
        assertEquals(List.of("synonyms.txt (bundled)", "acronyms.txt (bundled)", "mine"), Synonyms.bundled().plus(Synonyms.parse("mine", "x, y")).sources());
    }

    @Test
    void aBadSynonymRuleNamesItsLine() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> Synonyms.parse("my-synonyms.txt", "rs, remote sensing\nqa, of the\n"));
        assertTrue(e.getMessage().startsWith("synonyms my-synonyms.txt: Invalid synonym rule at line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        // small words inside a longer form are left out, not refused
        assertFalse(Synonyms.parse("mine", "ood, out of distribution\n").isEmpty());
        assertEquals("ood, out distribution\n\n# of the\nx, y", Synonyms.withoutStopWords("ood, out of distribution\n\n# of the\nx, y"));
    }

    @Test
    void systemPropertiesReplaceAndExtendTheBundledSynonyms(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path extra = dir.resolve("extra.txt");
        java.nio.file.Files.writeString(extra, "copilot, agent\n");
        String oldReplace = System.getProperty(Synonyms.REPLACE_PROPERTY);
        String oldExtra = System.getProperty(Synonyms.EXTRA_PROPERTY);
        try {
            System.setProperty(Synonyms.EXTRA_PROPERTY, extra.toString());
            assertEquals(List.of("synonyms.txt (bundled)", "acronyms.txt (bundled)", extra.toString()), Synonyms.configured().sources());
            System.setProperty(Synonyms.REPLACE_PROPERTY, extra.toString());
            System.clearProperty(Synonyms.EXTRA_PROPERTY);
            assertEquals(List.of(extra.toString()), Synonyms.configured().sources());
            System.setProperty(Synonyms.REPLACE_PROPERTY, dir.resolve("missing.txt").toString());
            InvalidRequestException e = assertThrows(InvalidRequestException.class, Synonyms::configured);
            assertTrue(e.getMessage().startsWith("cannot read synonyms file "), e.getMessage());
        } finally {
            restore(Synonyms.REPLACE_PROPERTY, oldReplace);
            restore(Synonyms.EXTRA_PROPERTY, oldExtra);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
