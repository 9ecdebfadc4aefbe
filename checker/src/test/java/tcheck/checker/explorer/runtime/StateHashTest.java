package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.instrument.Site;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Two states that differ must not share a fingerprint in the ways programs make them differ: a state
 * graph or a livelock watch that takes them for one finds laps that do not exist.
 */
class StateHashTest {
    private static Op read(String target, int site) {
        return new Op(OpKind.READ, target, "heldBy", false, new Site(site, "Table", "Table.java", 75, "heldBy", false, "eat"), null);
    }

    @Test
    void aSiteFurtherOnAndANameOneLessDoNotCancelOut() {
        // the generous philosophers' reads of forks[2].heldBy at one site and forks[0].heldBy two sites on:
        // with 31 * h + x the site's +2 and the name's -2 (times 31) offset each other
        ObjectNames names = new ObjectNames();
        long a = StateHash.of(7, 0, Map.of(3, read("forks[2]", 36)), 11, names);
        long b = StateHash.of(7, 0, Map.of(3, read("forks[0]", 38)), 11, names);
        assertNotEquals(a, b);
        assertEquals(a, StateHash.of(7, 0, Map.of(3, read("forks[2]", 36)), 11, names), "the same state, the same fingerprint");
    }

    @Test
    void nearbyStatesAllDiffer() {
        ObjectNames names = new ObjectNames();
        Set<Long> seen = new HashSet<>();
        int states = 0;
        for (int site = 0; site < 40; site++) {
            for (int fork = 0; fork < 10; fork++) {
                for (int thread = 1; thread <= 3; thread++) {
                    seen.add(StateHash.of(0, 0, Map.of(thread, read("forks[" + fork + "]", site)), 0, names));
                    states++;
                }
            }
        }
        assertEquals(states, seen.size());
    }
}
