package tcheck.checker.explorer.barrierfixtures;

import java.util.concurrent.CyclicBarrier;

/** Constructors refuse a barrier for fewer than one party, as the JDK's do. */
public class NotAParty implements Runnable {
    @Override
    public void run() {
        for (int parties : new int[] {0, -1}) {
            try {
                new CyclicBarrier(parties);
                throw new AssertionError("CyclicBarrier(" + parties + ") was made");
            } catch (IllegalArgumentException expected) {
                // as the JDK says
            }
            try {
                new CyclicBarrier(parties, () -> { });
                throw new AssertionError("CyclicBarrier(" + parties + ", action) was made");
            } catch (IllegalArgumentException expected) {
                // as the JDK says
            }
        }
        CyclicBarrier alone = new CyclicBarrier(1);
        try {
            if (alone.await() != 0 || alone.await() != 0) {
                throw new AssertionError("a party of one trips the barrier at once, every time");
            }
        } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }
}
