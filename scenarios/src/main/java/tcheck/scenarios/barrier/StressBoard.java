package tcheck.scenarios.barrier;

import java.util.Arrays;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;

/**
 * Two workers, two rounds, one board, for threads the program does not start itself (jcstress actors):
 * wired as the scenarios' {@code newProgram} does, with no behaviour of its own. Only the variants
 * that always finish are offered; a barrier with a party too many never lets its actors return.
 */
public final class StressBoard {
    private final Board board = new Board(2, 2);
    private final Runnable[] workers = new Runnable[2];

    private StressBoard() {
    }

    /** {@code barrier/one-await-per-round}. */
    public static StressBoard oneAwaitPerRound() {
        StressBoard s = new StressBoard();
        CyclicBarrier barrier = new CyclicBarrier(2);
        for (int me = 1; me <= 2; me++) {
            s.workers[me - 1] = new OneAwaitPerRound(s.board, barrier, me);
        }
        return s;
    }

    /** {@code barrier/two-awaits-per-round}. */
    public static StressBoard twoAwaitsPerRound() {
        StressBoard s = new StressBoard();
        CyclicBarrier barrier = new CyclicBarrier(2);
        for (int me = 1; me <= 2; me++) {
            s.workers[me - 1] = new TwoAwaitsPerRound(s.board, barrier, me);
        }
        return s;
    }

    /** {@code barrier/double-buffered}. */
    public static StressBoard doubleBuffered() {
        StressBoard s = new StressBoard();
        CyclicBarrier barrier = new CyclicBarrier(2);
        for (int me = 1; me <= 2; me++) {
            s.workers[me - 1] = new DoubleBufferedRounds(s.board, barrier, me);
        }
        return s;
    }

    /** {@code barrier/phaser}. */
    public static StressBoard phaser() {
        StressBoard s = new StressBoard();
        Phaser phaser = new Phaser(2);
        for (int me = 1; me <= 2; me++) {
            s.workers[me - 1] = new PhaserRounds(s.board, phaser, me);
        }
        return s;
    }

    /** Worker 1 or 2 runs both its rounds on the calling thread. */
    public void work(int worker) {
        workers[worker - 1].run();
    }

    /** What each worker read, W1's rounds then W2's: "12, 22, 11, 21" when every read was of its own round. */
    public String seen() {
        return String.join(", ", Arrays.stream(board.seen).mapToObj(String::valueOf).toList());
    }
}
