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
