package tcheck.scenarios.barrier;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * One await per round, as in {@link OneAwaitPerRound}, but every other round writes into a second set
 * of cells (double buffering), so the next round's write never lands where a slower thread may still
 * be reading.
 *
 * <p>The barrier of seed {@code 002_e91a849d01495b10.txt} lines 1096-1121, reused round after round,
 * and correct: in round r a worker writes buffer r mod 2 and reads it after the barrier. A fast worker
 * that is through the barrier writes round r+1 into the <em>other</em> buffer; it can only come back
 * to this one in round r+2, after the barrier of round r+1 has tripped, and that barrier needs every
 * worker, including the slow one, which therefore has finished reading round r. The second
 * {@code await()} per round (write, await, read, await) is the other textbook fix; double buffering
 * saves a wait per round, at the price of twice the cells.
 */
final class DoubleBufferedRounds implements Runnable {
    private final Board board;
    private final CyclicBarrier barrier;
    private final int me;

    DoubleBufferedRounds(Board board, CyclicBarrier barrier, int me) {
        this.board = board;
        this.barrier = barrier;
        this.me = me;
    }

    @Override
    public void run() {
        try {
            for (int round = 1; round <= board.rounds; round++) {
                int[] cells = board.buffer(round);
                cells[me - 1] = Board.value(round, me);
                barrier.await();
                board.seen[(me - 1) * board.rounds + round - 1] = cells[board.rightOf(me) - 1];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("the barrier broke", e);
        }
    }
}
