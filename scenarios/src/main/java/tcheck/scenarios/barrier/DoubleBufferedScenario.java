package tcheck.scenarios.barrier;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.concurrent.CyclicBarrier;

/**
 * {@code barrier/double-buffered}: {@link DoubleBufferedRounds} workers: one await per round as in the
 * buggy variant, but odd rounds use one set of cells and even rounds the other, so no round's write
 * lands where the previous round is still being read ({@code 002_e91a849d01495b10.txt} lines
 * 1096-1121, the barrier reused round after round, safely).
 */
public final class DoubleBufferedScenario extends BarrierScenario {
    @Override
    public String variant() {
        return "double-buffered";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "one await per round, rounds alternate between two sets of cells";
    }

    @Override
    public String lesson() {
        return "A fast worker through the barrier writes the next round into the other buffer; it can only return"
                + " to this one after the next barrier, which waits for the slow worker, which has then finished"
                + " reading. One wait per round, twice the cells.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public Program newProgram(Bound bound) {
        Board board = board(bound);
        CyclicBarrier barrier = new CyclicBarrier(bound.threads());
        return new PhasesProgram(board, me -> new DoubleBufferedRounds(board, barrier, me), true);
    }
}
