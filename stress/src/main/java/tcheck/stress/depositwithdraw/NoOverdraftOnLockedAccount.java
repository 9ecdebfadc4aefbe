package tcheck.stress.depositwithdraw;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;
import tcheck.scenarios.depositwithdraw.LockedAccount;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The two withdrawals of {@link OverdraftOnCheckThenWithdrawAccount} on the account that holds its
 * lock from the check to the subtract: the second withdrawal checks the balance the first one left,
 * finds 0 and is refused. The account never goes below zero.
 */
@JCStressTest
@StressOf("deposit-withdraw/locked")
@Description("a lock around check-then-act never overdraws")
@Outcome(id = {"true, false, 0", "false, true, 0"}, expect = ACCEPTABLE, desc = "one withdrawal, the other refused")
@Outcome(id = "true, true, -5", expect = FORBIDDEN, desc = "overdraft (both withdrawals passed the check)")
@State
public class NoOverdraftOnLockedAccount {
    private final LockedAccount account = new LockedAccount(5);

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
