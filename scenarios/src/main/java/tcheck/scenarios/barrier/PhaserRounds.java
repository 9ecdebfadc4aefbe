package tcheck.scenarios.barrier;

import java.util.concurrent.Phaser;

/**
 * Double buffering ({@link DoubleBufferedRounds}) with a {@link Phaser}: the JDK's reusable barrier
 * that numbers its phases and lets parties register and leave. Each {@code arriveAndAwaitAdvance()} is
 * one checkpoint of seed {@code 002_e91a849d01495b10.txt} lines 1096-1121, and the phase number it
 * returns could pick the buffer just as well as the round does here. Unlike a {@code CyclicBarrier},
 * a phaser's parties can also {@code register()} themselves and leave with {@code arriveAndDeregister()},
 * so the count that the {@code one-party-too-many} variant gets wrong need not be kept by hand; here
 * the party count is fixed, as in the seed's {@code Barrier(10)}, and every worker arrives in every
 * round.
 */
final class PhaserRounds implements Runnable {
    private final Board board;
    private final Phaser phaser;
    private final int me;

    PhaserRounds(Board board, Phaser phaser, int me) {
        this.board = board;
        this.phaser = phaser;
        this.me = me;
    }

    @Override
    public void run() {
        for (int round = 1; round <= board.rounds; round++) {
            int[] cells = board.buffer(round);
            cells[me - 1] = Board.value(round, me);
            phaser.arriveAndAwaitAdvance(); // everyone has written this round
            board.seen[(me - 1) * board.rounds + round - 1] = cells[board.rightOf(me) - 1];
        }
    }
}
