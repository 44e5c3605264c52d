package io.litindex.testing;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of work of a fuzz test and measures it without a clock: the work runs on a thread of its own, and
 * what it costs is counted as the bytes that thread allocates (deterministic for a given input, unlike time, and
 * independent of how busy the machine is). A hang guard fails the test, with the stuck thread's stack, when the
 * work has not finished after {@link #HANG_SECONDS} (default 120, {@code -Dlitindex.fuzz.hangSeconds}): far longer
 * than any input takes, so it only ever catches a real hang, never a slow machine.
 */
public final class Bounded {
    /** Seconds after which the hang guard gives up on one piece of work. */
    public static final long HANG_SECONDS = Long.getLong("litindex.fuzz.hangSeconds", 120);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bounded() {}

    /** A bucket of bytes per input character, for jqwik's statistics: what the work of the generated inputs cost. */
    public static String perCharBucket(long bytes, int chars) {
        long perChar = bytes / Math.max(1, chars);
        String[] names = {"under 256", "256 to 1K", "1K to 4K", "4K to 16K", "16K to 64K", "64K or more"};
        long limit = 256;
        for (int i = 0; i < names.length - 1; i++, limit *= 4) {
            if (perChar < limit) {
                return names[i];
            }
        }
        return names[names.length - 1];
    }

    /** What the work returned, and the bytes its thread allocated doing it. */
    public record Outcome<T>(T value, long allocatedBytes) {}

    /** An exception the work threw, carried out of the worker thread. */
    private record Thrown(Throwable error) {}

    /**
     * Runs {@code work} and returns its value and cost; an exception it throws is rethrown as it is.
     *
     * @throws AssertionError when the work has not finished within the hang guard's bound
     */
    public static <T> Outcome<T> call(Callable<T> work) throws Exception {
        if (!THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
        FutureTask<Object[]> task = new FutureTask<>(() -> {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            Object value;
            try {
                value = work.call();
            } catch (Throwable t) {
                value = new Thrown(t);
            }
            return new Object[] {value, THREADS.getCurrentThreadAllocatedBytes() - before};
        });
        Thread thread = new Thread(task, "fuzz-work");
        thread.setDaemon(true);
        thread.start();
        Object[] result;
        try {
            result = task.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement frame : thread.getStackTrace()) {
                stack.append("\n\tat ").append(frame);
            }
            thread.interrupt();
            throw new AssertionError("hang guard: the work did not finish within " + HANG_SECONDS + " s; it was at" + stack);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (result[0] instanceof Thrown thrown) {
            if (thrown.error() instanceof Exception ex) {
                throw ex;
            }
            if (thrown.error() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(thrown.error());
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return new Outcome<>(value, (Long) result[1]);
    }
}
