package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.InvalidRequestException;
import io.litindex.model.Kind;
import io.litindex.model.YearRange;
import io.litindex.search.QuerySyntax.AnyOf;
import io.litindex.search.QuerySyntax.Field;
import io.litindex.search.QuerySyntax.FieldValue;
import io.litindex.search.QuerySyntax.HasCode;
import io.litindex.search.QuerySyntax.KindValue;
import io.litindex.search.QuerySyntax.Parsed;
import io.litindex.search.QuerySyntax.Phrase;
import io.litindex.search.QuerySyntax.Prefix;
import io.litindex.search.QuerySyntax.Word;
import io.litindex.search.QuerySyntax.Words;
import io.litindex.search.QuerySyntax.YearValue;
import io.litindex.testing.FuzzTries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@AddLifecycleHook(FuzzTries.class)
class QuerySyntaxTest {
    private static Words words(Object... textAndStart) {
        List<Word> list = new java.util.ArrayList<>();
        for (int i = 0; i < textAndStart.length; i += 2) {
            list.add(new Word((String) textAndStart[i], (Integer) textAndStart[i + 1]));
        }
        return new Words(list);
    }

    @Test
    void plainWordsFormOneRunWithTheirOffsets() {
        Parsed p = QuerySyntax.parse("visual  grounding");
        assertEquals(List.of(words("visual", 0, "grounding", 8)), p.positive());
        assertEquals(List.of(), p.excluded());
    }

    @Test
    void phrasesExclusionsAndPrefixes() {
        Parsed p = QuerySyntax.parse("\"vision language\" -agents sky* -\"ship detection\" -lhrs*");
        assertEquals(List.of(new Phrase("vision language"), new Prefix("sky")), p.positive());
        assertEquals(List.of(words("agents", 19), new Phrase("ship detection"), new Prefix("lhrs")), p.excluded());
    }

    @Test
    void orJoinsTheClausesBesideIt() {
        Parsed p = QuerySyntax.parse("remote grounding OR vqa OR \"question answering\" model");
        assertEquals(List.of(words("remote", 0),
                new AnyOf(List.of(words("grounding", 7), words("vqa", 20), new Phrase("question answering"))),
                words("model", 48)), p.positive());
    }

    @Test
    void fieldsYearsAndKinds() {
        Parsed p = QuerySyntax.parse("title:clip author:\"X. X. Zhu\" venue:TGRS section:survey* year:2023..2024 kind:dataset Kind:Paper");
        assertEquals(List.of(new FieldValue(Field.TITLE, "clip", false), new FieldValue(Field.AUTHOR, "X. X. Zhu", false),
                new FieldValue(Field.VENUE, "TGRS", false), new FieldValue(Field.SECTION, "survey", true),
                new YearValue(new YearRange(2023, 2024)), new KindValue(Kind.DATASET), new KindValue(Kind.PAPER)), p.positive());
        assertEquals(List.of(new YearValue(YearRange.of(2024))), QuerySyntax.parse("year:2024").positive());
        assertEquals(List.of(new YearValue(new YearRange(2023, 9999))), QuerySyntax.parse("year:2023..").positive());
        assertEquals(List.of(new FieldValue(Field.AUTHOR, "zhan", false)), QuerySyntax.parse("-authors:zhan").excluded());
        assertEquals(List.of(words("grounding", 0), new HasCode()), QuerySyntax.parse("grounding has:Code").positive());
        assertEquals(List.of(new HasCode()), QuerySyntax.parse("-has:code").excluded());
        assertThrows(InvalidRequestException.class, () -> QuerySyntax.parse("has:paper"));
    }

    @Test
    void malformedSyntaxIsReadLeniently() {
        assertEquals(List.of(new Phrase("unclosed phrase")), QuerySyntax.parse("\"unclosed phrase").positive());
        assertEquals(List.of(words("grounding", 3)), QuerySyntax.parse("OR grounding OR").positive());
        assertTrue(QuerySyntax.parse(" - ( ) \"\" * ").isEmpty());
        assertEquals(List.of(words("grounding", 2)), QuerySyntax.parse("((grounding))").positive());
        // an unknown field name, or a name without a value, is plain text
        assertEquals(List.of(words("foo:bar", 0, "GeoChat:", 8, "grounded", 17)), QuerySyntax.parse("foo:bar GeoChat: grounded").positive());
        assertEquals(List.of(words("title:", 0)), QuerySyntax.parse("title:").positive());
        // a minus inside a word is part of the word; OR in lower case is a word
        assertEquals(List.of(words("RS-LLaVA", 0, "or", 9, "x", 12)), QuerySyntax.parse("RS-LLaVA or x").positive());
        // an OR next to an exclusion has nothing to join: a and -b
        Parsed p = QuerySyntax.parse("a OR -b");
        assertEquals(List.of(words("a", 0)), p.positive());
        assertEquals(List.of(words("b", 6)), p.excluded());
        // "rs-lla*": the word rs and the prefix lla
        assertEquals(List.of(words("rs", 0), new Prefix("lla")), QuerySyntax.parse("rs-lla*").positive());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "*sky | leading wildcards are not supported: '*sky'",
        "sky*gpt | '*' is supported only at the end of a word (prefix*): 'sky*gpt'",
        "title:*clip | '*' is supported only at the end of a word (prefix*): 'title:*clip'",
        "/ab+c/ | regular expressions are not supported: '/ab+c/'",
        "a* | prefix 'a*' is too short: type at least 2 characters before '*'",
        "author:z* | prefix 'author:z*' is too short",
        "year:20x4 | invalid year '20x4'",
        "year:2025..2023 | 2025 is after 2023",
        "kind:poster | unknown kind 'poster'"})
    void whatCannotBeGuessedIsRefusedWithOneLine(String query, String message) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> QuerySyntax.parse(query));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    /** A quoted value ran over lines, and the message refusing it did too ("invalid year '--" and a second line). */
    @Test
    void quotedTextIsReadOnOneLine() {
        assertEquals(List.of(new Phrase("vision language model")), QuerySyntax.parse("\"vision\n  language\r\n\tmodel\"").positive());
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> QuerySyntax.parse("year:\"--\n20x4\""));
        assertTrue(e.getMessage().startsWith("invalid year '-- 20x4'"), e.getMessage());
        assertEquals(List.of(new FieldValue(Field.AUTHOR, "X. X. Zhu", false)), QuerySyntax.parse("author:\"X.\u0085X.\u0000Zhu\"").positive());
    }

    @Property(tries = 500)
    void anyTextParsesOrIsRefusedWithAnInvalidRequest(@ForAll("queries") String query) {
        try {
            Parsed p = QuerySyntax.parse(query);
            p.positive().forEach(c -> assertTrue(c != null));
        } catch (InvalidRequestException e) {
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
        }
    }

    /** Strings made of the syntax's own characters and words, mixed with arbitrary text. */
    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("\"", "-", "*", "OR", "(", ")", ":", " ", "/", "title:", "year:", "kind:", "author:",
                        "venue:", "section:", "..", "2023", "20x4", "dataset", "sky", "é", "\u201C", "\u2212"),
                Arbitraries.strings().ofMaxLength(6));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
