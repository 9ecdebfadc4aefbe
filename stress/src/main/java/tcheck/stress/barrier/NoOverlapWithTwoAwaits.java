package tcheck.stress.barrier;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;
import tcheck.scenarios.barrier.StressBoard;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The workers of {@link NextRoundOvertakesWithOneAwait} with a second {@code await()} after reading:
 * nobody writes round 2 before both have read round 1.
 */
@JCStressTest
@StressOf("barrier/two-awaits-per-round")
@Description("an await after writing and after reading: rounds never overlap")
@Outcome(id = "12, 22, 11, 21", expect = ACCEPTABLE, desc = "each worker read its neighbour's value of the same round")
@Outcome(expect = FORBIDDEN, desc = "a worker read a value from the wrong round")
@State
public class NoOverlapWithTwoAwaits {
    private final StressBoard board = StressBoard.twoAwaitsPerRound();

    @Actor
    public void w1() {
        board.work(1);
    }

    @Actor
    public void w2() {
        board.work(2);
    }

    @Arbiter
    public void seen(L_Result r) {
        r.r1 = board.seen();
    }
}
