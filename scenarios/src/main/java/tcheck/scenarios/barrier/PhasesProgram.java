package tcheck.scenarios.barrier;

import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Workers W1..Wn, like the seed's ten threads ({@code 002_e91a849d01495b10.txt} lines 1117-1121), each
 * running its rounds against one shared {@link Board}. Afterwards every worker must have read, in
 * every round, its right neighbour's value of that round.
 */
final class PhasesProgram implements Program {
    private final Board board;
    private final List<Runnable> workers = new ArrayList<>();
    private final boolean showSpare;

    /** @param worker makes worker i (from 1) */
    PhasesProgram(Board board, IntFunction<Runnable> worker) {
        this(board, worker, false);
    }

    /** @param showSpare whether traces show the second set of cells (double buffering) */
    PhasesProgram(Board board, IntFunction<Runnable> worker, boolean showSpare) {
        this.board = board;
        this.showSpare = showSpare;
        for (int i = 1; i <= board.workers(); i++) {
            workers.add(worker.apply(i));
        }
    }

    @Override
    public void run() {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            threads.add(new Thread(workers.get(i), "W" + (i + 1)));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while joining " + t.getName(), e);
            }
        }
    }

    @Override
    public void check() {
        check(false);
    }

    /** A wrong value a worker has recorded stays wrong: the exploration stops where it is recorded. */
    @Override
    public void checkSoFar() {
        check(true);
    }

    /** @param soFar only the values recorded already (0 is "not yet": a read of 0 is caught at the end) */
    private void check(boolean soFar) {
        for (int w = 1; w <= board.workers(); w++) {
            for (int r = 1; r <= board.rounds; r++) {
                int got = board.seen[(w - 1) * board.rounds + r - 1];
                int right = board.rightOf(w);
                int expected = Board.value(r, right);
                if (got != expected && !(soFar && got == 0)) {
                    throw Violation.invariant("W" + w + " read " + got + " from W" + right + "'s cell in round " + r
                            + ", expected " + expected + describe(got, r));
                }
            }
        }
    }

    private static String describe(int got, int round) {
        if (got == 0) {
            return " (read before it was written)";
        }
        int from = got / 10;
        return from > round ? " (round " + from + "'s value: overwritten before it was read)" : " (a stale value from round " + from + ")";
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cells", Program.ints(board.cells));
        if (showSpare) {
            state.put("spare", Program.ints(board.spare));
        }
        state.put("seen", Program.ints(board.seen));
        return state;
    }
}
