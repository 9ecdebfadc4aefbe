package tcheck.stress.depositwithdraw;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZI_Result;
import tcheck.scenarios.depositwithdraw.UnsynchronizedAccount;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * The seed's {@code total.value += 5} and {@code total.value -= 5} at the same time, on an account
 * holding 10 with no lock.
 *
 * <p>The withdraw always succeeds (the balance it checks is 10 or 15), so the balance must end at
 * 10. Each update is a read and a write with a gap between them: when both read 10, the one that
 * writes last erases the other. 15 means the withdrawal was lost (the customer got the money for
 * free), 5 means the deposit was lost.
 */
@JCStressTest
@StressOf("deposit-withdraw/unsynchronized")
@Description("balance += 5 and balance -= 5 without a lock lose updates")
@Outcome(id = "true, 10", expect = ACCEPTABLE, desc = "deposit and withdrawal both counted")
@Outcome(id = "true, 15", expect = ACCEPTABLE_INTERESTING, desc = "lost update (the withdrawal vanished)")
@Outcome(id = "true, 5", expect = ACCEPTABLE_INTERESTING, desc = "lost update (the deposit vanished)")
@State
public class LostUpdateOnUnsynchronizedAccount {
    private final UnsynchronizedAccount account = new UnsynchronizedAccount(10);

    @Actor
    public void depositor() {
        account.deposit(5);
    }

    @Actor
    public void withdrawer(ZI_Result r) {
        r.r1 = account.withdraw(5);
    }

    @Arbiter
    public void balance(ZI_Result r) {
        r.r2 = account.balance();
    }
}
