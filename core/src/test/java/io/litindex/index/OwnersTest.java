package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litindex.model.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The owners read from an entry's links: code hosts only, account pages only, paper links and awesome lists left out. */
class OwnersTest {
    @Test
    void theAccountOfEachCodeHost() {
        assertEquals("OpenGVLab", Owners.owner("https://github.com/OpenGVLab/InternVL"));
        assertEquals("haotian-liu", Owners.owner("https://github.com/haotian-liu/LLaVA/tree/main#install"));
        assertEquals("open_mmlab", Owners.owner("http://www.github.com/open_mmlab"));
        assertEquals("inria", Owners.owner("https://gitlab.com/inria/some-tool.git"));
        assertEquals("someone", Owners.owner("https://bitbucket.org/someone/repo"));
        assertEquals("THUDM", Owners.owner("https://huggingface.co/THUDM/cogvlm-chat-hf"));
        assertEquals("BAAI", Owners.owner("https://huggingface.co/datasets/BAAI/DataOptim"));
        assertEquals("Vision-CAIR", Owners.owner("https://huggingface.co/spaces/Vision-CAIR/minigpt4"));
        assertEquals("llava-vl", Owners.owner("https://llava-vl.github.io/blog/"));
    }

    @Test
    void notAnAccount() {
        assertNull(Owners.owner("https://arxiv.org/abs/2304.08485"));
        assertNull(Owners.owner("https://huggingface.co/papers/2304.08485"));
        assertNull(Owners.owner("https://huggingface.co/docs/transformers"));
        assertNull(Owners.owner("https://github.com/orgs/OpenGVLab/repositories"));
        assertNull(Owners.owner("https://github.com/topics/multimodal"));
        assertNull(Owners.owner("https://github.com"));
        assertNull(Owners.owner("https://example.org/OpenGVLab/InternVL"));
        // an awesome list (the list linking itself, or another list) is not the paper's code
        assertNull(Owners.owner("https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models/tree/Benchmarks"));
    }

    @Test
    void eachOwnerOnceFromTheLinksThatAreNotThePaper() {
        List<Link> links = List.of(
                new Link("paper", "https://github.com/paper-host/pdfs/blob/main/p.pdf", null),
                new Link("code", "https://github.com/OpenGVLab/InternVL", null),
                new Link("model", "https://huggingface.co/opengvlab/InternVL-Chat-V1-5", null),
                new Link("data", "https://huggingface.co/datasets/BAAI/DataOptim", null),
                new Link("arxiv", "https://arxiv.org/abs/2312.14238", null));
        assertEquals(List.of("OpenGVLab", "BAAI"), Owners.of(links));
    }
}
