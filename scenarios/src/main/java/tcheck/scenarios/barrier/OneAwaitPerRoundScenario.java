package tcheck.scenarios.barrier;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.concurrent.CyclicBarrier;

/**
 * {@code barrier/one-await-per-round}: {@link OneAwaitPerRound} workers (write, await, read) over two
 * rounds. W1 passes the barrier, reads, and writes its round-2 value before W2 has read round 1's:
 * W2 reads 21 where it expected 11. The barrier of {@code 002_e91a849d01495b10.txt} lines 1096-1121,
 * reused round after round with one checkpoint where two are needed.
 */
public final class OneAwaitPerRoundScenario extends BarrierScenario {
    @Override
    public String variant() {
        return "one-await-per-round";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "one await per round: the next round's write overtakes a slow reader";
    }

    @Override
    public String lesson() {
        return "The barrier makes sure nobody reads before everyone has written, but not that everyone has read"
                + " before anyone writes again. A fast worker passes the barrier, reads, and writes its next round"
                + " while a slow one is still to read this round: it reads a value from the wrong round.";
    }

    @Override
    public String expectedKind() {
        return "invariant";
    }

    @Override
    public Program newProgram(Bound bound) {
        Board board = board(bound);
        CyclicBarrier barrier = new CyclicBarrier(bound.threads());
        return new PhasesProgram(board, me -> new OneAwaitPerRound(board, barrier, me));
    }
}
