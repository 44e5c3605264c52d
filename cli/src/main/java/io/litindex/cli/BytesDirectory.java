package io.litindex.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.BaseDirectory;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * A read-only directory over index files held as byte arrays (the prebuilt catalog index read from the jar).
 * Unlike copying them into a ByteBuffersDirectory, opening it runs none of Lucene's write path.
 */
final class BytesDirectory extends BaseDirectory {
    private final Map<String, byte[]> files;

    BytesDirectory(Map<String, byte[]> files) {
        super(new SingleInstanceLockFactory());
        this.files = Map.copyOf(files);
    }

    @Override
    public String[] listAll() {
        ensureOpen();
        return files.keySet().stream().sorted().toArray(String[]::new);
    }

    @Override
    public long fileLength(String name) throws IOException {
        return file(name).length;
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(file(name)).order(ByteOrder.LITTLE_ENDIAN);
        return new ByteBuffersIndexInput(new ByteBuffersDataInput(List.of(buffer)), "BytesDirectory(" + name + ")");
    }

    private byte[] file(String name) throws NoSuchFileException {
        ensureOpen();
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new NoSuchFileException(name);
        }
        return bytes;
    }

    @Override
    public void deleteFile(String name) {
        throw readOnly();
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) {
        throw readOnly();
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) {
        throw readOnly();
    }

    @Override
    public void sync(Collection<String> names) {
        throw readOnly();
    }

    @Override
    public void syncMetaData() {
        throw readOnly();
    }

    @Override
    public void rename(String source, String dest) {
        throw readOnly();
    }

    @Override
    public Set<String> getPendingDeletions() {
        return Set.of();
    }

    @Override
    public void close() {
        isOpen = false;
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the bundled catalog's index is read-only");
    }

    /** How errors and {@code stats} name this index: it only ever holds the bundled catalog. */
    @Override
    public String toString() {
        return "the bundled catalog";
    }
}
