package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.InvalidRequestException;
import io.litindex.index.Fields;
import io.litindex.index.Schema;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words lists name themselves with (list-words.txt): read as data, stemmed as query words are. */
class ListWordsTest {
    private static String stem(String word) {
        return Queries.single(Schema.standard().textQueryAnalyzer(), Fields.TITLE, word);
    }

    @Test
    void theBundledWordsStemToTheListWideReadingsExclusions() {
        // the stems the list-wide reading left out when they were written in Queries
        assertEquals(Set.of("awesom", "paper", "list", "model", "must", "read", "resourc", "collect", "curat"),
                ListWords.configured().stems(ListWordsTest::stem));
    }

    @Test
    void aFileOfWordsIsReadAndAMalformedLineNamesItsFileAndLine() {
        ListWords words = ListWords.parse("mine.txt", "# a comment\nCompendium\n\nbibliography\n");
        assertEquals(List.of("compendium", "bibliography"), words.words());
        assertTrue(words.stems(ListWordsTest::stem).contains("compendium"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ListWords.parse("mine.txt", "awesome\nmust read\n"));
        assertEquals("mine.txt:2: expected one word (letters or digits), got: must read", e.getMessage());
    }
}
