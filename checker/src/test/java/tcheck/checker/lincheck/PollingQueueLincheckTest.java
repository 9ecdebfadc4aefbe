package tcheck.checker.lincheck;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;
import tcheck.scenarios.pcplock.CheckOutsideLockQueue;
import tcheck.scenarios.pcplock.CheckUnderLockQueue;
import tcheck.scenarios.pcplock.PollingQueue;

import static tcheck.checker.lincheck.CustomScenario.call;
import static tcheck.checker.lincheck.LincheckResults.Expect.FINDS_BUG;
import static tcheck.checker.lincheck.LincheckResults.Expect.PASSES;
import static tcheck.checker.lincheck.LincheckResults.Expect.RECORD_ONLY;

/**
 * "PCP without Condition" as Lincheck data-structure tests against the unbounded queue of
 * {@code BoundedBufferSpec} ({@code put(x)}, {@code poll()} returning null when empty). The
 * check-then-act race throws NoSuchElementException from {@code poll()}: an exception is an
 * operation result no sequential order produces, so Lincheck reports invalid results. The
 * textbook scenario (one item, two consumers polling) runs first.
 */
class PollingQueueLincheckTest {
    private static final String SHAPE = "2 threads x 2 operations, 1 before, 1 after";
    private static final CustomScenario TWO_CONSUMERS = CustomScenario.of(Operations.class)
            .initial(call("put", 1)).thread(call("poll")).thread(call("poll"));
    private static final String SCENARIOS = "textbook scenario [" + TWO_CONSUMERS + "] first";

    public abstract static class Operations {
        private final PollingQueue queue;

        Operations(PollingQueue queue) {
            this.queue = queue;
        }

        @Operation
        public void put(@Param(gen = IntGen.class, conf = "1:9") int item) {
            queue.put(item);
        }

        @Operation
        public Integer poll() {
            return queue.poll();
        }
    }

    public static final class CheckOutsideLock extends Operations {
        public CheckOutsideLock() {
            super(new CheckOutsideLockQueue());
        }
    }

    public static final class CheckUnderLock extends Operations {
        public CheckUnderLock() {
            super(new CheckUnderLockQueue());
        }
    }

    private static LincheckRun run(Options<?, ?> options, Class<?> test) {
        return LincheckRun.check(options.addCustomScenario(TWO_CONSUMERS.build())
                .sequentialSpecification(SpecModels.PollingQueueModel.class), test);
    }

    private static LincheckRun model(Class<?> test) {
        return run(LincheckBudget.model(2, 2, 1, 1), test);
    }

    private static LincheckRun stress(Class<?> test) {
        return run(LincheckBudget.stress(2, 2, 1, 1), test);
    }

    @Test
    void checkOutsideLockModelChecking() {
        LincheckResults.record("pcp-lock/check-outside-lock", LincheckResults.MODEL, model(CheckOutsideLock.class),
                LincheckBudget.describeModel(SHAPE) + "; " + SCENARIOS, FINDS_BUG, null);
    }

    @Test
    void checkOutsideLockStress() {
        LincheckResults.record("pcp-lock/check-outside-lock", LincheckResults.STRESS, stress(CheckOutsideLock.class),
                LincheckBudget.describeStress(SHAPE) + "; " + SCENARIOS, RECORD_ONLY, null);
    }

    @Test
    void checkUnderLockModelChecking() {
        LincheckResults.record("pcp-lock/check-under-lock", LincheckResults.MODEL, model(CheckUnderLock.class),
                LincheckBudget.describeModel(SHAPE) + "; " + SCENARIOS, PASSES, null);
    }

    @Test
    void checkUnderLockStress() {
        LincheckResults.record("pcp-lock/check-under-lock", LincheckResults.STRESS, stress(CheckUnderLock.class),
                LincheckBudget.describeStress(SHAPE) + "; " + SCENARIOS, PASSES, null);
    }
}
