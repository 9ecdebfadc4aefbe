package tcheck.engines.lincheck;

import tcheck.specs.AccountSpec;
import tcheck.specs.BoundedBufferSpec;
import tcheck.specs.CounterSpec;
import tcheck.specs.SpecModel;

/**
 * The {@code specs} models dressed as the sequential classes Lincheck asks for: same method names
 * and signatures as the tests' {@code @Operation}s, each call delegating to the spec. So Lincheck and
 * the own linearizability checker judge against one oracle. A blocking operation called where the
 * spec does not enable it (a take on an empty buffer) throws
 * {@link SpecModel.NotEnabledException}; that result never equals an observed one, so Lincheck
 * discards every sequential order that would need it, as the spec's blocking semantics say.
 */
public final class SpecModels {
    /** The balance every account under test starts with, concurrent and sequential alike. */
    static final int INITIAL_BALANCE = 0;
    /** The capacity every blocking buffer under test has. */
    static final int CAPACITY = 1;

    private SpecModels() {
    }

    public static final class CounterModel {
        private final SpecModel<Integer> model = new SpecModel<>(new CounterSpec());

        public void increment() {
            model.call(CounterSpec.INCREMENT);
        }

        public int get() {
            return (Integer) model.call(CounterSpec.GET);
        }
    }

    public static final class AccountModel {
        private final SpecModel<Integer> model = new SpecModel<>(new AccountSpec(INITIAL_BALANCE));

        public void deposit(int amount) {
            model.call(AccountSpec.DEPOSIT, amount);
        }

        public boolean withdraw(int amount) {
            return (Boolean) model.call(AccountSpec.WITHDRAW, amount);
        }

        public int balance() {
            return (Integer) model.call(AccountSpec.BALANCE);
        }
    }

    /** The polling queue: unbounded put, poll returns null when empty. */
    public static final class PollingQueueModel {
        private final SpecModel<BoundedBufferSpec.Items> model = new SpecModel<>(BoundedBufferSpec.unbounded());

        public void put(int item) {
            model.call(BoundedBufferSpec.PUT, item);
        }

        public Integer poll() {
            return (Integer) model.call(BoundedBufferSpec.POLL);
        }
    }

    /** The blocking buffer with the capacity the tests give the concurrent buffers. */
    public static final class BoundedBufferModel {
        private final SpecModel<BoundedBufferSpec.Items> model =
                new SpecModel<>(new BoundedBufferSpec(CAPACITY));

        public void put(int item) {
            model.call(BoundedBufferSpec.PUT, item);
        }

        public int take() {
            return (Integer) model.call(BoundedBufferSpec.TAKE);
        }
    }
}
