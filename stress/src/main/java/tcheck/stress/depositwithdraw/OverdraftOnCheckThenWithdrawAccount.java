package tcheck.stress.depositwithdraw;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;
import tcheck.scenarios.depositwithdraw.CheckThenWithdrawAccount;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Two withdrawals of 5 from an account holding 5, where every single read and write is
 * {@code synchronized} but the check and the subtract are two separate critical sections.
 *
 * <p>Only one withdrawal may succeed. When both checks run before either subtract, both see 5, both
 * succeed and the balance ends at -5: an overdraft without any data race, a pure check-then-act
 * atomicity violation. (A lost update cannot hide it: the subtract itself is atomic.)
 */
@JCStressTest
@StressOf("deposit-withdraw/check-then-withdraw")
@Description("an atomic check followed by an atomic withdraw overdraws the account")
@Outcome(id = {"true, false, 0", "false, true, 0"}, expect = ACCEPTABLE, desc = "one withdrawal, the other refused")
@Outcome(id = "true, true, -5", expect = ACCEPTABLE_INTERESTING, desc = "overdraft (both withdrawals passed the check)")
@State
public class OverdraftOnCheckThenWithdrawAccount {
    private final CheckThenWithdrawAccount account = new CheckThenWithdrawAccount(5);

    @Actor
    public void first(ZZI_Result r) {
        r.r1 = account.withdraw(5);
    }

    @Actor
    public void second(ZZI_Result r) {
        r.r2 = account.withdraw(5);
    }

    @Arbiter
    public void balance(ZZI_Result r) {
        r.r3 = account.balance();
    }
}
