package io.litindex.search;

import static io.litindex.testing.Results.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.model.Entry;
import io.litindex.model.ScoreExplanation;
import io.litindex.model.ScorePart;
import io.litindex.testing.FullRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A query word naming a topic heading of the list (a heading over a few entries, where the list puts most of the
 * entries that write the word): the entries under it count the word fully and the heading scores, so that "dexterous
 * hand" finds the "Dexterous" titles under "Dexterous Manipulation" before "In-Hand" titles of other headings, though
 * the heading makes "dexterous" the more common word. Headings that are years, and a heading over the whole list, are
 * no topics. Fails with {@code -Dlitindex.readings.off=topic}.
 */
class TopicHeadingTest {
    private static final String LIST = "Awesome Robot Manipulation";

    private static Entry paper(String id, String title, String heading) {
        return Entry.builder(id, title).venue("CoRL").year(2023).section(LIST + " > " + heading).build();
    }

    /**
     * 24 entries: four short "Dexterous" titles under "Dexterous Manipulation" and one under another heading, three
     * long "In-Hand" titles elsewhere; {@code heading} gives each entry's heading from the one it has here.
     */
    private static List<Entry> robotics(UnaryOperator<String> heading) {
        List<Entry> out = new ArrayList<>(List.of(
                paper("dex1", "Dexterous Functional Grasping", heading.apply("Dexterous Manipulation")),
                paper("dex2", "Chaining Dexterous Policies", heading.apply("Dexterous Manipulation")),
                paper("dex3", "Efficient Real-World Dexterous Skills", heading.apply("Dexterous Manipulation")),
                paper("dex4", "Dexterous Teleoperation at Scale", heading.apply("Dexterous Manipulation")),
                paper("hand1", "General In-Hand Object Rotation with Vision and Touch for Robot Manipulation", heading.apply("Tactile Sensing")),
                paper("hand2", "Eye-in-Hand Imitation Learning with Augmented Views of Robot Manipulation", heading.apply("Data Augmentation")),
                paper("hand3", "Learning Hand-Object Contact Maps from Videos of People", heading.apply("Affordance Learning")),
                paper("other1", "A Dexterous Gripper Benchmark for Cluttered Scenes and Many Objects", heading.apply("Benchmarks"))));
        String[] topics = {"Diffusion Policy", "World Models", "Affordance Learning", "Benchmarks", "Mobile Manipulation"};
        String[] words = {"Policy Learning with Diffusion", "Learned World Models", "Affordance Maps", "Simulated Tasks", "Mobile Robots"};
        for (int i = 0; out.size() < 24; i++) {
            out.add(paper("p" + i, words[i % words.length] + " for Robot Manipulation, Part " + (i + 1), heading.apply(topics[i % topics.length])));
        }
        return out;
    }

    private static final Searcher ROBOTICS = Searcher.inMemory(robotics(h -> h), Synonyms.configured());

    @AfterAll
    static void close() {
        ROBOTICS.close();
    }

    @Test
    void theEntriesUnderTheQuerysTopicHeadingComeBeforeATitleSharingAnotherWord() {
        List<String> ids = ids(ROBOTICS, "dexterous hand");
        // every entry of the heading ranks above the In-Hand titles, which match the rarer word
        for (String dex : List.of("dex1", "dex2", "dex3", "dex4")) {
            for (String hand : List.of("hand1", "hand2", "hand3")) {
                assertTrue(ids.indexOf(dex) >= 0 && ids.indexOf(dex) < ids.indexOf(hand), ids.toString());
            }
        }
        // a title writing the word under another heading counts the word's share only
        assertTrue(ids.indexOf("other1") > ids.indexOf("hand1"), ids.toString());
    }

    @Test
    void theExplanationNamesTheTopicHeading() {
        ScoreExplanation dex = ROBOTICS.explain(FullRequests.of("dexterous hand"), "dex1").orElseThrow();
        ScorePart topic = dex.parts().stream().filter(p -> p.part().equals(ScorePart.TOPIC)).findFirst().orElseThrow();
        assertEquals("dexterous", topic.detail());
        assertTrue(topic.score() > 0);
        ScoreExplanation hand = ROBOTICS.explain(FullRequests.of("dexterous hand"), "hand1").orElseThrow();
        assertTrue(hand.parts().stream().noneMatch(p -> p.part().equals(ScorePart.TOPIC)), hand.parts().toString());
    }

    @Test
    void aHeadingOverTheWholeListOrAYearNamesNoTopic() {
        // the same titles, every one under "Dexterous Manipulation" or under a year: no heading names a topic among others
        List<Entry> whole = robotics(h -> "Dexterous Manipulation");
        List<Entry> years = robotics(h -> "2023");
        for (List<Entry> entries : List.of(whole, years)) {
            try (Searcher searcher = Searcher.inMemory(entries, Synonyms.configured())) {
                for (String query : List.of("dexterous hand", "robot 2023")) {
                    ScoreExplanation dex = searcher.explain(FullRequests.of(query), "dex1").orElseThrow();
                    assertTrue(dex.parts().stream().noneMatch(p -> p.part().equals(ScorePart.TOPIC)), query + ": " + dex.parts());
                }
            }
        }
    }
}
