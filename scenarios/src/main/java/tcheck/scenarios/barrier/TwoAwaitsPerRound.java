package tcheck.scenarios.barrier;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Two checkpoints per round: after writing (nobody reads before everyone has written) and after
 * reading (nobody writes the next round before everyone has read this one).
 *
 * <p>This is the barrier of seed {@code 002_e91a849d01495b10.txt} lines 1096-1121 used for a phased
 * computation done right: every round is two phases, and each phase ends at the barrier. The second
 * {@code await()} closes the gap of {@link OneAwaitPerRound}: the fast thread cannot overwrite its cell
 * until the slow thread has read it. Because every write and every read is separated from the
 * conflicting accesses of the other threads by a barrier trip (which orders them, happens-before),
 * there is no data race either. The cost is one more wait per round; double buffering (writing round
 * r into buffer r mod 2) is the usual way to save it.
 */
final class TwoAwaitsPerRound implements Runnable {
    private final Board board;
    private final CyclicBarrier barrier;
    private final int me;

    TwoAwaitsPerRound(Board board, CyclicBarrier barrier, int me) {
        this.board = board;
        this.barrier = barrier;
        this.me = me;
    }

    @Override
    public void run() {
        try {
            for (int round = 1; round <= board.rounds; round++) {
                board.write(me, round);
                barrier.await(); // everyone has written this round
                board.readRight(me, round);
                barrier.await(); // everyone has read this round: the cells may be written again
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("the barrier broke", e);
        }
    }
}
