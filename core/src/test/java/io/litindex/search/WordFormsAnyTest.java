package io.litindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.index.Fields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@link WordForms#any} stops at the first live match instead of counting them all: it must still answer as a count
 * would, across segments and deleted entries (a match only in a later segment, only in deleted entries, after a deleted
 * one in the same segment).
 */
class WordFormsAnyTest {
    /** Three segments: [a b (deleted), c d], [e f], [a b (deleted), g h (deleted), a b]. */
    private static DirectoryReader reader(ByteBuffersDirectory dir) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            add(w, "1", "a b x");
            add(w, "2", "c d");
            w.commit();
            add(w, "3", "e f");
            w.commit();
            add(w, "4", "a b y");
            add(w, "5", "g h");
            add(w, "6", "z a b");
            w.commit();
            w.deleteDocuments(new Term("id", "1"), new Term("id", "4"), new Term("id", "5"));
            w.commit();
        }
        return DirectoryReader.open(dir);
    }

    private static void add(IndexWriter w, String id, String words) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.NO));
        d.add(new TextField(Fields.WORDS, words, Field.Store.NO));
        w.addDocument(d);
    }

    @Test
    void answersAsACountWould() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = reader(dir)) {
            assertEquals(3, reader.leaves().size(), "one segment per commit");
            WordForms forms = new WordForms(reader);
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Query> queries = List.of(
                    new PhraseQuery(Fields.WORDS, "a", "b"), // deleted in the first segment, live last in the third
                    new PhraseQuery(Fields.WORDS, "e", "f"), // only in the second segment
                    new PhraseQuery(Fields.WORDS, "g", "h"), // only in a deleted entry
                    new TermQuery(new Term(Fields.WORDS, "x")), // only in a deleted entry, a term (counted from its statistics)
                    new TermQuery(new Term(Fields.WORDS, "z")),
                    new PhraseQuery(Fields.WORDS, "b", "a"), // nowhere
                    new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.WORDS, "a")), BooleanClause.Occur.FILTER)
                            .add(new TermQuery(new Term(Fields.WORDS, "y")), BooleanClause.Occur.MUST_NOT).build());
            List<Boolean> expected = List.of(true, true, false, false, true, false, true);
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                assertEquals(searcher.count(q) > 0, forms.any(q), q.toString());
                assertEquals(expected.get(i), forms.any(q), q.toString());
            }
            assertTrue(forms.any(queries.get(0)));
            assertFalse(forms.any(queries.get(2)));
        }
    }
}
