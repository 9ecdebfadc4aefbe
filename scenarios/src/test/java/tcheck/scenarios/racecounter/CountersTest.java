package tcheck.scenarios.racecounter;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;
import tcheck.scenario.Violation;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each counter on one thread, and the program's check, which must be able to fail. */
class CountersTest {
    private static final List<Scenario> VARIANTS = List.of(new UnsynchronizedCounterScenario(),
            new SynchronizedCounterScenario(), new AtomicCounterScenario());

    @Test
    void everyCounterCountsOnOneThread() {
        for (Counter c : List.of(new UnsynchronizedCounter(), new SynchronizedCounter(), new AtomicCounter())) {
            assertEquals(0, c.get());
            for (int i = 0; i < 5; i++) {
                c.increment();
            }
            assertEquals(5, c.get(), c.getClass().getSimpleName());
        }
    }

    @Test
    void oneThreadRunsCleanAndTheStateShowsTheCount() {
        for (Scenario s : VARIANTS) {
            Program p = s.newProgram(Bound.of(1, 3));
            assertEquals(Map.of("count", 0), p.sharedState());
            p.run();
            p.check();
            assertEquals(Map.of("count", 3), p.sharedState(), s.id());
        }
    }

    @Test
    void checkReportsMissingIncrementsAsALostUpdate() {
        for (Scenario s : VARIANTS) {
            Program p = s.newProgram(Bound.of(2, 1)); // never run: 0 of 2 increments arrived
            Violation v = assertThrows(Violation.class, p::check, s.id());
            assertEquals("invariant", v.kind());
            assertEquals("final count 0, expected 2 (lost update)", v.getMessage());
        }
    }
}
