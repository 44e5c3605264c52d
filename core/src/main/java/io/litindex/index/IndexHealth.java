package io.litindex.index;

import io.litindex.Catalog;
import io.litindex.IndexUnavailableException;
import io.litindex.IndexUnavailableException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Whether an index can be trusted: a quick check when it is opened, a full Lucene CheckIndex run
 * ({@link #verify(Path)}), and the one-line errors, in the library's terms, for an index that cannot be used.
 */
public final class IndexHealth {
    /**
     * How many bytes of index files {@link #checkOnOpen} reads whole to verify their checksums, smallest
     * files first (the segments file, segment infos, field infos, metadata, then data). Files beyond the
     * budget get only their footer checked, so opening a large index stays fast.
     */
    static final long CHECKSUM_BUDGET_BYTES = 32L << 20;

    private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"");
    private static final Pattern RESOURCE_FILE = Pattern.compile("file=([^,)\\s\"]+)");

    private IndexHealth() {}

    /**
     * Checks that the latest commit in {@code dir} can be read, was written by this schema version, and,
     * for an index on disk, that its files are intact (whole checksums up to {@link #CHECKSUM_BUDGET_BYTES},
     * footers beyond).
     *
     * @throws IndexUnavailableException naming {@code location} when it cannot be used
     */
    static void checkOnOpen(Directory dir, String location) {
        Objects.requireNonNull(dir, "dir == null");
        Objects.requireNonNull(location, "location == null");
        SegmentInfos commit;
        try {
            // damage happens to files on disk; an index in memory was built by this process or loaded from a
            // jar whose entries carry their own checksums, so only its commit and schema are read
            commit = onDisk(dir) ? readIntact(dir) : SegmentInfos.readLatestCommit(dir);
        } catch (IOException e) {
            throw unreadable(location, e);
        }
        checkSchema(commit.getUserData(), location);
    }

    private static boolean onDisk(Directory dir) {
        return FilterDirectory.unwrap(dir) instanceof FSDirectory;
    }

    /**
     * What is wrong with the files of the latest commit in {@code dir}: null when there is no index or
     * the commit is intact, else the damage found (see {@link #isDamage}) or the read error.
     */
    static IOException damage(Directory dir) {
        try {
            if (DirectoryReader.indexExists(dir)) {
                readIntact(dir);
            }
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /**
     * Reads the latest commit and verifies its files' checksums, moving on to a newer commit made meanwhile.
     *
     * <p>A writer deletes the files of a commit as soon as it has committed the next one, so a file of the commit
     * being checked may vanish under the check: that is no damage when a newer commit exists, and the newer one is
     * checked instead, as often as the writer overtakes the check (Lucene's own {@code DirectoryReader.open} retries
     * the same way, for as long as the commit generation moves on). A file missing from the latest commit is damage.
     * The check opens every file of the commit before reading any (an open file stays readable when a writer
     * deletes it), so a writer can overtake it only while it opens them, not while it reads them.
     */
    private static SegmentInfos readIntact(Directory dir) throws IOException {
        IOException overtaken = null;
        long checked = -1;
        while (true) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
            if (commit.getGeneration() <= checked) {
                throw overtaken; // the commit said to be newer is not (cannot happen with Lucene's writer): no endless loop
            }
            checked = commit.getGeneration();
            try {
                verifyChecksums(dir, commit);
                return commit;
            } catch (NoSuchFileException | FileNotFoundException e) {
                if (!newerCommitExists(dir, commit)) {
                    throw e;
                }
                // a writer committed meanwhile and deleted files of the commit being checked: check the newer one
                overtaken = e;
            }
        }
    }

    /**
     * Runs Lucene's CheckIndex over every segment of the latest commit of the index in {@code dir} (every
     * checksum, and the postings, stored fields, doc values and points read back) and checks the schema version.
     * It reads every byte of the index, so it takes about as long as reading the files.
     *
     * @param dir the index's directory
     * @return what was found; {@link VerifyReport#healthy()} when nothing is wrong
     * @throws IndexUnavailableException when there is no index, or a writer holds its lock
     */
    public static VerifyReport verify(Path dir) {
        Objects.requireNonNull(dir, "dir == null");
        String location = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw noIndex(location, null);
        }
        try (FSDirectory fs = FSDirectory.open(dir)) {
            return verify(fs, location);
        } catch (IOException e) {
            throw unreadable(location, e);
        }
    }

    /**
     * Runs Lucene's CheckIndex over every segment of the latest commit (every checksum, and the postings,
     * stored fields, doc values and points read back) and checks the schema version.
     *
     * @throws IndexUnavailableException when there is no index, or a writer holds its lock
     */
    static VerifyReport verify(Directory dir, String location) {
        Objects.requireNonNull(dir, "dir == null");
        Objects.requireNonNull(location, "location == null");
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw noIndex(location, null);
            }
        } catch (IOException e) {
            throw unreadable(location, e);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        int segments = 0;
        long entries = 0;
        Map<String, String> data = Map.of();
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
                CheckIndex checker = new CheckIndex(dir)) {
            checker.setInfoStream(out, false);
            CheckIndex.Status status = checker.checkIndex();
            if (status.missingSegments) {
                problems.add("the latest commit cannot be read: " + latestCommitProblem(dir));
            } else {
                segments = status.numSegments;
                data = status.userData == null ? Map.of() : status.userData;
                for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
                    if (segment.error != null) {
                        problems.add("segment " + segment.name + " (" + segment.maxDoc + " entries): " + describe(segment.error));
                    } else {
                        entries += segment.maxDoc - (segment.liveDocStatus == null ? 0 : segment.liveDocStatus.numDeleted);
                    }
                }
                if (!status.validCounter) {
                    problems.add("the commit's segment counter is behind its segment names (" + status.segmentsFileName + ")");
                }
                String schema = data.get(Schema.VERSION_KEY);
                if (schema != null && !schema.equals(Integer.toString(Schema.VERSION))) {
                    problems.add("built with schema " + schema + " by litindex " + data.getOrDefault(Schema.WRITER_KEY, "?")
                            + "; this litindex reads schema " + Schema.VERSION);
                }
            }
        } catch (LockObtainFailedException e) {
            throw locked(location, e);
        } catch (IndexNotFoundException e) {
            throw noIndex(location, e);
        } catch (IOException | RuntimeException e) {
            problems.add(describe(e));
        }
        return new VerifyReport(location, segments, entries, data.get(Schema.VERSION_KEY), data.get(Schema.WRITER_KEY),
                problems, log.toString(StandardCharsets.UTF_8));
    }

    /**
     * Indexes the bundled catalog in memory, as {@link io.litindex.search.Searcher#bundled()} does, and verifies that.
     *
     * @return what was found
     */
    public static VerifyReport verifyBundledCatalog() {
        String location = "bundled catalog " + Catalog.NAME;
        try (ByteBuffersDirectory memory = new ByteBuffersDirectory()) {
            try (Indexer indexer = LuceneIndexers.open(memory, location)) {
                indexer.putAll(Catalog.bundledEntries());
                indexer.commit();
            }
            return verify(memory, location);
        } catch (IOException e) {
            throw unreadable(location, e);
        }
    }

    /**
     * The error for a location holding no index.
     *
     * @param location the index's directory
     * @param cause the exception that showed it, or null
     * @return the error, of reason {@link Reason#MISSING}
     */
    public static IndexUnavailableException noIndex(String location, Throwable cause) {
        return new IndexUnavailableException(Reason.MISSING, location, "no index at " + location, cause);
    }

    /**
     * The error for an index whose write lock another writer holds: another {@link Indexer} of this program
     * (Lucene says "held by this virtual machine"), or another process.
     *
     * @param location the index's directory
     * @param cause Lucene's exception
     * @return the error, of reason {@link Reason#LOCKED}
     */
    public static IndexUnavailableException locked(String location, Throwable cause) {
        boolean here = cause != null && String.valueOf(cause.getMessage()).contains("held by this virtual machine");
        return new IndexUnavailableException(Reason.LOCKED, location, here
                ? "index " + location + " is locked: another Indexer of this program has it open for writing; close that one first"
                : "index " + location + " is locked by another process writing or verifying it; try again when it has finished", cause);
    }

    /**
     * The one-line error for an index that could not be read: damaged (corrupt, truncated or missing
     * files), written in an older or newer format, missing, or unreadable for another reason.
     *
     * @param location the index's directory, or a name for an index in memory
     * @param e what Lucene or the file system threw
     * @return the error, its {@link IndexUnavailableException#reason() reason} saying which case it is
     */
    public static IndexUnavailableException unreadable(String location, IOException e) {
        if (e instanceof IndexNotFoundException) {
            return noIndex(location, e);
        }
        if (e instanceof LockObtainFailedException) {
            return locked(location, e);
        }
        if (e instanceof IndexFormatTooOldException) {
            return new IndexUnavailableException(Reason.OTHER_VERSION, location, "index " + location
                    + " was written by an older litindex in a format this one cannot read (" + describe(e) + ")", e);
        }
        if (e instanceof IndexFormatTooNewException) {
            return new IndexUnavailableException(Reason.OTHER_VERSION, location, "index " + location
                    + " was written by a newer litindex in a format this one cannot read (" + describe(e) + ")", e);
        }
        if (isDamage(e)) {
            return new IndexUnavailableException(Reason.DAMAGED, location, "index " + location + " is damaged (" + describe(e) + ")", e);
        }
        return new IndexUnavailableException(Reason.UNREADABLE, location, "cannot read index " + location + ": " + describe(e), e);
    }

    /** Whether {@code e} says the index files themselves are bad (and rebuilding is the cure), not the file system. */
    static boolean isDamage(Throwable e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
    }

    /** A short reason, on one line, naming the file concerned where Lucene says which. */
    static String describe(Throwable e) {
        Throwable t = mostSpecific(e);
        String text;
        if (t instanceof CorruptIndexException c) {
            text = "file " + fileName(c.getResourceDescription()) + ": " + c.getOriginalMessage();
        } else if (t instanceof IndexFormatTooOldException old) {
            text = "file " + fileName(old.getResourceDescription()) + ": " + old.getReason();
        } else if (t instanceof IndexFormatTooNewException young) {
            text = "file " + fileName(young.getResourceDescription()) + ": format " + young.getVersion()
                    + ", this litindex reads formats " + young.getMinVersion() + " to " + young.getMaxVersion();
        } else if (t instanceof EOFException) {
            text = "file " + fileName(String.valueOf(t.getMessage())) + " is truncated";
        } else if (t instanceof NoSuchFileException missing) {
            text = "file " + fileName(missing.getFile()) + " is missing";
        } else if (t instanceof FileNotFoundException) {
            text = "file " + fileName(String.valueOf(t.getMessage())) + " is missing";
        } else if (t instanceof AccessDeniedException denied) {
            text = "permission denied: " + denied.getFile();
        } else if (t instanceof FileSystemException fs && fs.getReason() != null) {
            text = fs.getReason() + (fs.getFile() == null ? "" : ": " + fs.getFile());
        } else {
            text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
        return text.replace(" (hardware problem?) :", ":").replace("; please run checkindex for more details", "")
                .replaceAll("\\s+", " ").strip();
    }

    static void checkSchema(Map<String, String> data, String location) {
        String version = data.get(Schema.VERSION_KEY);
        if (version != null && !version.equals(Integer.toString(Schema.VERSION))) {
            throw new IndexUnavailableException(Reason.OTHER_VERSION, location, "index " + location + " was built by litindex "
                    + data.getOrDefault(Schema.WRITER_KEY, "?") + " with schema " + version + "; this litindex reads schema " + Schema.VERSION,
                    null);
        }
    }

    /**
     * Verifies the checksums of the files of {@code commit}: whole files, smallest first, up to
     * {@link #CHECKSUM_BUDGET_BYTES}, the footers of the rest. Every file is opened before any is read, and all stay
     * open until the end, so that a writer deleting them meanwhile cannot fail the check halfway.
     */
    private static void verifyChecksums(Directory dir, SegmentInfos commit) throws IOException {
        List<String> files = new ArrayList<>(commit.files(true));
        Map<String, IndexInput> inputs = new HashMap<>();
        boolean read = false;
        try {
            for (String file : files) {
                inputs.put(file, dir.openInput(file, IOContext.READONCE));
            }
            files.sort(Comparator.comparing((String f) -> inputs.get(f).length()).thenComparing(Comparator.naturalOrder()));
            long budget = CHECKSUM_BUDGET_BYTES;
            for (String file : files) {
                IndexInput in = inputs.get(file);
                long size = in.length();
                if (size <= budget) {
                    CodecUtil.checksumEntireFile(in);
                    budget -= size;
                } else {
                    CodecUtil.retrieveChecksum(in);
                }
            }
            read = true;
        } finally {
            if (read) {
                IOUtils.close(inputs.values());
            } else {
                IOUtils.closeWhileHandlingException(inputs.values()); // the failure to report is the one thrown
            }
        }
    }

    private static boolean newerCommitExists(Directory dir, SegmentInfos commit) {
        try {
            return SegmentInfos.getLastCommitGeneration(dir) != commit.getGeneration();
        } catch (IOException e) {
            return false;
        }
    }

    private static String latestCommitProblem(Directory dir) {
        try {
            SegmentInfos.readLatestCommit(dir);
            return "CheckIndex could not read it (see its log)";
        } catch (IOException e) {
            return describe(e);
        }
    }

    /**
     * The exception in a chain that says most: the innermost index or file-system error (Lucene wraps a
     * missing file in "Unexpected file read error"), else the outermost exception.
     */
    private static Throwable mostSpecific(Throwable e) {
        Throwable found = e;
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof IOException) {
                found = t;
            }
        }
        return found;
    }

    /** The file name in a Lucene resource description such as {@code MMapIndexInput(path="/x/_0.cfs")}. */
    private static String fileName(String description) {
        if (description == null) {
            return "?";
        }
        Matcher path = RESOURCE_PATH.matcher(description);
        String found = null;
        while (path.find()) {
            found = path.group(1);
        }
        if (found == null) {
            Matcher file = RESOURCE_FILE.matcher(description);
            if (file.find()) {
                found = file.group(1);
            }
        }
        if (found == null) {
            found = description;
        }
        try {
            Path name = Path.of(found).getFileName();
            return name == null ? found : name.toString();
        } catch (RuntimeException notAPath) {
            return found;
        }
    }
}
