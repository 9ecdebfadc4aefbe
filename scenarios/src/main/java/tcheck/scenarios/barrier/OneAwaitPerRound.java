package tcheck.scenarios.barrier;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * One barrier per round, between writing and reading: the barrier is reused for the next round while
 * a slower thread is still reading in this one.
 *
 * <p>Seed {@code 002_e91a849d01495b10.txt} lines 1096-1121 introduces {@code Barrier} as a checkpoint
 * "to ensure that all threads have reached that point before moving ahead", with one
 * {@code msg_barrier.wait()} per thread. A phased computation repeats that, round after round, and the
 * natural first attempt puts one checkpoint per round: write your cell, wait for everyone, read your
 * neighbour's cell. The barrier guarantees that nobody <em>reads</em> before everyone has written; it
 * says nothing about the other end. Once the barrier trips, the fast thread reads, starts the next
 * round and writes its cell again, while the slow thread has not read that cell yet: the slow thread
 * reads a value from the wrong round. ({@link CyclicBarrier} resets itself as it trips, which is what
 * makes reusing it tempting.) The broken property: in every round each worker reads its neighbour's
 * value of that round. The reads and the next round's writes also race.
 */
final class OneAwaitPerRound implements Runnable {
    private final Board board;
    private final CyclicBarrier barrier;
    private final int me;

    OneAwaitPerRound(Board board, CyclicBarrier barrier, int me) {
        this.board = board;
        this.barrier = barrier;
        this.me = me;
    }

    @Override
    public void run() {
        try {
            for (int round = 1; round <= board.rounds; round++) {
                board.write(me, round); // BUG: may overwrite the cell a slower neighbour has not read yet
                barrier.await();
                board.readRight(me, round);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("the barrier broke", e);
        }
    }
}
