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
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * Two workers, two rounds, one {@code CyclicBarrier}: write your cell, await, read your neighbour's.
 *
 * <p>The outcome lists what W1 read in rounds 1 and 2, then W2. Once the barrier trips, a fast worker
 * reads and writes its round-2 value before the slow one has read the round-1 value: the slow one reads
 * 21 or 22 in round 1. The barrier of {@code one-party-too-many} has no test here: its actors never
 * return.
 */
@JCStressTest
@StressOf("barrier/one-await-per-round")
@Description("one await per round: a fast worker overwrites a cell before the slow one reads it")
@Outcome(id = "12, 22, 11, 21", expect = ACCEPTABLE, desc = "each worker read its neighbour's value of the same round")
@Outcome(expect = ACCEPTABLE_INTERESTING, desc = "a worker read a value from the wrong round")
@State
public class NextRoundOvertakesWithOneAwait {
    private final StressBoard board = StressBoard.oneAwaitPerRound();

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
