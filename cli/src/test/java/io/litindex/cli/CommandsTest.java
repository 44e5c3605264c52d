package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litindex.Catalog;
import io.litindex.Version;
import io.litindex.index.Indexer;
import io.litindex.index.Schema;
import io.litindex.ingest.JsonEntries;
import io.litindex.model.Entry;
import io.litindex.model.SearchRequest;
import io.litindex.search.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** show, stats, --help, --version, exit codes, the bundled prebuilt index and lazy command registration. */
class CommandsTest {
    private static Entry catalogEntry(String id) {
        return Catalog.bundledEntries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showPrintsEveryFieldAndLink() {
        Cli cli = Cli.run("show", "2401.09712");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertEquals("SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning with Large Language Model", lines.get(0));
        assertTrue(cli.out().contains("  id            2401.09712\n"), cli.out());
        assertTrue(cli.out().contains("  authors       Y. Zhan, Z. Xiong, Y. Yuan\n"), cli.out());
        assertTrue(cli.out().contains("  venue         arXiv\n"), cli.out());
        assertTrue(cli.out().contains("  date          2024-01-18\n"), cli.out());
        assertTrue(cli.out().contains("  sections      Awesome Papers > Multimodal Large Language Models for Remote Sensing\n"), cli.out());
        assertTrue(cli.out().contains("  links         paper    https://arxiv.org/abs/2401.09712.pdf\n"
                + "                code     https://github.com/ZhanYang-nwpu/SkyEyeGPT\n"
                + "                data     https://huggingface.co/datasets/ZhanYang-nwpu/SkyEye-968k\n"), cli.out());
        assertTrue(cli.out().contains("  sources       000_ccd0278ece24c2a1.txt:"), cli.out());
        assertTrue(cli.out().endsWith("  datasets      SkyEye-968k [skyeye-968k]\n"), cli.out());
        assertFalse(cli.out().contains("\u001b"), "no escape codes when not on a terminal");
    }

    @Test
    void showPrintsEveryLinkOfAListRowInOrderWithItsLabel(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.md");
        Files.writeString(list, """
                ## Models
                | Title | Venue | Paper | Code |
                |---|---|---|---|
                | **GeoChat**: Grounded Large Vision-Language Model for Remote Sensing | CVPR 2024 | [arXiv](https://arxiv.org/abs/2311.15826) | [official code](https://github.com/mbzuai-oryx/geochat) [unofficial PyTorch](https://github.com/someone/geochat-pytorch) |
                """);
        Path index = dir.resolve("index");
        Cli indexed = Cli.run("index", list.toString(), "--index", index.toString());
        assertEquals(0, indexed.exitCode(), indexed.err());
        Cli cli = Cli.run("show", "2311.15826", "--index", index.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("  links         paper    https://arxiv.org/abs/2311.15826\n"
                + "                code     https://github.com/mbzuai-oryx/geochat  (official code)\n"
                + "                code     https://github.com/someone/geochat-pytorch  (unofficial PyTorch)\n"), cli.out());
        JsonNode json = JsonEntries.mapper().readTree(Cli.run("search", "geochat", "--format", "json", "--index", index.toString()).out());
        assertEquals(List.of("https://github.com/mbzuai-oryx/geochat", "https://github.com/someone/geochat-pytorch"),
                java.util.stream.StreamSupport.stream(json.get("hits").get(0).get("links").spliterator(), false)
                        .filter(l -> l.get("kind").asText().equals("code")).map(l -> l.get("url").asText()).toList());
    }

    @Test
    void showADatasetNamesItsPaperAndSize() {
        Cli cli = Cli.run("show", "skyeye-968k");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("  from paper    SkyEyeGPT: Unifying Remote Sensing Vision-Language Tasks via Instruction Tuning"
                + " with Large Language Model [2401.09712]\n                https://arxiv.org/abs/2401.09712.pdf\n"), cli.out());
        assertTrue(cli.out().contains("  size          968k (968,000)\n"), cli.out());
    }

    @Test
    void showAsJsonIsTheEntry() throws Exception {
        Cli cli = Cli.run("show", "2311.15826", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(catalogEntry("2311.15826"), JsonEntries.parseEntry(cli.out()));
        JsonNode json = JsonEntries.mapper().readTree(cli.out());
        assertEquals("accepted by CVPR-24", json.get("note").asText());
        assertEquals("code", json.get("links").get(1).get("kind").asText());
        assertEquals("https://github.com/mbzuai-oryx/geochat", json.get("links").get(1).get("url").asText());
    }

    @Test
    void showAnUnknownIdFailsWithExitCodeOneAndSuggestsIds() {
        Cli cli = Cli.run("show", "skyeyegpt");
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals(1, cli.errLines().size(), cli.err());
        assertTrue(cli.err().startsWith("litindex: no entry with id 'skyeyegpt' in bundled catalog rs-mllms (in memory); did you mean 2401.09712"),
                cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void showOfAnIdWithNoWordsSuggestsSearching() {
        Cli cli = Cli.run("show", "--", "---");
        assertEquals(ExitCodes.FAILURE, cli.exitCode());
        assertEquals("litindex: no entry with id '---' in bundled catalog rs-mllms (in memory)"
                + " (search for it: litindex search <words of its title>)", cli.err().strip());
    }

    @Test
    void statsOfTheBundledCatalog() throws Exception {
        Cli cli = Cli.run("stats", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode json = JsonEntries.mapper().readTree(cli.out());
        assertEquals(37, json.get("entries").asInt());
        assertEquals("bundled catalog rs-mllms (in memory)", json.get("location").asText());
        assertEquals(Version.LITINDEX, json.get("builtBy").get("litindex").asText());
        assertEquals(Schema.VERSION, json.get("builtBy").get("schema").asInt());
        assertTrue(json.get("sizeBytes").asLong() > 10_000);
        assertEquals(Map.of("paper", 27, "dataset", 10), counts(json.get("kinds")));
        Map<String, Integer> venues = counts(json.get("venues"));
        assertEquals(37, venues.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Catalog.bundledEntries().stream().filter(e -> "arXiv".equals(e.venue())).count(), (long) venues.get("arXiv"));
        List<String> years = new ArrayList<>();
        json.get("years").forEach(y -> years.add(y.get("value").asText()));
        assertEquals(List.of("2023", "2024"), years, "years in order");
        long withCode = Catalog.bundledEntries().stream().filter(Entry::hasCode).count();
        assertEquals(withCode, json.get("withCode").asLong());
    }

    @Test
    void statsOfAnIndexOnDiskAsText(@TempDir Path dir) throws Exception {
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.put(Entry.builder("a", "Alpha").venue("CVPR").year(2021).build());
            indexer.put(Entry.builder("b", "Beta").venue("CVPR").year(2022).build());
            indexer.commit();
        }
        Cli cli = Cli.run("stats", "--index", dir.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertEquals("2 entries, 0 with code", lines.get(0));
        assertEquals("  index     " + dir, lines.get(1));
        assertTrue(lines.get(2).matches("  size      \\d+(\\.\\d)? (B|KiB)"), lines.get(2));
        assertEquals("  built by  litindex " + Version.LITINDEX + ", schema " + Schema.VERSION, lines.get(3));
        assertTrue(cli.out().contains("by venue\n       2  CVPR\n"), cli.out());
        assertTrue(cli.out().contains("by year\n       1  2021\n       1  2022\n"), cli.out());
    }

    private static Map<String, Integer> counts(JsonNode values) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        values.forEach(v -> out.put(v.get("value").asText(), v.get("count").asInt()));
        return out;
    }

    @Test
    void anIndexOfAnotherSchemaSaysSoAndNamesTheRebuildCommand(@TempDir Path dir) throws Exception {
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.put(Entry.builder("a", "Alpha").build());
            indexer.commit();
        }
        try (FSDirectory fs = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, "999", Schema.WRITER_KEY, "9.9.9").entrySet());
            writer.commit();
        }
        for (String command : List.of("search", "stats", "show", "export")) {
            List<String> args = new ArrayList<>(List.of(command, "--index", dir.toString()));
            if (command.equals("show")) {
                args.add("a");
            }
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.INDEX, cli.exitCode(), command);
            assertEquals(1, cli.errLines().size(), cli.err());
            assertTrue(cli.err().contains("was built by litindex 9.9.9 with schema 999; this litindex reads schema " + Schema.VERSION), cli.err());
            assertTrue(cli.err().contains("; rebuild it with: litindex index <sources> --index " + dir + " --replace"), cli.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "facets", "show", "stats", "export", "completion"})
    void everyCommandHasAHeaderDefaultsAndExamples(String command) {
        Cli cli = Cli.run(command, "--help");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.outLines();
        assertTrue(lines.get(0).matches("[A-Z][^.]+\\."), "one-line header first: " + lines.get(0));
        assertTrue(lines.get(1).startsWith("Usage: litindex " + command), lines.get(1));
        assertTrue(cli.out().matches("(?s).*\nExamples:\n  [^\n]*litindex " + command + ".*"), cli.out());
        long optionsWithValues = cli.outLines().stream().filter(l -> l.matches("\\s+(-\\w, )?--[\\w-]+=\\S+.*")).count();
        if (Set.of("search", "facets", "show", "stats").contains(command)) {
            assertTrue(cli.out().contains("(default: "), "options say their defaults: " + cli.out());
        }
        assertTrue(optionsWithValues > 0 || command.equals("completion"), cli.out());
    }

    @Test
    void rootHelpListsEveryCommandWithItsHeader() {
        Cli cli = Cli.run("--help");
        assertEquals(0, cli.exitCode());
        for (String line : List.of("  search      Search entries: ranked hits, highlights and facet counts.",
                "  show        Show one entry: every field and every link.",
                "  completion  Print a completion script for bash or zsh.")) {
            assertTrue(cli.out().contains(line + "\n"), cli.out());
        }
        assertTrue(cli.out().contains("Exit codes: 0 success, 1 failure, 2 invalid usage or query, 3 index missing"), cli.out());
    }

    @Test
    void versionNamesLitindexAndLucene() {
        Cli cli = Cli.run("--version");
        assertEquals(0, cli.exitCode());
        assertEquals("litindex " + Version.LITINDEX, cli.outLines().get(0));
        assertEquals("Lucene 9.12.3", cli.outLines().get(1));
    }

    @Test
    void eachExitCodeIsReached(@TempDir Path dir) {
        assertEquals(ExitCodes.OK, Cli.run("search", "nothing-matches-this").exitCode(), "zero hits is success");
        assertEquals(ExitCodes.FAILURE, Cli.run("show", "no-such-entry").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--format", "xml").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("serch", "grounding").exitCode());
        assertEquals(ExitCodes.INDEX, Cli.run("stats", "--index", dir.resolve("missing").toString()).exitCode());
    }

    @Test
    void aMisspelledCommandIsSuggested() {
        Cli cli = Cli.run("serch", "grounding");
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("'serch'"), cli.err());
        assertTrue(cli.err().contains("did you mean search"), cli.err());
    }

    @Test
    void aQueryWordStartingWithADashIsExplainedInTheOneLineError() {
        Cli cli = Cli.run("search", "remote", "-kind:dataset");
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertEquals(List.of("litindex search: Unknown option: '-kind:dataset'; did you mean --kind? (a query word that starts with '-'"
                + " excludes it: put -- before the query, as in 'litindex search -- remote sensing -kind:dataset') (see 'litindex search --help')"),
                cli.errLines());
        Cli quoted = Cli.run("search", "--format", "jsonl", "--", "remote", "-kind:dataset");
        assertEquals(ExitCodes.OK, quoted.exitCode(), quoted.err());
        assertTrue(!quoted.out().isEmpty() && !quoted.out().contains("\"kind\":\"dataset\""), quoted.out());
        Cli misspelled = Cli.run("search", "--limt", "3");
        assertFalse(misspelled.err().contains("excludes"), misspelled.err());
    }

    @Test
    void aRunRegistersOnlyTheCommandItRuns() {
        assertEquals(Set.of("show"), Main.commandLine(new String[] {"show", "x"}).getSubcommands().keySet());
        assertEquals(Set.of("search"), Main.commandLine(new String[] {"search", "--format", "json", "grounding"}).getSubcommands().keySet());
        Set<String> all = Main.commandLine(new String[] {"--help"}).getSubcommands().keySet();
        assertEquals(Set.of("search", "explain", "facets", "show", "stats", "export", "completion", "related", "suggest", "import", "index", "check", "eval", "verify", "serve", "help"), all);
        assertEquals(all, Main.commandLine(new String[] {"nonsense"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[] {"--help", "search"}).getSubcommands().keySet());
    }

    @Test
    void topLevelHelpBeforeACommandStillListsEveryCommand() {
        Cli cli = Cli.run("--help", "search");
        assertEquals(ExitCodes.OK, cli.exitCode());
        assertTrue(cli.out().contains("  verify ") && cli.out().contains("  import ") && cli.out().contains("  search "), cli.out());
    }

    @Test
    void theCdsTrainingRunRunsEveryCommandWithoutFailing() {
        java.io.PrintStream out = System.out;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            CdsTraining.main(new String[0]);
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void onlyCommandsOnTheBundledCatalogOpenItAhead() {
        assertTrue(Main.readsBundledCatalog(new String[] {"search", "grounding"}));
        assertTrue(Main.readsBundledCatalog(new String[] {"export", "--format", "csv"}));
        assertFalse(Main.readsBundledCatalog(new String[] {"search", "grounding", "--index", "dir"}));
        assertFalse(Main.readsBundledCatalog(new String[] {"search", "--index=dir"}));
        assertFalse(Main.readsBundledCatalog(new String[] {"search", "--help"}));
        assertFalse(Main.readsBundledCatalog(new String[] {"completion"}));
        assertFalse(Main.readsBundledCatalog(new String[] {"--version"}));
        assertFalse(Main.readsBundledCatalog(new String[] {}));
    }

    @Test
    void aPrefetchedSearcherIsTheOneTheCommandGets() throws Exception {
        BundledIndex.prefetch();
        try (Searcher searcher = BundledIndex.open()) {
            assertEquals(37, searcher.size());
        }
        try (Searcher again = BundledIndex.open()) {
            assertEquals(37, again.size(), "without a prefetch it opens one itself");
        }
    }

    @Test
    void thePrebuiltIndexOfTheCatalogAnswersLikeOneBuiltNow() throws Exception {
        assertNotNull(BundledIndex.load(), "the build writes the bundled index into the classes");
        try (Searcher prebuilt = BundledIndex.open(); Searcher fresh = Searcher.bundled()) {
            assertEquals(37, prebuilt.size());
            for (String q : List.of("grounding", "agents", "clip", "", "zhan")) {
                SearchRequest r = SearchRequest.builder().query(q).limit(50).build();
                assertEquals(fresh.search(r), prebuilt.search(r), q);
            }
        }
    }

    @Test
    void thePrebuiltIndexIsRefusedWhenTheCatalogChanged() throws Exception {
        String manifest = new String(BundledIndex.class.getResourceAsStream(BundledIndex.RESOURCE_DIR + BundledIndex.MANIFEST).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("catalog-crc32 " + BundledIndex.catalogChecksum(), manifest.lines().findFirst().orElseThrow());
        assertEquals("schema " + Schema.VERSION, manifest.lines().skip(1).findFirst().orElseThrow());
        try (Stream<String> files = manifest.lines().skip(2)) {
            assertTrue(files.anyMatch(f -> f.startsWith("segments_")));
        }
        assertFalse(Files.exists(Path.of("target/classes" + BundledIndex.RESOURCE_DIR + "write.lock")));
        assertTrue(manifest.lines().anyMatch(l -> l.startsWith("synonyms-crc32 ")), "the build compiles the bundled synonyms");
        assertTrue(Files.exists(Path.of("target/classes" + BundledIndex.RESOURCE_DIR + BundledIndex.SYNONYMS)));
        assertEquals(io.litindex.search.Synonyms.bundled().sources(), BundledIndex.synonyms().sources());
        assertTrue(manifest.lines().anyMatch(l -> l.startsWith("related-crc32 ")), "the build compiles the bundled related terms");
        assertTrue(Files.exists(Path.of("target/classes" + BundledIndex.RESOURCE_DIR + BundledIndex.RELATED)));
    }
}
