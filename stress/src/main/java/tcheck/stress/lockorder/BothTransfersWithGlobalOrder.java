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
 * T1 pays 1 from A to B while T2 pays 1 from B to A, both taking the lower-numbered account's lock
 * first.
 *
 * <p>In the opposite-order variant these two transfers deadlock as soon as each holds its first lock;
 * here both reach for A first, so whoever gets it also gets B. Both transfers happen and the balances
 * end where they started. The buggy variants of this family have no jcstress test: a deadlocked actor
 * never returns, and the back-off livelock only lasts while the scheduler keeps the threads in step,
 * which real hardware does not do for long (the explorer shows that schedule instead).
 */
@JCStressTest
@StressOf("lock-order/global-order")
@Description("two transfers in opposite directions, locks in one global order: both happen")
@Outcome(id = "1, 1, 10, 10", expect = ACCEPTABLE, desc = "both transfers happened, the money adds up")
@Outcome(expect = FORBIDDEN, desc = "a transfer failed or money was lost or created")
@State
public class BothTransfersWithGlobalOrder {
    private final StressBank bank = StressBank.globalOrder();

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
