package io.litindex.ingest.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litindex.ingest.fields.ShortForms.Strictness;
import org.junit.jupiter.api.Test;

/** Schwartz and Hearst's test at the legend's strictness and at running text's. */
class ShortFormsTest {
    @Test
    void aLegendDefinitionNeedsOnlyTheLettersInOrderRunningTextNeedsEveryWordToGiveOne() {
        // true legend definitions whose long form has more words, or longer words, than the short form accounts for
        assertEquals("geo-localization", ShortForms.longForm("geo-loc.", "geo-localization", Strictness.LETTERS, false));
        assertNull(ShortForms.longForm("geo-loc.", "geo-localization", Strictness.WORDS, false));
        // (the match runs right to left, so the long form begins at the latest word that can start it)
        assertEquals("attribute understanding",
                ShortForms.longForm("attrs", "object-level attribute understanding", Strictness.LETTERS, false));
        assertNull(ShortForms.longForm("attrs", "object level attribute understanding", Strictness.WORDS, false));
    }

    @Test
    void theLongFormEndsTheTextAndStartsAtAWord() {
        assertEquals("generative adversarial network",
                ShortForms.longForm("gan", "we train a generative adversarial network", Strictness.WORDS, false));
        assertNull(ShortForms.longForm("gan", "we train a generative adversarial network", Strictness.WORDS, true));
        assertEquals("generative adversarial network",
                ShortForms.longForm("gan", "generative adversarial network", Strictness.WORDS, true));
        // in running text every content word gives a letter: "network" gives none of GAT's
        assertNull(ShortForms.longForm("gat", "graph attention network", Strictness.WORDS, false));
        assertEquals("graph attention network", ShortForms.longForm("gat", "graph attention network", Strictness.LETTERS, false));
        // the first letter must begin a word: "sgat" has no word beginning with s before g-a-t at either strictness
        assertNull(ShortForms.longForm("sgat", "graph attention", Strictness.LETTERS, false));
        // a short form without letters or digits spells nothing
        assertNull(ShortForms.longForm("--", "graph attention", Strictness.LETTERS, false));
        // the long form may not hold the short form itself
        assertNull(ShortForms.longForm("vqa", "vqa datasets", Strictness.WORDS, false));
    }
}
