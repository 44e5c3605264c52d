package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.model.PaperRef;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import io.litindex.testing.Results;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysis and ranking that make litindex understand the field, on the bundled catalog. */
class RankingTest {
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

    private static List<String> top(String query, int n) {
        List<String> ids = ids(query);
        return ids.subList(0, Math.min(n, ids.size()));
    }

    @Test
    void visualGroundingRanksGeoChatAboveVisualChatGpt() {
        List<String> ids = ids("visual grounding");
        assertEquals("2311.15826", ids.get(0), "GeoChat, the grounded LVLM, first");
        assertTrue(ids.indexOf("2311.15826") < ids.indexOf("the-potential-of-visual-chatgpt-for-remote-sensing"));
    }

    @Test
    void entriesMatchingAllTermsRankAboveEntriesMatchingSome() {
        // "Tree-GPT … Forest Remote Sensing": forest and gpt; many entries match only one of them
        SearchResult result = search("forest gpt");
        assertEquals("2310.04698", result.hits().get(0).entry().id());
        assertTrue(result.total() > 5, "partial matches still appear below");
        // with entries built so that BM25 alone would prefer the partial match
        List<Entry> entries = List.of(
                Entry.builder("partial", "Alpha alpha alpha").build(),
                Entry.builder("both", "Alpha beta and a much longer title that dilutes every word in it somewhat").build(),
                Entry.builder("other", "Beta").build(),
                Entry.builder("other2", "Beta gamma").build(),
                Entry.builder("other3", "Beta delta").build(),
                Entry.builder("other4", "Beta epsilon").build());
        try (Searcher small = Searcher.inMemory(entries, Synonyms.none())) {
            List<Hit> hits = small.search(FullRequests.of("alpha beta")).hits();
            List<String> order = Results.ids(hits);
            assertEquals("both", order.get(0));
            assertEquals(Set.of("partial", "other", "other2", "other3", "other4"), Set.copyOf(order.subList(1, 6)));
            assertTrue(hits.get(0).score() < hits.stream().filter(h -> h.entry().id().equals("partial")).findFirst().orElseThrow().score(),
                    "BM25 alone would rank the partial match first");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSynonymCountsAsTheWordForMatchingAllTerms() {
        // rs = remote sensing: entries saying "remote sensing" match both words of "rs agents"
        List<String> ids = top("rs agents", 5);
        assertEquals(Set.of("2404.15500", "2405.00709", "2403.19646", "2401.09083", "2310.04698"), Set.copyOf(ids));
    }

    @Test
    void compoundNamesAreFoundByTheirPartsAndLeadingParts() {
        assertEquals(Set.of("2306.11029", "2306.11300"), Set.copyOf(ids("clip")), "RemoteCLIP and GeoRSCLIP");
        assertEquals(Set.of("2401.09712", "skyeye-968k"), Set.copyOf(top("skyeye", 2)));
        assertEquals("rs-llava-a-large-vision-language-model-for-joint-captioning", ids("llava").get(0));
        assertEquals(Set.of("2402.02544", "lhrs-instruct"), Set.copyOf(top("lhrs", 2)));
        assertTrue(ids("gpt").containsAll(List.of("2401.09712", "2401.16822", "2307.15266", "2310.04698")), "SkyEyeGPT, EarthGPT, RSGPT, Tree-GPT");
        assertEquals("2403.20213", ids("vlm").get(0), "H2RSVLM by its part VLM");
        assertTrue(ids("ship").contains("mmship"), "MMShip by its part ship");
        // the whole name as typed
        assertEquals("2306.11300", ids("GeoRSCLIP").get(0));
        assertEquals("2401.09712", ids("SkyEyeGPT").get(0));
    }

    @Test
    void exactTitleWordsCountMoreThanStemmedMatches() {
        List<Entry> entries = List.of(
                Entry.builder("stemmed", "Grounded models").build(),
                Entry.builder("exact", "Grounding models").build());
        try (Searcher small = Searcher.inMemory(entries, Synonyms.none())) {
            SearchResult result = small.search(FullRequests.of("grounding"));
            assertEquals(List.of("exact", "stemmed"), Results.ids(result));
            assertTrue(result.hits().get(0).score() > result.hits().get(1).score());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void acronymsFindTheirSpelledOutForms() {
        assertEquals("rs-llava-a-large-vision-language-model-for-joint-captioning", ids("VQA").get(0), "VQA → question answering");
        assertEquals("2308.12509", ids("ITR").get(0), "ITR → image-text retrieval");
        assertTrue(top("VLP", 4).containsAll(List.of("2306.11029", "2306.11300", "2312.06960")), "VLP → vision-language pre-training section");
        assertTrue(ids("MLLM").contains("2402.02544"), "MLLM → LHRS-Bot's large multimodal language model");
        assertTrue(ids("MLLMs").contains("2311.14656"), "plural acronym → Multimodal LLMs");
        assertTrue(ids("LVLM").contains("2311.15826"), "LVLM → GeoChat's large vision-language model");
        assertEquals(ids("remote sensing ChatGPT").get(0), ids("RS ChatGPT").get(0));
    }

    @Test
    void surnamesAreNotConfusedWithLongerOnes() {
        assertEquals(Set.of("2308.12509", "2401.09712", "skyeye-968k"), Set.copyOf(ids("Zhan")), "Y. Zhan, not Zhang");
        assertEquals(Set.of("2405.04285", "vision-language-models-in-remote-sensing-current-progress", "2402.11325", "2306.11029"),
                Set.copyOf(ids("Zhu")), "X. X. Zhu (initials only) and J. Zhu");
        assertEquals(List.of("2311.14656"), ids("Luddecke"), "accents folded");
        assertEquals(List.of("2311.14656"), ids("Lüddecke"));
        assertTrue(ids("Conghui").contains("2403.20213"), "H.Conghui by the surname");
    }

    @Test
    void sectionsCount() {
        Set<String> surveys = Set.of("vision-language-models-in-remote-sensing-current-progress",
                "language-integration-in-remote-sensing-tasks-datasets-and", "brain-inspired-remote-sensing-foundation-models-and-open");
        assertEquals(surveys, Set.copyOf(top("survey", 3)), "listed under 'Survey Papers …' though two titles do not say so");
        assertTrue(ids("agents").subList(0, 5).contains("2310.04698"), "Tree-GPT is an agent by its section only");
    }

    @Test
    void datasetsAreFoundThroughTheirSourcePaper() {
        List<String> ids = ids("honest");
        assertEquals("2403.20213", ids.get(0), "H2RSVLM itself first");
        assertEquals(Set.of("rs-clsqagrd-instruct", "rs-specialized-instruct", "hqdc-instruct"), Set.copyOf(ids.subList(1, 4)));
        List<Entry> entries = List.of(
                Entry.builder("p", "Helpful and Honest Models").build(),
                Entry.builder("d", "Some-Instruct").kind(io.litindex.model.Kind.DATASET)
                        .sourcePaper(new PaperRef("Helpful and Honest Models", null, "p")).build());
        try (Searcher small = Searcher.inMemory(entries, Synonyms.none())) {
            assertEquals(List.of("p", "d"), Results.ids(small.search(FullRequests.of("honest"))));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void highlightsMarkPartsSynonymsAndStemsInTheTitle() {
        assertEquals("**SkyEyeGPT**: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model",
                hit("skyeye", "2401.09712").highlights().get("title"));
        assertEquals("**RemoteCLIP**: A Vision Language Foundation Model for Remote Sensing", hit("clip", "2306.11029").highlights().get("title"));
        assertEquals("RS-LLaVA: A Large Vision-Language Model for Joint Captioning and **Question Answering** in Remote Sensing Imagery",
                hit("VQA", "rs-llava-a-large-vision-language-model-for-joint-captioning").highlights().get("title"));
        assertEquals("GeoChat: **Grounded** Large Vision-Language Model for Remote Sensing", hit("grounding", "2311.15826").highlights().get("title"));
        assertEquals("GeoChat: Grounded Large <mark>Vision-Language Model</mark> for Remote Sensing",
                hit("\"vision-language model\"", "2311.15826").highlightsHtml().get("title"));
        assertEquals("accepted by **CVPR**-24", hit("cvpr", "2311.15826").highlights().get("note"));
    }

    @Test
    void highlightsStayEscapedWithCompoundParts() throws Exception {
        Entry evil = Entry.builder("x", "SkyEyeGPT <img src=x onerror=alert(1)> & \"more\"").build();
        try (Searcher small = Searcher.inMemory(List.of(evil), Synonyms.none())) {
            Hit hit = small.search(FullRequests.of("skyeye")).hits().get(0);
            assertEquals("<mark>SkyEyeGPT</mark> &lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;", hit.highlightsHtml().get("title"));
            assertEquals("**SkyEyeGPT** <img src=x onerror=alert(1)> & \"more\"", hit.highlights().get("title"));
        }
    }

    private static Hit hit(String query, String id) {
        return search(query).hits().stream().filter(h -> h.entry().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found for " + query));
    }

    @Test
    void stopWordsAloneAreSearchedAsWords() {
        List<String> ids = ids("the");
        assertFalse(ids.isEmpty());
        assertTrue(ids.contains("the-potential-of-visual-chatgpt-for-remote-sensing"));
        assertTrue(ids.size() < 37, "not every entry");
    }
}
