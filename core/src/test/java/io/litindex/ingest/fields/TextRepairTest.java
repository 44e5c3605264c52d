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

    @Test
    void joinsAccentsThatAPdfCopyWroteAsCharactersOfTheirOwn() {
        assertEquals("Gözde Gül Şahin", TextRepair.repair("Gözde Gül \u00B8Sahin"), "a cedilla before its letter");
        assertEquals("Bernhard Schölkopf", TextRepair.repair("Bernhard Sch\u00A8olkopf"), "a diaeresis before its letter");
        assertEquals("Günter Klambauer", TextRepair.repair("Gu\u00A8nter Klambauer"), "after it, when the next letter takes none");
        assertEquals("Petar Veličković", TextRepair.repair("Petar Veli\u02C7ckovi\u00B4c"), "a caron and an acute accent");
        assertEquals("José Ramírez", TextRepair.repair("Jos\u00B4e Ram\u00B4\u0131rez"), "the dotless i under an accent");
        assertEquals(java.util.List.of(new TextRepair.Repair("Veli\u02C7ckovi\u00B4c", "Veličković")),
                TextRepair.repairs("Petar Veli\u02C7ckovi\u00B4c"), "one word reported once, every accent joined");
    }

    @Test
    void leavesAccentsThatStandForApostrophesOrStandAlone() {
        for (String ok : new String[] {"it\u00B4s", "Alzheimer\u00B4s disease", "don\u00B4t", "we\u00B4ll", "they\u00B4re",
                "a \u00A8 alone", "1\u00A8 x", "\u00B4quoted\u00B4"}) {
            assertSame(ok, TextRepair.repair(ok), ok);
        }
    }
}
