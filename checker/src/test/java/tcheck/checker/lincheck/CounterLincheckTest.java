package tcheck.checker.lincheck;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;
import tcheck.scenarios.racecounter.AtomicCounter;
import tcheck.scenarios.racecounter.Counter;
import tcheck.scenarios.racecounter.SynchronizedCounter;
import tcheck.scenarios.racecounter.UnsynchronizedCounter;

import static tcheck.checker.lincheck.LincheckResults.Expect.FINDS_BUG;
import static tcheck.checker.lincheck.LincheckResults.Expect.PASSES;
import static tcheck.checker.lincheck.LincheckResults.Expect.RECORD_ONLY;

/**
 * The race-counter variants as Lincheck data-structure tests: operations {@code increment()} and
 * {@code get()} on one shared counter, checked for linearizability against {@code CounterSpec}.
 * The lost update shows as "two increments, then get() returns 1".
 */
class CounterLincheckTest {
    private static final String SHAPE = "2 threads x 2 operations, 1 after";

    /** Lincheck's test instance: one fresh counter per invocation, operations delegate to it. */
    public abstract static class CounterOperations {
        private final Counter counter;

        CounterOperations(Counter counter) {
            this.counter = counter;
        }

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public int get() {
            return counter.get();
        }
    }

    public static final class Unsynchronized extends CounterOperations {
        public Unsynchronized() {
            super(new UnsynchronizedCounter());
        }
    }

    public static final class Synchronized extends CounterOperations {
        public Synchronized() {
            super(new SynchronizedCounter());
        }
    }

    public static final class Atomic extends CounterOperations {
        public Atomic() {
            super(new AtomicCounter());
        }
    }

    private static LincheckRun model(Class<?> test) {
        return LincheckRun.check(LincheckBudget.model(2, 2, 0, 1).sequentialSpecification(SpecModels.CounterModel.class), test);
    }

    private static LincheckRun stress(Class<?> test) {
        return LincheckRun.check(LincheckBudget.stress(2, 2, 0, 1).sequentialSpecification(SpecModels.CounterModel.class), test);
    }

    @Test
    void unsynchronizedModelChecking() {
        LincheckResults.record("race-counter/unsynchronized", LincheckResults.MODEL, model(Unsynchronized.class),
                LincheckBudget.describeModel(SHAPE), FINDS_BUG, null);
    }

    @Test
    void unsynchronizedStress() {
        LincheckResults.record("race-counter/unsynchronized", LincheckResults.STRESS, stress(Unsynchronized.class),
                LincheckBudget.describeStress(SHAPE), RECORD_ONLY, "stress depends on the OS interleaving the two increments");
    }

    @Test
    void synchronizedModelChecking() {
        LincheckResults.record("race-counter/synchronized", LincheckResults.MODEL, model(Synchronized.class),
                LincheckBudget.describeModel(SHAPE), PASSES, null);
    }

    @Test
    void synchronizedStress() {
        LincheckResults.record("race-counter/synchronized", LincheckResults.STRESS, stress(Synchronized.class),
                LincheckBudget.describeStress(SHAPE), PASSES, null);
    }

    @Test
    void atomicModelChecking() {
        LincheckResults.record("race-counter/atomic", LincheckResults.MODEL, model(Atomic.class),
                LincheckBudget.describeModel(SHAPE), PASSES, null);
    }

    @Test
    void atomicStress() {
        LincheckResults.record("race-counter/atomic", LincheckResults.STRESS, stress(Atomic.class),
                LincheckBudget.describeStress(SHAPE), PASSES, null);
    }
}
