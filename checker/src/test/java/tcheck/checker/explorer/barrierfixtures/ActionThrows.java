package tcheck.checker.explorer.barrierfixtures;

import tcheck.checker.explorer.OutcomeProbe;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * The barrier action throws: the exception leaves the await of the party that ran it (the last to
 * arrive), the barrier breaks, and the other party gets BrokenBarrierException.
 */
public class ActionThrows implements Runnable {
    private final CyclicBarrier barrier = new CyclicBarrier(2, () -> {
        throw new IllegalStateException("action failed");
    });
    private final String[] got = new String[2];

    private void party(int me) {
        try {
            got[me] = "returned " + barrier.await();
        } catch (BrokenBarrierException e) {
            got[me] = "broken";
        } catch (IllegalStateException e) {
            got[me] = e.getMessage();
        } catch (InterruptedException e) {
            got[me] = "interrupted";
        }
    }

    @Override
    public void run() {
        Thread p1 = new Thread(() -> party(0), "P1");
        Thread p2 = new Thread(() -> party(1), "P2");
        p1.start();
        p2.start();
        try {
            p1.join();
            p2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        String outcome = "P1 " + got[0] + ", P2 " + got[1] + (barrier.isBroken() ? ", broken" : ", not broken");
        if (!outcome.equals("P1 action failed, P2 broken, broken") && !outcome.equals("P1 broken, P2 action failed, broken")) {
            throw new AssertionError(outcome);
        }
        done(outcome);
    }

    void done(String outcome) {
        OutcomeProbe.record(outcome);
    }
}
