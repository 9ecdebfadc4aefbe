package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.fixtures.RacyIncrement;

class SmokeTest {
    @Test
    void racyIncrement() {
        for (String s : new String[] {"dpor", "dfs", "auto"}) {
            Exploration e = Fixtures.explore(RacyIncrement.class, s);
            System.out.println(s + ": " + e.verdict() + " " + e.kind() + " " + e.message() + " execs=" + e.executions()
                    + " sched=" + e.schedule() + " pre=" + e.preemptions() + " races=" + e.races().size());
            e.trace().forEach(t -> System.out.println("   " + t));
        }
    }
}
