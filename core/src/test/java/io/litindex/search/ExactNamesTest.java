package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.index.Acronyms;
import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact short names first: an entry named by the query word or run outranks entries whose names only contain it,
 * and a query for the longer name is not answered by the short one. The names are made up, so that no known name
 * of the shipped file helps.
 */
class ExactNamesTest {
    private static Entry paper(String id, String title, String... aliases) {
        Entry.Builder b = Entry.builder(id, title);
        for (String a : aliases) {
            b.alias(a);
        }
        return b.build();
    }

    private static final Searcher FAMILY = Searcher.inMemory(List.of(
            paper("med", "Zorb-Med: Training a Large Language Assistant for Biomedicine with Zorb"),
            paper("zorb", "Zorb: Visual Instruction Tuning"),
            paper("z15", "Zorb-1.5: Improved Baselines with Visual Instruction Tuning for Zorb"),
            paper("plus", "Zorb-Plus: Learning to Use Tools with Zorb for Creating Zorb Agents"),
            paper("rad", "Zorb-Rad: Radiology assistant built on Zorb"),
            paper("bare", "Training Assistants on Radiology Reports", "Kert"),
            paper("rokerta", "RoKERTa: A Robustly Optimized KERT Pretraining Approach"),
            paper("wwm", "Pre-Training with Whole Word Masking for Chinese Kert", "Kert-wwm"),
            paper("theseus", "Kert-of-Theseus: Compressing Kert by Progressive Module Replacing with Kert")), Synonyms.configured());

    @Test
    void theShortNameFindsItsEntryBeforeTheLongerNamesHoldingIt() {
        assertEquals("zorb", ids(FAMILY, "Zorb").get(0));
        assertEquals("zorb", ids(FAMILY, "zorb").get(0));
        // named by an alias only, while longer names write the word twice in their titles
        assertEquals("bare", ids(FAMILY, "Kert").get(0));
    }

    @Test
    void theLongerNameIsNotAnsweredByTheShortOne() {
        assertEquals("med", ids(FAMILY, "Zorb-Med").get(0));
        assertEquals("med", ids(FAMILY, "zorb med").get(0));
        assertEquals("z15", ids(FAMILY, "Zorb-1.5").get(0));
        assertEquals("plus", ids(FAMILY, "Zorb-Plus").get(0));
        assertEquals("wwm", ids(FAMILY, "Kert-wwm").get(0));
        assertEquals("rokerta", ids(FAMILY, "RoKERTa").get(0));
    }

    @Test
    void aRunNamingAnEntryOutranksTitlesThatOnlyHoldTheRun() {
        try (Searcher s = Searcher.inMemory(List.of(
                paper("fast", "Fast and Quiet Lattice Inverse Solver with History Gradient Update"),
                paper("seg", "Quiet Lattice Segmentation for Biomedical Images"),
                paper("ql", "Quiet Lattice: High-Resolution Image Synthesis with Latent Models"),
                paper("ql2", "Quiet Lattice 2: Better Image Synthesis")), Synonyms.configured())) {
            assertEquals("ql", ids(s, "Quiet Lattice").get(0));
            assertEquals("ql", ids(s, "quiet lattice").get(0));
            assertEquals("ql2", ids(s, "Quiet Lattice 2").get(0));
        }
    }

    private static final Searcher TITLE_NAMES = Searcher.inMemory(List.of(
            paper("p2z", "Prompt2Zorb (P2Z): Text-Guided Attacks on Ultrasound Images"),
            paper("p2zmed", "P2Z-Med: Stronger P2Z Attacks on Medical Images"),
            paper("guard", "Defending against P2Z attacks with P2Z-Guard"),
            paper("tgem", "Transformer for Gene Expression Modeling (T-GEM): An Interpretable Model of Gene Expression"),
            paper("bench", "Benchmarking T-GEM against T-GEM-2 for gene expression"),
            paper("deepan", "DeePaN - A deep patient graph network for clinical data"),
            paper("deepan2", "Graph networks for patients: DeePaN and DeePaN-2 compared"),
            paper("dino", "DiNO-Zorb. Scaling Medical Zorb via Self-Supervised Pre-Training"),
            paper("dino2", "Scaling DiNO-Zorb: more data for DiNO-Zorb")), Synonyms.configured());

    @Test
    void aTitleNamesItsEntryBeforeAColonInParenthesesOrBeforeADash() {
        assertEquals("p2z", ids(TITLE_NAMES, "P2Z").get(0));
        assertEquals("p2z", ids(TITLE_NAMES, "Prompt2Zorb").get(0));
        assertEquals("p2zmed", ids(TITLE_NAMES, "P2Z-Med").get(0));
        assertEquals("tgem", ids(TITLE_NAMES, "T-GEM").get(0));
        assertEquals("deepan", ids(TITLE_NAMES, "DeePaN").get(0));
        assertEquals("dino", ids(TITLE_NAMES, "DiNO-Zorb").get(0));
    }

    @Test
    void onlyNameShapedWordsAreReadAsNames() {
        assertEquals(List.of("P2P", "Prompt2Perturb"), Acronyms.titleNames("Prompt2Perturb (P2P): Text-Guided Diffusion-Based Attacks"));
        assertEquals(List.of("GeoChat"), Acronyms.titleNames("GeoChat: Grounded Large Vision-Language Model"));
        assertEquals(List.of("DeePaN"), Acronyms.titleNames("DeePaN - A deep patient graph network"));
        // plain words, acronym plurals and venues name nothing
        assertEquals(List.of(), Acronyms.titleNames("Deep Learning - A Survey of Methods"));
        assertEquals(List.of(), Acronyms.titleNames("Overview. Methods for graphs"));
        assertEquals(List.of(), Acronyms.titleNames("A Survey of Large Language Models (LLMs): Methods and Benchmarks for Everything"));
        assertEquals(List.of(), Acronyms.titleNames("Learning on Graphs (ICML 2019): Notes"));
    }
}
