package io.litindex.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The program the crash and lock tests run in a child JVM. {@code index DIR FIRST SEED} writes
 * generations FIRST, FIRST+1, … (after a warm-up in memory) to the index in sessions (a third of them replacing the index), printing
 * {@code committing G} before and {@code committed G} after each commit, until it is killed. {@code hold-lock DIR} opens a writer, writes
 * without committing, prints {@code locked} and waits to be killed. Either ends when its parent does.
 */
final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        exitWhenParentEnds();
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "index" -> index(dir, Long.parseLong(args[2]), Long.parseLong(args[3]));
            case "hold-lock" -> holdLock(dir);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void index(Path dir, long first, long seed) throws IOException {
        Random random = new Random(seed);
        warmUp();
        System.out.println("ready");
        System.out.flush();
        long g = first;
        while (true) {
            boolean replace = random.nextInt(3) == 0;
            try (Indexer indexer = Indexer.open(dir, replace)) {
                int commits = 1 + random.nextInt(3);
                for (int i = 0; i < commits; i++, g++) {
                    Generations.write(indexer, g);
                    System.out.println("committing " + g);
                    System.out.flush();
                    indexer.commit();
                    System.out.println("committed " + g);
                    System.out.flush();
                }
            }
        }
    }

    /** Loads and compiles the writing code on a memory index first, so that kills land in real work, not class loading. */
    private static void warmUp() throws IOException {
        try (ByteBuffersDirectory memory = new ByteBuffersDirectory(); Indexer indexer = LuceneIndexers.open(memory)) {
            for (long g = 0; g < 3; g++) {
                Generations.commit(indexer, g);
            }
        }
    }

    private static void holdLock(Path dir) throws Exception {
        Indexer indexer = Indexer.open(dir);
        Generations.write(indexer, 999);
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** A child must never outlive the test: its stdin closes when the parent JVM ends. */
    private static void exitWhenParentEnds() {
        Thread watcher = new Thread(() -> {
            try {
                InputStream in = System.in;
                while (in.read() >= 0) {
                    // the parent writes nothing; this only waits for end of stream
                }
            } catch (IOException ignored) {
                // treated as the parent having gone
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
