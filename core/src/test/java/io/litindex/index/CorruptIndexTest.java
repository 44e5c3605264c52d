package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.IndexUnavailableException;
import io.litindex.Version;
import io.litindex.search.Searcher;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index is reported when it is opened, in one line naming the index, the file and the command
 * that rebuilds it; {@code verify} runs CheckIndex; and that rebuild command really does rebuild it.
 */
class CorruptIndexTest {
    @TempDir
    Path tmp;
    private Path dir;

    @BeforeEach
    void build() throws Exception {
        dir = tmp.resolve("index");
        try (Indexer indexer = Indexer.open(dir)) {
            Generations.commit(indexer, 3);
        }
    }

    /** The library's message says what is wrong and no command: the CLI adds the one that rebuilds the index. */
    private static void damaged(IndexUnavailableException e) {
        assertEquals(IndexUnavailableException.Reason.DAMAGED, e.reason());
        assertTrue(e.getMessage().endsWith(")") && !e.getMessage().contains("litindex index"), e.getMessage());
    }

    private Path largestFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private Path segmentsFile() throws IOException {
        try (FSDirectory fs = FSDirectory.open(dir)) {
            return dir.resolve(SegmentInfos.getLastCommitSegmentsFileName(fs));
        }
    }

    /** Whether Lucene by itself opens the index and counts its entries. */
    private boolean luceneOpens() throws IOException {
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            return reader.numDocs() == Generations.size(3);
        } catch (IOException e) {
            return false;
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0xFF);
        }
    }

    private IndexUnavailableException openFails() {
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> Searcher.open(dir));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("index " + dir + " "), e.getMessage());
        return e;
    }

    /** The rebuild the message recommends works, and leaves a healthy index with the new entries. */
    private void rebuildWorks() throws Exception {
        try (Indexer indexer = Indexer.open(dir, true)) {
            Generations.commit(indexer, 4);
        }
        try (Searcher searcher = Searcher.open(dir)) {
            assertEquals(4, Generations.committedGeneration(searcher));
        }
        VerifyReport report = IndexHealth.verify(dir);
        assertTrue(report.healthy(), report.problems() + report.log());
        assertEquals(Generations.size(4), report.entries());
    }

    @Test
    void aHealthyIndexVerifiesClean() {
        VerifyReport report = IndexHealth.verify(dir);
        assertTrue(report.healthy(), report.problems() + report.log());
        assertEquals(1, report.segments());
        assertEquals(Generations.size(3), report.entries());
        assertEquals(Integer.toString(Schema.VERSION), report.schema());
        assertEquals(Version.LITINDEX, report.writtenBy());
        assertTrue(report.log().contains("No problems were detected with this index."), report.log());
    }

    @Test
    void aFlippedByteInADataFileIsCaughtOnOpenThoughLuceneWouldOpenIt() throws Exception {
        Path data = largestFile();
        assertEquals("_0.cfs", data.getFileName().toString());
        // a byte in the data part of the compound file, which Lucene's own open does not read
        long position = data.toFile().length() / 2;
        while (true) {
            flipByte(data, position);
            if (luceneOpens()) {
                break;
            }
            flipByte(data, position);
            position += 97;
            assertTrue(position < data.toFile().length() - 16, "no byte found that Lucene's open does not read");
        }
        IndexUnavailableException e = openFails();
        assertTrue(e.getMessage().startsWith("index " + dir + " is damaged (file _0.cfs: checksum failed"), e.getMessage());
        damaged(e);

        VerifyReport report = IndexHealth.verify(dir);
        assertFalse(report.healthy());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith("segment _0 (" + Generations.size(3) + " entries): file _0.cfs: checksum failed"),
                report.problems().get(0));
        rebuildWorks();
    }

    @Test
    void aTruncatedFileIsCaughtOnOpen() throws Exception {
        Path data = largestFile();
        try (RandomAccessFile raf = new RandomAccessFile(data.toFile(), "rw")) {
            raf.setLength(raf.length() - 100);
        }
        IndexUnavailableException e = openFails();
        assertTrue(e.getMessage().startsWith("index " + dir + " is damaged (file _0.cfs: "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        damaged(e);
        assertFalse(IndexHealth.verify(dir).healthy());
        rebuildWorks();
    }

    @Test
    void aMissingFileIsCaughtOnOpen() throws Exception {
        Files.delete(dir.resolve("_0.cfe"));
        IndexUnavailableException e = openFails();
        assertEquals("index " + dir + " is damaged (file _0.cfe is missing)", e.getMessage());
        damaged(e);
        VerifyReport report = IndexHealth.verify(dir);
        assertFalse(report.healthy());
        assertTrue(report.problems().get(0).contains("_0.cfe is missing"), report.problems().toString());
        rebuildWorks();
    }

    @Test
    void aDamagedSegmentsFileIsCaughtAndReplacingStillWorks() throws Exception {
        Path segments = segmentsFile();
        flipByte(segments, segments.toFile().length() / 2);
        IndexUnavailableException e = openFails();
        assertTrue(e.getMessage().startsWith("index " + dir + " is damaged (file " + segments.getFileName() + ": "), e.getMessage());
        damaged(e);
        VerifyReport report = IndexHealth.verify(dir);
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).startsWith("the latest commit cannot be read: file " + segments.getFileName()),
                report.problems().toString());
        // appending to it is refused with the same advice; replacing it clears it and starts afresh
        IndexUnavailableException appending = assertThrows(IndexUnavailableException.class, () -> Indexer.open(dir));
        assertEquals(e.getMessage(), appending.getMessage());
        rebuildWorks();
    }

    @Test
    void aSegmentsFileFromANewerFormatSaysSo() throws Exception {
        setSegmentsFormat(99);
        IndexUnavailableException e = openFails();
        assertTrue(e.getMessage().startsWith("index " + dir + " was written by a newer litindex in a format this one cannot read (file "
                + segmentsFile().getFileName() + ": format 99, this litindex reads formats "), e.getMessage());
        assertEquals(IndexUnavailableException.Reason.OTHER_VERSION, e.reason());
        rebuildWorks();
    }

    @Test
    void aSegmentsFileFromAnOlderFormatSaysSo() throws Exception {
        setSegmentsFormat(1);
        IndexUnavailableException e = openFails();
        assertTrue(e.getMessage().startsWith("index " + dir + " was written by an older litindex in a format this one cannot read (file "
                + segmentsFile().getFileName() + ": "), e.getMessage());
        assertEquals(IndexUnavailableException.Reason.OTHER_VERSION, e.reason());
        rebuildWorks();
    }

    @Test
    void anIndexOfAnotherSchemaIsRefusedForReadingAndAppendingButCanBeReplaced() throws Exception {
        try (FSDirectory fs = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, "0", Schema.WRITER_KEY, "0.0.1").entrySet());
            writer.commit();
        }
        String expected = "index " + dir + " was built by litindex 0.0.1 with schema 0; this litindex reads schema " + Schema.VERSION
;
        assertEquals(expected, openFails().getMessage());
        assertEquals(IndexUnavailableException.Reason.OTHER_VERSION, openFails().reason());
        assertEquals(expected, assertThrows(IndexUnavailableException.class, () -> Indexer.open(dir)).getMessage());
        VerifyReport report = IndexHealth.verify(dir);
        assertEquals(List.of("built with schema 0 by litindex 0.0.1; this litindex reads schema " + Schema.VERSION),
                report.problems());
        rebuildWorks();
    }

    @Test
    void noIndexIsReportedAsSuch() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        String expected = "no index at " + empty;
        assertEquals(expected, assertThrows(IndexUnavailableException.class, () -> Searcher.open(empty)).getMessage());
        assertEquals(IndexUnavailableException.Reason.MISSING, assertThrows(IndexUnavailableException.class, () -> Searcher.open(empty)).reason());
        assertEquals(expected, assertThrows(IndexUnavailableException.class, () -> IndexHealth.verify(empty)).getMessage());
        try (Stream<Path> files = Files.list(empty)) {
            assertEquals(0, files.count(), "verify leaves no lock file in a directory that holds no index");
        }
        Path missing = tmp.resolve("missing");
        assertThrows(IndexUnavailableException.class, () -> IndexHealth.verify(missing));
        assertFalse(Files.exists(missing), "verify does not create the directory");
    }

    /**
     * Rewrites the format version in the segments file's header and fixes its checksum, as a litindex
     * built on another Lucene would have written it.
     */
    private void setSegmentsFormat(int format) throws IOException {
        Path segments = segmentsFile();
        byte[] bytes = Files.readAllBytes(segments);
        int offset = 4 + 1 + "segments".length(); // magic, then the codec name as a vInt-prefixed string
        ByteBuffer.wrap(bytes).putInt(offset, format);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer.wrap(bytes).putLong(bytes.length - 8, crc.getValue());
        Files.write(segments, bytes);
    }
}
