package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of the tenth round's held-out lists (a continual-learning list whose bullets hold only a venue tag and a
 * title, no link; a sim-to-real list of numbered references giving the venue and the year as two sentences), each
 * written here small.
 */
class TenthRoundShapesTest {

    @Test
    void aListOfVenueTagsAndTitlesWithoutLinksIsAListOfPapers() {
        ImportResult result = read("""
                # Awesome Continual Learning

                ## Survey

                * (Book 18) Lifelong Machine Learning
                * (PhD dissertation 19) Continual Learning with Deep Architectures
                * (Trends in Cognitive Science 20) Embracing Change: Continual Learning in Deep Neural Networks
                * (TPAMI 21) A Continual Learning Survey: Defying Forgetting in Classification Tasks
                * (arXiv 23) Deep Class-Incremental Learning: A Survey

                ## Replay-based

                * (CVPR 17) iCaRL: Incremental Classifier and Representation Learning
                * (NeurIPS 17) Gradient Episodic Memory for Continual Learning
                * (ACM MM 22) Meta Reconciliation Normalization for Lifelong Person Re-Identification
                """);
        assertEquals(8, result.entries().size(), "every item is a paper: " + titles(result));
        Entry icarl = byTitle(result, "iCaRL: Incremental Classifier and Representation Learning");
        assertEquals("CVPR", icarl.venue());
        assertEquals(2017, icarl.year());
        assertTrue(icarl.links().isEmpty());
        assertEquals("ACM MM", byTitle(result, "Meta Reconciliation Normalization for Lifelong Person Re-Identification").venue());

        Entry survey = byTitle(result, "A Continual Learning Survey: Defying Forgetting in Classification Tasks");
        assertEquals("TPAMI", survey.venue());
        assertEquals(2021, survey.year());
        // among known venue tags, a tag naming none in the same shape is the venue as written, with its year
        Entry book = byTitle(result, "Lifelong Machine Learning");
        assertNull(book.venue());
        assertEquals("Book 18", book.venueAsWritten());
        assertEquals(2018, book.year());
        assertEquals("PhD dissertation 19", byTitle(result, "Continual Learning with Deep Architectures").venueAsWritten());
        assertEquals(2020, byTitle(result, "Embracing Change: Continual Learning in Deep Neural Networks").year());
    }

    @Test
    void aFewDatedNotesWithoutLinksAreNoPapers() {
        ImportResult result = read("""
                # Awesome Things

                ## Papers

                - [Attention Is All You Need](https://arxiv.org/abs/1706.03762)

                ## Notes

                - (Update 23) Added the papers of this spring and fixed the links
                - (CVPR 2023) Our paper on graph pooling was accepted. Code is coming soon.
                - We welcome pull requests
                """);
        assertEquals(List.of("Attention Is All You Need"), titles(result),
                "one tagged line among notes, a sentence after it, is no list of named papers");
    }

    @Test
    void aVenueWrittenOutThenItsYearAsASentenceIsTheVenue() {
        ImportResult result = read("""
                ### Survey Papers
                1. **How simulation helps autonomous driving: A survey of sim2real, digital twins, and parallel intelligence**. *Hu, Xuemin and Li, Shen and Huang, Tingyu*. IEEE Transactions on Intelligent Vehicles. 2023. [link](https://ieeexplore.ieee.org/document/10242366)
                1. **A Brief Survey of Sim2Real Methods for Robot Learning**. *Dimitropoulos, Konstantinos and Chatzilygeroudis, Konstantinos*. International Conference on Robotics in Alpe-Adria Danube Region. 2022 [link](https://link.springer.com/chapter/10.1007/978-3-031-04870-8_16)
                1. **Reinforcement learning based VNF scheduling with end-to-end delay guarantee**. *Junling Li, Weisen Shi, Ning Zhang*. IEEE/CIC International Conference on Communications in China (ICCC). 2019. [link](https://ieeexplore.ieee.org/document/8855889)
                1. **Adversarial discriminative domain adaptation**. *Eric Tzeng, Judy Hoffman, Kate Saenko, Trevor Darrell*. IEEE Conference on Computer Vision and Pattern Recognition (CVPR). 2017. [link](https://ieeexplore.ieee.org/document/8099799)
                1. **Grounded action transformation for robot learning in simulation**. *Josiah Hanna, Peter Stone*. Thirty-First AAAI Conference on Artificial Intelligence. 2017. [link](https://ojs.aaai.org/index.php/AAAI/article/view/11044)
                1. **Solving Rubik's Cube with a Robot Hand**. *S OpenAI et, al*. CoRR. 2019. [link](https://arxiv.org/abs/1910.07113)
                1. **Delving Deeper into Out-of-Distribution Detection in Deep Neural Networks**. *Alok Sahu, Harshit Pandey, et, al.* . IEEE Robotics and Automation. 2023. [link](https://arxiv.org/abs/2301.04195)
                """);
        Entry driving = byTitle(result, "How simulation helps autonomous driving: A survey of sim2real, digital twins, and parallel intelligence");
        assertEquals("T-IV", driving.venue(), "the journal was the note (known since reading-15)");
        assertEquals("IEEE Transactions on Intelligent Vehicles. 2023", driving.venueAsWritten());
        assertEquals(2023, driving.year(), "the year was not read at all");
        assertNull(driving.note());

        Entry region = byTitle(result, "A Brief Survey of Sim2Real Methods for Robot Learning");
        assertEquals("International Conference on Robotics in Alpe-Adria Danube Region", region.venue());
        assertEquals(2022, region.year());

        Entry iccc = byTitle(result, "Reinforcement learning based VNF scheduling with end-to-end delay guarantee");
        assertEquals("IEEE/CIC International Conference on Communications in China (ICCC)", iccc.venue());
        assertEquals(2019, iccc.year());

        assertEquals("CVPR", byTitle(result, "Adversarial discriminative domain adaptation").venue(),
                "a known acronym in parentheses names the venue");
        assertEquals("AAAI", byTitle(result, "Grounded action transformation for robot learning in simulation").venue());

        // reading-15: "et, al" ends the names, so the venue sentence after them is read; a society's name leading a
        // title-cased name before its year is the venue as written
        assertEquals("arXiv", byTitle(result, "Solving Rubik's Cube with a Robot Hand").venue());
        Entry ood = byTitle(result, "Delving Deeper into Out-of-Distribution Detection in Deep Neural Networks");
        assertEquals("IEEE Robotics and Automation", ood.venue());
        assertEquals(2023, ood.year());
    }
}
