package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.testing.Results;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A query word read as a venue counts in the coverage as common as the venue's entries are in the list (BM25's IDF of
 * the entries published there), like the other words, not fully whatever its share; its word in the text is not what
 * counts (a list named after its venue writes it in every entry's headings: awesome-RecSys-papers). With the venue
 * weighed so, a year typed beside it counts its fewest steps ({@link YearShareTest}) also when the query's topic is a
 * rule's phrase (sim-to-real), which counts fully: the venue's papers of other years on the list's topic rank above
 * the papers of that year from other venues (sim-to-real list, {@code ICRA 2021 sim-to-real}). Fails with
 * {@code -Dlitindex.shape.off=venueshare}.
 */
class VenueShareTest {
    private static Entry paper(String id, String title, String venue, int year) {
        return Entry.builder(id, title).venue(venue).year(year).section("AwesomeSim2Real > Papers").build();
    }

    private static final Searcher LIST = Searcher.inMemory(List.of(
            paper("retinagan", "Retinagan: An object-aware approach to sim-to-real transfer", "ICRA", 2021),
            paper("grasping", "Sim-to-real visual grasping via state representation learning", "ICRA", 2021),
            paper("safe", "Safe reinforcement learning with model uncertainty estimates", "ICRA", 2019),
            paper("adaptation", "Using simulation and domain adaptation to improve efficiency of deep robotic grasping", "ICRA", 2018),
            paper("understanding", "Understanding domain randomization for sim-to-real transfer", "ICLR", 2021),
            paper("navigation", "Sim-to-real transfer for vision-and-language navigation", "CoRL", 2021),
            paper("bidirectional", "Bi-directional domain adaptation for sim2real transfer of embodied navigation agents", "RA-L", 2021),
            paper("gap", "Crossing the reality gap: a survey on sim-to-real transferability of robot controllers", "IEEE Access", 2021),
            paper("dexterous", "Learning dexterous in-hand manipulation", "IJRR", 2020),
            paper("legged", "Learning agile and dynamic motor skills for legged robots", "Science Robotics", 2019),
            paper("cyclegan", "RL-CycleGAN: Reinforcement learning aware simulation-to-real", "CVPR", 2020),
            paper("dropo", "DROPO: Sim-to-real transfer with offline domain randomization", "RAS", 2022),
            paper("delays", "Reinforcement learning with random delays", "ICLR", 2020),
            paper("assistive", "Assistive Gym: A physics simulation framework for assistive robotics", "ICRA", 2020),
            paper("humanoid", "Humanoid-Gym: reinforcement learning for humanoid robot with zero-shot sim2real transfer", "arXiv", 2024)),
            Synonyms.configured());

    @AfterAll
    static void close() {
        LIST.close();
    }

    private static List<String> ids(String query) {
        return Results.ids(LIST, query, 20);
    }

    @Test
    void theVenuesPapersOfOtherYearsRankAboveThatYearsPapersFromOtherVenues() {
        List<String> ids = ids("ICRA 2021 sim-to-real");
        assertEquals(List.of("grasping", "retinagan"), ids.subList(0, 2).stream().sorted().toList(), ids.toString());
        // the ICRA papers of other years (the list's topic in their headings) before the 2021 papers of other venues
        for (String icra : List.of("safe", "adaptation", "assistive")) {
            for (String other : List.of("understanding", "navigation", "bidirectional", "gap")) {
                assertTrue(ids.indexOf(icra) < ids.indexOf(other), icra + " before " + other + ": " + ids);
            }
        }
    }
}
