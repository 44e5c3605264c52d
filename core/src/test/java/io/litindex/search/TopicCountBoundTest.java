package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.index.Fields;
import io.litindex.index.Indexer;
import io.litindex.index.LuceneIndexers;
import io.litindex.model.Entry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The topic reading counts the entries writing a word only up to twice the entries under its heading that write it
 * ({@link TopicHeadings#mostWriting}): a word is still a topic at the bound (as many entries write it elsewhere as under
 * the heading) and is none one past it, as a full count says.
 */
class TopicCountBoundTest {
    @Test
    void theBoundIsTheLargestCountThatMakesTheShare() {
        for (int under = 0; under <= 2000; under++) {
            int most = TopicHeadings.mostWriting(under);
            assertTrue(under >= TopicHeadings.TOPIC_CONCENTRATION * most, "under " + under);
            assertTrue(!(under >= TopicHeadings.TOPIC_CONCENTRATION * (most + 1)), "under " + under);
        }
    }

    @Test
    void aTopicAtTheBoundStaysOneAndOnePastItIsNone() throws IOException {
        // three entries under "Quokka Studies" write the word; two more stand under it without it
        assertEquals(true, topic(3));
        assertEquals(false, topic(4));
    }

    /** Whether "quokka" is a topic when {@code elsewhere} entries under other headings write it too; checked against full counts. */
    private static boolean topic(int elsewhere) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entries.add(paper("q" + i, "Quokka Behaviour Part " + i, "Quokka Studies"));
        }
        entries.add(paper("s1", "Marsupial Diets", "Quokka Studies"));
        entries.add(paper("s2", "Island Ecology", "Quokka Studies"));
        for (int i = 0; i < elsewhere; i++) {
            entries.add(paper("e" + i, "A Quokka Survey " + i, "Field Surveys"));
        }
        for (int i = 0; entries.size() < 30; i++) {
            entries.add(paper("p" + i, "Wallaby Movement Study " + i, "Field Surveys"));
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (Indexer indexer = LuceneIndexers.open(dir, "memory")) {
            indexer.putAll(entries);
            indexer.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            String stem = "quokka";
            Queries.QueryWord w = new Queries.QueryWord("quokka", stem, "quokka", 0, 6, false);
            WordForms forms = new WordForms(reader);
            assertEquals(3 + elsewhere, reader.docFreq(new Term(Fields.TITLE, stem)), "the word's stem as the titles hold it");
            boolean topic = TopicHeadings.isTopic(w, forms, Set.of());
            // the share from full counts, as the reading was first written
            IndexSearcher searcher = new IndexSearcher(reader);
            Query written = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TITLE, stem)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.NOTE, stem)), BooleanClause.Occur.SHOULD).build();
            int writing = searcher.count(written);
            int under = searcher.count(new BooleanQuery.Builder().add(written, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.SECTIONS, stem)), BooleanClause.Occur.FILTER).build());
            assertEquals(writing > 0 && under >= TopicHeadings.TOPIC_CONCENTRATION * writing, topic);
            return topic;
        }
    }

    private static Entry paper(String id, String title, String heading) {
        return Entry.builder(id, title).venue("arXiv").year(2023).section("Awesome Marsupials > " + heading).build();
    }
}
