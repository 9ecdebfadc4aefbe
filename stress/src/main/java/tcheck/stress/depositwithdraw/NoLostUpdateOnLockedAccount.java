package tcheck.stress.depositwithdraw;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZI_Result;
import tcheck.scenarios.depositwithdraw.LockedAccount;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The deposit and withdrawal of {@link LostUpdateOnUnsynchronizedAccount} on the account that holds
 * one {@code ReentrantLock} from each read to its write: the second update always reads the first
 * one's result, so the balance always ends at 10.
 */
@JCStressTest
@StressOf("deposit-withdraw/locked")
@Description("a lock around read-modify-write loses no update")
@Outcome(id = "true, 10", expect = ACCEPTABLE, desc = "deposit and withdrawal both counted")
@Outcome(id = "true, 15", expect = FORBIDDEN, desc = "lost update (the withdrawal vanished)")
@Outcome(id = "true, 5", expect = FORBIDDEN, desc = "lost update (the deposit vanished)")
@State
public class NoLostUpdateOnLockedAccount {
    private final LockedAccount account = new LockedAccount(10);

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
