package io.litindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.index.Indexer;
import io.litindex.ingest.Diagnostic;
import io.litindex.ingest.ImportResult;
import io.litindex.ingest.ListChecker;
import io.litindex.ingest.MarkdownListReader;
import io.litindex.ingest.Sources;
import io.litindex.model.Dimension;
import io.litindex.model.Entry;
import io.litindex.model.FacetValue;
import io.litindex.model.SearchResult;
import io.litindex.search.Searcher;
import io.litindex.testing.FullRequests;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a program embedding litindex-core can rely on: one test (or more) per friction point of the library's
 * first use (issue 18), each showing the behaviour that replaced the surprise.
 */
class ApiContractTest {
    @TempDir
    Path tmp;

    // 1. A list that yields no venue or year says so.

    /** Bullets of titles and descriptions with no venue or year anywhere: a shape that gives neither. */
    private static final String NO_VENUES = """
            # Awesome Things

            ## Papers

            - [Graph Attention Networks](https://example.org/gat) - attention over neighbours
            - [Inductive Representation Learning on Large Graphs](https://example.org/sage) - sampling neighbours
            - [How Powerful are Graph Neural Networks](https://example.org/gin) - the isomorphism test
            - [Semi-Supervised Classification with Graph Convolutional Networks](https://example.org/gcn) - spectral filters
            - [Simplifying Graph Convolutional Networks](https://example.org/sgc) - linear models
            """;

    @Test
    void aListWhosePapersHaveNoVenueOrYearGetsOneErrorForEach() throws IOException {
        Path list = Files.writeString(tmp.resolve("graphs.md"), NO_VENUES);
        ImportResult read = Sources.read(list);
        assertEquals(5, read.entries().size());
        List<String> errors = read.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR).map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "graphs.md:5: error: none of the 5 papers read from this list has a venue: the list gives them in a shape litindex does not read, or gives none",
                "graphs.md:5: error: none of the 5 papers read from this list has a year: the list gives them in a shape litindex does not read, or gives none"),
                errors);
        assertTrue(read.hasErrors());
        // the same from the reader used directly, and from the checker
        assertEquals(errors, new MarkdownListReader().read("graphs.md", NO_VENUES).diagnostics().stream()
                .filter(d -> d.level() == Diagnostic.Level.ERROR).map(Diagnostic::toString).toList());
        assertEquals(errors, new ListChecker().check(list).stream()
                .filter(d -> d.level() == Diagnostic.Level.ERROR).map(Diagnostic::toString).toList());
    }

    @Test
    void oneVenueOrYearInTheListIsEnoughAndShortListsAreNotReported() {
        String oneYear = NO_VENUES.replace("- sampling neighbours", "- sampling neighbours, NeurIPS 2017");
        List<Diagnostic> found = new MarkdownListReader().read("graphs.md", oneYear).diagnostics();
        assertTrue(found.stream().noneMatch(d -> d.message().startsWith("none of the")), found.toString());
        String four = NO_VENUES.substring(0, NO_VENUES.lastIndexOf("- [Simplifying"));
        assertTrue(new MarkdownListReader().read("short.md", four).diagnostics().isEmpty());
    }

    // 2. Facet counts add up: every requested dimension reports the matching entries without a value.

    private static List<Entry> papers() {
        return List.of(
                Entry.builder("a", "Grounding remote sensing images").venue("CVPR").year(2024).build(),
                Entry.builder("b", "Grounding with large language models").venue("arXiv").year(2023).build(),
                Entry.builder("c", "Grounding objects in aerial scenes").venue("CVPR").build(),
                Entry.builder("d", "Grounding and captioning").year(2024).build(),
                Entry.builder("e", "Grounding without a venue").build(),
                Entry.builder("f", "Captioning only").venue("ICCV").year(2022).build());
    }

    @Test
    void eachFacetReportsTheHitsWithoutAValueSoThatCountsAddUp() {
        try (Searcher searcher = Searcher.inMemory(papers())) {
            SearchResult result = searcher.search(FullRequests.builder().query("grounding")
                    .facet(Dimension.VENUE, Dimension.YEAR, Dimension.KIND).build());
            assertEquals(5, result.total());
            assertEquals(List.of(new FacetValue("CVPR", 2), new FacetValue("arXiv", 1)), result.facet(Dimension.VENUE));
            assertEquals(2, result.missing(Dimension.VENUE));
            assertEquals(2, result.missing(Dimension.YEAR));
            assertEquals(0, result.missing(Dimension.KIND));
            for (Dimension dim : List.of(Dimension.VENUE, Dimension.YEAR, Dimension.KIND)) {
                long sum = result.facet(dim).stream().mapToLong(FacetValue::count).sum();
                assertEquals(result.total(), sum + result.missing(dim), dim.id());
            }
            assertEquals(0, result.missing(Dimension.AUTHOR), "a dimension not asked for has no missing count");

            // drill-sideways: a venue filter narrows the hits, not the venue counts nor their missing count
            SearchResult cvpr = searcher.search(FullRequests.builder().query("grounding").venue("CVPR")
                    .facet(Dimension.VENUE, Dimension.YEAR).build());
            assertEquals(2, cvpr.total());
            assertEquals(2, cvpr.missing(Dimension.VENUE));
            assertEquals(1, cvpr.missing(Dimension.YEAR), "c has no year");
        }
    }

    @Test
    void theMissingCountsAreInTheJsonOfAResult() {
        try (Searcher searcher = Searcher.inMemory(papers())) {
            String json = io.litindex.ingest.JsonEntries.toJson(searcher.search(FullRequests.builder().query("grounding")
                    .facet(Dimension.VENUE).limit(0).build()));
            assertTrue(json.endsWith("\"facets\":{\"venue\":[{\"value\":\"CVPR\",\"count\":2},{\"value\":\"arXiv\",\"count\":1}]},"
                    + "\"missing\":{\"venue\":2}}"), json);
        }
    }

    // 3. No Lucene type in the main API; a closed searcher or indexer says so in litindex's own exception.

    @Test
    void aClosedSearcherOrIndexerThrowsLitindexsOwnException() {
        Searcher searcher = Searcher.inMemory(papers());
        searcher.close();
        IndexClosedException e = assertThrows(IndexClosedException.class, () -> searcher.search(FullRequests.builder().query("x").build()));
        assertEquals("this searcher of index memory is closed", e.getMessage());
        assertThrows(IndexClosedException.class, () -> searcher.get("a"));
        assertThrows(IndexClosedException.class, searcher::size);
        assertThrows(IndexClosedException.class, () -> searcher.suggest("gro", 3));
        assertThrows(IndexClosedException.class, searcher::refresh);
        searcher.close(); // twice is harmless

        Path dir = tmp.resolve("index");
        Indexer indexer = Indexer.open(dir);
        indexer.rollback();
        IndexClosedException put = assertThrows(IndexClosedException.class, () -> indexer.put(papers().get(0)));
        assertEquals("this indexer of index " + dir + " is closed", put.getMessage());
        assertThrows(IndexClosedException.class, indexer::commit);
    }

    /** Types whose public members may name Lucene types: the advanced corners, and the schema internals a later pass hides. */
    private static final Set<String> LUCENE_ALLOWED = Set.of(
            "io.litindex.search.LuceneSearchers", "io.litindex.index.LuceneIndexers",
            // the ranking as Lucene queries, for engines that run them (the OpenSearch plugin builds it on each shard)
            "io.litindex.search.RankingQuery", "io.litindex.search.RankingQuery$Built",
            // the ranking work's files, to be made package-private or moved to an internal package in a later pass
            "io.litindex.index.Schema", "io.litindex.index.Analyzers", "io.litindex.index.EntryDocuments",
            "io.litindex.index.CompoundPartsFilter", "io.litindex.search.BonusQuery");

    @Test
    void noPublicMemberOutsideTheAdvancedCornersNamesALuceneType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            if (LUCENE_ALLOWED.contains(type.getName())) {
                continue;
            }
            for (Executable member : members(type)) {
                List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                if (member instanceof Method m) {
                    types.add(m.getGenericReturnType());
                }
                types.addAll(List.of(member.getGenericExceptionTypes()));
                if (types.stream().anyMatch(t -> t.getTypeName().contains("org.apache.lucene"))) {
                    leaks.add(type.getSimpleName() + "." + member.getName());
                }
            }
            if (type.getSuperclass() != null && type.getSuperclass().getName().startsWith("org.apache.lucene")) {
                leaks.add(type.getSimpleName() + " extends " + type.getSuperclass().getName());
            }
        }
        assertEquals(List.of(), leaks);
    }

    // 4. Messages in library terms: no command lines, and a second writer in the same program is named as such.

    @Test
    void messagesSayWhatIsWrongWithoutCommandsAndCarryAReason() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        IndexUnavailableException missing = assertThrows(IndexUnavailableException.class, () -> Searcher.open(empty));
        assertEquals("no index at " + empty, missing.getMessage());
        assertEquals(IndexUnavailableException.Reason.MISSING, missing.reason());
        assertEquals(empty.toString(), missing.location());

        Path dir = tmp.resolve("index");
        try (Indexer first = Indexer.open(dir)) {
            IndexUnavailableException locked = assertThrows(IndexUnavailableException.class, () -> Indexer.open(dir));
            assertEquals(IndexUnavailableException.Reason.LOCKED, locked.reason());
            assertEquals("index " + dir + " is locked: another Indexer of this program has it open for writing; close that one first",
                    locked.getMessage());
            first.commit();
        }
    }

    // 5. Indexer.close() never commits, and never discards silently.

    @Test
    void closingWithUncommittedChangesDiscardsThemLoudly() {
        Path dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            indexer.putAll(papers());
            indexer.commit();
        }
        Indexer indexer = Indexer.open(dir);
        indexer.put(Entry.builder("g", "One more grounding paper").build());
        LitindexException e = assertThrows(LitindexException.class, indexer::close);
        assertEquals("index " + dir + " was closed with changes that were not committed; they were discarded and the index keeps "
                + "its last commit (call commit() before close(), or rollback() instead of close() to discard them)", e.getMessage());
        try (Searcher searcher = Searcher.open(dir)) {
            assertEquals(6, searcher.size());
            assertTrue(searcher.get("g").isEmpty());
        }
        // the lock was released all the same
        try (Indexer again = Indexer.open(dir)) {
            again.put(Entry.builder("g", "One more grounding paper").build());
            again.rollback(); // discarding on purpose is quiet
        }
    }

    @Test
    void anExceptionInATryWithResourcesBlockStaysTheOneThrownAndNothingIsCommitted() {
        Path dir = tmp.resolve("index");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (Indexer indexer = Indexer.open(dir)) {
                indexer.putAll(papers());
                throw new IllegalStateException("the program failed half-way");
            }
        });
        assertEquals(1, thrown.getSuppressed().length);
        assertTrue(thrown.getSuppressed()[0].getMessage().contains("changes that were not committed"));
        IndexUnavailableException none = assertThrows(IndexUnavailableException.class, () -> Searcher.open(dir));
        assertEquals(IndexUnavailableException.Reason.MISSING, none.reason(), "nothing was ever committed");
    }

    @Test
    void closingAfterACommitIsQuiet() {
        Path dir = tmp.resolve("index");
        Indexer indexer = Indexer.open(dir);
        indexer.putAll(papers());
        indexer.commit();
        indexer.close();
        indexer.close();
        try (Searcher searcher = Searcher.open(dir)) {
            assertEquals(6, searcher.size());
        }
    }

    // 6. One exception story: nothing declares a checked exception.

    /** Members that still declare IOException: the ranking work's files, for a later pass. */
    private static final Set<String> CHECKED_ALLOWED = Set.of(
            "Synonyms.writeCompiled", "Synonyms.readCompiled", "EntryDocuments.toDocument", "EntryDocuments.fromDocument",
            "CompoundPartsFilter.incrementToken", "CompoundPartsFilter.reset", "CompoundPartsFilter.end");

    @Test
    void noPublicMethodDeclaresACheckedException() throws Exception {
        Set<String> checked = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            if (type.getName().equals("io.litindex.search.BonusQuery")) {
                continue; // a Lucene Query: its overrides declare what Lucene's do
            }
            for (Executable member : members(type)) {
                for (Class<?> ex : member.getExceptionTypes()) {
                    boolean unchecked = RuntimeException.class.isAssignableFrom(ex) || Error.class.isAssignableFrom(ex);
                    String name = type.getSimpleName() + "." + member.getName();
                    if (!unchecked && !CHECKED_ALLOWED.contains(name)) {
                        checked.add(name + " throws " + ex.getSimpleName());
                    }
                }
            }
        }
        assertEquals(Set.of(), checked);
        assertSame(RuntimeException.class, LitindexException.class.getSuperclass());
    }

    private static List<Executable> members(Class<?> type) {
        List<Executable> out = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                out.add(m);
            }
        }
        for (var c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every public type of litindex-core's main classes (nested ones included). */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(LitindexException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiContractTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && isPubliclyReachable(type)) {
                    out.add(type);
                }
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static boolean isPubliclyReachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
