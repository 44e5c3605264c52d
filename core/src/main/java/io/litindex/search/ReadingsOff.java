package io.litindex.search;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Diagnostics: the names of the readings left out ({@code -Dlitindex.readings.off=topic,yform}), each compared whole:
 * "yform" leaves out the y-form stems and not the word forms, "surname" the surnames and not the name clause,
 * "venueheading" the venue heading and not the venue reading.
 */
final class ReadingsOff {
    private volatile String text;
    private volatile Set<String> names;

    ReadingsOff(String text) {
        set(text);
    }

    /** Leaves out these readings from now on (the benchmark's per-reading counts switch them in one process). */
    void set(String text) {
        this.names = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.text = text;
    }

    /** Whether the reading so named is left out. */
    boolean contains(String name) {
        return names.contains(name);
    }

    @Override
    public String toString() {
        return text;
    }
}
