package tcheck.stress.philosophers;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIL_Result;
import tcheck.scenarios.philosophers.StressDinner;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two philosophers who ask a waiter (one monitor over all forks) for both forks at once, one meal
 * each. Nobody ever holds one fork while waiting for the other, so no circle of waits can form;
 * {@code while}-{@code wait()} and {@code notifyAll()} let the waiting philosopher in once the other
 * returns its forks. The arbiter checks that both ate, each with both forks and alone.
 */
@JCStressTest
@StressOf("philosophers/waiter")
@Description("a waiter hands out both forks at once: both philosophers eat")
@Outcome(id = "1, 1, none", expect = ACCEPTABLE, desc = "each philosopher ate, holding both forks, never beside an eating neighbour")
@Outcome(id = "1, 1, phil-.*", expect = FORBIDDEN, desc = "a philosopher ate without both forks or beside an eating neighbour")
@Outcome(id = {"0, .*", "1, 0, .*"}, expect = FORBIDDEN, desc = "a philosopher did not eat")
@State
public class EveryoneEatsWithWaiter {
    private final StressDinner dinner = StressDinner.waiter(2, 1);

    @Actor
    public void phil0() {
        dinner.dine(0);
    }

    @Actor
    public void phil1() {
        dinner.dine(1);
    }

    @Arbiter
    public void afterDinner(IIL_Result r) {
        r.r1 = dinner.meals(0);
        r.r2 = dinner.meals(1);
        r.r3 = dinner.clash();
    }
}
