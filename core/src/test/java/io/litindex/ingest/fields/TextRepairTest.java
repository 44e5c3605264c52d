package io.litindex.ingest.fields;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextRepairTest {
    @Test
    void repairsUtf8ReadAsMacRomanOrWindows1252() {
        assertEquals("Lüddecke", TextRepair.repair("L√ºddecke"));
        assertEquals("Image–Text", TextRepair.repair("Image‚ÄìText"));
        assertEquals("Gonçalves", TextRepair.repair("Gon√ßalves"));
        assertEquals("Lüddecke", TextRepair.repair("LÃ¼ddecke"));
        assertEquals("Image–Text", TextRepair.repair("Imageâ€“Text"));
    }

    @Test
    void leavesCorrectTextAlone() {
        for (String ok : new String[] {"Lüddecke", "Image–Text", "Gonçalves", "多模态大语言模型", "café au lait", "naïve", "🔥 new", "Ångström", "plain"}) {
            assertSame(ok, TextRepair.repair(ok), ok);
        }
    }
}
