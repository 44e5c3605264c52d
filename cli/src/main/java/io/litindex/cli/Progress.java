package io.litindex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for work that takes a while: the count done (of the total when known),
 * the rate and the time left. It is drawn only when stderr is a terminal, and only once the work has run
 * for {@value #DELAY_MILLIS} ms, so quick runs print nothing; it redraws at most every
 * {@value #REDRAW_MILLIS} ms. Closing it replaces the bar with a one-line summary (when one was drawn).
 * Safe to advance from several threads.
 *
 * <pre>{@code
 * try (Progress progress = Progress.start("indexing", files.size(), "files", spec.commandLine().getErr())) {
 *     for (Path file : files) {
 *         index(file);
 *         progress.advance(1);
 *     }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
    static final long DELAY_MILLIS = 1000;
    static final long REDRAW_MILLIS = 100;

    private final String label;
    private final String unit;
    private final long total;
    private final PrintWriter out;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final int width;
    private final long started;
    private final AtomicLong done = new AtomicLong();
    private long lastDraw = Long.MIN_VALUE;
    private boolean drawn;
    private boolean closed;

    Progress(String label, long total, String unit, PrintWriter out, boolean enabled, int width, LongSupplier nanoClock) {
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.enabled = enabled;
        this.width = width;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    /**
     * A progress bar drawn on {@code err} when standard error is a terminal.
     *
     * @param label what is being done ("indexing")
     * @param total how many units the work has, or 0 or less when unknown
     * @param unit what is counted, plural ("entries", "files")
     * @param err where to draw: the command line's error writer
     */
    public static Progress start(String label, long total, String unit, PrintWriter err) {
        Terminal terminal = Terminal.stderr();
        return new Progress(label, total, unit, err, terminal.isTerminal(), terminal.width(), System::nanoTime);
    }

    /** A progress bar that draws nothing, for callers that have no terminal. */
    public static Progress silent() {
        return new Progress("", 0, "", new PrintWriter(PrintWriter.nullWriter()), false, Terminal.DEFAULT_WIDTH, System::nanoTime);
    }

    /** Adds {@code n} units done; redraws when it is time to. */
    public void advance(long n) {
        long now = done.addAndGet(n);
        maybeDraw(now);
    }

    /** Sets the units done so far; redraws when it is time to. */
    public void set(long value) {
        done.set(value);
        maybeDraw(value);
    }

    /** How many units are done. */
    public long done() {
        return done.get();
    }

    private void maybeDraw(long count) {
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (now - started < TimeUnit.MILLISECONDS.toNanos(DELAY_MILLIS)) {
            return;
        }
        synchronized (this) {
            if (closed || (lastDraw != Long.MIN_VALUE && now - lastDraw < TimeUnit.MILLISECONDS.toNanos(REDRAW_MILLIS))) {
                return;
            }
            lastDraw = now;
            out.print("\r" + line(count, now - started) + "\u001b[K");
            out.flush();
            drawn = true;
        }
    }

    /** The bar's text for {@code count} units done after {@code elapsedNanos}, fitting the width. */
    String line(long count, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? count / seconds : 0;
        StringBuilder tail = new StringBuilder();
        tail.append(' ').append(number(count));
        if (total > 0) {
            tail.append('/').append(number(total)).append(' ').append(unit)
                    .append(String.format(Locale.ROOT, " %3d%%", Math.min(100, count * 100 / total)));
        } else {
            tail.append(' ').append(unit);
        }
        tail.append(" · ").append(number(Math.round(rate))).append('/').append('s');
        if (total > 0 && rate > 0 && count < total) {
            tail.append(" · ").append(duration((long) Math.ceil((total - count) / rate))).append(" left");
        }
        String head = label + " ";
        int barWidth = width - 1 - head.length() - tail.length() - 2;
        if (total <= 0 || barWidth < 10) {
            return TableFormat.elide(head + tail.toString().strip(), width - 1);
        }
        int filled = (int) Math.min(barWidth, barWidth * count / total);
        return head + "[" + "#".repeat(filled) + " ".repeat(barWidth - filled) + "]" + tail;
    }

    /** The summary that replaces the bar: what was done, how long it took and the rate. */
    String summary(long count, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        return label + " " + number(count) + " " + unit + " in " + String.format(Locale.ROOT, "%.1f s", seconds)
                + " (" + number(Math.round(seconds > 0 ? count / seconds : 0)) + "/s)";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String duration(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Replaces the bar, if one was drawn, with the summary line. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (drawn) {
            out.print("\r" + summary(done.get(), nanoClock.getAsLong() - started) + "\u001b[K\n");
            out.flush();
        }
    }
}
