package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.index.Acronyms;
import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Query words read beyond their written form (issue 17), each on a small list written here: a misspelled
 * word among good ones, an acronym the list defines, one spelled by title initials, one from the shipped
 * file, joined and split forms, and exact names first; a correctly spelled query is not changed.
 */
class WordReadingsTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    /** A list where many entries share the query's good words, so only the reading decides the top. */
    private static final List<Entry> AERIAL = List.of(
            paper("seg", "Semantic Segmentation of Aerial Images with Transformers"),
            paper("det1", "Object Detection in Aerial Images at Scale"),
            paper("det2", "Rotated Detectors for Aerial Images"),
            paper("cap", "Captioning Aerial Images with Language Models"),
            paper("ret", "Retrieval of Aerial Images by Text"),
            paper("cls", "Scene Classification of Aerial Images"),
            paper("cnt", "Counting Vehicles in Aerial Images"),
            paper("seg2", "Instance Segmentation for Street Scenes"),
            paper("sr", "Image Super-Resolution with Deep Residual Networks"),
            paper("sr2", "Superresolution of Satellite Imagery by Diffusion"),
            paper("pt", "Self-Supervised Pre-Training for Satellite Imagery"),
            paper("vae", "Variational Autoencoders for Land Cover Mapping"),
            paper("gsl", "Towards Robust Graph Structure Learning for Noisy Graphs"),
            paper("gl", "Graph Learning Meets Satellite Images"),
            paper("sl", "Structured Prediction for Scene Labels"),
            paper("sag", "Self-Attention Graph Pooling (SAGPool)"),
            paper("sag2", "Revisiting Self-Attention Graph Pooling on Molecules"),
            paper("pool", "Graph Pooling with Attention"));

    private static final Searcher SEARCHER = Searcher.inMemory(AERIAL, Synonyms.configured());

    private static SearchResult search(String query) {
        return SEARCHER.search(FullRequests.builder().query(query).limit(10).build());
    }

    private static List<String> top(String query, int n) {
        List<String> ids = search(query).hits().stream().map(h -> h.entry().id()).collect(Collectors.toList());
        return ids.subList(0, Math.min(n, ids.size()));
    }

    private static List<String> how(String query) {
        return search(query).interpreted().stream().map(i -> i.word() + "->" + i.readAs() + " (" + i.how() + ")").toList();
    }

    @Test
    void aMisspelledWordAmongGoodOnesIsCorrected() {
        assertEquals("seg", top("segmentaton of aerial images", 3).get(0));
        assertTrue(search("segmentaton of aerial images").interpreted()
                .contains(new Interpretation("segmentaton", "segmentation", Interpretation.TYPO)), how("segmentaton of aerial images").toString());
        // two edits from eight letters: "segmnetation"
        assertTrue(top("segmnetation aerial", 3).contains("seg"));
    }

    @Test
    void aCorrectlySpelledQueryIsNotChanged() {
        SearchResult result = search("segmentation of aerial images");
        assertEquals(List.of(), result.interpreted());
        assertEquals("seg", result.hits().get(0).entry().id());
        // a known word near another known word stays itself: "images" is not read as "imagery"
        assertTrue(search("satellite images").interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.TYPO)));
    }

    @Test
    void anAcronymDefinedInTheListFindsItsLongForm() {
        List<String> top = top("SAGPool", 3);
        assertTrue(top.contains("sag2"), "the entry spelling out Self-Attention Graph Pooling: " + top);
        assertTrue(how("SAGPool").contains("SAGPool->self attention graph pooling (" + Interpretation.DEFINED + ")"), how("SAGPool").toString());
    }

    @Test
    void anAcronymByTitleInitials() {
        List<String> top = top("GSL", 3);
        assertEquals("gsl", top.get(0), "Graph Structure Learning: " + top);
        assertTrue(how("GSL").contains("GSL->initials of title words (" + Interpretation.INITIALS + ")"));
        // a lower-case word is not read as initials
        assertTrue(search("gsl").interpreted().isEmpty());
    }

    @Test
    void anAcronymFromTheShippedFile() {
        List<String> top = top("VAE land cover", 3);
        assertEquals("vae", top.get(0), top.toString());
        assertEquals("vae", top("VAE", 1).get(0));
        assertTrue(search("VAE").interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.SYNONYM)));
    }

    @Test
    void aShippedLongFormIsFoundWithAWordPutInOrLeftOut() {
        List<Entry> list = List.of(
                paper("gat", "Deeply Learning Molecular Structure-Property Relationships Using Graph Attention Neural Network"),
                paper("ood", "Unsupervised 3D Out-of-Distribution Detection with Latent Diffusion Models"),
                paper("att", "Attention Is All You Need for Graph Classification"),
                paper("net1", "Neural Network Pruning for Graphs"),
                paper("net2", "Graph Neural Network Benchmarks"),
                paper("det", "Anomaly Detection in Brain MRI with Diffusion Models"),
                paper("det2", "Lesion Detection with Diffusion Models"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            // GAT: graph attention network, written with "neural" inside
            assertEquals("gat", s.search(FullRequests.of("GAT")).hits().get(0).entry().id());
            // OOD: out of distribution, written with "of" (a small word the rule leaves out)
            SearchResult ood = s.search(FullRequests.of("OOD detection"));
            assertEquals("ood", ood.hits().get(0).entry().id());
            // the reading is shown as the rule writes it, not as stems
            assertTrue(ood.interpreted().contains(new Interpretation("OOD", "out of distribution", Interpretation.SYNONYM)), ood.interpreted().toString());
        }
    }

    @Test
    void aSynonymReadingShowsTheWordsAsWritten() {
        assertTrue(search("VAE").interpreted().contains(new Interpretation("VAE", "variational autoencoder", Interpretation.SYNONYM)),
                search("VAE").interpreted().toString());
    }

    @Test
    void joinedAndSplitFormsMeet() {
        // typed joined, written hyphenated
        assertTrue(top("superresolution", 3).contains("sr"), top("superresolution", 3).toString());
        assertTrue(how("superresolution").contains("superresolution->super resolution (" + Interpretation.SPLIT + ")"));
        // typed split or hyphenated, written joined
        assertTrue(top("super resolution", 3).contains("sr2"));
        assertTrue(top("super-resolution", 3).contains("sr2"));
        assertTrue(how("super resolution").contains("super resolution->superresolution (" + Interpretation.JOINED + ")"));
        // pretraining typed joined finds Pre-Training
        assertTrue(top("pretraining satellite", 3).contains("pt"));
    }

    @Test
    void aSplitQueryFindsAJoinedWordTheListWritesOnlyInThePlural() {
        // "hyper network" typed split; the list writes "Hypernetworks" only, and "Hyper-" and "Network" elsewhere
        List<Entry> list = List.of(
                Entry.builder("hn", "Continual Learning with Hypernetworks").build(),
                Entry.builder("hl", "Hyper-LifelongGAN: Scalable Lifelong Learning for Image Conditioned Generation").build(),
                Entry.builder("pn", "Progressive Neural Networks").build(),
                Entry.builder("pk", "PackNet: Adding Multiple Tasks to a Single Network by Iterative Pruning").build(),
                Entry.builder("eg", "Expert Gate: Lifelong Learning with a Network of Experts").build());
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult r = s.search(FullRequests.of("hyper network"));
            assertEquals("hn", r.hits().get(0).entry().id());
            assertTrue(r.interpreted().contains(new Interpretation("hyper network", "hypernetwork", Interpretation.JOINED)), r.interpreted().toString());
        }
    }

    @Test
    void aJoinedWordTheListAlsoWritesJoinedStillFindsItsHyphenatedForm() {
        // "Finetuning" is in every entry's heading, so the joined word is common; titles write "Fine-tuning"
        List<Entry> list = List.of(
                Entry.builder("ulm", "Universal Language Model Fine-tuning for Text Classification").section("Finetuning").build(),
                Entry.builder("m1", "Masking as an Alternative to Finetuning").section("Finetuning").build(),
                Entry.builder("a1", "Adapters for Language Models").section("Finetuning").build(),
                Entry.builder("a2", "Prompts for Language Models").section("Finetuning").build(),
                Entry.builder("a3", "Distilling Language Models").section("Finetuning").build(),
                Entry.builder("a4", "Scaling Language Models").section("Finetuning").build(),
                Entry.builder("ks", "Adaptive Mask-guided K-space Diffusion for Accelerated MRI").build(),
                Entry.builder("sp", "Latent Space Diffusion for MRI").build(),
                Entry.builder("sp2", "Diffusion in Image Space").build());
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            assertEquals("ulm", s.search(FullRequests.of("finetuning language models")).hits().get(0).entry().id());
            // a one-letter first part, for a word the list never writes joined
            SearchResult k = s.search(FullRequests.of("kspace diffusion"));
            assertEquals("ks", k.hits().get(0).entry().id());
            assertTrue(k.interpreted().contains(new Interpretation("kspace", "k space", Interpretation.SPLIT)), k.interpreted().toString());
            // a word of the vocabulary whose parts never stand side by side is not split
            assertTrue(s.search(FullRequests.of("adapters")).interpreted().isEmpty());
        }
    }

    @Test
    void aTypoIsReadOnceWhenTwoCorrectionsStemAlike() {
        // "instrution" is one edit from instruction and two from instructions: both stem to "instruct", and
        // reading both would count the word's stemmed text twice against the query's other words
        List<Entry> list = List.of(
                paper("vit", "Visual Instruction Tuning"),
                paper("ins", "Instructions Are All You Need for Multimodal Models"),
                paper("tun", "Efficient Tuning of Vision Transformers"),
                paper("seg", "Image Segmentation with Transformers"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult r = s.search(FullRequests.of("instrution tuning"));
            assertEquals(List.of(new Interpretation("instrution", "instruction", Interpretation.TYPO)),
                    r.interpreted().stream().filter(i -> i.how().equals(Interpretation.TYPO)).toList());
            assertEquals("vit", r.hits().get(0).entry().id());
        }
    }

    @Test
    void aWordOfOtherSpellingAloneFindsTheClosestSpelling() {
        List<Entry> list = List.of(
                paper("mem1", "Investigating Data Memorization in Latent Diffusion Models"),
                paper("mem2", "Mitigating Memorization in Medical Diffusion Models"),
                paper("eff1", "Memory-efficient Processing of 3D Medical Images"),
                paper("seg", "Medical Image Segmentation with Diffusion Models"),
                paper("gen", "Medical Image Generation with Diffusion Models"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            List<String> top = s.search(FullRequests.of("memorisation")).hits().stream().map(h -> h.entry().id()).limit(2).toList();
            assertEquals(java.util.Set.of("mem1", "mem2"), java.util.Set.copyOf(top));
        }
    }

    @Test
    void aCodeRepositoryNamedLikeAModelNamesItsEntry() {
        List<Entry> list = List.of(
                Entry.builder("sag", "Self-Attention Graph Pooling").link("code", "https://github.com/inyeoplee77/SAGPool").build(),
                paper("sag2", "Understanding Self-Attention Graph Pooling on Molecules"),
                paper("pool1", "Graph Pooling with Attention"),
                paper("pool2", "Attention-based Graph Pooling for Proteins"),
                Entry.builder("dg", "An End-to-End Deep Learning Architecture for Graph Classification")
                        .link("code", "https://github.com/muhanzhang/pytorch_DGCNN").build(),
                Entry.builder("bench", "Benchmarking Graph Neural Networks").link("code", "https://github.com/graphdeeplearning/benchmarking-gnns").build(),
                paper("cls", "Graph Classification with Deep Learning"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            List<String> sag = s.search(FullRequests.of("SAGPool")).hits().stream().map(h -> h.entry().id()).toList();
            assertEquals("sag", sag.get(0), sag.toString());
            // the repository's name spelled by the title's words is a definition, found in other titles too
            assertTrue(sag.subList(0, Math.min(3, sag.size())).contains("sag2"), sag.toString());
            // a framework word beside the name is left out
            assertEquals("dg", s.search(FullRequests.of("DGCNN")).hits().get(0).entry().id());
        }
        assertEquals("SAGPool", Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/inyeoplee77/SAGPool")));
        assertEquals("DGCNN", Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/muhanzhang/pytorch_DGCNN/")));
        // lower-case names name a topic or a library, several words a description
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/graphdeeplearning/benchmarking-gnns")));
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/huggingface/transformers")));
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/x/Graph-U-Nets")));
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("paper", "https://arxiv.org/abs/1904.08082")));
        // two capitalised parts, one an acronym in capitals, are one hyphenated name; two words are not
        assertEquals("ST-LLM", Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/ChenxiLiu-HNU/ST-LLM")));
        assertEquals("Time-LLM", Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/KimMeen/Time-LLM")));
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/x/Graph-Nets")));
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/x/awesome-LLM")));
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/x/LLM_Survey")));
        assertEquals(null, Acronyms.repositoryName(java.util.Map.of("code", "https://github.com/x/LLM-Survey")));
    }

    @Test
    void aOneWordRepositoryNameNoOtherEntryWritesNamesItsEntry() {
        List<Entry> list = List.of(
                Entry.builder("fm", "A Decoder-Only Foundation Model for Lattice Forecasting")
                        .link("code", "https://github.com/quiet-research/zorbfm/").build(),
                paper("fm2", "Foundation Models for Lattice Forecasting: A Survey"),
                paper("fm3", "Forecasting Quiet Lattices with a Decoder"),
                Entry.builder("tr", "Lattice Transformers for Forecasting").link("code", "https://github.com/x/transformers").build(),
                paper("tr2", "Transformers Are Lattice Forecasters"),
                Entry.builder("kb", "Kernel Baselines for Lattices").link("code", "https://github.com/y/kertbase").build(),
                Entry.builder("kb2", "Another Look at Lattice Kernels").note("compared with kertbase").build(),
                Entry.builder("gl", "Gluing Lattices").link("code", "https://github.com/z/gluon-pytorch").build(),
                paper("gl2", "Gluing Quiet Things Together"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            for (String typed : List.of("ZorbFM", "zorbfm")) {
                SearchResult r = s.search(FullRequests.of(typed));
                assertEquals("fm", r.hits().get(0).entry().id(), typed);
                assertTrue(r.interpreted().contains(new Interpretation(typed, "zorbfm", Interpretation.REPOSITORY)), r.interpreted().toString());
            }
            // a framework word beside the name is left out: gluon-pytorch is gluon
            assertEquals("gl", s.search(FullRequests.of("gluon")).hits().get(0).entry().id());
            // a word other entries write is a word of the list, not the repository's name: no reading, no name score
            SearchResult transformers = s.search(FullRequests.of("transformers"));
            assertTrue(transformers.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.REPOSITORY)), transformers.interpreted().toString());
            SearchResult kertbase = s.search(FullRequests.of("kertbase"));
            assertTrue(kertbase.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.REPOSITORY)), kertbase.interpreted().toString());
            assertEquals("kb2", kertbase.hits().get(0).entry().id(), "the entry writing the word ranks as before");
        }
        List<io.litindex.model.Link> timesfm = List.of(new io.litindex.model.Link("code", "https://github.com/google-research/timesfm/", null));
        assertEquals("timesfm", Acronyms.repositoryWord(timesfm));
        assertEquals(null, Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/x/SAGPool", null))),
                "a name of two capitals is a name already");
        assertEquals(null, Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/x/models", null))));
        assertEquals(null, Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/x/paper-code", null))));
        assertEquals(null, Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/x/chronos-forecasting", null))),
                "two words are a description");
        assertEquals(null, Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/Nixtla/nixtla", null))),
                "a repository named as its owner names the owner");
    }

    @Test
    void aRepositoryNameWithAGluedYearOrAVersionStillNamesItsEntry() {
        List<Entry> list = List.of(
                Entry.builder("inf", "Beyond Efficient Attention for Long Lattice Forecasting")
                        .link("code", "https://github.com/quiet/Zorbformer2021").build(),
                Entry.builder("v2", "Faster Lattice Kernels, Revisited").link("code", "https://github.com/y/kertnet-v2").build(),
                paper("a", "Efficient Attention for Lattices"),
                paper("b", "Long Lattice Forecasting with Kernels"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult r = s.search(FullRequests.of("Zorbformer"));
            assertEquals(List.of("inf"), r.hits().stream().map(h -> h.entry().id()).toList());
            assertTrue(r.interpreted().contains(new Interpretation("Zorbformer", "zorbformer", Interpretation.REPOSITORY)), r.interpreted().toString());
            assertEquals("v2", s.search(FullRequests.of("kertnet")).hits().get(0).entry().id());
        }
        assertEquals("esm", Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/facebookresearch/esm", null))),
                "three letters are a name too (ESM, PNA): the list's vocabulary decides at query time");
        assertEquals("informer", Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/zhouhaoyi/Informer2020", null))));
        assertEquals("nips2017", Acronyms.repositoryWord(List.of(new io.litindex.model.Link("code", "https://github.com/c-hofer/nips2017", null))),
                "a venue's year names a conference's code, not a model");
        assertEquals("DGCNN", Acronyms.repositoryName(List.of(new io.litindex.model.Link("code", "https://github.com/x/DGCNN2019", null))));
        assertEquals(null, Acronyms.repositoryName(List.of(new io.litindex.model.Link("code", "https://github.com/x/PointCLIP_V2", null))),
                "a version is part of a model-shaped name: PointCLIP is another model");
    }

    @Test
    void aNameBlendedFromTheBeginningsOfTitleWords() {
        List<Entry> list = List.of(
                paper("diff", "Hierarchical Graph Representation Learning with Differentiable Pooling"),
                paper("p1", "Graph Pooling with Attention"),
                paper("p2", "Differentiable Architecture Search for Graphs"),
                paper("p3", "Pooling Differentiable Features in Graphs"),
                paper("p4", "Deep Pooling for Images"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult r = s.search(FullRequests.of("DiffPool"));
            assertEquals("diff", r.hits().get(0).entry().id());
            assertTrue(r.interpreted().contains(new Interpretation("DiffPool", "title words diff… pool…", Interpretation.INITIALS)), r.interpreted().toString());
            // a lower-case word has no pieces to read
            assertTrue(s.search(FullRequests.of("diffpool")).interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.INITIALS)));
        }
        assertEquals(List.of("S", "A", "G", "Pool"), Queries.blendPieces("SAGPool"));
        assertEquals(List.of("Caps", "G", "N", "N"), Queries.blendPieces("CapsGNN"));
        assertEquals(null, Queries.blendPieces("GANs"));
        assertEquals(null, Queries.blendPieces("Pooling"));
    }

    @Test
    void aNameWritingADigitForASmallWordByTitleInitials() {
        List<Entry> list = List.of(
                paper("ge2e", "Generalized End-to-End Loss for Speaker Verification"),
                paper("glued", "A Generalized end2end Objective for Keyword Spotting"),
                paper("gee", "Generalized Embedding Extraction for Speaker Verification"),
                paper("e2e", "End-to-End Speaker Diarization"),
                paper("t2v", "Text-to-Video Generation with Diffusion Models"),
                paper("tv", "Text Video Retrieval at Scale"),
                paper("llm4r", "Large Language Models for Recommendation: A Survey"),
                paper("llmr", "Large Language Model Reranking of Passages"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            // "2" is "to" (End-to-End) or the digit of a glued word (end2end); initials without it are not read
            SearchResult ge2e = s.search(FullRequests.of("GE2E"));
            assertEquals(Set.of("ge2e", "glued"), ge2e.hits().stream().map(h -> h.entry().id()).collect(Collectors.toSet()));
            assertTrue(ge2e.interpreted().contains(new Interpretation("GE2E", "initials of title words", Interpretation.INITIALS)), ge2e.interpreted().toString());
            // a blended name around a digit: its pieces begin the title words, the digit is the small word
            assertEquals("t2v", s.search(FullRequests.of("Text2Video")).hits().get(0).entry().id());
            assertEquals(List.of("t2v"), s.search(FullRequests.of("Text2Video")).hits().stream().map(h -> h.entry().id()).toList());
            assertEquals(List.of("llm4r"), s.search(FullRequests.of("LLM4Rec")).hits().stream().map(h -> h.entry().id()).toList());
        }
        assertEquals(List.of("Seq", "2", "Seq"), Queries.blendPieces("Seq2Seq"));
        assertEquals(List.of("L", "L", "M", "4", "Rec"), Queries.blendPieces("LLM4Rec"));
        assertEquals(null, Queries.blendPieces("Llama2"));
    }

    @Test
    void anAcronymBuiltOnAnAcronymByTitleInitials() {
        List<Entry> list = List.of(
                paper("ldpet", "Diffusion Models for Low-Dose PET Image Reconstruction"),
                paper("ldct", "Low-Dose CT Denoising with Diffusion Models"),
                paper("pet", "PET Image Synthesis from MRI"),
                paper("ld", "Learning Dynamics of Diffusion Models"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            assertEquals("ldpet", s.search(FullRequests.of("LDPET")).hits().get(0).entry().id());
        }
        Set<String> ldpet = Acronyms.initials("Low-Dose PET Image Reconstruction");
        assertTrue(List.of("ldpet", "ldp", "ldpir").stream().allMatch(i -> Acronyms.spells(ldpet, i)));
        assertTrue(Acronyms.spells(Acronyms.initials("Cone-Beam CT Artifacts"), "cbct"));
        assertEquals("3dgs", Queries.capitalInitials("3DGS"));
        assertEquals(null, Queries.capitalInitials("Graph"));
    }

    @Test
    void anotherFormOfAWordThatStemsApart() {
        List<Entry> list = List.of(
                paper("gen", "Generative Models for Small Molecular Graphs"),
                paper("pol", "Policy Networks for Molecular Graph Generation"),
                paper("img", "Image Generation with Graph Priors"),
                paper("txt", "Text Generation from Knowledge Graphs"),
                paper("mol", "Molecule Property Prediction from Graphs"),
                paper("syn", "Synthesizing PET Images from MR Images"),
                paper("pet", "PET Image Reconstruction with Priors"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult r = s.search(FullRequests.of("molecule generation"));
            assertEquals("pol", r.hits().get(0).entry().id(), r.hits().toString());
            assertTrue(r.interpreted().contains(new Interpretation("molecule", "molecular", Interpretation.FORM)), r.interpreted().toString());
            assertEquals("syn", s.search(FullRequests.of("PET synthesis")).hits().get(0).entry().id());
            // a short stem is left alone: graph is not read as another word
            assertTrue(s.search(FullRequests.of("graph")).interpreted().isEmpty());
        }
    }

    @Test
    void aWordTypedAsANameHasNoOtherForms() {
        List<Entry> list = List.of(
                paper("vl", "InternVL: Scaling up Vision Foundation Models and Aligning for Generic Visual-Linguistic Tasks"),
                paper("vid", "InternVid: A Large-scale Video-Text Dataset for Multimodal Understanding and Generation"),
                paper("vid2", "Video Understanding with InternVid Pretraining"),
                paper("vid3", "InternVid Captions for Video Generation"),
                paper("other", "Scaling Vision Transformers"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult named = s.search(FullRequests.of("InternVL"));
            assertTrue(named.interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.FORM)), named.interpreted().toString());
            assertEquals(List.of("vl"), named.hits().stream().map(h -> h.entry().id()).toList());
            // typed in lower case it is a word, but InternVid is a name the titles write as a compound, no form of it
            // (formname, ranking-17; before it, "internvl" read "internvid" as its other form)
            assertTrue(s.search(FullRequests.of("internvl")).interpreted().stream().noneMatch(i -> i.how().equals(Interpretation.FORM)));
        }
    }

    @Test
    void anExactShortNameComesFirst() throws Exception {
        List<Entry> models = List.of(
                Entry.builder("llava", "Visual Instruction Tuning").alias("LLaVA").build(),
                paper("rs-llava", "RS-LLaVA: A Large Vision-Language Model for Joint Captioning and Question Answering in Remote Sensing Imagery with LLaVA"),
                paper("llava-med", "LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in One Day"),
                paper("geochat", "GeoChat: Grounded Large Vision-Language Model for Remote Sensing"),
                paper("chat", "Chat with Remote Sensing Images: A LLaVA Study"),
                paper("bert", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"),
                paper("albert", "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations"),
                paper("distil", "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter"),
                paper("pkd", "Patient Knowledge Distillation for BERT Model Compression with BERT Teachers"));
        try (Searcher s = Searcher.inMemory(models, Synonyms.configured())) {
            assertEquals("llava", s.search(FullRequests.of("llava")).hits().get(0).entry().id());
            assertEquals("bert", s.search(FullRequests.of("bert")).hits().get(0).entry().id());
            assertEquals("geochat", s.search(FullRequests.of("geochat")).hits().get(0).entry().id());
            assertEquals("albert", s.search(FullRequests.of("ALBERT")).hits().get(0).entry().id());
        }
    }

    @Test
    void schwartzHearstDefinitions() {
        assertEquals(List.of(new Acronyms.Definition("sagpool", "self attention graph pooling")),
                Acronyms.definitions("Self-Attention Graph Pooling (SAGPool)", null, List.of()));
        assertEquals(List.of(new Acronyms.Definition("bert", "bidirectional encoder representations from transformers")),
                Acronyms.definitions("BERT: Bidirectional Encoder Representations from Transformers", null, List.of()));
        assertEquals(List.of(new Acronyms.Definition("gin", "graph isomorphism network")),
                Acronyms.definitions("How Powerful are Graph Neural Networks?", "Proposes the Graph Isomorphism Network (GIN).", List.of()));
        // a leading name whose letters the title's first words do not spell is no definition
        assertEquals(List.of(), Acronyms.definitions("GeoChat: Grounded Large Vision-Language Model for Remote Sensing", null, List.of()));
        // an alias spelled by the title's first words
        assertEquals(List.of(new Acronyms.Definition("lstm", "long short term memory")),
                Acronyms.definitions("Long Short-Term Memory", null, List.of("LSTM")));
        assertTrue(Acronyms.spells(Acronyms.initials("Generative Adversarial Networks for Graphs"), "gan"));
        assertEquals("geochat", Acronyms.nameKey(Acronyms.leadingName("GeoChat: Grounded Large Vision-Language Model")));
        assertEquals("rs llava", Acronyms.nameKey("RS-LLaVA"));
    }
    @Test
    void aShortNameInCapitalsAlsoFindsTheLongerNamesItBeginsBelowItself() {
        List<Entry> list = List.of(
                paper("zqva", "ZQVA: Question Answering on Aerial Scenes"),
                paper("zqvaxben", "ZQVAxBEN: A Large-Scale Benchmark of Questions on Satellite Scenes"),
                paper("street", "Question Answering over Street Scenes"),
                paper("zated", "Zated Units for Sequence Models"),
                paper("zat", "Counting with ZAT Layers"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            SearchResult named = searcher.search(FullRequests.builder().query("ZQVA").limit(10).build());
            assertEquals(List.of("zqva", "zqvaxben"), named.hits().stream().map(h -> h.entry().id()).toList(),
                    "the name itself first, then the longer name built on it, nothing else");
            assertTrue(named.interpreted().contains(new Interpretation("ZQVA", "zqvaxben", Interpretation.LONGER)), named.interpreted().toString());
            // the name with an English ending is a word, not a longer name (GAT is not gated)
            SearchResult word = searcher.search(FullRequests.builder().query("ZAT").limit(10).build());
            assertEquals(List.of("zat"), word.hits().stream().map(h -> h.entry().id()).toList());
            assertEquals(List.of(), word.interpreted());
        }
    }

    @Test
    void aWordAlsoFindsTheWordsOfItsFamilyTheStemmerLeavesApartBelowItself() {
        List<Entry> list = List.of(
                paper("ex1", "Explaining Text Classifiers by Rationales"),
                paper("ex2", "Explainable Link Prediction"),
                paper("ex3", "Counterfactual Explanations for Tabular Data"),
                paper("mol", "Text Classifiers for Reviews"),
                paper("sub", "Subgraph Mining at Scale"),
                paper("det", "Anomaly Detectors on Dynamic Graphs"),
                paper("comm", "Detection of Communities in Social Graphs"),
                paper("cit", "Community Structure in Citation Networks"),
                paper("mam", "Breast Cancer Detection in Screening Mammograms"),
                paper("scr", "Screening Programs and Screening Policy for Breast Cancer"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            // mammography / mammogram: the imaging method and its image, one family (Porter: mammographi, mammogram)
            SearchResult mammography = searcher.search(FullRequests.builder().query("mammography screening").limit(3).build());
            assertEquals("mam", mammography.hits().get(0).entry().id(), mammography.hits().toString());
            assertTrue(mammography.interpreted().contains(new Interpretation("mammography", "mammograms", Interpretation.FAMILY)),
                    mammography.interpreted().toString());
            // explanations / explaining: Porter stems them explan / explain; the family joins them below the word
            SearchResult explained = searcher.search(FullRequests.builder().query("text explanations").limit(3).build());
            assertEquals("ex1", explained.hits().get(0).entry().id(), "the title writing both words, one as another word of its family");
            assertTrue(explained.interpreted().contains(new Interpretation("explanations", "explainable", Interpretation.FAMILY)),
                    explained.interpreted().toString());
            // and the other way: explainable finds explanations, the title writing the word itself first
            SearchResult explainable = searcher.search(FullRequests.builder().query("explainable").limit(3).build());
            assertEquals("ex2", explainable.hits().get(0).entry().id());
            assertTrue(explainable.interpreted().contains(new Interpretation("explainable", "explanations", Interpretation.FAMILY)),
                    explainable.interpreted().toString());
            // detector / detection (the agent noun Porter keeps): the title with both of the query's words first
            SearchResult detector = searcher.search(FullRequests.builder().query("community detector").limit(3).build());
            assertEquals("comm", detector.hits().get(0).entry().id());
            assertTrue(detector.interpreted().contains(new Interpretation("detector", "detection", Interpretation.FAMILY)),
                    detector.interpreted().toString());
            // a correctly spelled ordinary query whose words have no family in the titles is read as typed
            SearchResult plain = searcher.search(FullRequests.builder().query("subgraph mining").limit(3).build());
            assertEquals("sub", plain.hits().get(0).entry().id());
            assertEquals(List.of(), plain.interpreted());
        }
    }

    @Test
    void aMisspelledWordInAnotherFormThanTheListsIsCorrectedByItsStem() {
        List<Entry> list = List.of(
                paper("geo", "GeoChat: Grounded Large Vision-Language Model for Remote Sensing"),
                paper("cap", "Remote Sensing Image Captioning with Transformers"),
                paper("chg", "Remote Sensing Change Detection with Siamese Networks"),
                paper("seg", "Semantic Segmentation of Remote Sensing Images"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            // grouding is two edits from every written word (grounded), but its stem groud is one from the titles' ground
            SearchResult r = searcher.search(FullRequests.builder().query("remote sensing grouding").limit(3).build());
            assertEquals("geo", r.hits().get(0).entry().id(), r.hits().toString());
            assertTrue(r.interpreted().contains(new Interpretation("grouding", "grounded", Interpretation.TYPO)), r.interpreted().toString());
            // a correctly spelled word is never read as another
            assertTrue(searcher.search(FullRequests.builder().query("remote sensing captioning").limit(3).build()).interpreted().stream()
                    .noneMatch(i -> i.how().equals(Interpretation.TYPO)));
        }
    }

    @Test
    void anAdjectiveInYOrAnAdverbInLyFindsItsBaseWord() {
        List<Entry> list = List.of(
                paper("noise", "Learning with Noise in Distantly Supervised Relation Extraction"),
                paper("joint", "Joint Extraction of Entities and Relations"),
                paper("rl", "Reinforcement Learning for Relation Classification"),
                paper("att", "Attention over Instances for Relation Extraction"),
                paper("student", "Self-Training with Noisy Student Improves ImageNet Classification"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            // Porter leaves noisy (noisi) and noise (nois) apart, and jointly (jointli) and joint
            SearchResult noisy = searcher.search(FullRequests.builder().query("noisy relation extraction").limit(3).build());
            assertEquals("noise", noisy.hits().get(0).entry().id(), noisy.hits().toString());
            assertTrue(noisy.interpreted().contains(new Interpretation("noisy", "noise", Interpretation.FAMILY)), noisy.interpreted().toString());
            SearchResult jointly = searcher.search(FullRequests.builder().query("jointly extracting entities relations").limit(3).build());
            assertEquals("joint", jointly.hits().get(0).entry().id(), jointly.hits().toString());
            assertTrue(jointly.interpreted().contains(new Interpretation("jointly", "joint", Interpretation.FAMILY)), jointly.interpreted().toString());
        }
    }

    @Test
    void aNounInMentFindsItsVerbWherePorterKeepsTheEnding() {
        List<Entry> list = List.of(
                paper("treat", "Learning When-to-Treat Zorb Policies"),
                paper("plain", "Zorb Policies from Logged Data"),
                paper("other", "Evaluating Policies Offline"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            // Porter stems treatment to treatment (its root has one vowel-consonant sequence) and treat to treat
            SearchResult treatment = searcher.search(FullRequests.builder().query("treatment zorb policies").limit(3).build());
            assertEquals("treat", treatment.hits().get(0).entry().id(), treatment.hits().toString());
            assertTrue(treatment.interpreted().contains(new Interpretation("treatment", "treat", Interpretation.FAMILY)),
                    treatment.interpreted().toString());
        }
    }

    @Test
    void aShortNameInCapitalsAlsoFindsTheCompoundsThatEndWithItButNoPlainWordHoldingItsLetters() {
        List<Entry> list = List.of(
                paper("qxvqa", "QXVQA: Questions on Aerial Scenes"),
                paper("cqxvqa", "CQXVQA: Change Questions over Aerial Scenes"),
                paper("street", "Questions over Street Scenes"),
                paper("zam", "ZAM: Segmenting Aerial Scenes"),
                paper("medzam", "MedZAM: Segmenting Medical Scans"),
                paper("zample", "Zample Selection for Aerial Scenes"),
                paper("zampling", "Zampling Aerial Scenes at Scale"));
        try (Searcher searcher = Searcher.inMemory(list, Synonyms.configured())) {
            // CQXVQA is split by the index as cqx + vqa, so the name inside it is found only by this reading
            SearchResult inside = searcher.search(FullRequests.builder().query("QXVQA").limit(10).build());
            assertEquals(List.of("qxvqa", "cqxvqa"), inside.hits().stream().map(h -> h.entry().id()).toList(),
                    "the name itself first, then the compound ending with it, nothing else");
            assertTrue(inside.interpreted().contains(new Interpretation("QXVQA", "cqxvqa", Interpretation.LONGER)), inside.interpreted().toString());
            // MedZAM is found by its part zam as it is; zample and zampling are plain words, no names beginning with ZAM
            SearchResult plain = searcher.search(FullRequests.builder().query("ZAM").limit(10).build());
            assertEquals(List.of("zam", "medzam"), plain.hits().stream().map(h -> h.entry().id()).toList());
            assertEquals(List.of(), plain.interpreted());
        }
    }
}
