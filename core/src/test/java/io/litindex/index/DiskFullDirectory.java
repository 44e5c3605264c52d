package io.litindex.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory on a disk that fills up: after {@code capacity} bytes written (over all files), every
 * write fails with the IOException the operating system gives, "No space left on device", after
 * writing what still fitted. Deleting files does not give space back, as on a disk shared with others.
 */
final class DiskFullDirectory extends FilterDirectory {
    private final AtomicLong remaining;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong writtenByMerges = new AtomicLong();

    DiskFullDirectory(Directory in, long capacity) {
        super(in);
        this.remaining = new AtomicLong(capacity);
    }

    /** How many bytes were written through this directory. */
    long written() {
        return written.get();
    }

    /**
     * How many bytes were written through this directory by everything but merges: what a commit cannot do without.
     * Merges run on a thread of their own, and closing the writer aborts one that has not begun, so whether a merge
     * was written at all depends on how busy the machine is.
     */
    long writtenOutsideMerges() {
        return written.get() - writtenByMerges.get();
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new FillingOutput(super.createOutput(name, context), context.context == IOContext.Context.MERGE);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new FillingOutput(super.createTempOutput(prefix, suffix, context), context.context == IOContext.Context.MERGE);
    }

    /** Takes up to {@code wanted} bytes of the space left; returns how many were granted. */
    private long take(long wanted, boolean merge) {
        while (true) {
            long left = remaining.get();
            long granted = Math.min(left, wanted);
            if (remaining.compareAndSet(left, left - granted)) {
                written.addAndGet(granted);
                if (merge) {
                    writtenByMerges.addAndGet(granted);
                }
                return granted;
            }
        }
    }

    private final class FillingOutput extends FilterIndexOutput {
        private final boolean merge;

        FillingOutput(IndexOutput out, boolean merge) {
            super("DiskFullDirectory(" + out + ")", out.getName(), out);
            this.merge = merge;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            if (take(1, merge) < 1) {
                throw full();
            }
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            int granted = (int) take(length, merge);
            out.writeBytes(b, offset, granted);
            if (granted < length) {
                throw full();
            }
        }

        private IOException full() {
            return new IOException("No space left on device");
        }
    }
}
