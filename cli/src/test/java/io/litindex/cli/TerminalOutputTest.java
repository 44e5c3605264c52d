package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.model.SearchRequest;
import io.litindex.model.SearchResult;
import io.litindex.model.Dimension;
import io.litindex.search.Searcher;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour only on a terminal without NO_COLOR; widths from COLUMNS; the real process, piped and on a "terminal". */
class TerminalOutputTest {
    private static final String ESC = "\u001b";

    @Test
    void colourNeedsATerminalAndNoNoColor() {
        assertTrue(Terminal.of(true, Map.of()).ansi());
        assertFalse(Terminal.of(false, Map.of()).ansi(), "piped");
        assertFalse(Terminal.of(true, Map.of("NO_COLOR", "1")).ansi());
        assertTrue(Terminal.of(true, Map.of("NO_COLOR", "")).ansi(), "an empty NO_COLOR does not count (no-color.org)");
        assertFalse(Terminal.of(true, Map.of("TERM", "dumb")).ansi());
        assertEquals(100, Terminal.of(true, Map.of()).width());
        assertEquals(132, Terminal.of(false, Map.of("COLUMNS", "132")).width());
        assertEquals(Terminal.MIN_WIDTH, Terminal.of(false, Map.of("COLUMNS", "12")).width());
        assertEquals(100, Terminal.of(false, Map.of("COLUMNS", "wide")).width());
    }

    private static String table(Terminal terminal, String query) throws Exception {
        SearchResult result;
        try (Searcher searcher = Searcher.inMemory(Catalog.bundledEntries())) {
            result = searcher.search(SearchRequest.builder().query(query).facet(Dimension.VENUE).build());
        }
        StringWriter out = new StringWriter();
        new TableFormat(terminal).print(result, 0, false, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void matchesAreBoldOnlyOnATerminal() throws Exception {
        String bold = table(Terminal.of(true, Map.of()), "grounding");
        assertTrue(bold.contains("GeoChat: " + ESC + "[1mGrounded" + ESC + "[0m Large"), bold);
        String plain = table(Terminal.of(true, Map.of("NO_COLOR", "1")), "grounding");
        assertFalse(plain.contains(ESC), plain);
        assertEquals(plain, table(Terminal.of(false, Map.of()), "grounding"));
        assertEquals(bold.replaceAll(ESC + "\\[\\d+m", ""), plain, "the same text, without escape codes");
    }

    @Test
    void rowsFitTheWidthAndLongTitlesEndInAnEllipsis() throws Exception {
        for (int width : new int[] {60, 80, 100, 150}) {
            String text = table(Terminal.of(false, Map.of("COLUMNS", Integer.toString(width))), "remote sensing");
            for (String line : text.split("\n")) {
                assertTrue(line.codePointCount(0, line.length()) <= width, width + ": " + line);
            }
            assertTrue(width >= 150 || text.contains("…"), text);
        }
    }

    @Test
    void showIsBoldOnATerminalAndPlainOtherwise() {
        StringWriter on = new StringWriter();
        ShowCommand.print(Catalog.bundledEntries().get(0), Terminal.of(true, Map.of()), new PrintWriter(on));
        assertTrue(on.toString().startsWith(ESC + "[1mRS-LLaVA"), on.toString());
        StringWriter off = new StringWriter();
        ShowCommand.print(Catalog.bundledEntries().get(0), Terminal.of(true, Map.of("NO_COLOR", "yes")), new PrintWriter(off));
        assertFalse(off.toString().contains(ESC));
    }

    /** Runs litindex in a real process, as a shell would, with this environment and these JVM properties; its stdout. */
    private static String run(Map<String, String> env, List<String> properties, String... args) throws Exception {
        Cli cli = Cli.process(env, properties, args);
        assertEquals(0, cli.exitCode(), cli.err());
        return cli.out();
    }

    @Test
    void aRealProcessColoursATerminalUnlessNoColorAndNeverAPipe() throws Exception {
        String terminal = run(Map.of(), List.of("-Dlitindex.stdout.tty=true"), "search", "grounding", "--time-limit", "1m");
        assertTrue(terminal.contains(ESC + "[1m"), "a terminal gets bold: " + terminal);
        String noColor = run(Map.of("NO_COLOR", "1"), List.of("-Dlitindex.stdout.tty=true"), "search", "grounding", "--time-limit", "1m");
        assertFalse(noColor.contains(ESC), noColor);
        String piped = run(Map.of(), List.of(), "search", "grounding", "--time-limit", "1m");
        assertFalse(piped.contains(ESC), piped);
        assertEquals(noColor, piped);
        assertTrue(piped.startsWith("#   Title"), piped);
        assertTrue(File.pathSeparator.length() == 1);
    }

    @Test
    void listTextCannotSendEscapeSequencesToATerminalButPipesGetItExactly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Path list = dir.resolve("hostile.jsonl");
        java.nio.file.Files.writeString(list, "{\"id\": \"2401.00001\", \"kind\": \"paper\", "
                + "\"title\": \"Grounding \\u001b]0;owned\\u0007 with \\u001b[2J tricks\", \"venue\": \"arXiv\", \"year\": 2024}\n",
                StandardCharsets.UTF_8);
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", list.toString(), "--index", index.toString()).exitCode());
        String terminal = run(Map.of(), List.of("-Dlitindex.stdout.tty=true"), "show", "2401.00001", "--index", index.toString());
        assertFalse(terminal.contains(ESC + "]"), terminal);
        assertFalse(terminal.contains(ESC + "[2J"), terminal);
        assertTrue(terminal.contains("Grounding ␛]0;owned␇ with ␛[2J tricks"), terminal);
        String piped = run(Map.of(), List.of(), "show", "2401.00001", "--index", index.toString(), "--format", "json");
        assertTrue(piped.contains("Grounding \\u001B]0;owned\\u0007 with \\u001B[2J tricks"), piped);
    }
}
