package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.InvalidRequestException;
import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names a list never writes (GIN, scVI), found through the shipped known-names file's paper titles. */
class KnownNamesTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static final List<Entry> LIST = List.of(
            paper("gin", "How Powerful are Graph Neural Networks?"),
            paper("longer", "On the Question How Powerful are Graph Neural Networks in Chemistry"),
            paper("gnn1", "Graph Neural Networks for Molecules"),
            paper("gnn2", "Powerful Graph Neural Networks via Subgraphs"),
            paper("scvi", "Deep generative modeling for single-cell transcriptomics"),
            paper("gen", "Deep generative models of single-cell data"),
            paper("sam", "Segment Anything"),
            paper("seg", "Segment Anything in Medical Images"),
            paper("other", "Anything but segmentation: a survey"),
            paper("bert", "Pre-training of Deep Bidirectional Transformers for Language Understanding"),
            paper("bert2", "Deep Transformers for Language Understanding"));

    private static final Searcher SEARCHER = Searcher.inMemory(LIST, Synonyms.configured());

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(10).build());
    }

    @Test
    void aNameTheListNeverWritesFindsThePaperThatIntroducedIt() {
        SearchResult gin = search("GIN");
        assertEquals("gin", gin.hits().get(0).entry().id());
        assertEquals(1, gin.total(), "only the paper whose whole title is GIN's, not a longer title holding it");
        assertTrue(gin.interpreted().contains(new Interpretation("GIN", "How Powerful are Graph Neural Networks?", Interpretation.KNOWN)),
                gin.interpreted().toString());
        assertEquals("scvi", search("scVI").hits().get(0).entry().id());
        // the title without its leading name ("BERT: Pre-training of …" written as "Pre-training of …")
        assertEquals("bert", search("BERT").hits().get(0).entry().id());
    }

    @Test
    void aTitleWrittenALittleDifferentlyStillMeetsTheName() {
        List<Entry> list = List.of(
                paper("medpalm", "Toward expert-level medical question answering with large language models"),
                paper("qa", "Expert-Level Question Answering with Large Language Models"),
                paper("stagate", "Deciphering spatial domains from spatially resolved transcriptomics with adaptive graph attention auto-encoder"),
                paper("sd", "Deciphering spatial domains with graph attention"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            // "Towards Expert-Level Medical …" in the names file: Toward / Towards and the case are no difference
            SearchResult medpalm = s.search(FullRequests.of("Med-PaLM 2"));
            assertEquals("medpalm", medpalm.hits().get(0).entry().id());
            assertTrue(medpalm.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.KNOWN)), medpalm.interpreted().toString());
            // "… with an adaptive graph attention auto-encoder": a small word left out is no difference either
            assertEquals("stagate", s.search(FullRequests.of("STAGATE")).hits().get(0).entry().id());
            // a title missing a word of the paper's is another paper: not named, so it does not come first
            SearchResult stagate = s.search(FullRequests.of("STAGATE deciphering spatial domains"));
            assertEquals("stagate", stagate.hits().get(0).entry().id());
        }
        try (Searcher s = Searcher.inMemory(List.of(
                paper("qa", "Towards Expert-Level Question Answering with Large Language Models"),
                paper("other", "Medical Question Answering")), Synonyms.configured())) {
            assertTrue(s.search(FullRequests.of("Med-PaLM 2")).interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.KNOWN)));
        }
        assertEquals("toward expert level medical question answering large language model",
                io.litindex.index.Acronyms.looseTitle("Towards Expert-Level Medical Question Answering with Large Language Models"));
        assertEquals("", io.litindex.index.Acronyms.looseTitle("Segment Anything"), "a short title is compared whole");
    }

    @Test
    void aNameAlsoFindsItsLaterVersionsBelowItself() {
        List<Entry> list = List.of(
                paper("t1", "Tacotron: Towards End-to-End Speech Synthesis"),
                paper("t2", "Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions"),
                paper("pt", "Towards End-to-End Prosody Transfer for Expressive Speech Synthesis with Tacotron"),
                paper("tts", "Natural TTS Synthesis with Diffusion"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            assertEquals(List.of("t1", "t2", "pt"), s.search(FullRequests.of("Tacotron")).hits().stream().map(h -> h.entry().id()).toList());
            // the version typed finds its own paper first
            assertEquals("t2", s.search(FullRequests.of("Tacotron 2")).hits().get(0).entry().id());
        }
        KnownNames names = KnownNames.parse("test", "Zorb 2\tZorb Two Title\nZorbV3\tZorb Three Title\nZorb-1b\tZorb One B Title\nZorb\tZorb One\nR2D2\tRecurrent Replay\n");
        assertEquals(List.of("Zorb One B Title", "Zorb Three Title", "Zorb Two Title"),
                names.laterVersions("zorb").stream().sorted().toList());
        assertEquals(List.of(), names.laterVersions("r2"), "a digit inside a name is no version");
    }

    @Test
    void aWordIsNoLaterVersionOfItself() {
        // the part before a version is a name only when the file knows it or writes it as a name is written
        KnownNames names = KnownNames.parse("test", "Zorbmarket-1501\tZorb Benchmark Title\nMarket-1501\tScalable Person Re-identification: A Benchmark\n"
                + "ZRB-2\tZorb Two Title\nMiniZorb-4\tMini Zorb Four Title\nUAV123\tA Benchmark and Simulator for UAV Tracking\n");
        assertEquals(List.of(), names.laterVersions("market"), "Market is a word, not a name");
        assertEquals(List.of(), names.laterVersions("zorbmarket"), "nor is a word in lower case without digits");
        assertEquals(List.of("Zorb Two Title"), names.laterVersions("ZRB"), "capitals make a name");
        assertEquals(List.of("Mini Zorb Four Title"), names.laterVersions("MiniZorb"), "a capital inside makes a name");
        assertEquals(List.of(), names.laterVersions("UA"), "a v glued to a name takes one or two digits: UAV123 is no UA");
        assertEquals(List.of("Scalable Person Re-identification: A Benchmark"), names.titles("Market-1501"));
        List<Entry> list = List.of(
                paper("m1501", "Scalable Person Re-identification: A Benchmark"),
                paper("stock", "Stock Market Prediction with Zorb Networks"),
                paper("basket", "Market Basket Analysis with Zorbs"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult market = s.search(FullRequests.builder().query("market").limit(10).build());
            assertEquals(java.util.Set.of("stock", "basket"), market.hits().stream().map(h -> h.entry().id()).collect(java.util.stream.Collectors.toSet()),
                    market.interpreted().toString());
            assertTrue(market.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.KNOWN)), market.interpreted().toString());
            assertEquals("m1501", s.search(FullRequests.of("Market-1501")).hits().get(0).entry().id());
        }
    }

    @Test
    void theShippedFileNamesKosmosThoughItIsNoNameShapedBase() {
        // the later-version rule no longer reads "Kosmos" for Kosmos-1 (a word in lower case after its first letter),
        // so the shipped file names it
        KnownNames names = KnownNames.configured();
        assertEquals(List.of("Language Is Not All You Need: Aligning Perception with Language Models"), names.titles("Kosmos"));
        assertEquals(names.titles("Kosmos"), names.titles("Kosmos-1"));
    }

    @Test
    void plusSignsMakeANameOfTheirOwn() {
        KnownNames names = KnownNames.parse("test", "Zorb\tZorb One\nZorb++\tZorb Two Title\nZorbNet v3+\tZorbNet Plus Title\n");
        assertEquals(List.of("Zorb One"), names.titles("zorb"));
        assertEquals(List.of("Zorb Two Title"), names.titles("Zorb++"));
        assertEquals(List.of("ZorbNet Plus Title"), names.titles("zorbnet v3+"));
        assertEquals(List.of(), names.titles("zorbnet v3"));
        assertEquals(List.of(), names.laterVersions("zorbnet"), "a name ending in a plus is no version");
        List<Entry> list = List.of(
                paper("svdpp", "Factorization Meets the Neighborhood: a Multifaceted Collaborative Filtering Model"),
                paper("svd", "Fast Randomized SVD for Zorb Matrices"),
                paper("lsa", "Incremental Singular Value Decomposition of Zorbs"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult svd = s.search(FullRequests.builder().query("svd").limit(10).build());
            assertFalse(svd.hits().stream().anyMatch(h -> h.entry().id().equals("svdpp")), "SVD is not SVD++: " + svd.interpreted());
            assertEquals("svdpp", s.search(FullRequests.of("SVD++")).hits().get(0).entry().id());
            assertEquals("svdpp", s.search(FullRequests.of("SVD++ collaborative filtering")).hits().get(0).entry().id());
        }
    }

    @Test
    void aRunOfWordsIsAKnownNameToo() {
        // "Segment Anything" is SAM's title: SAM itself finds it, and the two-word name puts it first
        assertEquals("sam", search("SAM").hits().get(0).entry().id());
        assertEquals("sam", search("Segment Anything").hits().get(0).entry().id());
    }

    @Test
    void anUnknownWordIsNotReadAsAName() {
        SearchResult r = search("graph neural networks");
        assertTrue(r.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.KNOWN)), r.interpreted().toString());
        assertFalse(KnownNames.configured().titles("GIN").isEmpty());
        assertTrue(KnownNames.configured().titles("graph").isEmpty());
        assertTrue(KnownNames.configured().size() > 300, "hundreds of names across fields");
    }

    @Test
    void namesAreComparedAsEntryNames() {
        KnownNames names = KnownNames.parse("test", "# comment\nU-Net|UNet\tU-Net: Convolutional Networks for Biomedical Image Segmentation\n");
        assertEquals(List.of("U-Net: Convolutional Networks for Biomedical Image Segmentation"), names.titles("u net"));
        assertEquals(names.titles("U Net"), names.titles("unet"));
    }

    @Test
    void aMalformedLineNamesItsSourceAndLine() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KnownNames.parse("my-names.tsv", "GIN\tHow Powerful\nno tab here\n"));
        assertTrue(e.getMessage().startsWith("my-names.tsv:2: "), e.getMessage());
    }
}
