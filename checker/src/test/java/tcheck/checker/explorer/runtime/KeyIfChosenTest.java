package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.checker.explorer.instrument.InstrumentingClassLoader;
import tcheck.checker.explorer.jdk.JdkControl;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a chooser is told the trace key would become if a thread took its step ({@code keyIfChosen}) is
 * the key the execution then has at its next choice, for every thread chosen, on random schedules of
 * programs with locks, conditions, monitors, semaphores, barriers and plain memory. The preemption-bounded
 * search skips an alternative unrun on that prediction, so a wrong one would skip what it must run.
 * Where a notify chose among waiters in between, the key has that choice too and is not compared.
 */
class KeyIfChosenTest {
    @ParameterizedTest
    @ValueSource(strings = {"philosophers/greedy", "event-readers/in-place", "pcp-condition/if-wait", "synchronized-queue/while-split-locks",
            "semaphore-pool/over-release", "barrier/one-await-per-round", "worker-pool/pill-per-worker", "race-counter/unsynchronized"})
    void thePredictedKeyIsTheKeyAtTheNextChoice(String id) {
        Predicting chooser = new Predicting(new Random(7));
        run(id, chooser, 30);
        assertNull(chooser.firstMismatch, id);
        assertTrue(chooser.compared > 100, id + ": only " + chooser.compared + " predictions compared");
    }

    /** Runs {@code executions} executions of the scenario's default bound with {@code chooser}; how many came back to a state. */
    private static int run(String id, Predicting chooser, int executions) {
        assertNull(JdkControl.ensureInstalled());
        Scenario s = Catalog.select(id).get(0);
        ScenarioSource source = new ScenarioSource(s, s.defaultBound());
        ClassLoader loader = new InstrumentingClassLoader(source.instrumenter().source(), source.instrumenter());
        int revisited = 0;
        for (int i = 0; i < executions; i++) {
            chooser.predicted = null;
            Execution ex = new Execution(chooser, ExecutionOptions.defaults());
            ex.recordTrace(false);
            ex.run(() -> source.newProgram(loader));
            revisited += ex.stateRevisited() ? 1 : 0;
        }
        return revisited;
    }

    /**
     * Where a state comes back on a path (the backing-off transfers go round and round), the livelock watch
     * may see a cycle that depends on the path, not only on the key: from there on no key is told, so a
     * search cannot skip a choice it must run. Where no state comes back, every enabled thread has its key.
     */
    @Test
    void noKeyIsToldOnceAStateCameBack() {
        Predicting cycling = new Predicting(new Random(11));
        int revisited = run("lock-order/back-off", cycling, 20);
        assertTrue(revisited > 0 && cycling.untold > 0, revisited + " executions came back, " + cycling.untold + " keys not told");
        assertNull(cycling.firstMismatch);
        Predicting progressing = new Predicting(new Random(11));
        revisited = run("philosophers/greedy", progressing, 20);
        assertTrue(revisited == 0 && progressing.untold == 0, revisited + " executions came back, " + progressing.untold + " keys not told");
        assertNull(progressing.firstMismatch);
    }

    /** Chooses at random; checks the key predicted at the last choice for the thread chosen there. */
    private static final class Predicting implements Chooser {
        private final Random random;
        long[] predicted;
        int compared;
        /** Enabled threads the execution told no key for. */
        int untold;
        /** Noted, not thrown: the chooser runs on the program's threads, which end the execution on an exception. */
        String firstMismatch;

        Predicting(Random random) {
            this.random = random;
        }

        @Override
        public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
            throw new AssertionError("the execution gives every choice its key");
        }

        @Override
        public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending,
                                boolean followsCycle, long stateHash, long traceKeyA, long traceKeyB, IntFunction<long[]> keyIfChosen) {
            if (predicted != null) {
                if ((predicted[0] != traceKeyA || predicted[1] != traceKeyB) && firstMismatch == null) {
                    firstMismatch = "the key before step " + (step + 1) + " is not the one predicted";
                }
                compared++;
            }
            int chosen = enabled.get(random.nextInt(enabled.size()));
            predicted = keyIfChosen.apply(chosen);
            untold += predicted == null ? 1 : 0;
            return chosen;
        }

        @Override
        public int chooseWaiter(int step, List<Integer> waiters) {
            predicted = null; // the woken waiter is part of the key from here on
            return waiters.get(random.nextInt(waiters.size()));
        }
    }
}
