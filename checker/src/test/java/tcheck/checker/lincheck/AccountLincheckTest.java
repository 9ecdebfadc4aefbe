package tcheck.checker.lincheck;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import tcheck.scenarios.depositwithdraw.Account;
import tcheck.scenarios.depositwithdraw.CheckThenWithdrawAccount;
import tcheck.scenarios.depositwithdraw.LockedAccount;
import tcheck.scenarios.depositwithdraw.UnsynchronizedAccount;

import static tcheck.checker.lincheck.CustomScenario.call;
import static tcheck.checker.lincheck.LincheckResults.Expect.FINDS_BUG;
import static tcheck.checker.lincheck.LincheckResults.Expect.PASSES;
import static tcheck.checker.lincheck.LincheckResults.Expect.RECORD_ONLY;

/**
 * The deposit-withdraw variants as Lincheck data-structure tests against {@code AccountSpec}:
 * {@code deposit(1..3)}, {@code withdraw(1..3)} and {@code balance()} on an account that starts
 * empty. Two textbook scenarios run first (two racing deposits; two withdrawals of money that is
 * there only once), then random ones.
 */
class AccountLincheckTest {
    private static final String SHAPE = "2 threads x 2 operations, 1 before, 1 after";
    private static final CustomScenario LOST_DEPOSIT = CustomScenario.of(Operations.class)
            .thread(call("deposit", 1)).thread(call("deposit", 2)).post(call("balance"));
    private static final CustomScenario OVERDRAFT = CustomScenario.of(Operations.class)
            .initial(call("deposit", 3)).thread(call("withdraw", 3)).thread(call("withdraw", 3)).post(call("balance"));
    private static final String SCENARIOS = "textbook scenarios [" + LOST_DEPOSIT + "] and [" + OVERDRAFT + "] first";

    public abstract static class Operations {
        private final Account account;

        Operations(Account account) {
            this.account = account;
        }

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

    public static final class Unsynchronized extends Operations {
        public Unsynchronized() {
            super(new UnsynchronizedAccount(SpecModels.INITIAL_BALANCE));
        }
    }

    public static final class CheckThenWithdraw extends Operations {
        public CheckThenWithdraw() {
            super(new CheckThenWithdrawAccount(SpecModels.INITIAL_BALANCE));
        }
    }

    public static final class Locked extends Operations {
        public Locked() {
            super(new LockedAccount(SpecModels.INITIAL_BALANCE));
        }
    }

    private static LincheckRun model(Class<?> test) {
        ModelCheckingOptions o = LincheckBudget.model(2, 2, 1, 1)
                .addCustomScenario(LOST_DEPOSIT.build()).addCustomScenario(OVERDRAFT.build());
        return LincheckRun.check(o.sequentialSpecification(SpecModels.AccountModel.class), test);
    }

    private static LincheckRun stress(Class<?> test) {
        StressOptions o = LincheckBudget.stress(2, 2, 1, 1)
                .addCustomScenario(LOST_DEPOSIT.build()).addCustomScenario(OVERDRAFT.build());
        return LincheckRun.check(o.sequentialSpecification(SpecModels.AccountModel.class), test);
    }

    private static String model() {
        return LincheckBudget.describeModel(SHAPE) + "; " + SCENARIOS;
    }

    private static String stress() {
        return LincheckBudget.describeStress(SHAPE) + "; " + SCENARIOS;
    }

    @Test
    void unsynchronizedModelChecking() {
        LincheckResults.record("deposit-withdraw/unsynchronized", LincheckResults.MODEL, model(Unsynchronized.class),
                model(), FINDS_BUG, null);
    }

    @Test
    void unsynchronizedStress() {
        LincheckResults.record("deposit-withdraw/unsynchronized", LincheckResults.STRESS, stress(Unsynchronized.class),
                stress(), RECORD_ONLY, null);
    }

    @Test
    void checkThenWithdrawModelChecking() {
        LincheckResults.record("deposit-withdraw/check-then-withdraw", LincheckResults.MODEL, model(CheckThenWithdraw.class),
                model(), FINDS_BUG, null);
    }

    @Test
    void checkThenWithdrawStress() {
        LincheckResults.record("deposit-withdraw/check-then-withdraw", LincheckResults.STRESS, stress(CheckThenWithdraw.class),
                stress(), RECORD_ONLY, null);
    }

    @Test
    void lockedModelChecking() {
        LincheckResults.record("deposit-withdraw/locked", LincheckResults.MODEL, model(Locked.class), model(), PASSES, null);
    }

    @Test
    void lockedStress() {
        LincheckResults.record("deposit-withdraw/locked", LincheckResults.STRESS, stress(Locked.class), stress(), PASSES, null);
    }
}
