package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Two parties, two rounds, a barrier action: the action runs once per round, in the party that
 * arrived last (the one whose await returns 0), before either party leaves the barrier (both see
 * its count), while the barrier counts both parties as waiting. Which party runs it each round is
 * the outcome.
 */
public class ActionPerRound implements Runnable {
    private static final int ROUNDS = 2;
    private final String[] ranBy = new String[ROUNDS];
    private final String[] lastBy = new String[ROUNDS];
    private final int[] waitingInAction = new int[ROUNDS];
    private int trips;
    private final CyclicBarrier barrier = new CyclicBarrier(2, () -> {
        ranBy[trips] = Thread.currentThread().getName();
        waitingInAction[trips] = getNumberWaiting();
        trips++;
    });

    private int getNumberWaiting() {
        return barrier.getNumberWaiting();
    }

    private void party() {
        for (int round = 0; round < ROUNDS; round++) {
            int index;
            try {
                index = barrier.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
            if (trips != round + 1) {
                throw new AssertionError(Thread.currentThread().getName() + " left round " + round + " after " + trips + " actions");
            }
            if (index == 0) {
                lastBy[round] = Thread.currentThread().getName();
            }
        }
    }

    @Override
    public void run() {
        Thread p1 = new Thread(this::party, "P1");
        Thread p2 = new Thread(this::party, "P2");
        p1.start();
        p2.start();
        try {
            p1.join();
            p2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        for (int round = 0; round < ROUNDS; round++) {
            if (ranBy[round] == null || !ranBy[round].equals(lastBy[round]) || waitingInAction[round] != 2) {
                throw new AssertionError("round " + round + ": action in " + ranBy[round] + ", last to arrive " + lastBy[round]
                        + ", " + waitingInAction[round] + " waiting during the action");
            }
        }
        OutcomeProbe.record("action in " + ranBy[0] + ", then in " + ranBy[1]);
    }
}
