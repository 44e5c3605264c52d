package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Interpretation;
import io.litindex.model.SearchResult;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pairs a field writes for one thing, from the related-terms file: SAR-to-EO and SAR-to-RGB for SAR-to-optical (EO:
 * electro-optical), next-song for music recommendation. An entry writing the query's own words still comes first.
 */
class FieldVocabularyTest {
    private static Entry paper(String id, String title) {
        return Entry.builder(id, title).year(2024).build();
    }

    @Test
    void sarToEoIsSarToOptical() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("o1", "Zorb Diffusion for SAR-to-Optical Image Translation"),
                paper("e1", "Latent Zorb for SAR-to-EO Image Translation"),
                paper("t1", "Unpaired Image Translation of Street Scenes"),
                paper("t2", "SAR Ship Detection with Zorb Attention")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("SAR to optical translation").limit(10).build());
            assertEquals(List.of("o1", "e1"), ids(result).subList(0, 2), ids(result) + " " + result.interpreted());
            assertTrue(result.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.RELATED) && i.readAs().equals("sar eo")),
                    result.interpreted().toString());
        }
    }

    @Test
    void nextSongIsMusicRecommendation() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("m1", "Deep Content-Based Music Recommendation"),
                paper("s1", "Addressing Cold Start for Next-Song Recommendation"),
                paper("n1", "Neural News Recommendation with Attention"),
                paper("n2", "Recommendation of Zorbs at Scale")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("music recommendation").limit(10).build());
            assertEquals(List.of("m1", "s1"), ids(result).subList(0, 2), ids(result) + " " + result.interpreted());
        }
    }

    @Test
    void federatedLearningAcronymsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("v1", "Secure Vertical Federated Learning for Zorb Scoring"),
                paper("h1", "Horizontal Federated Learning of Zorb Models"),
                paper("z1", "Zorb Scoring at Scale"),
                paper("z2", "Federated Zorb Averaging")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("vfl zorb").limit(10).build());
            assertEquals("v1", ids(result).get(0), ids(result) + " " + result.interpreted());
            assertTrue(result.interpreted().contains(new Interpretation("vfl", "vertical federated learning", Interpretation.SYNONYM)),
                    result.interpreted().toString());
        }
    }

    @Test
    void analogAggregationIsOverTheAir() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("a1", "Broadband Analog Aggregation for Low-Latency Federated Edge Learning"),
                paper("o1", "Federated Learning via Over-the-Air Computation"),
                paper("s1", "Practical Zorb Aggregation for Federated Learning"),
                paper("s2", "Robust Aggregation of Zorb Updates"),
                paper("c1", "Compressed Zorb Updates for Edge Devices")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("over the air aggregation").limit(10).build());
            assertTrue(ids(result).subList(0, 3).contains("a1"), ids(result) + " " + result.interpreted());
            assertTrue(ids(result).indexOf("a1") < ids(result).indexOf("s1"), ids(result).toString());
        }
    }

    @Test
    void plugAndPlayIsPnp() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("p1", "Plug-and-Play Zorb Priors for Inverse Problems"),
                paper("z1", "Zorb Priors Learned from Data"),
                paper("z2", "Inverse Problems with Learned Zorbs")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("pnp priors").limit(10).build());
            assertEquals("p1", ids(result).get(0), ids(result) + " " + result.interpreted());
        }
    }

    @Test
    void offlineRlMethodsAreFoundByTheirNames() {
        // the Trajectory Transformer's preprint title (no "Offline"), the DQN Replay Dataset's and SPIBB's papers
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("t1", "Reinforcement Learning as One Big Sequence Modeling Problem"),
                paper("d1", "An Optimistic Perspective on Offline Reinforcement Learning"),
                paper("s1", "Safe Policy Improvement with Baseline Bootstrapping"),
                paper("z1", "Trajectory Zorbs for Offline Policies"),
                paper("z2", "Offline Zorb Datasets for Reinforcement Learning")), Synonyms.configured())) {
            assertEquals("t1", ids(searcher.search(FullRequests.builder().query("trajectory transformer").limit(10).build())).get(0));
            assertEquals("d1", ids(searcher.search(FullRequests.builder().query("DQN replay dataset").limit(10).build())).get(0));
            assertEquals("s1", ids(searcher.search(FullRequests.builder().query("SPIBB").limit(10).build())).get(0));
        }
    }

    @Test
    void theoremProvingModelsAreFoundByTheirNames() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("g1", "Generative Language Modeling for Automated Theorem Proving"),
                paper("a1", "Solving Olympiad Geometry without Human Demonstrations"),
                paper("h1", "HyperTree Proof Search for Neural Theorem Proving"),
                paper("z1", "Zorb Geometry Problems for Language Models"),
                paper("z2", "Automated Zorb Proving")), Synonyms.configured())) {
            assertEquals("g1", ids(searcher.search(FullRequests.builder().query("GPT-f").limit(10).build())).get(0));
            assertEquals("a1", ids(searcher.search(FullRequests.builder().query("AlphaGeometry").limit(10).build())).get(0));
            assertEquals("h1", ids(searcher.search(FullRequests.builder().query("HTPS").limit(10).build())).get(0));
        }
    }

    @Test
    void offlineRlAndRemoteSensingAcronymsAreRead() {
        // the long forms typed find the short forms written (the title initials read only the other way)
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("f1", "FQE for Zorb Policies"),
                paper("r1", "RRSIS with Zorb Queries"),
                paper("z1", "Fitted Zorb Policies"),
                paper("z2", "Referring Zorb Queries for Image Segmentation")), Synonyms.configured())) {
            SearchResult fqe = searcher.search(FullRequests.builder().query("fitted q evaluation zorb").limit(10).build());
            assertEquals("f1", ids(fqe).get(0), ids(fqe) + " " + fqe.interpreted());
            SearchResult rrsis = searcher.search(FullRequests.builder().query("referring remote sensing image segmentation").limit(10).build());
            assertEquals("r1", ids(rrsis).get(0), ids(rrsis) + " " + rrsis.interpreted());
        }
    }

    @Test
    void healthcareReadsHealth() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("h1", "Evaluating Zorb Algorithms in Observational Health Settings"),
                paper("z1", "Zorb Algorithms for Robot Control"),
                paper("z2", "Observational Zorb Studies")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("healthcare zorb").limit(10).build());
            assertEquals("h1", ids(result).get(0), ids(result) + " " + result.interpreted());
            assertTrue(result.interpreted().stream().anyMatch(i -> i.how().equals(Interpretation.RELATED) && i.readAs().equals("health")),
                    result.interpreted().toString());
        }
    }

    private static List<String> top(Searcher searcher, String query) {
        return ids(searcher.search(FullRequests.builder().query(query).limit(10).build()));
    }

    @Test
    void continualLearningMethodsAreFoundByTheirNames() {
        // the field's methods are typed by name; their papers' titles never write it
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("ewc", "Overcoming Catastrophic Forgetting in Neural Networks"),
                paper("lwf", "Learning without Forgetting"),
                paper("gem", "Gradient Episodic Memory for Continual Learning"),
                paper("agem", "Efficient Lifelong Learning with A-GEM"),
                paper("der", "Dark Experience for General Continual Learning: A Strong, Simple Baseline"),
                paper("dyn", "DER: Dynamically Expandable Representation for Class Incremental Learning"),
                paper("bic", "Large Scale Incremental Learning"),
                paper("z1", "Zorb Replay for Continual Learning"),
                paper("z2", "Forgetting in Zorb Networks"),
                paper("z3", "Episodic Zorbs for Incremental Learning")), Synonyms.configured())) {
            assertEquals("ewc", top(searcher, "EWC").get(0));
            assertEquals("lwf", top(searcher, "LwF").get(0));
            assertEquals("bic", top(searcher, "BiC").get(0));
            assertEquals(List.of("gem", "agem"), top(searcher, "GEM").subList(0, 2), "the name's paper, then the title writing it inside A-GEM");
            assertEquals("der", top(searcher, "dark experience replay").get(0));
            // two methods of the field go by DER: the one a title names and the one only the file knows
            assertEquals(java.util.Set.of("der", "dyn"), java.util.Set.copyOf(top(searcher, "DER").subList(0, 2)));
        }
    }

    @Test
    void rehearsalFreeIsReplayFree() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("r1", "Towards Replay-Free Continual Zorb Learning"),
                paper("e1", "Exemplar-Free Continual Learning with Zorbs"),
                paper("z1", "Continual Zorb Learning at Scale"),
                paper("z2", "Continual Learning of Zorb Schedules"),
                paper("z3", "Free Zorbs for Continual Learning"),
                paper("z4", "Continual Learning with Zorb Memories")), Synonyms.configured())) {
            SearchResult result = searcher.search(FullRequests.builder().query("rehearsal free continual learning").limit(10).build());
            assertEquals(java.util.Set.of("r1", "e1"), java.util.Set.copyOf(ids(result).subList(0, 2)), ids(result) + " " + result.interpreted());
        }
    }

    @Test
    void continualLearningSettingsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("c1", "Class-Incremental Learning of Zorbs"),
                paper("t1", "Task-Incremental Learning of Zorbs"),
                paper("z1", "Zorbs at Scale"),
                paper("z2", "Learning Zorbs from Data")), Synonyms.configured())) {
            assertEquals("c1", top(searcher, "cil zorbs").get(0));
            assertEquals("t1", top(searcher, "til zorbs").get(0));
        }
    }

    @Test
    void simToRealNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("adr", "Solving Rubik's Cube with a Robot Hand"),
                paper("act", "Active Domain Randomization"),
                paper("dr", "Domain Randomization for Zorb Transfer"),
                paper("cur", "Automatic Curricula for Zorb Robots"),
                paper("gat", "Grounded Action Transformation for Robot Learning in Simulation"),
                paper("graph", "Graph Attention Networks"),
                paper("ale", "The Arcade Learning Environment: An Evaluation Platform for General Agents"),
                paper("games", "Zorb Games for General Agents"),
                paper("r2s", "Real2Sim Zorb Adaptation for Visual Control"),
                paper("s2r", "Sim-to-Real Zorb Transfer"),
                paper("real", "Real World Zorb Control with Sim Priors")), Synonyms.configured())) {
            assertEquals("adr", top(searcher, "automatic domain randomization").get(0));
            assertEquals("adr", top(searcher, "ADR").get(0));
            // GAT is the graph attention network and the grounded action transformation: each paper is named so
            assertEquals(java.util.Set.of("gat", "graph"), java.util.Set.copyOf(top(searcher, "GAT").subList(0, 2)));
            // a related term: the benchmark's paper, below a title writing one of the query's words itself
            assertEquals("ale", top(searcher, "Atari").get(0));
            assertTrue(top(searcher, "Atari games").subList(0, 3).contains("ale"), top(searcher, "Atari games").toString());
            assertTrue(top(searcher, "real to sim").subList(0, 3).contains("r2s"), top(searcher, "real to sim").toString());
        }
    }

    @Test
    void remoteSensingAndGraphNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("gfm", "Towards Geospatial Foundation Models via Continual Pretraining"),
                paper("geo", "Geospatial Zorb Models"),
                paper("presto", "Lightweight, Pre-trained Transformers for Remote Sensing Timeseries"),
                paper("seal", "Link Prediction Based on Graph Neural Networks"),
                paper("lp", "Link Prediction with Zorb Networks"),
                paper("pscn", "Learning Convolutional Neural Networks for Graphs"),
                paper("tgn", "Temporal Graph Networks for Deep Learning on Dynamic Graphs"),
                paper("z1", "Temporal Zorb Networks")), Synonyms.configured())) {
            assertEquals("gfm", top(searcher, "GFM").get(0));
            assertEquals("presto", top(searcher, "Presto").get(0));
            assertEquals("seal", top(searcher, "SEAL").get(0));
            assertEquals("pscn", top(searcher, "PATCHY-SAN").get(0));
            assertEquals("tgn", top(searcher, "TGN").get(0));
        }
    }

    @Test
    void namesAndWordsListsNeverWriteInRecommendationSpeechAndLanguage() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("svd", "Factorization Meets the Neighborhood: a Multifaceted Collaborative Filtering Model"),
                paper("cf", "Collaborative Filtering with Zorb Neighborhoods"),
                paper("bert", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"),
                paper("wwm", "Pre-Training with Whole Word Masking for Zorb Models"),
                paper("lm", "Language Models of Zorbs"),
                paper("kb", "Federated Learning for Mobile Keyboard Prediction"),
                paper("fl", "Federated Zorb Learning on Mobile Devices")), Synonyms.configured())) {
            assertEquals("svd", top(searcher, "SVD++").get(0));
            List<String> mlm = top(searcher, "MLM");
            assertEquals("bert", mlm.get(0), mlm.toString());
            assertTrue(mlm.subList(0, 2).contains("wwm"), "masking is what a title writes for the objective: " + mlm);
            assertEquals("kb", top(searcher, "Gboard").get(0));
        }
    }

    @Test
    void fieldWordsAListNeverWritesAreReadThroughRelatedTerms() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("bio", "Artificial Intelligence and Biological Misuse of Zorb Models"),
                paper("z1", "Zorb Models and Chemistry"),
                paper("rare", "Diagnosing Rarity in Zorb Interaction Detection"),
                paper("z2", "Zorb Interaction Detection at Scale"),
                paper("med", "Should Medical Students Use Zorb Assistants to Study?"),
                paper("z3", "Medical Zorb Assistants for Diagnosis"),
                paper("gnn", "Zorb Interaction Detection with Graph Convolutions"),
                paper("z4", "Zorb Interaction Detection with Transformers")), Synonyms.configured())) {
            assertEquals("bio", top(searcher, "bioweapons").get(0));
            assertEquals("rare", top(searcher, "long tail zorb interaction").get(0));
            assertEquals("med", top(searcher, "medical education").get(0));
            assertEquals("gnn", top(searcher, "GNN zorb interaction").get(0));
        }
    }

    @Test
    void anomalyDetectionNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("goad", "Classification-Based Anomaly Detection for General Data"),
                paper("mnad", "Learning Memory-Guided Normality for Anomaly Detection"),
                paper("msp", "A Baseline for Detecting Misclassified and Out-of-Distribution Examples in Neural Networks"),
                paper("maha", "A Simple Unified Framework for Detecting Out-of-Distribution Samples and Adversarial Attacks"),
                paper("ucf", "Real-world Anomaly Detection in Surveillance Videos"),
                paper("svdd", "Deep One-Class Classification"),
                paper("z1", "Zorb Anomaly Detection in Surveillance Videos"),
                paper("z2", "Out-of-Distribution Detection for Zorb Classifiers"),
                paper("z3", "Memory Networks for Zorb Detection"),
                paper("z4", "Deep Zorb Classification")), Synonyms.configured())) {
            assertEquals("goad", top(searcher, "GOAD").get(0));
            assertEquals("mnad", top(searcher, "MNAD").get(0));
            assertEquals("msp", top(searcher, "maximum softmax probability").get(0));
            assertEquals("maha", top(searcher, "Mahalanobis OOD").get(0));
            assertEquals("ucf", top(searcher, "UCF-Crime").get(0));
            assertEquals("svdd", top(searcher, "Deep SVDD").get(0));
        }
    }

    @Test
    void occupancyNamesAndCooperativePerceptionAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("tpv", "Tri-Perspective View for Vision-Based 3D Semantic Occupancy Prediction"),
                paper("s2", "S2TPVFormer: Spatio-Temporal Tri-Perspective View for Zorb Occupancy"),
                paper("co", "Collaborative Semantic Occupancy Prediction with Hybrid Feature Fusion in Connected Automated Vehicles"),
                paper("z1", "Zorb Occupancy Prediction for Autonomous Driving"),
                paper("z2", "Semantic Zorb Perception from Multi-Camera Images"),
                paper("z3", "Perception of Zorbs in Driving Scenes")), Synonyms.configured())) {
            assertEquals("tpv", top(searcher, "TPVFormer").get(0));
            assertEquals("co", top(searcher, "cooperative perception").get(0));
            assertEquals("co", top(searcher, "CoHFF").get(0));
        }
    }

    // vocab-17: fields no judged set covers. Each list holds the papers by their titles only; the queries type the
    // names the field uses for them. The names that are ordinary words (Medusa, ReAct, SORT, Reptile, Aurora) find
    // their paper and leave a query using the word in its plain sense to the titles writing it.

    @Test
    void efficientMlNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("wanda", "A Simple and Effective Pruning Approach for Large Language Models"),
                paper("vllm", "Efficient Memory Management for Large Language Model Serving with PagedAttention"),
                paper("adaround", "Up or Down? Adaptive Rounding for Post-Training Quantization"),
                paper("gptq", "Accurate Post-Training Quantization for Generative Pre-trained Transformers"),
                paper("medusa", "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads"),
                paper("jelly", "Medusa Jellyfish Detection in Underwater Zorb Images"),
                paper("spec", "Fast Inference from Transformers via Speculative Decoding"),
                paper("z1", "Speculative Decoding with Zorb Drafts"),
                paper("z2", "Pruning Zorb Models for Language Understanding"),
                paper("z3", "Zorb Quantization for Large Language Models"),
                paper("z4", "Memory Management for Zorb Serving")), Synonyms.configured())) {
            assertEquals("wanda", top(searcher, "Wanda").get(0));
            assertEquals("vllm", top(searcher, "vLLM").get(0));
            assertEquals("adaround", top(searcher, "AdaRound").get(0));
            assertEquals("gptq", top(searcher, "GPTQ").get(0));
            // the ordinary word in its plain sense: the title writing both words first
            assertEquals("jelly", top(searcher, "medusa jellyfish").get(0), top(searcher, "medusa jellyfish").toString());
            // the topic: titles writing it first, the decoding heads through a related term after them
            List<String> spec = top(searcher, "speculative decoding");
            assertEquals(java.util.Set.of("spec", "z1"), java.util.Set.copyOf(spec.subList(0, 2)), spec.toString());
            assertEquals("medusa", spec.get(2), spec.toString());
        }
    }

    @Test
    void reasoningAndRetrievalNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("retro", "Improving language models by retrieving from trillions of tokens"),
                paper("fid", "Leveraging Passage Retrieval with Generative Models for Open Domain Question Answering"),
                paper("ask", "Measuring and Narrowing the Compositionality Gap in Language Models"),
                paper("sqa", "Did Aristotle Use a Laptop? A Question Answering Benchmark with Implicit Reasoning Strategies"),
                paper("react", "Synergizing Reasoning and Acting in Language Models"),
                paper("users", "How Users React to Zorb Chatbots"),
                paper("z1", "Retrieval-Augmented Zorb Models"),
                paper("z2", "Zorb Question Answering with Passage Retrieval"),
                paper("z3", "Chatbots for Zorb Reasoning")), Synonyms.configured())) {
            assertEquals("retro", top(searcher, "RETRO").get(0));
            assertEquals("fid", top(searcher, "FiD").get(0));
            assertEquals("fid", top(searcher, "fusion in decoder").get(0));
            assertEquals("ask", top(searcher, "Self-Ask").get(0));
            assertEquals("sqa", top(searcher, "StrategyQA").get(0));
            assertEquals("react", top(searcher, "ReAct").get(0));
            assertEquals("users", top(searcher, "users react to chatbots").get(0), top(searcher, "users react to chatbots").toString());
        }
    }

    @Test
    void videoAndTrackingNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("center", "Tracking Objects as Points"),
                paper("deepsort", "Simple Online and Realtime Tracking with a Deep Association Metric"),
                paper("sort", "Simple Online and Realtime Tracking"),
                paper("sorting", "Learning to Sort Zorbs with Neural Networks"),
                paper("timesformer", "Is Space-Time Attention All You Need for Video Understanding?"),
                paper("i3d", "Quo Vadis, Action Recognition? A New Model and the Kinetics Dataset"),
                paper("kinetics", "The Kinetics Human Action Video Dataset"),
                paper("tbd", "Zorb Tracking by Detection with Online Data Association"),
                paper("z1", "Tracking Zorbs in Videos"),
                paper("z2", "Video Zorb Understanding with Transformers"),
                paper("z3", "Object Zorbs as Points of Interest")), Synonyms.configured())) {
            assertEquals("center", top(searcher, "CenterTrack").get(0));
            assertEquals("deepsort", top(searcher, "DeepSORT").get(0));
            assertEquals("sort", top(searcher, "SORT").get(0));
            assertEquals("timesformer", top(searcher, "TimeSformer").get(0));
            assertEquals("i3d", top(searcher, "I3D").get(0));
            assertEquals("kinetics", top(searcher, "Kinetics").get(0));
            assertEquals("sorting", top(searcher, "learning to sort").get(0), top(searcher, "learning to sort").toString());
            assertTrue(top(searcher, "multi object tracking").subList(0, 3).contains("tbd"), top(searcher, "multi object tracking").toString());
        }
    }

    @Test
    void semiSupervisedFewShotAndDomainGeneralizationNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("mt", "Mean teachers are better role models: Weight-averaged consistency targets improve semi-supervised deep learning results"),
                paper("pi", "Temporal Ensembling for Semi-Supervised Learning"),
                paper("reptile", "On First-Order Meta-Learning Algorithms"),
                paper("species", "Reptile Species Recognition from Camera Trap Zorbs"),
                paper("anil", "Rapid Learning or Feature Reuse? Towards Understanding the Effectiveness of MAML"),
                paper("bed", "In Search of Lost Domain Generalization"),
                paper("pacs", "Deeper, Broader and Artier Domain Generalization"),
                paper("dn", "Moment Matching for Multi-Source Domain Adaptation"),
                paper("z1", "Semi-Supervised Zorb Learning"),
                paper("z2", "Meta-Learning Zorb Algorithms"),
                paper("z3", "Domain Generalization for Zorb Recognition")), Synonyms.configured())) {
            assertEquals("mt", top(searcher, "mean teacher").get(0));
            assertEquals("pi", top(searcher, "Pi-model").get(0));
            assertEquals("pi", top(searcher, "\u03a0-model").get(0));
            assertEquals("reptile", top(searcher, "Reptile").get(0));
            assertEquals("anil", top(searcher, "ANIL").get(0));
            assertEquals("bed", top(searcher, "DomainBed").get(0));
            assertEquals("pacs", top(searcher, "PACS").get(0));
            assertEquals("dn", top(searcher, "DomainNet").get(0));
            assertEquals("species", top(searcher, "reptile species recognition").get(0), top(searcher, "reptile species recognition").toString());
        }
    }

    @Test
    void weatherAndScientificMlNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("gencast", "Probabilistic weather forecasting with machine learning"),
                paper("aurora", "A foundation model for the Earth system"),
                paper("borealis", "Aurora Borealis Detection in All-Sky Zorb Images"),
                paper("era5", "The ERA5 global reanalysis"),
                paper("mgn", "Learning Mesh-Based Simulation with Graph Networks"),
                paper("sindy", "Discovering governing equations from data by sparse identification of nonlinear dynamical systems"),
                paper("gcm", "Neural general circulation models for weather and climate"),
                paper("op", "Zorb Operator Learning for Parametric Equations"),
                paper("z1", "Weather Forecasting with Zorb Networks"),
                paper("z2", "Foundation Models for Zorb Detection"),
                paper("z3", "Mesh Zorbs for Simulation")), Synonyms.configured())) {
            assertEquals("gencast", top(searcher, "GenCast").get(0));
            assertEquals("aurora", top(searcher, "Aurora").get(0));
            assertEquals("borealis", top(searcher, "aurora borealis").get(0), top(searcher, "aurora borealis").toString());
            assertEquals("mgn", top(searcher, "MeshGraphNets").get(0));
            assertEquals("sindy", top(searcher, "SINDy").get(0));
            assertEquals("gcm", top(searcher, "NeuralGCM").get(0));
            assertEquals("era5", top(searcher, "ERA5").get(0));
            assertEquals("op", top(searcher, "neural operator").get(0), top(searcher, "neural operator").toString());
        }
    }

    @Test
    void acronymsOfTheFiveFieldsAreRead() {
        // typed in lower case, so that the title-initials reading (capitals only) does not read them
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("sciml", "Scientific Machine Learning for Zorb Flows"),
                paper("mota", "Improving Multiple Object Tracking Accuracy of Zorb Trackers"),
                paper("sfda", "Source-Free Domain Adaptation for Zorb Recognition"),
                paper("mqa", "Multi-Query Attention for Zorb Decoding"),
                paper("z1", "Zorb Flows at Scale"),
                paper("z2", "Zorb Trackers in Crowds"),
                paper("z3", "Zorb Recognition in the Wild"),
                paper("z4", "Zorb Decoding with Transformers")), Synonyms.configured())) {
            assertEquals("sciml", top(searcher, "sciml zorb flows").get(0));
            assertEquals("mota", top(searcher, "mota zorb trackers").get(0));
            assertEquals("sfda", top(searcher, "sfda zorb recognition").get(0));
            assertEquals("mqa", top(searcher, "mqa zorb decoding").get(0));
        }
    }

    @Test
    void fairnessNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("winobias", "Gender Bias in Coreference Resolution: Evaluation and Debiasing Methods"),
                paper("winogender", "Gender Bias in Coreference Resolution"),
                paper("weat", "Semantics derived automatically from language corpora contain human-like biases"),
                paper("winomt", "Evaluating Gender Bias in Machine Translation"),
                paper("cards", "Model Cards for Model Reporting"),
                paper("sheets", "Datasheets for Datasets"),
                paper("cda", "Counterfactual Data Augmentation for Mitigating Gender Stereotypes in Languages with Rich Morphology"),
                paper("parrots", "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?"),
                paper("z1", "Zorb Bias in Question Answering"),
                paper("z2", "Documentation of Zorb Models"),
                paper("z3", "Zorb Translation with Neural Models")), Synonyms.configured())) {
            assertEquals("winobias", top(searcher, "WinoBias").get(0), top(searcher, "WinoBias").toString());
            assertEquals("winogender", top(searcher, "Winogender").get(0), top(searcher, "Winogender").toString());
            assertEquals("weat", top(searcher, "WEAT").get(0));
            assertEquals("winomt", top(searcher, "WinoMT").get(0));
            assertEquals("parrots", top(searcher, "stochastic parrots").get(0));
            assertEquals("cda", top(searcher, "cda gender").get(0));
            // the field's word for documentation practice: model cards and datasheets, above a title writing one word
            List<String> doc = top(searcher, "model documentation");
            assertTrue(doc.subList(0, 3).containsAll(List.of("cards", "sheets")), doc.toString());
        }
    }

    @Test
    void reIdentificationNamesAreFoundByTheirPapers() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("pcb", "Beyond Part Models: Person Retrieval with Refined Part Pooling (and A Strong Convolutional Baseline)"),
                paper("osnet", "Omni-Scale Feature Learning for Person Re-Identification"),
                paper("spgan", "Image-Image Domain Adaptation with Preserved Self-Similarity and Domain-Dissimilarity for Person Re-identification"),
                paper("msmt", "Person Transfer GAN to Bridge Domain Gap for Person Re-Identification"),
                paper("market", "Scalable Person Re-identification: A Benchmark"),
                paper("cuhk03", "DeepReID: Deep Filter Pairing Neural Network for Person Re-identification"),
                paper("pedes", "Person Search with Natural Language Description"),
                paper("tbps", "Text-Based Person Search with Zorb Alignment"),
                paper("board", "Printed Circuit Board Defect Detection with Zorb Networks"),
                paper("z1", "Zorb Features for Person Re-Identification"),
                paper("z2", "Zorb Domain Adaptation for Object Detection"),
                paper("z3", "Part Zorb Models for Detection")), Synonyms.configured())) {
            assertEquals("pcb", top(searcher, "PCB").get(0), top(searcher, "PCB").toString());
            assertEquals("osnet", top(searcher, "OSNet").get(0));
            assertEquals("spgan", top(searcher, "SPGAN").get(0));
            assertEquals("msmt", top(searcher, "MSMT17").get(0));
            assertEquals("market", top(searcher, "Market-1501").get(0));
            assertEquals("cuhk03", top(searcher, "CUHK03").get(0));
            // typed in lower case, which the title-initials reading does not read
            assertEquals("tbps", top(searcher, "tbps").get(0), top(searcher, "tbps").toString());
            // the ordinary sense of the acronym: the title writing it in full first
            assertEquals("board", top(searcher, "pcb defect detection").get(0), top(searcher, "pcb defect detection").toString());
        }
    }

    // vocab-19: five more fields no judged set covers. Each list holds papers by their titles only; the queries type the
    // names, acronyms and topics the field uses. A name that is also a word (MUSE, LOL, Meena) finds its paper and leaves
    // a query using the word in its plain sense to the titles writing it.

    private static void inTop3(Searcher searcher, String query, String id) {
        List<String> top = top(searcher, query);
        assertTrue(top.subList(0, Math.min(3, top.size())).contains(id), query + ": " + top);
    }

    @Test
    void machineTranslationNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("gnmt", "Google's Neural Machine Translation System: Bridging the Gap between Human and Machine Translation"),
                paper("nllb", "No Language Left Behind: Scaling Human-Centered Machine Translation"),
                paper("muse", "Word Translation Without Parallel Data"),
                paper("poetry", "Muse: Generating Poetry with Zorb Language Models"),
                paper("ter", "A Study of Translation Edit Rate with Targeted Human Annotation"),
                paper("bt", "Improving Neural Machine Translation Models with Monolingual Data"),
                paper("wait", "STACL: Simultaneous Translation with Implicit Anticipation and Controllable Latency using Prefix-to-Prefix Framework"),
                paper("z1", "Zorb Attention for Neural Machine Translation"),
                paper("z2", "Multilingual Zorb Models"),
                paper("z3", "Parallel Zorb Data at Scale")), Synonyms.configured())) {
            inTop3(searcher, "GNMT", "gnmt");
            inTop3(searcher, "NLLB", "nllb");
            inTop3(searcher, "FLORES-200", "nllb");
            inTop3(searcher, "MUSE", "muse");
            inTop3(searcher, "TER", "ter");
            inTop3(searcher, "wait-k", "wait");
            // a related term: the monolingual data of back-translation, which its paper's title writes instead
            inTop3(searcher, "back translation", "bt");
            // the word in its plain sense: the title writing both words first
            assertEquals("poetry", top(searcher, "muse poetry").get(0), top(searcher, "muse poetry").toString());
        }
    }

    @Test
    void chipDesignAcronymsAndNamesAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("rtl", "ZorbCoder: LLM-Based RTL Generation with Feedback"),
                paper("eda", "Agentic EDA Flows with Zorb Tools"),
                paper("sva", "Automated SVA Generation with Zorb Models"),
                paper("ams", "Sizing AMS Circuits with Zorb Agents"),
                paper("gds", "An Agent for RTL-to-GDSII Zorb Flows"),
                paper("alphachip", "A graph placement methodology for fast chip design"),
                paper("openlane", "Building OpenLANE: A 130nm OpenROAD-based Tapeout-Proven Flow"),
                paper("z1", "Zorb Generation at the Transfer Level"),
                paper("z2", "Electronic Zorb Design with Agents"),
                paper("z3", "Assertion Zorbs for Generation"),
                paper("a0", "Zorb Circuits at Scale"),
                paper("z5", "Fast Zorb Placement for Graphs")), Synonyms.configured())) {
            // typed in full, while the titles write the acronym
            assertEquals("rtl", top(searcher, "register transfer level generation").get(0),
                    top(searcher, "register transfer level generation").toString());
            assertEquals("eda", top(searcher, "electronic design automation agents").get(0),
                    top(searcher, "electronic design automation agents").toString());
            assertEquals("sva", top(searcher, "systemverilog assertion generation").get(0),
                    top(searcher, "systemverilog assertion generation").toString());
            assertEquals("ams", top(searcher, "mixed-signal circuits").get(0), top(searcher, "mixed-signal circuits").toString());
            assertEquals("gds", top(searcher, "rtl to gds").get(0), top(searcher, "rtl to gds").toString());
            assertEquals("alphachip", top(searcher, "AlphaChip").get(0));
            assertEquals("openlane", top(searcher, "OpenLane").get(0));
        }
    }

    @Test
    void dialogueNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("blender", "Recipes for Building an Open-Domain Chatbot"),
                paper("meena", "Towards a Human-like Open-Domain Chatbot"),
                paper("persona", "Personalizing Dialogue Agents: I have a dog, do you have pets too?"),
                paper("simpletod", "A Simple Language Model for Task-Oriented Dialogue"),
                paper("belief", "Scalable Neural Belief Tracking for Zorb Assistants"),
                paper("hred", "Building End-To-End Dialogue Systems Using Generative Hierarchical Neural Network Models"),
                paper("pasta", "Meena Pasta Recipes for Zorb Kitchens"),
                paper("z1", "Dialogue Zorbs for Open-Domain Agents"),
                paper("z2", "Zorb State Tracking in Videos"),
                paper("z3", "Language Models for Zorb Dialogue")), Synonyms.configured())) {
            inTop3(searcher, "BlenderBot", "blender");
            inTop3(searcher, "Meena", "meena");
            inTop3(searcher, "PersonaChat", "persona");
            inTop3(searcher, "SimpleTOD", "simpletod");
            inTop3(searcher, "HRED", "hred");
            // the field's acronym, typed in lower case, which the title-initials reading does not read
            inTop3(searcher, "tod zorb", "simpletod");
            // a related term: belief tracking is what titles write for dialogue state tracking
            inTop3(searcher, "dialogue state tracking", "belief");
            assertEquals("pasta", top(searcher, "meena pasta recipes").get(0), top(searcher, "meena pasta recipes").toString());
        }
    }

    @Test
    void imageRestorationNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("edsr", "Enhanced Deep Residual Networks for Single Image Super-Resolution"),
                paper("dncnn", "Beyond a Gaussian Denoiser: Residual Learning of Deep CNN for Image Denoising"),
                paper("lol", "Deep Retinex Decomposition for Low-Light Enhancement"),
                paper("dce", "Zero-Reference Deep Curve Estimation for Low-Light Image Enhancement"),
                paper("div2k", "NTIRE 2017 Challenge on Single Image Super-Resolution: Dataset and Study"),
                paper("nafnet", "Simple Baselines for Image Restoration"),
                paper("rain", "Single Image Rain Removal with Zorb Priors"),
                paper("humor", "LOL: Humor Detection in Zorb Memes"),
                paper("z1", "Zorb Networks for Image Super-Resolution"),
                paper("z2", "Image Denoising with Zorbs"),
                paper("z3", "Single Image Zorb Estimation")), Synonyms.configured())) {
            inTop3(searcher, "EDSR", "edsr");
            inTop3(searcher, "DnCNN", "dncnn");
            inTop3(searcher, "DIV2K", "div2k");
            inTop3(searcher, "NAFNet", "nafnet");
            inTop3(searcher, "LOL dataset", "lol");
            inTop3(searcher, "Zero-DCE", "dce");
            inTop3(searcher, "llie", "dce");
            inTop3(searcher, "deraining", "rain");
            assertEquals("humor", top(searcher, "lol humor").get(0), top(searcher, "lol humor").toString());
        }
    }

    @Test
    void poseEstimationNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("mpii", "2D Human Pose Estimation: New Benchmark and State of the Art Analysis"),
                paper("vp3d", "3D human pose estimation in video with temporal convolutions and semi-supervised training"),
                paper("hmr", "End-to-end Recovery of Human Shape and Pose"),
                paper("hmr2", "Humans in 4D: Reconstructing and Tracking Humans with Transformers"),
                paper("mano", "Embodied Hands: Modeling and Capturing Hands and Bodies Together"),
                paper("mocap", "Markerless Zorb Capture from Sparse Views"),
                paper("z1", "Zorb Pose Estimation in Crowds"),
                paper("z2", "Human Zorb Recovery from Video"),
                paper("z3", "Tracking Zorbs with Transformers")), Synonyms.configured())) {
            inTop3(searcher, "MPII", "mpii");
            inTop3(searcher, "VideoPose3D", "vp3d");
            inTop3(searcher, "MANO", "mano");
            // the name's later version below the name's own paper, and the version typed first
            assertEquals(List.of("hmr", "hmr2"), top(searcher, "HMR").subList(0, 2), top(searcher, "HMR").toString());
            assertEquals("hmr2", top(searcher, "HMR 2.0").get(0), top(searcher, "HMR 2.0").toString());
            inTop3(searcher, "motion capture", "mocap");
        }
    }

    @Test
    void audioAndMusicNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("musicgen", "Simple and Controllable Music Generation"),
                paper("demucs", "Music Source Separation in the Waveform Domain"),
                paper("htdemucs", "Hybrid Transformers for Music Source Separation"),
                paper("dac", "High-Fidelity Audio Compression with Improved RVQGAN"),
                paper("gtzan", "Musical genre classification of audio signals"),
                paper("sound", "Zorb Sound Generation from Text Prompts"),
                paper("z1", "Music Zorbs at Scale"),
                paper("z2", "Audio Zorbs for Classification"),
                paper("z3", "Zorb Transformers for Audio")), Synonyms.configured())) {
            inTop3(searcher, "MusicGen", "musicgen");
            inTop3(searcher, "Demucs", "demucs");
            assertEquals("htdemucs", top(searcher, "HT Demucs").get(0), top(searcher, "HT Demucs").toString());
            inTop3(searcher, "Demucs v4", "htdemucs");
            inTop3(searcher, "Descript Audio Codec", "dac");
            inTop3(searcher, "GTZAN", "gtzan");
            inTop3(searcher, "text to audio", "sound");
            inTop3(searcher, "t2a zorb", "sound");
        }
    }

    @Test
    void translationNamesLeftByTheMultilingualPassAreFound() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("mert", "Minimum Error Rate Training in Statistical Machine Translation"),
                paper("mira", "Online Large-Margin Training for Statistical Machine Translation"),
                paper("hiero", "A Hierarchical Phrase-Based Model for Statistical Machine Translation"),
                paper("giza", "A Systematic Comparison of Various Statistical Alignment Models"),
                paper("bytenet", "Neural Machine Translation in Linear Time"),
                paper("charbased", "Revisiting Character-Based Neural Machine Translation with Zorbs"),
                paper("z1", "Statistical Zorb Translation at Scale"),
                paper("z2", "Zorb Models for Phrase Alignment"),
                paper("z3", "Level Zorbs for Neural Machine Translation")), Synonyms.configured())) {
            assertEquals("mira", top(searcher, "MIRA").get(0), top(searcher, "MIRA").toString());
            assertEquals("hiero", top(searcher, "Hiero").get(0));
            assertEquals("giza", top(searcher, "GIZA++").get(0), top(searcher, "GIZA++").toString());
            assertEquals("bytenet", top(searcher, "ByteNet").get(0));
            assertEquals("charbased", top(searcher, "character level translation").get(0),
                    top(searcher, "character level translation").toString());
        }
    }

    // vocab-21: five more fields no judged set covers (document understanding and OCR; face recognition and deepfake
    // detection; causal inference and discovery; misinformation and fact-checking; EEG and brain decoding). Each list
    // holds papers by their titles only; the queries type the names, acronyms and topics the field uses, and a name that
    // is also a word (Tesseract, GOLEM, Grover) leaves a query using the word in its plain sense to the titles writing it.

    @Test
    void documentAndOcrNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("donut", "OCR-free Document Understanding Transformer"),
                paper("udop", "Unifying Vision, Text, and Layout for Universal Document Processing"),
                paper("rvl", "Evaluation of Deep Convolutional Nets for Document Image Classification and Retrieval"),
                paper("crnn", "An End-to-End Trainable Neural Network for Image-based Sequence Recognition and Its Application to Scene Text Recognition"),
                paper("dbnet", "Real-time Scene Text Detection with Differentiable Binarization"),
                paper("parseq", "Scene Text Recognition with Permuted Autoregressive Sequence Models"),
                paper("synth", "Synthetic Data for Text Localisation in Natural Images"),
                paper("iam", "The IAM-database: an English sentence database for offline handwriting recognition"),
                paper("tesseract", "An Overview of the Tesseract OCR Engine"),
                paper("geometry", "Tesseract Geometry of Zorb Polytopes"),
                paper("irregular", "Irregular Text Recognizer with Zorb Rectification"),
                paper("layout", "Document Layout Analysis with Zorb Detectors"),
                paper("z1", "Zorb Networks for Document Images"),
                paper("z2", "Natural Zorb Images at Scale"),
                paper("z3", "Sequence Zorbs for Recognition")), Synonyms.configured())) {
            inTop3(searcher, "Donut", "donut");
            inTop3(searcher, "UDOP", "udop");
            inTop3(searcher, "RVL-CDIP", "rvl");
            inTop3(searcher, "CRNN", "crnn");
            inTop3(searcher, "DBNet", "dbnet");
            inTop3(searcher, "PARSeq", "parseq");
            inTop3(searcher, "SynthText", "synth");
            inTop3(searcher, "IAM handwriting", "iam");
            inTop3(searcher, "tesseract", "tesseract");
            // the acronym typed in lower case, and a related term: what a title writes for scene text recognition
            inTop3(searcher, "dla zorb", "layout");
            inTop3(searcher, "scene text recognition", "irregular");
            assertEquals("geometry", top(searcher, "tesseract geometry").get(0), top(searcher, "tesseract geometry").toString());
        }
    }

    @Test
    void faceAndDeepfakeNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("deepid", "Deep Learning Face Representation from Predicting 10,000 Classes"),
                paper("deepid2", "Deep Learning Face Representation by Joint Identification-Verification"),
                paper("vggface", "Deep Face Recognition"),
                paper("center", "A Discriminative Feature Learning Approach for Deep Face Recognition"),
                paper("lfw", "Labeled Faces in the Wild: A Database for Studying Face Recognition in Unconstrained Environments"),
                paper("ffpp", "FaceForensics++: Learning to Detect Manipulated Facial Images"),
                paper("sbi", "Detecting Deepfakes with Self-Blended Images"),
                paper("siw", "Learning Deep Models for Face Anti-Spoofing: Binary or Auxiliary Supervision"),
                paper("bfm", "A Morphable Model for the Synthesis of 3D Faces"),
                paper("liveness", "Liveness Detection with Zorb Cues"),
                paper("fer", "Facial Expression Recognition with Zorbs"),
                paper("z1", "Zorb Face Representation"),
                paper("z2", "Learning to Detect Zorbs"),
                paper("z3", "Deep Zorb Recognition")), Synonyms.configured())) {
            // a digit glued to a name without a v is no later version (UAV123), so each name finds its own paper
            assertEquals("deepid", top(searcher, "DeepID").get(0), top(searcher, "DeepID").toString());
            assertEquals("deepid2", top(searcher, "DeepID2").get(0), top(searcher, "DeepID2").toString());
            inTop3(searcher, "VGGFace", "vggface");
            inTop3(searcher, "center loss", "center");
            inTop3(searcher, "lfw", "lfw");
            assertEquals("ffpp", top(searcher, "FF++").get(0), top(searcher, "FF++").toString());
            inTop3(searcher, "SBI", "sbi");
            inTop3(searcher, "SiW", "siw");
            inTop3(searcher, "3DMM", "bfm");
            inTop3(searcher, "face anti-spoofing", "liveness");
            inTop3(searcher, "fer zorbs", "fer");
        }
    }

    @Test
    void causalNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("notears", "DAGs with NO TEARS: Continuous Optimization for Structure Learning"),
                paper("golem", "On the Role of Sparsity and DAG Constraints for Learning Linear DAGs"),
                paper("folklore", "Golem Folklore and Zorb Myths"),
                paper("tarnet", "Estimating individual treatment effect: generalization bounds and algorithms"),
                paper("cevae", "Causal Effect Inference with Deep Latent-Variable Models"),
                paper("dragonnet", "Adapting Neural Networks for the Estimation of Treatment Effects"),
                paper("meta", "Metalearners for estimating heterogeneous treatment effects using machine learning"),
                paper("forest", "Estimation and Inference of Heterogeneous Treatment Effects using Random Forests"),
                paper("ihdp", "Bayesian Nonparametric Modeling for Causal Inference"),
                paper("structure", "Zorb Structure Learning from Interventions"),
                paper("cate", "Conditional Average Treatment Effect Zorbs"),
                paper("z1", "Learning Zorb Models for Estimation"),
                paper("z2", "Random Zorbs in Causal Graphs"),
                paper("z3", "Neural Zorbs for Optimization")), Synonyms.configured())) {
            inTop3(searcher, "NOTEARS", "notears");
            inTop3(searcher, "GOLEM", "golem");
            inTop3(searcher, "TARNet", "tarnet");
            inTop3(searcher, "CEVAE", "cevae");
            inTop3(searcher, "Dragonnet", "dragonnet");
            inTop3(searcher, "X-learner", "meta");
            inTop3(searcher, "T-learner", "meta");
            inTop3(searcher, "causal forest", "forest");
            inTop3(searcher, "IHDP", "ihdp");
            inTop3(searcher, "cate zorbs", "cate");
            // a related term: the structure learning a causal-discovery title writes instead
            inTop3(searcher, "causal discovery", "structure");
            assertEquals("folklore", top(searcher, "golem folklore").get(0), top(searcher, "golem folklore").toString());
        }
    }

    @Test
    void misinformationNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("pheme", "Analysing How People Orient to and Spread Rumours in Social Media by Looking at Conversational Threads"),
                paper("twitter", "Detect Rumors in Microblog Posts Using Propagation Structure via Kernel Learning"),
                paper("bigcn", "Rumor Detection on Social Media with Bi-Directional Graph Convolutional Networks"),
                paper("grover", "Defending Against Neural Fake News"),
                paper("cleveland", "Grover Cleveland and the Zorb Presidency"),
                paper("scifact", "Fact or Fiction: Verifying Scientific Claims"),
                paper("hc3", "How Close is ChatGPT to Human Experts? Comparison Corpus, Evaluation, and Detection"),
                paper("disinfo", "Disinformation Zorbs in Elections"),
                paper("claims", "Claim Verification with Zorb Evidence"),
                paper("z1", "Zorb Detection on Social Media"),
                paper("z2", "Neural Zorbs for News"),
                paper("z3", "Scientific Zorbs at Scale")), Synonyms.configured())) {
            inTop3(searcher, "PHEME", "pheme");
            inTop3(searcher, "Twitter16", "twitter");
            inTop3(searcher, "BiGCN", "bigcn");
            inTop3(searcher, "Grover", "grover");
            inTop3(searcher, "SciFact", "scifact");
            inTop3(searcher, "HC3", "hc3");
            // related terms: what titles write for fake news detection and fact checking; the title writing the
            // topic's words first
            assertEquals("grover", top(searcher, "fake news detection").get(0), top(searcher, "fake news detection").toString());
            assertTrue(top(searcher, "fake news detection").contains("disinfo"), top(searcher, "fake news detection").toString());
            inTop3(searcher, "fact checking", "claims");
            assertEquals("cleveland", top(searcher, "grover cleveland").get(0), top(searcher, "grover cleveland").toString());
        }
    }

    @Test
    void eegAndBrainDecodingNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("shallow", "Deep learning with convolutional neural networks for EEG decoding and visualization"),
                paper("labram", "Large Brain Model for Learning Generic Representations with Tremendous EEG Data in BCI"),
                paper("nsd", "A massive 7T fMRI dataset to bridge cognitive neuroscience and artificial intelligence"),
                paper("mindeye", "Reconstructing the Mind's Eye: fMRI-to-Image with Contrastive Learning and Diffusion Priors"),
                paper("sleepedf", "Analysis of a sleep-dependent neuronal feedback loop: the slow-wave microcontinuity of the EEG"),
                paper("cebra", "Learnable latent embeddings for joint behavioural and neural analysis"),
                paper("things", "Human EEG recordings for 1,854 concepts presented in rapid serial visual presentation streams"),
                paper("iot", "Internet of Things Zorb Sensors"),
                paper("imagery", "Decoding Imagined Movements with Zorbs"),
                paper("ecog", "Electrocorticography Zorb Decoding"),
                paper("z1", "Zorb Decoding and Visualization"),
                paper("z2", "EEG Zorbs for Classification"),
                paper("z3", "Brain Zorbs at Scale")), Synonyms.configured())) {
            inTop3(searcher, "ShallowConvNet", "shallow");
            inTop3(searcher, "DeepConvNet", "shallow");
            inTop3(searcher, "LaBraM", "labram");
            inTop3(searcher, "Natural Scenes Dataset", "nsd");
            inTop3(searcher, "MindEye", "mindeye");
            inTop3(searcher, "Sleep-EDF", "sleepedf");
            inTop3(searcher, "CEBRA", "cebra");
            inTop3(searcher, "THINGS-EEG", "things");
            inTop3(searcher, "ecog zorb", "ecog");
            // a related term: the imagined movements a motor-imagery title writes
            inTop3(searcher, "motor imagery", "imagery");
            // the word in its plain sense: no name reads it
            assertEquals("iot", top(searcher, "internet of things").get(0), top(searcher, "internet of things").toString());
        }
    }

    // vocab-22: the fourteenth round's fields, LLM agents for software engineering and image, video and audio
    // watermarking. Each list holds papers by their titles only; the queries type the field's names, acronyms and topics.

    @Test
    void softwareEngineeringAgentNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("repair", "ZorbAgent: An Autonomous Agent for Program Repair"),
                paper("chatrepair", "Keep the Conversation Going: Fixing 162 out of 337 bugs for $0.42 each using ChatGPT"),
                paper("titanfuzz", "Large Language Models are Zero-Shot Fuzzers: Fuzzing Deep-Learning Libraries via Large Language Models"),
                paper("openhands", "OpenDevin: An Open Platform for AI Software Developers as Generalist Agents"),
                paper("swe", "Zorb: Demystifying LLM-based Software Engineering Agents"),
                paper("contest", "Zorb Agents for Competition-Level Code Generation"),
                paper("rca", "Automatic Root Cause Analysis via Large Language Models for Cloud Incidents"),
                paper("z1", "Zorb Program Synthesis with Agents"),
                paper("z2", "Autonomous Zorbs for Code Review"),
                paper("z3", "Zorb Issues in Large Language Models"),
                paper("z4", "Programming Zorbs in Python")), Synonyms.configured())) {
            // APR is what the field calls program repair, written without "automated"
            assertEquals("repair", top(searcher, "APR").get(0), top(searcher, "APR").toString());
            assertEquals("chatrepair", top(searcher, "ChatRepair").get(0), top(searcher, "ChatRepair").toString());
            assertEquals("titanfuzz", top(searcher, "TitanFuzz").get(0), top(searcher, "TitanFuzz").toString());
            // the platform's later name finds the paper under its first one
            assertEquals("openhands", top(searcher, "OpenHands").get(0), top(searcher, "OpenHands").toString());
            assertEquals("rca", top(searcher, "RCACopilot").get(0), top(searcher, "RCACopilot").toString());
            // related terms: agents evaluated on SWE-bench write software engineering agents; contests write competition level
            inTop3(searcher, "GitHub issue resolution", "swe");
            assertEquals("contest", top(searcher, "competitive programming").get(0), top(searcher, "competitive programming").toString());
        }
    }

    @Test
    void watermarkingNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("audioseal", "Proactive Detection of Voice Cloning with Localized Watermarking"),
                paper("kgw", "A Watermark for Large Language Models"),
                paper("wam", "Watermark Anything with Localized Messages"),
                paper("forge", "Forging Zorb Watermarks from a Single Image"),
                paper("hide", "Hiding Data in Zorb Images"),
                paper("ip", "A Zorb Watermark for IP Protection of Diffusion Models"),
                paper("fourier", "Zorb Watermarks with Fourier Integrity"),
                paper("srnet", "Deep Residual Network for Steganalysis of Digital Images"),
                paper("z1", "Zorb Attacks on Image Classifiers"),
                paper("z2", "Property Zorbs at Scale"),
                paper("z3", "Zorb Watermarks in the Pixel Domain")), Synonyms.configured())) {
            assertEquals("audioseal", top(searcher, "AudioSeal").get(0), top(searcher, "AudioSeal").toString());
            assertEquals("kgw", top(searcher, "KGW").get(0), top(searcher, "KGW").toString());
            assertEquals("wam", top(searcher, "WAM").get(0), top(searcher, "WAM").toString());
            assertEquals("srnet", top(searcher, "SRNet").get(0), top(searcher, "SRNet").toString());
            // what the field writes for the topic typed
            assertEquals("forge", top(searcher, "spoofing attack").get(0), top(searcher, "spoofing attack").toString());
            assertEquals("hide", top(searcher, "steganography").get(0), top(searcher, "steganography").toString());
            assertEquals("ip", top(searcher, "intellectual property").get(0), top(searcher, "intellectual property").toString());
            assertEquals("fourier", top(searcher, "frequency domain watermark").get(0),
                    top(searcher, "frequency domain watermark").toString());
        }
    }

    // vocab-24: five more fields of machine learning with many lists (spiking neural networks, tabular deep learning,
    // vision-language navigation, scene graph generation, adversarial examples). Each list holds papers by their titles
    // only; the queries type the field's names, acronyms and topics, and a query using a name's word in its plain sense
    // is left to the titles writing it.

    @Test
    void spikingNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("sew", "Deep Residual Learning in Spiking Neural Networks"),
                paper("stbp", "Spatio-Temporal Backpropagation for Training High-Performance Spiking Neural Networks"),
                paper("eprop", "A solution to the learning dilemma for recurrent networks of spiking neurons"),
                paper("qcfs", "Optimal ANN-SNN Conversion for High-accuracy and Ultra-low-latency Spiking Neural Networks"),
                paper("truenorth", "A million spiking-neuron integrated circuit with a scalable communication network and interface"),
                paper("nmnist", "Converting Static Image Datasets to Spiking Neuromorphic Datasets Using Saccades"),
                paper("gesture", "A Low Power, Fully Event-Based Gesture Recognition System"),
                paper("lif", "Zorb Dynamics of Leaky Integrate-and-Fire Neurons"),
                paper("stdp", "Unsupervised Zorb Learning with Spike-Timing-Dependent Plasticity"),
                paper("resnet", "Deep Residual Learning for Zorb Recognition"),
                paper("z1", "Zorb Networks for Image Classification"),
                paper("z2", "Recurrent Zorbs at Scale"),
                paper("z3", "Gesture Zorbs with Transformers")), Synonyms.configured())) {
            assertEquals("sew", top(searcher, "SEW-ResNet").get(0), top(searcher, "SEW-ResNet").toString());
            inTop3(searcher, "STBP", "stbp");
            inTop3(searcher, "e-prop", "eprop");
            inTop3(searcher, "QCFS", "qcfs");
            inTop3(searcher, "TrueNorth", "truenorth");
            inTop3(searcher, "N-MNIST", "nmnist");
            inTop3(searcher, "DVS Gesture", "gesture");
            // acronyms the field types
            assertEquals("lif", top(searcher, "LIF neurons").get(0), top(searcher, "LIF neurons").toString());
            assertEquals("stdp", top(searcher, "STDP").get(0), top(searcher, "STDP").toString());
            // a related term: a spiking title that writes neither "spiking" nor "neural network"... written spiking neurons
            inTop3(searcher, "spiking neural network conversion", "qcfs");
            // the plain words: residual learning stays with the title writing it all
            assertEquals("resnet", top(searcher, "residual learning recognition").get(0),
                    top(searcher, "residual learning recognition").toString());
        }
    }

    @Test
    void tabularNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("ft", "Revisiting Deep Learning Models for Tabular Data"),
                paper("ctgan", "Modeling Tabular data using Conditional GAN"),
                paper("pfn", "Transformers Can Do Bayesian Inference"),
                paper("tabsyn", "Mixed-Type Tabular Data Synthesis with Score-based Diffusion in Latent Space"),
                paper("sklearn", "Efficient and Robust Automated Machine Learning"),
                paper("tpot", "Evaluation of a Tree-based Pipeline Optimization Tool for Automating Data Science"),
                paper("xgb", "Why Do Boosted Trees Beat Zorb Networks?"),
                paper("bayes", "Bayesian Inference for Zorb Models"),
                paper("z1", "Zorb Models for Images"),
                paper("z2", "Deep Learning for Zorbs"),
                paper("z3", "Conditional Zorbs at Scale")), Synonyms.configured())) {
            assertEquals("ft", top(searcher, "FT-Transformer").get(0), top(searcher, "FT-Transformer").toString());
            inTop3(searcher, "CTGAN", "ctgan");
            inTop3(searcher, "TVAE", "ctgan");
            inTop3(searcher, "PFN", "pfn");
            inTop3(searcher, "TabSyn", "tabsyn");
            inTop3(searcher, "auto-sklearn", "sklearn");
            inTop3(searcher, "TPOT", "tpot");
            // AutoML is automated machine learning; gradient boosting is what boosted-tree titles write
            assertEquals("sklearn", top(searcher, "AutoML").get(0), top(searcher, "AutoML").toString());
            inTop3(searcher, "gradient boosting", "xgb");
            assertEquals("bayes", top(searcher, "bayesian inference zorb").get(0), top(searcher, "bayesian inference zorb").toString());
        }
    }

    @Test
    void navigationNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("r4r", "Stay on the Path: Instruction Fidelity in Vision-and-Language Navigation"),
                paper("vlnce", "Beyond the Nav-Graph: Vision-and-Language Navigation in Continuous Environments"),
                paper("envdrop", "Learning to Navigate Unseen Environments: Back Translation with Environmental Dropout"),
                paper("semexp", "Object Goal Navigation using Goal-Oriented Semantic Exploration"),
                paper("spl", "On Evaluation of Embodied Navigation Agents"),
                paper("vlmaps", "Visual Language Maps for Robot Navigation"),
                paper("objnav", "Zorb Memory for Object-Goal Navigation"),
                paper("follow", "Zorb Agents Following Navigation Instructions"),
                paper("path", "Staying on the Zorb Path"),
                paper("z1", "Zorb Navigation in Outdoor Scenes"),
                paper("z2", "Learning to Zorb in Unseen Environments"),
                paper("z3", "Visual Zorb Maps")), Synonyms.configured())) {
            inTop3(searcher, "R4R", "r4r");
            assertEquals("vlnce", top(searcher, "VLN-CE").get(0), top(searcher, "VLN-CE").toString());
            inTop3(searcher, "EnvDrop", "envdrop");
            inTop3(searcher, "SemExp", "semexp");
            inTop3(searcher, "VLMaps", "vlmaps");
            inTop3(searcher, "SPL", "spl");
            assertEquals("objnav", top(searcher, "ObjectNav zorb").get(0), top(searcher, "ObjectNav zorb").toString());
            // a related term: an instruction-following agent is vision-language navigation
            inTop3(searcher, "vision language navigation zorb", "follow");
            assertEquals("path", top(searcher, "zorb path").get(0), top(searcher, "zorb path").toString());
        }
    }

    @Test
    void sceneGraphNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("imp", "Scene Graph Generation by Iterative Message Passing"),
                paper("motifs", "Neural Motifs: Scene Graph Parsing with Global Context"),
                paper("vctree", "Learning to Compose Dynamic Tree Structures for Visual Contexts"),
                paper("tde", "Unbiased Scene Graph Generation from Biased Training"),
                paper("reldn", "Graphical Contrastive Losses for Scene Graph Parsing"),
                paper("vrd", "Visual Relationship Detection with Language Priors"),
                paper("sg2im", "Image Generation from Scene Graphs"),
                paper("pred", "Zorb Predicate Recognition in Images"),
                paper("tree", "Dynamic Tree Zorbs"),
                paper("z1", "Zorb Graph Generation"),
                paper("z2", "Contrastive Zorbs for Parsing"),
                paper("z3", "Zorb Detection with Priors")), Synonyms.configured())) {
            inTop3(searcher, "VG150", "imp");
            inTop3(searcher, "MotifNet", "motifs");
            assertEquals("vctree", top(searcher, "VCTree").get(0), top(searcher, "VCTree").toString());
            inTop3(searcher, "TDE", "tde");
            inTop3(searcher, "RelDN", "reldn");
            inTop3(searcher, "VRD", "vrd");
            inTop3(searcher, "sg2im", "sg2im");
            // PredCls is predicate classification; a predicate title is a scene graph title
            inTop3(searcher, "scene graph generation zorb", "pred");
            assertEquals("tree", top(searcher, "dynamic tree zorbs").get(0), top(searcher, "dynamic tree zorbs").toString());
        }
    }

    @Test
    void adversarialNamesAndWordsAreRead() {
        try (Searcher searcher = Searcher.inMemory(List.of(
                paper("jsma", "The Limitations of Deep Learning in Adversarial Settings"),
                paper("bim", "Adversarial examples in the physical world"),
                paper("mi", "Boosting Adversarial Attacks with Momentum"),
                paper("di", "Improving Transferability of Adversarial Examples with Input Diversity"),
                paper("bpda", "Obfuscated Gradients Give a False Sense of Security: Circumventing Defenses to Adversarial Examples"),
                paper("fast", "Fast is better than free: Revisiting adversarial training"),
                paper("textfooler", "Is BERT Really Robust? A Strong Baseline for Natural Language Attack on Text Classification and Entailment"),
                paper("ibp", "On the Effectiveness of Interval Bound Propagation for Training Verifiably Robust Models"),
                paper("query", "Query-Efficient Zorb Attacks with Hard Labels"),
                paper("world", "Zorbs in the Physical World"),
                paper("z1", "Zorb Attacks on Classifiers"),
                paper("z2", "Momentum Zorbs for Optimization"),
                paper("z3", "Robust Zorb Training")), Synonyms.configured())) {
            inTop3(searcher, "JSMA", "jsma");
            inTop3(searcher, "I-FGSM", "bim");
            assertEquals("mi", top(searcher, "MI-FGSM").get(0), top(searcher, "MI-FGSM").toString());
            inTop3(searcher, "DI-FGSM", "di");
            inTop3(searcher, "BPDA", "bpda");
            inTop3(searcher, "Fast AT", "fast");
            inTop3(searcher, "TextFooler", "textfooler");
            inTop3(searcher, "IBP", "ibp");
            // black-box attacks are written as query-efficient or hard-label ones
            inTop3(searcher, "black box attack zorb", "query");
            assertEquals("world", top(searcher, "zorbs physical world").get(0), top(searcher, "zorbs physical world").toString());
        }
    }
}
