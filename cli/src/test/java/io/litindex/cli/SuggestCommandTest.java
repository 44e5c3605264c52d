package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestCommandTest {
    @Test
    void completesModelNamesFirst() {
        Cli cli = Cli.run("suggest", "sky", "--limit", "3");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertEquals(3, lines.size(), cli.out());
        assertTrue(lines.get(0).matches("SkyEyeGPT\\s+name\\s+2401\\.09712"), lines.get(0));
        assertTrue(lines.get(1).matches("SkyScript\\s+name\\s+2312\\.12856"), lines.get(1));
        assertTrue(lines.get(2).matches("SkyEye-968k\\s+title\\s+skyeye-968k"), lines.get(2));
    }

    @Test
    void severalWordsAndJson() throws Exception {
        Cli cli = Cli.run("suggest", "remote", "sensing", "ch", "--format", "json", "--limit", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode json = JsonEntries.mapper().readTree(cli.out());
        assertEquals("remote sensing ch", json.get("prefix").asText());
        JsonNode first = json.get("suggestions").get(0);
        assertEquals("Remote Sensing ChatGPT", first.get("text").asText());
        assertEquals("name", first.get("type").asText());
        assertEquals("2401.09083", first.get("id").asText());
    }

    @Test
    void authorsHaveNoIdAndNothingFoundSaysSo() {
        Cli zh = Cli.run("suggest", "zhan");
        assertEquals(0, zh.exitCode(), zh.err());
        assertTrue(zh.outLines().get(0).matches("Y\\. Zhan\\s+author"), "the exact surname before Zhang: " + zh.out());
        assertTrue(zh.outLines().get(1).matches("\\w\\. Zhang\\s+author"), zh.out());
        Cli none = Cli.run("suggest", "qqqq");
        assertEquals(0, none.exitCode());
        assertEquals(List.of("No suggestions for 'qqqq'."), none.outLines());
        Cli bad = Cli.run("suggest", "sky", "--limit", "-2");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertEquals(List.of("litindex: invalid limit -2: must be between 0 and 10000"), bad.errLines());
    }
}
