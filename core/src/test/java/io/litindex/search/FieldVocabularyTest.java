package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped vocabulary of fields (acronyms.txt, related-terms.txt) on small lists written here: remote sensing,
 * graphs, single-cell biology, medical imaging and vision-language titles that spell out what a user types short,
 * or write a topic with other words.
 */
class FieldVocabularyTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).build();
    }

    private static List<String> top(Searcher s, String query, int n) {
        return s.search(SearchRequest.builder().query(query).limit(n).build()).hits().stream().map(h -> h.entry().id()).toList();
    }

    private static final List<Entry> REMOTE_SENSING = List.of(
            paper("obb", "Learning Oriented Bounding Boxes for Ship Detection in Aerial Images"),
            paper("hbb", "Object Detection with Horizontal Boxes in Satellite Imagery"),
            paper("dtm", "Digital Terrain Model Generation from Airborne Point Clouds"),
            paper("lulc", "Land Cover Mapping with Sentinel-2 Time Series"),
            paper("cd", "Building Change Detection in Bitemporal Images"),
            paper("rot", "Arbitrary-Oriented Object Detection with Rotated Anchors"),
            paper("det", "A Transformer for Oriented Object Detection in Remote Sensing Images"),
            paper("seg", "Semantic Segmentation of Very High Resolution Aerial Images"));

    private static final List<Entry> GRAPHS = List.of(
            paper("ppr", "Predict then Propagate: Graph Neural Networks meet Personalized PageRank"),
            paper("sbm", "Community Detection in Stochastic Block Models with Graph Neural Networks"),
            paper("hin", "Embedding Heterogeneous Information Networks with Meta Paths"),
            paper("gcn", "Semi-Supervised Classification with Graph Convolutional Networks"),
            paper("pool", "Hierarchical Graph Representation Learning with Differentiable Pooling"),
            paper("het", "Heterogeneous Graph Attention for Recommendation"),
            paper("meta", "Metapath-Guided Aggregation over Multi-Relational Networks"));

    private static final List<Entry> SINGLE_CELL_AND_MEDICAL = List.of(
            paper("zinb", "A Zero-Inflated Negative Binomial Autoencoder for Single-Cell Counts"),
            paper("atlas", "Integrating Single-Cell Atlases across Donors"),
            paper("msi", "Predicting Microsatellite Instability from Whole Slide Images"),
            paper("ms", "Multispectral Image Fusion for Crop Monitoring"),
            paper("msi2", "MSI Status Classification with Weakly Supervised Learning"),
            paper("dce", "Dynamic Contrast-Enhanced MRI of the Breast with Deep Learning"),
            paper("ct", "Low-Dose CT Denoising with Diffusion Models"));

    private static final List<Entry> VISION_LANGUAGE = List.of(
            paper("tg", "Temporal Grounding of Natural Language in Long Videos"),
            paper("mr", "Moment Retrieval with Query-Dependent Video Representations"),
            paper("tl", "Temporal Localization of Actions with Language Queries"),
            paper("cap", "Dense Captioning of Untrimmed Videos"),
            paper("gui", "A GUI Agent for Desktop Automation"),
            paper("ui", "Grounding Natural Language Instructions to Mobile UI Elements"),
            paper("web", "Large Language Models as Planners for Household Tasks"),
            paper("dpo", "Aligning Multimodal Models with Preference Optimization on Image Feedback"),
            paper("dpo2", "Direct Preference Optimization for Vision Language Models"),
            paper("sft", "Supervised Fine-Tuning of Multimodal Models"));

    @Test
    void remoteSensingAcronymsFromTheFileFindTheirLongForms() {
        try (Searcher s = Searcher.inMemory(REMOTE_SENSING, Synonyms.configured());
                Searcher plain = Searcher.inMemory(REMOTE_SENSING, Synonyms.none())) {
            // typed lower case, so no reading by title initials: only the file's rule explains it
            assertEquals("obb", top(s, "obb ship", 3).get(0));
            assertTrue(top(s, "obb", 3).contains("obb"), top(s, "obb", 3).toString());
            assertEquals("dtm", top(s, "dtm", 3).get(0));
            assertTrue(s.search(SearchRequest.of("dtm")).interpreted()
                    .contains(new Interpretation("dtm", "digital terrain model", Interpretation.SYNONYM)));
            // without the rules the short forms find nothing
            assertEquals(0, plain.search(SearchRequest.of("dtm")).total());
            assertFalse(top(plain, "obb", 3).contains("obb"));
        }
    }

    @Test
    void graphAcronymsFromTheFileFindTheirLongForms() {
        try (Searcher s = Searcher.inMemory(GRAPHS, Synonyms.configured());
                Searcher plain = Searcher.inMemory(GRAPHS, Synonyms.none())) {
            assertEquals("ppr", top(s, "ppr", 3).get(0));
            assertEquals("sbm", top(s, "sbm community detection", 3).get(0));
            assertEquals("hin", top(s, "hin embedding", 3).get(0));
            assertEquals(0, plain.search(SearchRequest.of("ppr")).total());
            // the long form typed also finds a title writing the acronym (two-way rule)
            List<Entry> withShort = List.of(paper("short", "Fast PPR Approximation for Large Graphs"), paper("other", "Random Walks on Large Graphs"));
            try (Searcher t = Searcher.inMemory(withShort, Synonyms.configured())) {
                assertEquals("short", top(t, "personalized pagerank", 3).get(0));
            }
        }
    }

    @Test
    void singleCellAndMedicalAcronymsAndAnAmbiguousOneReadOneWay() {
        try (Searcher s = Searcher.inMemory(SINGLE_CELL_AND_MEDICAL, Synonyms.configured())) {
            assertEquals("zinb", top(s, "zinb", 3).get(0));
            assertEquals("dce", top(s, "dce mri", 3).get(0));
            // MSI means either; the short form finds both meanings …
            List<String> msi = top(s, "msi", 5);
            assertTrue(msi.containsAll(List.of("msi", "msi2", "ms")), msi.toString());
            // … and a long form is not read back as MSI, which would bring in the other meaning
            assertFalse(top(s, "multispectral image", 5).contains("msi2"), top(s, "multispectral image", 5).toString());
        }
    }

    @Test
    void aRelatedTermFindsTitlesWithoutTheTopicBelowTitlesWithIt() {
        try (Searcher s = Searcher.inMemory(VISION_LANGUAGE, Synonyms.configured())) {
            // video grounding: the field also writes moment retrieval and temporal localization
            SearchResult grounding = s.search(SearchRequest.builder().query("temporal grounding").limit(10).build());
            List<String> ids = grounding.hits().stream().map(h -> h.entry().id()).toList();
            assertEquals("tg", ids.get(0), ids.toString());
            assertTrue(ids.contains("mr"), "moment retrieval, no word of the query: " + ids);
            assertTrue(ids.indexOf("mr") > ids.indexOf("tg"));
            assertTrue(grounding.interpreted().contains(new Interpretation("temporal grounding", "moment retrieval", Interpretation.RELATED)),
                    grounding.interpreted().toString());
            assertFalse(ids.contains("cap"), "captioning is not grounding: " + ids);

            // GUI agents: the field also writes UI
            List<String> gui = top(s, "gui", 10);
            assertEquals("gui", gui.get(0), gui.toString());
            assertTrue(gui.contains("ui") && gui.indexOf("ui") > 0, gui.toString());

            // DPO: lists write "preference optimization" without "direct"
            List<String> dpo = top(s, "dpo", 10);
            assertEquals("dpo2", dpo.get(0), "the title spelling out DPO first: " + dpo);
            assertTrue(dpo.contains("dpo"), dpo.toString());
            assertFalse(dpo.contains("sft"), dpo.toString());
        }
    }

    @Test
    void knownNamesOfTheNewFieldsFindPapersWhoseTitlesDoNotSayThem() {
        List<Entry> list = List.of(
                paper("dior", "Object Detection in Optical Remote Sensing Images: A Survey and A New Benchmark"),
                paper("other", "Dior: a Detector of Oriented Ships in Remote Sensing Images via Rotation"),
                paper("grace", "Deep Graph Contrastive Representation Learning"),
                paper("gcl", "Graph Contrastive Learning with Augmentations"),
                paper("magic", "Recovering Gene Interactions from Single-Cell Data Using Data Diffusion"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            // the data set's paper, and the entry named so by its title, both come before anything else
            assertEquals(java.util.Set.of("dior", "other"), java.util.Set.copyOf(top(s, "DIOR", 2)));
            assertEquals("grace", top(s, "GRACE", 3).get(0));
            assertEquals("magic", top(s, "MAGIC imputation", 3).get(0));
            assertTrue(s.search(SearchRequest.of("GRACE")).interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.KNOWN)),
                    s.search(SearchRequest.of("GRACE")).interpreted().toString());
        }
    }

    private static final List<Entry> CLINICAL_AND_FORECASTING = List.of(
            paper("icu", "Mortality Prediction in the Intensive Care Unit with Recurrent Networks"),
            paper("ltsf", "Long-Term Time Series Forecasting with Patched Inputs"),
            paper("lob", "Deep Learning on the Limit Order Book"),
            paper("ctr", "Click-Through Rate Prediction with Feature Crosses"),
            paper("dp", "Differentially Private Training of Language Models"),
            paper("dyn", "Dynamic Programming for Sequence Alignment"),
            paper("dpt", "Auditing DP Training with Canaries"),
            paper("fundus", "Diabetic Retinopathy Grading from Fundus Photographs"),
            paper("oph", "Foundation Models for Ophthalmology"),
            paper("derm", "Skin Lesion Classification with Vision Transformers"),
            paper("stock", "Stock Movement Forecasting from Tweets and Prices"),
            paper("weather", "Weather Forecasting with Graph Networks"));

    @Test
    void acronymsOfClinicalForecastingAndOtherFieldsFindTheirLongFormsAndAmbiguousOnesReadOneWay() {
        try (Searcher s = Searcher.inMemory(CLINICAL_AND_FORECASTING, Synonyms.configured());
                Searcher plain = Searcher.inMemory(CLINICAL_AND_FORECASTING, Synonyms.none())) {
            for (String q : List.of("ltsf", "lob", "ctr")) {
                assertEquals(q, top(s, q, 3).get(0), q);
                assertEquals(0, plain.search(SearchRequest.of(q)).total(), q);
            }
            // ICU is also a related-terms topic (mortality prediction, intensive care), which Synonyms.none() keeps
            assertEquals("icu", top(s, "icu", 3).get(0));
            // DP is differential privacy or dynamic programming: the short form finds both meanings …
            List<String> dp = top(s, "dp", 5);
            assertTrue(dp.containsAll(List.of("dp", "dyn", "dpt")), dp.toString());
            // … and neither long form is read back as DP, which would bring in the other meaning
            assertFalse(top(s, "dynamic programming", 5).contains("dpt"), top(s, "dynamic programming", 5).toString());
        }
    }

    @Test
    void relatedTermsOfClinicalSpecialtiesAndFinanceFindTitlesWithoutTheTopic() {
        try (Searcher s = Searcher.inMemory(CLINICAL_AND_FORECASTING, Synonyms.configured())) {
            List<String> oph = top(s, "ophthalmology", 5);
            assertEquals("oph", oph.get(0), oph.toString());
            assertTrue(oph.contains("fundus"), "fundus photographs are ophthalmology: " + oph);
            assertFalse(oph.contains("derm"), oph.toString());
            assertEquals("derm", top(s, "dermatology", 3).get(0));
            List<String> stock = top(s, "stock prediction", 5);
            assertEquals("stock", stock.get(0), stock.toString());
            assertFalse(stock.contains("weather"), "forecasting alone is not stock prediction: " + stock);
        }
    }

    @Test
    void knownNamesOfTheAddedFieldsFindPapersWhoseTitlesDoNotSayThem() {
        List<Entry> list = List.of(
                paper("patchtst", "A Time Series is Worth 64 Words: Long-term Forecasting with Transformers"),
                paper("dlinear", "Are Transformers Effective for Time Series Forecasting?"),
                paper("retfound", "A foundation model for generalizable disease detection from retinal images"),
                paper("medpalm2", "Towards Expert-Level Medical Question Answering with Large Language Models"),
                paper("sasrec", "Self-Attentive Sequential Recommendation"),
                paper("whisper", "Robust Speech Recognition via Large-Scale Weak Supervision"),
                paper("kitti", "Are we ready for Autonomous Driving? The KITTI Vision Benchmark Suite"),
                paper("dcn-rec", "Deep & Cross Network for Ad Click Predictions"),
                paper("dcn-vis", "Deformable Convolutional Networks"),
                paper("other", "Transformers for Forecasting Retail Demand"));
        try (Searcher s = Searcher.inMemory(list, Synonyms.configured())) {
            assertEquals("patchtst", top(s, "PatchTST", 3).get(0));
            assertEquals("dlinear", top(s, "DLinear", 3).get(0));
            assertEquals("retfound", top(s, "RETFound", 3).get(0));
            assertEquals("medpalm2", top(s, "Med-PaLM 2", 3).get(0));
            assertEquals("sasrec", top(s, "SASRec", 3).get(0));
            assertEquals("whisper", top(s, "Whisper", 3).get(0));
            assertEquals("kitti", top(s, "KITTI", 3).get(0));
            // a name two fields use finds both papers
            assertEquals(java.util.Set.of("dcn-rec", "dcn-vis"), java.util.Set.copyOf(top(s, "DCN", 2)));
        }
    }
}
