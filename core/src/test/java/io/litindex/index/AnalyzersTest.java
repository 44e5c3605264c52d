package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzersTest {
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, "f", text);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        return Analyzers.terms(analyzer, field, text, new ArrayList<>());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SkyEyeGPT | sky skyeye eye eyegpt gpt",
        "GeoRSCLIP | geo geors rs rsclip clip",
        "RemoteCLIP | remote clip",
        "H2RSVLM | h2 h2rs 2rs 2rsvlm rs rsvlm vlm",
        "RSGPT | rs gpt",
        "MMShip | mm ship",
        "ClsQaGrd | cls clsqa qa qagrd grd",
        "SkyEye | sky eye",
        "RS5M | rs rs5 5m",
        "GeoChat | geo chat",
        "MMRS | mm rs",
        "GEOCHAT | geo chat"})
    void compoundNamesAreSplitIntoPartsAndRuns(String word, String parts) {
        assertEquals(List.of(parts.split(" ")), CompoundPartsFilter.expand(word));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LLaVA", "LLaMA", "Remote", "remote", "VQA", "LHRS", "CVPR", "JSTARS", "GPTs", "ab", "Bot", "2024"})
    void plainWordsKnownNamesAndUnsplittableAcronymsStayWhole(String word) {
        assertEquals(List.of(), CompoundPartsFilter.expand(word));
    }

    @Test
    void indexTextStacksPartsOnTheWordWithItsOffsets() throws IOException {
        try (Analyzer text = Analyzers.text();
             TokenStream ts = text.tokenStream(Fields.TITLE, "The SkyEyeGPT model")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            List<String> seen = new ArrayList<>();
            ts.reset();
            while (ts.incrementToken()) {
                seen.add(term + "/" + inc.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
            // "the" is a stop word; every part sits on SkyEyeGPT's position and offsets; parts are stemmed like words
            assertEquals(List.of("skyeyegpt/2/4-13", "sky/0/4-13", "skyey/0/4-13", "ey/0/4-13", "eyegpt/0/4-13",
                    "gpt/0/4-13", "model/1/14-19"), seen);
        }
    }

    @Test
    void queryTextIsStemmedAndFoldedButNotSplit() throws IOException {
        try (Analyzer query = Analyzers.textQuery()) {
            assertEquals(List.of("skyeyegpt", "ground", "luddeck"), tokens(query, "SkyEyeGPT grounding Lüddecke's"));
        }
    }

    @Test
    void exactWordsKeepStopWordsAndEndingsAndFoldAccents() throws IOException {
        try (Analyzer exact = Analyzers.exactQuery()) {
            assertEquals(List.of("the", "grounding", "luddecke", "goncalves"), tokens(exact, "The Grounding Lüddecke Gonçalves"));
        }
    }

    @Test
    void namesAreFoldedNeverStemmedAndSplitAtPeriods() throws IOException {
        try (Analyzer names = Analyzers.names()) {
            assertEquals(List.of("h", "conghui"), tokens(names, "H.Conghui"));
            assertEquals(List.of("x", "x", "zhu"), tokens(names, "X. X. Zhu"));
            assertEquals(List.of("t", "luddecke"), tokens(names, "T. Lüddecke"));
            assertEquals(List.of("zhang"), tokens(names, "Zhang"));
        }
    }

    @Test
    void perFieldAnalyzerUsesNamesForAuthorsAndExactWordsForTheExactFields() throws IOException {
        try (Analyzer all = Analyzers.perField()) {
            assertEquals(List.of("w", "n", "goncalves"), tokens(all, Fields.AUTHORS, "W. N. Gonçalves"));
            assertEquals(List.of("h", "conghui"), tokens(all, Fields.AUTHORS, "H.Conghui"));
            assertEquals(List.of("grounded", "models"), tokens(all, Fields.TITLE_EXACT, "Grounded models"));
            assertEquals(List.of("on", "the", "skyeyegpt", "sky", "skyeye", "eye", "eyegpt", "gpt"),
                    tokens(all, Fields.WORDS, "On the SkyEyeGPT"));
            assertEquals(List.of("ground", "model"), tokens(all, Fields.NOTE, "Grounded models"));
        }
    }
}
