package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The shapes of the ninth round's held-out lists (a theorem-proving list of numbered references with the venue in
 * backticks and prover labels after the link; an offline reinforcement learning list of linked titles with the names,
 * venue and year on a nested bullet), each written here small.
 */
class NinthRoundShapesTest {

    @Test
    void bracketedLabelsAfterTheLinkAreANoteNotPartOfTheBacktickVenue() {
        ImportResult result = read("""
                ### Premise Selection

                1. **Autoformalization with Large Language Models** `NeurIPS 2022` [[paper]](https://arxiv.org/pdf/2205.12615.pdf) [NL, Isabelle]

                   *Wu, Yuhuai and Jiang, Albert Qiaochu and Li, Wenda*

                1. **Premise Selection for Mathematics by Corpus Analysis and Kernel Methods** `Journal of Automated Reasoning 2014` [[paper]](https://arxiv.org/pdf/1108.3446.pdf) [Mizar]

                   *Alama, Jesse and Heskes, Tom and Kühlwein, Daniel*

                1. **Solving Proof Block Problems Using Large Language Models** `SIGCSE 2024` [[paper]](https://dl.acm.org/doi/pdf/10.1145/3626252.3630928) [NL]

                   *Poulsen, Seth and Sarsa, Sami*

                1. **Towards the Automatic Mathematician** `CADE 2021` [[paper]](https://link.springer.com/chapter/10.1007/978-3-030-79876-5_2)

                   *Rabe, Markus N and Szegedy, Christian*
                """);
        Entry autoformal = byTitle(result, "Autoformalization with Large Language Models");
        assertEquals("NeurIPS", autoformal.venue());
        assertEquals("NeurIPS 2022", autoformal.venueAsWritten(), "the labels are no part of the venue as written");
        assertEquals("NL, Isabelle", autoformal.note(), "the provers and domains the list labels the paper with");
        assertEquals(List.of("Wu, Yuhuai", "Jiang, Albert Qiaochu", "Li, Wenda"), autoformal.authors());

        Entry journal = byTitle(result, "Premise Selection for Mathematics by Corpus Analysis and Kernel Methods");
        assertEquals("Journal of Automated Reasoning", journal.venue(), "a journal written out with its year was a note");
        assertEquals(2014, journal.year(), "the journal's year, not the arXiv number's 2011");
        assertEquals("Mizar", journal.note());

        Entry sigcse = byTitle(result, "Solving Proof Block Problems Using Large Language Models");
        assertEquals("SIGCSE", sigcse.venue(), "an unknown venue was read as 'SIGCSE   [NL]'");
        assertEquals(2024, sigcse.year());
        assertEquals("NL", sigcse.note());

        Entry cade = byTitle(result, "Towards the Automatic Mathematician");
        assertEquals("CADE", cade.venue());
        assertNull(cade.note(), "no labels, no note");
    }

    @Test
    void aNestedBulletOfNamesThenVenueAndYearGivesTheAuthorsAndTheVenue() {
        ImportResult result = read("""
                ### Offline RL: Theory/Methods
                - [Decision Transformer: Reinforcement Learning via Sequence Modeling](https://arxiv.org/abs/2106.01345)
                  - Lili Chen, Kevin Lu, Aravind Rajeswaran, and Igor Mordatch. arXiv, 2021.
                - [Batch Value-function Approximation with Only Realizability](https://arxiv.org/abs/2008.04990)
                  - Tengyang Xie and Nan Jiang. arXiv2020.
                - [Critic Regularized Regression](https://proceedings.neurips.cc/paper/2020/hash/588cb956d6bbe67078f29f8de420a13d-Abstract.html)
                  - Ziyu Wang, Josh S. Merel, and Nando de Freitas. NeurIPS, 2020
                - [Bootstrapping with Models: Confidence Intervals for Off-Policy Evaluation](https://arxiv.org/abs/1606.06126)
                  - Josiah P. Hanna, Peter Stone, and Scott Niekum. AAAMS, 2016.
                - [Simultaneous Perturbation Algorithms for Batch Off-Policy Search](https://arxiv.org/abs/1403.4514)
                  - Raphael Fonteneau, and L.A. Prashanth. CDC, 2014.
                - [Towards Off-policy Evaluation as a Prerequisite for Real-world Reinforcement Learning in Building Control](https://dl.acm.org/doi/10.1145/3427773.3427871) [[video](https://www.youtube.com/watch?v=zlk_TDNC4qk)]
                  - Bingqing Chen, Ming Jin, and Mario Bergés, RLEM, 2020.
                - [Empirical Study of Off-Policy Policy Evaluation for Reinforcement Learning](https://arxiv.org/abs/1911.06854)
                   - Cameron Voloshin, Hoang M. Le, Nan Jiang, and Yisong Yue, arXiv, 2019.
                - [A Clustering-Based Reinforcement Learning Approach for Tailored Personalization of E-Health Interventions](https://arxiv.org/abs/1804.03592)
                  - Ali el Hassouni, Mark Hoogendoorn, and Martijn van Otterlo. arXiv, 2018.
                - [Batch-Constrained Reinforcement Learning for Dynamic Distribution Network Reconfiguration](https://arxiv.org/abs/2006.12749)
                  - Yuanqi Gao, Wei Wang, Jie Shi, and Nanpeng Yu. IEEE T SMART GRID, 2020.
                ### Tutorials/Talks/Lectures
                - [Is Pessimism Provably Efficient for Offline RL?](https://www.youtube.com/watch?v=vCQsZ5pzHPk)
                  - Ying Jin. RL Theory Seminar2021.
                - [A Gentle Introduction to Offline Reinforcement Learning](https://m.youtube.com/watch?v=tW-BNW1ApN8)
                  - Sergey Levine. 2021.
                - [Combining Statistical methods with Human Input for Evaluation and Optimization in Batch Settings](https://slideslive.com/38922630/combining)
                  - Finale Doshi-Velez. NeurIPS2019 Workshop on Safety and Robustness in Decision Making.
                """);
        Entry dt = byTitle(result, "Decision Transformer: Reinforcement Learning via Sequence Modeling");
        assertEquals(List.of("Lili Chen", "Kevin Lu", "Aravind Rajeswaran", "Igor Mordatch"), dt.authors());
        assertEquals("arXiv", dt.venue());
        assertEquals(2021, dt.year());
        assertNull(dt.note(), "the whole line was the note");

        Entry glued = byTitle(result, "Batch Value-function Approximation with Only Realizability");
        assertEquals(List.of("Tengyang Xie", "Nan Jiang"), glued.authors());
        assertEquals("arXiv", glued.venue(), "a year glued to the venue");
        assertEquals(2020, glued.year());

        assertEquals("NeurIPS", byTitle(result, "Critic Regularized Regression").venue(), "no period after the year");
        assertEquals(List.of("Josiah P. Hanna", "Peter Stone", "Scott Niekum"),
                byTitle(result, "Bootstrapping with Models: Confidence Intervals for Off-Policy Evaluation").authors(),
                "an initial's period ends no names");
        assertEquals(List.of("Raphael Fonteneau", "L.A. Prashanth"),
                byTitle(result, "Simultaneous Perturbation Algorithms for Batch Off-Policy Search").authors());

        Entry comma = byTitle(result, "Towards Off-policy Evaluation as a Prerequisite for Real-world Reinforcement Learning in Building Control");
        assertEquals(List.of("Bingqing Chen", "Ming Jin", "Mario Bergés"), comma.authors(), "a comma for the period before an acronym");
        assertEquals("RLEM", comma.venue());
        Entry arxivComma = byTitle(result, "Empirical Study of Off-Policy Policy Evaluation for Reinforcement Learning");
        assertEquals(List.of("Cameron Voloshin", "Hoang M. Le", "Nan Jiang", "Yisong Yue"), arxivComma.authors());
        assertEquals("arXiv", arxivComma.venue());

        assertEquals(List.of("Ali el Hassouni", "Mark Hoogendoorn", "Martijn van Otterlo"),
                byTitle(result, "A Clustering-Based Reinforcement Learning Approach for Tailored Personalization of E-Health Interventions").authors(),
                "'el' is a surname particle");
        Entry journal = byTitle(result, "Batch-Constrained Reinforcement Learning for Dynamic Distribution Network Reconfiguration");
        assertEquals("IEEE T SMART GRID", journal.venue(), "after the names, the name before the year is the venue, known or not");
        assertEquals(2020, journal.year());

        Entry talk = byTitle(result, "Is Pessimism Provably Efficient for Offline RL?");
        assertEquals(List.of("Ying Jin"), talk.authors());
        assertEquals("RL Theory Seminar", talk.venue());
        Entry noVenue = byTitle(result, "A Gentle Introduction to Offline Reinforcement Learning");
        assertEquals(List.of("Sergey Levine"), noVenue.authors());
        assertEquals(2021, noVenue.year());
        assertNull(noVenue.venue());
        Entry workshop = byTitle(result, "Combining Statistical methods with Human Input for Evaluation and Optimization in Batch Settings");
        assertEquals(List.of("Finale Doshi-Velez"), workshop.authors());
        assertEquals(2019, workshop.year());
    }

    @Test
    void aLineOfNamesWithoutAYearIsStillReadAsNamesAndALaterLineKeepsItsVenue() {
        ImportResult result = read("""
                ## Graph pooling
                - [Principal Neighbourhood Aggregation for Graph Nets](https://arxiv.org/abs/2004.05718)
                  - Gabriele Corso, Luca Cavalleri, Dominique Beaini
                  - NeurIPS, 2020.
                - [d3rlpy: A data-driven deep reinforcement learning library as an out-of-the-box tool](https://github.com/takuseno/d3rlpy)
                  - Takuma Seno.
                """);
        Entry pna = byTitle(result, "Principal Neighbourhood Aggregation for Graph Nets");
        assertEquals(List.of("Gabriele Corso", "Luca Cavalleri", "Dominique Beaini"), pna.authors());
        assertEquals(2020, pna.year());
        assertEquals(List.of("Takuma Seno"), byTitle(result,
                "d3rlpy: A data-driven deep reinforcement learning library as an out-of-the-box tool").authors());
    }

    @Test
    void aPersonsLinkedNameWithAnAffiliationIsNoEntry() {
        ImportResult result = read("""
                # awesome-offline-rl

                Maintainers:
                - [Haruka Kiyohara](https://sites.google.com/view/harukakiyohara) (Tokyo Institute of Technology)
                - [Yuta Saito](http://usaito.github.io/) (Hanjuku-kaso Co., Ltd.)

                ## Papers
                - [Neural Sparse Voxel Fields](https://lingjie0206.github.io/papers/NSVF/) (Facebook AI Research)
                - [Deep Sets](https://arxiv.org/abs/1703.06114) (Carnegie Mellon University)
                - [Offline Reinforcement Learning](https://m.youtube.com/watch?v=Es2G8FDl-Nc)
                  - Guy Tennenholtz. CHIL2021.
                """);
        List<String> titles = titles(result);
        assertFalse(titles.contains("Haruka Kiyohara"), "a maintainer, not a paper: " + titles);
        assertFalse(titles.contains("Yuta Saito"));
        assertEquals(List.of("Neural Sparse Voxel Fields", "Deep Sets", "Offline Reinforcement Learning"), titles,
                "a title of four words, or one linking an arXiv paper, stays, an affiliation beside it notwithstanding");
        assertEquals("CHIL", byTitle(result, "Offline Reinforcement Learning").venue());
    }
}
