package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.jdk.JdkControl;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A thread of an execution that has ended, still unwinding after an abort, starts no real thread:
 * a pool's worker that dies of the abort replaces itself, and the replacement would run the
 * program's tasks uncontrolled, in real time, beside the next execution (which then saw checked
 * code on a thread it never started, depending on the machine's load).
 */
class EndedExecutionTest {
    private static final Chooser FIRST = new Chooser() {
        @Override
        public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
            return enabled.get(0);
        }

        @Override
        public int chooseWaiter(int step, List<Integer> waiters) {
            return waiters.get(0);
        }
    };

    @Test
    void aThreadOfAnEndedExecutionStartsNoRealThread() {
        assertNull(JdkControl.ensureInstalled());
        Execution ended = new Execution(FIRST, ExecutionOptions.defaults()); // not the active execution
        ThreadState worker = new ThreadState(1, "pool-1-thread-1", new Thread(() -> { }), ended, false);
        Thread replacement = new Thread(() -> { }, "pool-1-thread-2");
        Execution.CURRENT.set(worker);
        try {
            assertThrows(ExecutionAborted.class, replacement::start); // as the JDK's own code calls it, through the rewritten start()
        } finally {
            Execution.CURRENT.remove();
        }
        assertEquals(Thread.State.NEW, replacement.getState());
    }
}
