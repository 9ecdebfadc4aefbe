package tcheck.scenarios.barrier;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.concurrent.CyclicBarrier;

/**
 * {@code barrier/two-awaits-per-round}: {@link TwoAwaitsPerRound} workers on a {@link CyclicBarrier} of
 * exactly n parties: write, await, read, await. No round overlaps the next, and no data race
 * ({@code 002_e91a849d01495b10.txt} lines 1096-1121, a checkpoint at the end of every phase).
 *
 * <p>The default bound is 2 workers x 2 rounds, the smallest where one round could overlap the next:
 * four barrier trips, each await one step to arrive (and one to leave, for a worker that waits), as
 * the explorer models {@code CyclicBarrier}; its complete search takes 17 executions.
 * {@code barrier/double-buffered} makes the same promise with half the trips (5 executions).
 */
public final class TwoAwaitsPerRoundScenario extends BarrierScenario {
    @Override
    public String variant() {
        return "two-awaits-per-round";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "CyclicBarrier(workers), an await after writing and after reading";
    }

    @Override
    public String lesson() {
        return "Each round has two phases and each phase ends at the barrier: nobody reads before all have written,"
                + " nobody writes again before all have read. The party count is exactly the number of workers.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public Program newProgram(Bound bound) {
        Board board = board(bound);
        CyclicBarrier barrier = new CyclicBarrier(bound.threads());
        return new PhasesProgram(board, me -> new TwoAwaitsPerRound(board, barrier, me));
    }
}
