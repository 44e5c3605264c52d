package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar, on a clock the test moves: nothing for quick work, then counts, rate and time left. */
class ProgressTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final StringWriter out = new StringWriter();

    private Progress progress(long total, boolean terminal) {
        return new Progress("indexing", total, "entries", new PrintWriter(out), terminal, 80, clock::get);
    }

    private void advanceClock(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void quickWorkPrintsNothing() {
        try (Progress p = progress(1000, true)) {
            advanceClock(500);
            p.advance(1000);
        }
        assertEquals("", out.toString());
    }

    @Test
    void longWorkShowsCountsRateAndTimeLeftThenASummary() {
        try (Progress p = progress(10_000, true)) {
            advanceClock(2000);
            p.advance(2500);
            String bar = out.toString();
            assertTrue(bar.startsWith("\rindexing ["), bar);
            assertTrue(bar.endsWith("] 2,500/10,000 entries  25% · 1,250/s · 0:06 left\u001b[K"), bar);
            assertEquals(80 - 1, bar.length() - "\r".length() - "\u001b[K".length(), "fits the width: " + bar);
            advanceClock(10);
            p.advance(100);
            assertEquals(bar, out.toString(), "no redraw within 100 ms");
            advanceClock(2000);
            p.advance(7400);
        }
        String all = out.toString();
        assertTrue(all.contains("10,000/10,000 entries 100%"), all);
        assertTrue(all.endsWith("\rindexing 10,000 entries in 4.0 s (2,494/s)\u001b[K\n"), all);
    }

    @Test
    void anUnknownTotalShowsCountAndRate() {
        Progress p = progress(0, true);
        advanceClock(4000);
        p.set(12_000);
        assertEquals("\rindexing 12,000 entries · 3,000/s\u001b[K", out.toString());
    }

    @Test
    void notATerminalMeansNothingDrawn() {
        try (Progress p = progress(100, false)) {
            advanceClock(5000);
            p.advance(50);
            assertEquals(50, p.done());
        }
        assertEquals("", out.toString());
        try (Progress silent = Progress.silent()) {
            silent.advance(3);
            assertEquals(3, silent.done());
        }
    }
}
