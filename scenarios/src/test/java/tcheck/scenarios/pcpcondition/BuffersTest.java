package tcheck.scenarios.pcpcondition;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;
import tcheck.scenario.Violation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Each buffer on one thread (never blocking), and the one-producer-one-consumer programs. */
class BuffersTest {
    private static final List<Scenario> VARIANTS = List.of(new IfWaitScenario(), new LostWakeupScenario(),
            new TwoConditionsScenario(), new NotifyAllScenario());

    @Test
    void everyBufferIsFifoUpToItsCapacity() throws InterruptedException {
        for (BoundedBuffer b : List.of(new IfWaitBuffer(3), new NotifyBuffer(3), new TwoConditionBuffer(3),
                new NotifyAllBuffer(3))) {
            String name = b.getClass().getSimpleName();
            b.put(7);
            b.put(8);
            b.put(9);
            assertEquals(7, b.take(), name);
            b.put(10);
            assertEquals(8, b.take(), name);
            assertEquals(9, b.take(), name);
            assertEquals(10, b.take(), name);
        }
    }

    /** With one producer and one consumer even the buggy buffers are correct (as in the seeds' runs). */
    @Test
    void oneProducerOneConsumerProgramsRunClean() {
        for (Scenario s : VARIANTS) {
            Program p = s.newProgram(new Bound(1, 50, 1));
            assertTimeoutPreemptively(Duration.ofSeconds(10), p::run, s.id());
            p.check();
            assertEquals(Map.of("items", List.of()), p.sharedState(), s.id());
        }
    }

    @Test
    void checkCatchesItemsThatWereNeverTaken() {
        for (Scenario s : VARIANTS) {
            Program p = s.newProgram(s.defaultBound()); // never run: nothing was put or taken
            Violation v = assertThrows(Violation.class, p::check, s.id());
            assertEquals("invariant", v.kind());
            assertEquals("item 1 lost: put, but never taken and not left in items", v.getMessage());
        }
    }
}
