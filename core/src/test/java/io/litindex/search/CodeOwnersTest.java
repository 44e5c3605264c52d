package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.Hit;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The owner of an entry's code on a code host (a lab, a company, a person) found by a query word, on small lists
 * written here: lists that give no authors are searched by who published the code.
 */
class CodeOwnersTest {
    private static Entry paper(String id, String title, String code) {
        Entry.Builder b = Entry.builder(id, title).link("arxiv", "https://arxiv.org/abs/2401.0000" + id.length());
        return (code == null ? b : b.link("code", code)).build();
    }

    /** No authors, as many awesome lists: the owners are written only in the code links. */
    private static final List<Entry> LIST = List.of(
            paper("internvl", "Scaling up Vision Foundation Models and Aligning for Generic Visual-Linguistic Tasks",
                    "https://github.com/OpenGVLab/InternVL"),
            paper("llava", "Visual Instruction Tuning", "https://github.com/haotian-liu/LLaVA"),
            paper("owl", "Modularization Empowers Large Language Models with Multimodality", "https://github.com/X-PLUG/mPLUG-Owl"),
            paper("cogvlm", "Visual Expert for Pretrained Language Models", "https://huggingface.co/THUDM/cogvlm-chat-hf"),
            paper("liu", "Improved Baselines with Visual Instruction Tuning of Language Models", "https://github.com/liu-zhang/baselines"),
            paper("haotian", "Haotian: Grounded Dialogue with Images", "https://github.com/someone/grounded-dialogue"),
            paper("coco", "Microsoft COCO: Common Objects in Context", null),
            paper("kosmos", "Language Is Not All You Need: Aligning Perception with Language Models", "https://github.com/microsoft/unilm"),
            paper("clip", "Learning Transferable Visual Models From Natural Language Supervision", "https://github.com/openai/CLIP"),
            paper("blip", "Bootstrapping Language-Image Pre-training", "https://github.com/salesforce/LAVIS"),
            paper("sam", "Segment Anything", "https://github.com/facebookresearch/segment-anything"),
            paper("research", "Research Directions for Multimodal Models", "https://github.com/another-lab/directions"));

    @Test
    void anOwnerFindsTheEntryWhoseCodeItOwns() {
        try (Searcher s = Searcher.inMemory(LIST, Synonyms.configured())) {
            assertEquals(List.of("internvl"), ids(s, "OpenGVLab"));
            assertEquals(List.of("internvl"), ids(s, "opengvlab"));
            assertEquals(List.of("cogvlm"), ids(s, "THUDM"));
            // a hyphenated owner by its parts, and with another word of the entry
            assertEquals("owl", ids(s, "X-PLUG").get(0));
            assertEquals("owl", ids(s, "x plug multimodality").get(0));
            // an owner written as one word, typed as two: the joined form is in the vocabulary
            assertEquals("sam", ids(s, "facebookresearch").get(0));
            assertEquals("sam", ids(s, "facebook research").get(0));
        }
    }

    @Test
    void aPersonsNameFindsTheirCodeFirst() {
        try (Searcher s = Searcher.inMemory(LIST, Synonyms.configured())) {
            // "haotian" is a title word of another entry, "liu" part of another owner: only llava has both
            assertEquals("llava", ids(s, "haotian liu").get(0));
            assertEquals("llava", ids(s, "\"haotian liu\"").get(0));
        }
    }

    @Test
    void aTitleMatchOutranksAnOwnerOnlyMatch() {
        try (Searcher s = Searcher.inMemory(LIST, Synonyms.configured())) {
            List<String> microsoft = ids(s, "microsoft");
            assertEquals(List.of("coco", "kosmos"), microsoft);
            List<String> haotian = ids(s, "haotian");
            assertEquals(List.of("haotian", "llava"), haotian);
        }
    }

    @Test
    void anAuthorQueryDoesNotMatchOwners() {
        try (Searcher s = Searcher.inMemory(LIST, Synonyms.configured())) {
            assertEquals(List.of(), ids(s, "author:haotian"));
        }
    }

    @Test
    void aListWithoutCodeLinksRanksAsWithoutLinks() {
        // links to papers and to pages that are not code hosts name no owner: the ranking and scores are
        // those of the same list without any link
        List<Entry> linked = List.of(
                Entry.builder("a", "Visual Instruction Tuning").link("arxiv", "https://arxiv.org/abs/2304.08485")
                        .link("project", "https://example.org/llava/").build(),
                Entry.builder("b", "Instruction Tuning with GPT-4").link("paper", "https://github.com/paper-host/gpt4-tuning.pdf").build(),
                Entry.builder("c", "Visual Grounding at Scale").link("project", "https://github.com/sindresorhus/awesome").build(),
                Entry.builder("d", "Language Models are Few-Shot Learners").build());
        List<Entry> bare = linked.stream().map(e -> e.toBuilder().links(List.<io.litindex.model.Link>of()).build()).toList();
        try (Searcher withLinks = Searcher.inMemory(linked, Synonyms.configured());
             Searcher without = Searcher.inMemory(bare, Synonyms.configured())) {
            for (String query : List.of("visual instruction tuning", "tuning", "sindresorhus", "paper host", "learners gpt")) {
                List<Hit> a = withLinks.search(FullRequests.of(query)).hits();
                List<Hit> b = without.search(FullRequests.of(query)).hits();
                assertEquals(b.stream().map(h -> h.entry().id() + " " + h.score()).toList(),
                        a.stream().map(h -> h.entry().id() + " " + h.score()).toList(), query);
            }
            assertFalse(withLinks.search(FullRequests.of("visual")).hits().isEmpty());
            assertTrue(withLinks.search(FullRequests.of("sindresorhus")).hits().isEmpty());
        }
    }
}
