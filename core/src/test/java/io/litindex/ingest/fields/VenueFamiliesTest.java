package io.litindex.ingest.fields;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A known journal's name followed by more words of journals' names is another journal of its family, not the known one. */
class VenueFamiliesTest {
    private final Venues venues = Venues.standard();

    private String venue(String cell) {
        return venues.parse(cell).orElseThrow().venue();
    }

    @Test
    void aFamilyJournalTheGazetteerDoesNotKnowIsKeptAsWrittenNotReadAsItsHead() {
        assertFalse(venues.lookup("Nature Electronics").isPresent(), "not bundled, so the rule is what reads it");
        assertFalse(venues.lookup("Science Robotics").isPresent());
        assertEquals("Nature Electronics", venue("2022 Nature Electronics"));
        assertEquals(2022, venues.parse("2022 Nature Electronics").orElseThrow().year());
        assertEquals("Science Robotics", venue("Science Robotics, 2023"));
        assertEquals("Nature Computer Science", venue("2023 Nature Computer Science"), "as written: no journal of that name is known");
        assertEquals("Pattern Recognition Letters", venue("Pattern Recognition Letters 2020"));
        assertTrue(venues.parse("2022 Nature Electronics").orElseThrow().known(), "its family's head is known, so callers trust it");
    }

    @Test
    void aRemarkAfterAKnownJournalLeavesTheJournal() {
        assertEquals("Nature", venue("2023 Nature Diffusion Model"), "capitalised words no journal's name has are a remark");
        assertEquals("Nature Machine Intelligence", venue("2022 Nature Machine Intelligence sciPENN"), "a model's name after it");
        assertEquals("Nature Biotechnology", venue("2024 Nature Biotechnology Image+Gene Expression"));
        assertEquals("Medical Image Analysis", venue("MedIA Journal, 2023"), "an abbreviation then a word is the abbreviation's venue");
        assertEquals("TMI", venue("IEEE TMI Journal, 2022"));
        assertEquals("CVPR", venue("CVPR 2024 Highlight"), "conferences are no families");
        assertEquals("Nature", venue("Nature, 2023"));
        assertEquals("Nature", venue("Nature 2023 Highlight"), "words after the year are a remark");
    }

    @Test
    void aFamilyNameOneLetterOffAKnownOneIsThatJournal() {
        assertEquals("Nature Methods", venue("2022 Nature Method"));
        assertEquals("Nature Methods", venues.parse("2022 Nature Method").orElseThrow().venue());
    }
}
