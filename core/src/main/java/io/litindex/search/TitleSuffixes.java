package io.litindex.search;

import io.litindex.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;

/**
 * A suffix array over the title words of one index segment (its {@link Fields#TITLE_EXACT} terms): which words hold
 * a short name after their first letter (CRSVQA holds RSVQA, GeoRSCLIP holds CLIP). Built once per segment on first
 * use and kept while the segment is open, as Lucene keeps its own per-segment caches.
 */
final class TitleSuffixes {
    /** Words shorter than this hold no name of three letters after their first; longer ones are no names. */
    static final int MIN_WORD = 4;
    static final int MAX_WORD = 32;
    /** A name looked up has at least this many letters, so a suffix shorter than it is never stored. */
    static final int MIN_NAME = 3;

    private static final Map<IndexReader.CacheKey, TitleSuffixes> CACHE = new ConcurrentHashMap<>();

    /** The segment's words, each followed by a 0 byte. */
    private final byte[] text;
    /** The start in {@link #text} of every suffix that begins after a word's first letter, in byte order of the suffixes. */
    private final int[] suffixes;

    private TitleSuffixes(byte[] text, int[] suffixes) {
        this.text = text;
        this.suffixes = suffixes;
    }

    /** The suffixes of one segment, built the first time they are asked for and dropped when the segment closes. */
    static TitleSuffixes of(LeafReader leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) {
            return build(leaf);
        }
        TitleSuffixes cached = CACHE.get(helper.getKey());
        if (cached != null) {
            return cached;
        }
        TitleSuffixes built = build(leaf);
        if (CACHE.putIfAbsent(helper.getKey(), built) == null) {
            helper.addClosedListener(CACHE::remove);
        }
        return built;
    }

    /** How many segments have their suffixes in memory (for tests and measurements). */
    static int cached() {
        return CACHE.size();
    }

    /** Bytes held: the words and the suffix array. */
    long bytes() {
        return text.length + 4L * suffixes.length;
    }

    private static TitleSuffixes build(LeafReader leaf) throws IOException {
        // the segment itself, not a view that stops at the current search's deadline: what is built here is shared
        Terms terms = FilterLeafReader.unwrap(leaf).terms(Fields.TITLE_EXACT);
        if (terms == null) {
            return new TitleSuffixes(new byte[0], new int[0]);
        }
        byte[] text = new byte[1024];
        int length = 0;
        int[] starts = new int[256];
        int count = 0;
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            if (t.length < MIN_WORD || t.length > MAX_WORD || !lettersOrDigits(t)) {
                continue;
            }
            if (length + t.length + 1 > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, length + t.length + 1));
            }
            System.arraycopy(t.bytes, t.offset, text, length, t.length);
            for (int k = 1; k + MIN_NAME <= t.length; k++) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = length + k;
            }
            length += t.length;
            text[length++] = 0;
        }
        byte[] words = Arrays.copyOf(text, length);
        int[] sorted = Arrays.copyOf(starts, count);
        new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                int s = sorted[i];
                sorted[i] = sorted[j];
                sorted[j] = s;
            }

            @Override
            protected void setPivot(int i) {
                pivot = sorted[i];
            }

            @Override
            protected int comparePivot(int j) {
                return order(words, pivot, sorted[j]);
            }

            @Override
            protected int compare(int i, int j) {
                return order(words, sorted[i], sorted[j]);
            }
        }.sort(0, count);
        return new TitleSuffixes(words, sorted);
    }

    private static boolean lettersOrDigits(BytesRef t) {
        for (int i = t.offset; i < t.offset + t.length; i++) {
            byte b = t.bytes[i];
            if (!(b >= 'a' && b <= 'z' || b >= '0' && b <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Two suffixes in byte order, each ending at its word's 0 byte. */
    private static int order(byte[] text, int a, int b) {
        while (true) {
            int x = text[a++];
            int y = text[b++];
            if (x != y || x == 0) {
                return x - y;
            }
        }
    }

    /** Whether the suffix at {@code at} begins with {@code name}; negative when it sorts before, positive after. */
    private int compareToName(int at, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            int x = text[at + i];
            if (x != name[i]) {
                return x == 0 ? -1 : x - name[i];
            }
        }
        return 0;
    }

    /**
     * Adds to {@code found} the words holding {@code name} after their first letter, each with where the name starts
     * in it (its last place), at most {@code limit} of them.
     *
     * @param name lower case, letters and digits
     */
    void holding(String name, int limit, Map<String, Integer> found) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = suffixes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareToName(suffixes[mid], n) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < suffixes.length && found.size() < limit && compareToName(suffixes[i], n) == 0; i++) {
            int at = suffixes[i];
            int start = at;
            while (start > 0 && text[start - 1] != 0) {
                start--;
            }
            int end = at;
            while (text[end] != 0) {
                end++;
            }
            found.merge(new String(text, start, end - start, StandardCharsets.US_ASCII), at - start, Math::max);
        }
    }

    /** The suffixes of every segment of {@code reader}, built where missing. */
    static java.util.List<TitleSuffixes> all(IndexReader reader) {
        try {
            java.util.List<TitleSuffixes> out = new java.util.ArrayList<>();
            for (var leaf : reader.leaves()) {
                out.add(of(leaf.reader()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
