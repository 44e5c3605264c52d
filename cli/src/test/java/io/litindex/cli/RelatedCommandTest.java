package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.ingest.JsonEntries;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedCommandTest {
    @Test
    void tableListsTheDatasetOfSkyEyeGptFirst() {
        Cli cli = Cli.run("related", "2401.09712", "--limit", "3");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertTrue(lines.get(0).startsWith("#   Title"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1   SkyEye-968k "), lines.get(1));
        assertEquals(4, lines.size(), cli.out());
        assertFalse(cli.out().contains("SkyEyeGPT: Unifying"), "never the entry itself");
    }

    @Test
    void jsonHoldsTheRelatedEntries() throws Exception {
        Cli cli = Cli.run("related", "rs-clsqagrd-instruct", "--limit", "2", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode json = JsonEntries.mapper().readTree(cli.out());
        assertEquals("rs-clsqagrd-instruct", json.get("id").asText());
        assertEquals(2, json.get("related").size());
        assertEquals("2403.20213", json.get("related").get(0).get("id").asText(), "the dataset's paper first");
        assertTrue(json.get("related").get(0).get("score").isNumber());
    }

    @Test
    void anUnknownIdIsOneLineAndExitCodeTwo() {
        Cli cli = Cli.run("related", "no-such-entry");
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals(List.of("litindex: no entry with id 'no-such-entry' in the bundled catalog"), cli.errLines());
        assertEquals("", cli.out());
    }
}
