package io.litindex.model;

import java.util.Objects;

/**
 * Where an entry was read: the list's name and the 1-based line of its row.
 *
 * @param list the list's file name
 * @param line the 1-based line of the entry's row or item
 */
public record Source(String list, int line) {
    /**
     * Checks that the list is named.
     *
     * @param list the list's file name
     * @param line the 1-based line of the entry's row or item
     */
    public Source {
        Objects.requireNonNull(list, "list == null");
    }

    @Override
    public String toString() {
        return list + ":" + line;
    }
}
