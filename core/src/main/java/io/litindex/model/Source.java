package io.litindex.model;

import java.util.Objects;

/** Where an entry was read: the list's name and the 1-based line of its row. */
public record Source(String list, int line) {
    public Source {
        Objects.requireNonNull(list, "list == null");
    }

    @Override
    public String toString() {
        return list + ":" + line;
    }
}
