package io.litindex.index;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The ids an indexer has put since it opened an empty index, as a Bloom filter: an id it has certainly
 * never seen can be added without the delete-by-id an update costs (a term lookup per document, at every
 * flush); any other id, or one the filter merely may have seen, is updated as before. A false "may have
 * seen" only costs that lookup, so the filter stays a fixed 2 MB whatever the number of entries; safe for
 * the several threads of one {@code putAll} (each id always goes to the same thread).
 */
final class NewIds {
    private static final int BITS_LOG2 = 24;
    private static final int MASK = (1 << BITS_LOG2) - 1;
    private static final int HASHES = 3;
    private final AtomicLongArray bits = new AtomicLongArray(1 << (BITS_LOG2 - 6));

    /**
     * Records {@code id}, saying whether it is certainly new.
     *
     * @param id an entry id
     * @return true when no id equal to it was recorded before; false when one may have been
     */
    boolean add(String id) {
        int h1 = id.hashCode();
        int h2 = secondHash(id);
        boolean seen = true;
        for (int i = 0; i < HASHES; i++) {
            int bit = (h1 + i * h2) & MASK;
            long mask = 1L << (bit & 63);
            long before = bits.getAndUpdate(bit >>> 6, w -> w | mask);
            seen &= (before & mask) != 0;
        }
        return !seen;
    }

    /** A hash of the id independent of {@link String#hashCode()} (another multiplier, mixed), odd so that the probes differ. */
    private static int secondHash(String id) {
        int h = 0x9E3779B9;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 16;
        return h | 1;
    }
}
