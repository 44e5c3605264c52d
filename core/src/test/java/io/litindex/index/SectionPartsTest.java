package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class SectionPartsTest {
    /** The hand-written split gives what the regular expression it replaces gave, on paths made of the characters that matter. */
    @Property(tries = 3000)
    void splitsAsTheRegularExpressionDid(@ForAll @StringLength(max = 12) @Chars({'>', ' ', '\t', '\u00a0', '\u2003', 'a', 'B'})
            @CharRange(from = 'x', to = 'z') String section) {
        assertEquals(Arrays.asList(section.split("\\s*>\\s*")), EntryDocuments.sectionParts(section), () -> "[" + section + "]");
    }

    @org.junit.jupiter.api.Test
    void pathsAsListsWriteThem() {
        assertEquals(List.of("Agents", "Remote Sensing"), EntryDocuments.sectionParts("Agents > Remote Sensing"));
        assertEquals(List.of("", "A"), EntryDocuments.sectionParts(" > A"));
        assertEquals(List.of(""), EntryDocuments.sectionParts(""));
        assertEquals(List.of(), EntryDocuments.sectionParts(" > "));
    }
}
