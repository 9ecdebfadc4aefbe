package tcheck.scenarios.pcplock;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each queue on one thread: FIFO, and "Queue Empty" (null) rather than an exception. */
class PollingQueuesTest {
    @Test
    void everyQueueIsFifoAndPollsNullWhenEmpty() {
        for (PollingQueue q : List.of(new CheckOutsideLockQueue(), new CheckUnderLockQueue())) {
            String name = q.getClass().getSimpleName();
            assertNull(q.poll(), name);
            q.put(1);
            q.put(2);
            assertEquals(1, q.poll(), name);
            assertEquals(2, q.poll(), name);
            assertNull(q.poll(), name);
        }
    }

    @Test
    void oneConsumerProgramsRunClean() {
        for (Scenario s : List.of(new CheckOutsideLockScenario(), new CheckUnderLockScenario())) {
            Program p = s.newProgram(Bound.of(1, 5));
            p.run();
            p.check();
        }
    }
}
