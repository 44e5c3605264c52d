package io.litindex.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewIdsTest {
    @Test
    void anIdSeenBeforeIsNeverNewAndFewNewIdsAreMistakenForSeen() {
        NewIds ids = new NewIds();
        int n = 1_000_000;
        int mistaken = 0;
        for (int i = 0; i < n; i++) {
            mistaken += ids.add("syn-" + i) ? 0 : 1;
        }
        // 3 probes in 2^24 bits after a million ids: about 0.4 % of new ids are taken for seen ones (and updated)
        assertTrue(mistaken < n / 100, "mistaken for seen: " + mistaken);
        for (int i = 0; i < n; i += 997) {
            assertFalse(ids.add("syn-" + i), "syn-" + i);
        }
        assertTrue(new NewIds().add("2401.09712"));
    }
}
