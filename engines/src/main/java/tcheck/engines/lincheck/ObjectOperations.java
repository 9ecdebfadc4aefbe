package tcheck.engines.lincheck;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import tcheck.scenarios.depositwithdraw.Account;
import tcheck.scenarios.pcpcondition.BoundedBuffer;
import tcheck.scenarios.pcplock.PollingQueue;
import tcheck.scenarios.racecounter.Counter;

/**
 * Lincheck's test classes, one per concurrent-object interface of the catalog: each {@code @Operation}
 * delegates to a fresh instance of the implementation the engine is checking ({@link FreshObjects}).
 * Method names and signatures match the sequential models in {@link SpecModels}.
 */
public final class ObjectOperations {
    private ObjectOperations() {
    }

    public static final class CounterOperations {
        private final Counter counter = FreshObjects.next(Counter.class);

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public int get() {
            return counter.get();
        }
    }

    public static final class AccountOperations {
        private final Account account = FreshObjects.next(Account.class);

        @Operation
        public void deposit(@Param(gen = IntGen.class, conf = "1:3") int amount) {
            account.deposit(amount);
        }

        @Operation
        public boolean withdraw(@Param(gen = IntGen.class, conf = "1:3") int amount) {
            return account.withdraw(amount);
        }

        @Operation
        public int balance() {
            return account.balance();
        }
    }

    public static final class PollingQueueOperations {
        private final PollingQueue queue = FreshObjects.next(PollingQueue.class);

        @Operation
        public void put(@Param(gen = IntGen.class, conf = "1:9") int item) {
            queue.put(item);
        }

        @Operation
        public Integer poll() {
            return queue.poll();
        }
    }

    public static final class BufferOperations {
        private final BoundedBuffer buffer = FreshObjects.next(BoundedBuffer.class);

        @Operation
        public void put(@Param(gen = IntGen.class, conf = "1:9") int item) throws InterruptedException {
            buffer.put(item);
        }

        @Operation
        public int take() throws InterruptedException {
            return buffer.take();
        }
    }
}
