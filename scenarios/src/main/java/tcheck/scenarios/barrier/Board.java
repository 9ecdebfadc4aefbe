package tcheck.scenarios.barrier;

/**
 * The shared data of a phased computation: in every round each worker writes its own cell, then
 * reads its right neighbour's. Worker i's value in round r is {@link #value(int, int)}, so what a
 * worker read says which round it came from. {@link #seen} is each worker's record of what it read,
 * one slot per (worker, round), written only by that worker.
 */
final class Board {
    final int[] cells;
    /** A second set of cells, for double buffering: round r uses {@link #cells} when r is odd, these when even. */
    final int[] spare;
    final int[] seen;
    final int rounds;

    Board(int workers, int rounds) {
        this.cells = new int[workers];
        this.spare = new int[workers];
        this.seen = new int[workers * rounds];
        this.rounds = rounds;
    }

    int workers() {
        return cells.length;
    }

    /** Worker {@code worker}'s value in round {@code round} (both from 1): 11, 12, ... in round 1, 21, 22, ... in round 2. */
    static int value(int round, int worker) {
        return 10 * round + worker;
    }

    int rightOf(int worker) {
        return worker % cells.length + 1;
    }

    void write(int worker, int round) {
        cells[worker - 1] = value(round, worker);
    }

    void readRight(int worker, int round) {
        seen[(worker - 1) * rounds + round - 1] = cells[rightOf(worker) - 1];
    }

    /** Double buffering: round r's cells are {@link #cells} for odd r, {@link #spare} for even r. */
    int[] buffer(int round) {
        return round % 2 == 1 ? cells : spare;
    }
}
