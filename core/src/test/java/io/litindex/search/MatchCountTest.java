package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.Catalog;
import io.litindex.index.Indexer;
import io.litindex.index.LuceneIndexers;
import io.litindex.model.Entry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The match count taken as the longest term's document frequency plus what the other alternatives match beyond it
 * equals Lucene's own count of the query, over the bundled catalog, with and without deleted entries.
 */
class MatchCountTest {
    @Test
    void countsEqualLucenesOwnCount() throws Exception {
        List<Entry> entries = Catalog.bundledEntries();
        Set<String> queries = new LinkedHashSet<>(List.of("model", "language model", "large language model", "GAN", "vqa",
                "\"language model\" pretraining", "bert OR gpt", "cell -graph", "transformer 2023", "segment anything",
                "llava", "title:diffusion", "diff*", "zzzunknownword"));
        for (Entry e : entries.subList(0, Math.min(150, entries.size()))) {
            String[] words = e.title().toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
            if (words.length >= 2 && !words[0].isEmpty()) {
                queries.add(words[0]);
                queries.add(words[0] + " " + words[1]);
            }
        }
        for (boolean deletions : List.of(false, true)) {
            try (Directory dir = new ByteBuffersDirectory()) {
                try (Indexer indexer = LuceneIndexers.open(dir)) {
                    indexer.putAll(entries);
                    indexer.commit();
                    if (deletions) {
                        indexer.putAll(new ArrayList<>(entries.subList(0, entries.size() / 3))); // updated: the old copies are deleted
                        indexer.commit();
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    assertEquals(deletions, reader.hasDeletions());
                    IndexSearcher lucene = new IndexSearcher(reader);
                    lucene.setSimilarity(io.litindex.index.Schema.standard().similarity());
                    Queries planner = new Queries(io.litindex.index.Schema.standard(), io.litindex.ingest.fields.Venues::standard, Synonyms.bundled());
                    int nonZero = 0;
                    for (String q : queries) {
                        Queries.Plan plan = planner.plan(q, false, reader);
                        SharedTermStates states = new SharedTermStates(lucene);
                        long expected = lucene.count(plan.matching());
                        assertEquals(expected, MatchCount.count(lucene, states.withStates(plan.matching())), q + (deletions ? " (with deletions)" : ""));
                        // the query with every clause, and the query as Lucene gets it without shared states
                        assertEquals(lucene.count(plan.query()), MatchCount.count(lucene, states.withStates(plan.query())), q);
                        assertEquals(expected, MatchCount.count(lucene, plan.matching()), q);
                        nonZero += expected > 0 ? 1 : 0;
                    }
                    assertTrue(nonZero > queries.size() / 2, "queries with matches: " + nonZero + " of " + queries.size());
                }
            }
        }
    }
}
