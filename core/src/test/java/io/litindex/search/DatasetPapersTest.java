package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.ingest.ImportResult;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.ingest.Sources;
import io.litindex.model.Entry;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.ScorePart;
import io.litindex.testing.FullRequests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists that hold datasets beside the papers that introduce them: the paper answers its own title's words before the
 * dataset that names it as source paper, and the dataset's name finds the paper too, below the dataset.
 */
class DatasetPapersTest {
    /** Papers in one table, and a table of instruction-tuning datasets naming two of them as their source paper. */
    private static final String REMOTE_SENSING = """
            # Awesome Remote Sensing MLLMs
            ## Models
            | Title | Venue | Date | Code |
            |---|---|---|---|
            | [**GeoChat: Grounded Large Vision-Language Model for Remote Sensing**](http://arxiv.org/abs/2311.15826.pdf) <br> K. Kuckreja, M. S. Danish. <br> | arXiv | 2023-11-24 | [Github](https://github.com/mbzuai-oryx/geochat) |
            | [**RSGPT: A Remote Sensing Vision Language Model and Benchmark**](https://arxiv.org/abs/2307.15266) <br> Y. Hu, J. Yuan. <br> | arXiv | 2023-07-28 | [Github](https://github.com/Lavender105/RSGPT) |
            | [**EarthGPT: A Universal Multi-modal Large Language Model for Multi-sensor Image Comprehension**](https://arxiv.org/abs/2401.16822) <br> W. Zhang. <br> | arXiv | 2024-01-30 | - |
            | [**Remote Sensing Vision-Language Foundation Models without Annotations via Ground Remote Alignment**](https://arxiv.org/abs/2312.06960) <br> U. Mall. <br> | ICLR | 2024-01-16 | - |
            | [**SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning**](https://arxiv.org/abs/2401.09712) <br> Y. Zhan. <br> | arXiv | 2024-01-18 | - |
            | [**RS-LLaVA: A Large Vision-Language Model for Joint Captioning and Question Answering in Remote Sensing Imagery**](https://www.mdpi.com/2072-4292/16/9/1477) <br> Y. Bazi. <br> | Remote Sensing | 2024-04-23 | - |
            | [**H2RSVLM: Towards Helpful and Honest Remote Sensing Large Vision Language Model**](https://arxiv.org/abs/2403.20213) <br> C. Pang. <br> | arXiv | 2024-03-29 | - |
            | [**RS5M and GeoRSCLIP: A Large Scale Vision-Language Dataset and A Large Vision-Language Model for Remote Sensing**](https://arxiv.org/abs/2306.11300) <br> Z. Zhang. <br> | arXiv | 2023-06-20 | - |
            ## Datasets of Multimodal Instruction Tuning
            | Name | Paper | Link | Size |
            |---|---|---|---|
            | **RS multimodal instruction** | [GeoChat: Grounded Large Vision-Language Model for Remote Sensing](http://arxiv.org/abs/2311.15826.pdf) | [Link](https://github.com/mbzuai-oryx/geochat) | 318k |
            | **SkyEye-968k** | [SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning](https://arxiv.org/abs/2401.09712) | [Link](https://github.com/ZhanYang-nwpu/SkyEyeGPT) | 968k |
            | **RS-instructions** | [RS-LLaVA: A Large Vision-Language Model for Joint Captioning and Question Answering in Remote Sensing Imagery](https://www.mdpi.com/2072-4292/16/9/1477) | [Link](https://github.com/BigData-KSU/RS-LLaVA) | 7k |
            | **RS-ClsQaGrd-Instruct** | [H2RSVLM: Towards Helpful and Honest Remote Sensing Large Vision Language Model](https://arxiv.org/abs/2403.20213) | [Link](https://github.com/opendatalab/H2RSVLM) | 30k |
            | **RS-Specialized-Instruct** | [H2RSVLM: Towards Helpful and Honest Remote Sensing Large Vision Language Model](https://arxiv.org/abs/2403.20213) | [Link](https://github.com/opendatalab/H2RSVLM) | 29.8k |
            | **MMRS-1M** | [EarthGPT: A Universal Multi-modal Large Language Model for Multi-sensor Image Comprehension](https://arxiv.org/abs/2401.16822) | [Link](https://github.com/wivizhang/EarthGPT) | 1M |
            """;

    /** A benchmark table whose rows link their papers, and the same papers listed again by their titles with other links. */
    private static final String GAZE = """
            # Awesome Gaze and Human-Object Interaction
            ## Benchmarks
            | Dataset | Paper | Venue | Year | Dataset Link |
            |---|---|---|---|---|
            | **GazeFollow** | [Where are they looking?](https://papers.nips.cc/paper/2015/hash/ec8956637a99787bd197eacd77acce5e-Abstract.html) | NeurIPS | 2015 | [Dataset](http://gazefollow.csail.mit.edu/) |
            | **HICO-Det** | [Learning to Detect Human-Object Interactions](https://arxiv.org/abs/1702.05448) | WACV | 2018 | [Dataset](https://example.org/hico-det) |
            ## Gaze Following
            | Paper | Venue | Year |
            |---|---|---|
            | [Where are they looking?](https://papers.nips.cc/paper/5848-where-are-they-looking) | NeurIPS | 2015 |
            | [ViTGaze: Gaze Following with Interaction Features in Vision Transformers](https://arxiv.org/abs/2403.12778) | arXiv | 2024 |
            | [Depth-aware Gaze Following via Auxiliary Networks for Robotics](https://example.org/depth-gaze) | EAAI | 2022 |
            | [Gaze Target Detection with Heads and Scenes](https://example.org/heads) | CVPR | 2021 |
            ## Human-Object Interaction
            | Paper | Venue | Year | Code |
            |---|---|---|---|
            | [Learning to Detect Human-Object Interactions](http://www-personal.umich.edu/~ywchao/publications/chao_wacv2018.pdf) | WACV | 2018 | [Code](https://github.com/ywchao/ho-rcnn) |
            | [UnionDet: Union-Level Detector Towards Real-Time Human-Object Interaction Detection](https://example.org/uniondet) | ECCV | 2020 | - |
            | [QPIC: Query-Based Pairwise Human-Object Interaction Detection](https://arxiv.org/abs/2103.05399) | CVPR | 2021 | - |
            | [Parallel Point Detection and Matching for Real-Time Human-Object Interaction Detection](https://example.org/ppdm) | CVPR | 2020 | - |
            """;

    private static List<Entry> read(String name, String markdown) {
        return new MarkdownListReader().read(name, markdown).entries();
    }

    private static Entry titled(List<Entry> entries, String title) {
        return entries.stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> titles(Searcher searcher, String query) {
        return searcher.search(FullRequests.builder().query(query).limit(10).build()).hits().stream()
                .map(h -> h.entry().title()).toList();
    }

    @Test
    void aPaperOfTheListRanksAboveTheDatasetThatNamesItAsSourcePaper() {
        // the bundled catalog: GeoChat and its instruction data "RS multimodal instruction", whose own title is three
        // words; with its paper's words weighing as an unlisted paper's do, the dataset ranked first (11.75 to 11.16)
        try (Searcher searcher = Searcher.bundled()) {
            List<String> ids = ids(searcher, "remote sensing grounding");
            assertEquals("2311.15826", ids.get(0), ids.toString());
            assertTrue(ids.indexOf("rs-multimodal-instruction") > 0, ids.toString());
            // the dataset is still found through its paper's words, and explained so
            ScoreExplanation why = searcher.explain(FullRequests.of("remote sensing grounding"), "rs-multimodal-instruction").orElseThrow();
            assertTrue(why.parts().stream().anyMatch(p -> p.part().equals(ScorePart.SOURCE_PAPER) && p.score() > 0), why.parts().toString());
        }
        // in a list read here, the dataset's source paper is the paper's entry
        Entry dataset = titled(read("rs.md", REMOTE_SENSING), "RS multimodal instruction");
        assertEquals("2311.15826", dataset.sourcePaper().id());
        try (Searcher searcher = Searcher.inMemory(read("rs.md", REMOTE_SENSING), Synonyms.configured())) {
            List<String> titles = titles(searcher, "remote sensing grounding");
            assertEquals("GeoChat: Grounded Large Vision-Language Model for Remote Sensing", titles.get(0), titles.toString());
        }
    }

    @Test
    void thePaperHoldsTheNamesOfItsDatasets() {
        List<Entry> gaze = read("gaze.md", GAZE);
        assertEquals(List.of("GazeFollow"), titled(gaze, "Where are they looking?").datasetNames());
        assertEquals(List.of("HICO-Det"), titled(gaze, "Learning to Detect Human-Object Interactions").datasetNames());
        assertEquals(List.of(), titled(gaze, "GazeFollow").datasetNames());
        List<Entry> rs = read("rs.md", REMOTE_SENSING);
        assertEquals(List.of("RS multimodal instruction"), titled(rs, "GeoChat: Grounded Large Vision-Language Model for Remote Sensing").datasetNames());
        assertEquals(List.of("SkyEye-968k"), titled(rs, "SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning").datasetNames());
    }

    @Test
    void aDatasetsNameFindsThePaperThatIntroducedItSecond() {
        try (Searcher searcher = Searcher.inMemory(read("gaze.md", GAZE), Synonyms.configured())) {
            List<String> titles = titles(searcher, "GazeFollow");
            assertEquals(List.of("GazeFollow", "Where are they looking?"), titles.subList(0, 2), titles.toString());
            // a name of two words (HICO-DET: hico det) finds the paper as the whole run of words
            titles = titles(searcher, "HICO-DET");
            assertEquals(List.of("HICO-Det", "Learning to Detect Human-Object Interactions"), titles.subList(0, 2), titles.toString());
            Entry paper = searcher.search(FullRequests.of("GazeFollow")).hits().get(1).entry();
            ScoreExplanation why = searcher.explain(FullRequests.of("GazeFollow"), paper.id()).orElseThrow();
            ScorePart part = why.parts().stream().filter(p -> p.part().equals(ScorePart.DATASET)).findFirst().orElseThrow();
            assertEquals("GazeFollow", part.detail());
        }
    }

    /** Two titles whose first sixty characters are one id: the second paper's id becomes "…-2". */
    private static final String SAME_ID = """
            # Awesome Zorb
            ## Papers
            | Paper | Venue | Year |
            |---|---|---|
            | [A Very Long Common Prefix for Titles of Remote Sensing Papers About Segmentation](https://example.org/a) | CVPR | 2020 |
            | [A Very Long Common Prefix for Titles of Remote Sensing Papers About Detection](https://example.org/b) | CVPR | 2021 |
            ## Datasets
            | Name | Paper | Link | Size |
            |---|---|---|---|
            | **ZorbSet** | [A Very Long Common Prefix for Titles of Remote Sensing Papers About Detection](https://example.org/b) | [Link](https://example.org/zorbset) | 3k |
            """;

    @Test
    void aDatasetNamesThePaperThatHoldsItsNameWhenTwoTitlesShareAnId() {
        List<Entry> entries = read("same-id.md", SAME_ID);
        Entry detection = titled(entries, "A Very Long Common Prefix for Titles of Remote Sensing Papers About Detection");
        assertEquals("a-very-long-common-prefix-for-titles-of-remote-sensing-2", detection.id());
        assertEquals(List.of("ZorbSet"), detection.datasetNames());
        // the dataset's source paper is that entry, not the first one that had its id before ids were made unique
        assertEquals(detection.id(), titled(entries, "ZorbSet").sourcePaper().id());
        // and so when the papers come from two lists, merged
        ImportResult first = new MarkdownListReader().read("a.md", SAME_ID.substring(0, SAME_ID.indexOf("| [A Very Long", SAME_ID.indexOf("Segmentation"))));
        ImportResult second = new MarkdownListReader().read("b.md", SAME_ID.replace("| [A Very Long Common Prefix for Titles of Remote Sensing Papers About Segmentation](https://example.org/a) | CVPR | 2020 |\n", ""));
        List<Entry> merged = Sources.merge(List.of(first, second)).entries();
        Entry paper = titled(merged, "A Very Long Common Prefix for Titles of Remote Sensing Papers About Detection");
        assertEquals("a-very-long-common-prefix-for-titles-of-remote-sensing-2", paper.id());
        assertEquals(List.of("ZorbSet"), paper.datasetNames());
        assertEquals(paper.id(), titled(merged, "ZorbSet").sourcePaper().id());
    }
}
