package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The fair laps against their definition, a pass over the lap's steps for each earlier visit. */
class FairLapsTest {
    @Test
    void findsTheLatestVisitTheDefinitionFinds() {
        Random random = new Random(11);
        for (int run = 0; run < 300; run++) {
            int threads = 1 + random.nextInt(5);
            List<List<Integer>> enabled = new ArrayList<>();
            List<Integer> moved = new ArrayList<>();
            List<Integer> visits = new ArrayList<>();
            FairLaps laps = new FairLaps();
            for (int n = 0; n < 120; n++) {
                if (random.nextInt(3) == 0) {
                    visits.add(n); // the state before step n + 1 recurs
                }
                assertEquals(byDefinition(enabled, moved, visits), visits.isEmpty() ? null : laps.latestFairStart(visits),
                        "run " + run + " after " + n + " steps");
                List<Integer> e = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    if (random.nextInt(3) > 0) {
                        e.add(t);
                    }
                }
                if (e.isEmpty()) {
                    e.add(random.nextInt(threads));
                }
                int t = e.get(random.nextInt(e.size()));
                enabled.add(e);
                moved.add(t);
                laps.add(e, t);
            }
        }
    }

    @Test
    void aThreadThatCouldRunButNeverDidKeepsEveryLapUnfair() {
        FairLaps laps = new FairLaps();
        for (int n = 0; n < 10; n++) {
            laps.add(List.of(0, 1), 0); // 1 could always run, only 0 does
        }
        assertNull(laps.latestFairStart(List.of(0, 3, 7)));
        laps.add(List.of(0, 1), 1);
        assertEquals(7, laps.latestFairStart(List.of(0, 3, 7)), "both ran since step 7");
    }

    private static Integer byDefinition(List<List<Integer>> enabled, List<Integer> moved, List<Integer> visits) {
        int n = moved.size();
        for (int k = visits.size() - 1; k >= 0; k--) {
            Set<Integer> could = new HashSet<>();
            Set<Integer> did = new HashSet<>();
            for (int i = visits.get(k); i < n; i++) {
                could.addAll(enabled.get(i));
                did.add(moved.get(i));
            }
            if (did.containsAll(could)) {
                return visits.get(k);
            }
        }
        return null;
    }
}
