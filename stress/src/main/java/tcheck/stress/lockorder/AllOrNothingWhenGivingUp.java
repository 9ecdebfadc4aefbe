package tcheck.stress.lockorder;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import tcheck.scenarios.lockorder.StressBank;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * T1 pays A to B while T2 pays B to A; each tries both locks, backs off, and gives up after two
 * attempts.
 *
 * <p>Both actors always return (no deadlock, no livelock). A transfer may give up when the other
 * thread holds the lock it tries: that is the price of this fix, an acceptable outcome (it is what
 * the variant promises). What must never happen is money lost or created: the balances always match the transfers
 * that said they happened.
 */
@JCStressTest
@StressOf("lock-order/give-up")
@Description("tryLock both, give up after two attempts: every transfer is all or nothing")
@Outcome(id = "1, 1, 10, 10", expect = ACCEPTABLE, desc = "both transfers happened")
@Outcome(id = {"1, 0, 9, 11", "0, 1, 11, 9", "0, 0, 10, 10"}, expect = ACCEPTABLE,
        desc = "a transfer gave up, and nothing of it moved")
@Outcome(expect = FORBIDDEN, desc = "the balances do not match the transfers that happened")
@State
public class AllOrNothingWhenGivingUp {
    private final StressBank bank = StressBank.giveUp();

    @Actor
    public void t1(IIII_Result r) {
        r.r1 = pay(true) ? 1 : 0;
    }

    @Actor
    public void t2(IIII_Result r) {
        r.r2 = pay(false) ? 1 : 0;
    }

    @Arbiter
    public void balances(IIII_Result r) {
        r.r3 = bank.balanceA();
        r.r4 = bank.balanceB();
    }

    private boolean pay(boolean aToB) {
        try {
            return aToB ? bank.payAtoB() : bank.payBtoA();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
