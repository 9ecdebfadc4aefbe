package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@link FairLockServesInQueueOrder} with the default, unfair lock: a thread that arrives as the lock
 * is released may take it before the one queued longest (barging, which makes unfair locks fast).
 * So {@code second} can be served first: an invariant violation. The explorer must also answer
 * {@code hasQueuedThread} from its own model of the lock, or main's wait never ends.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant", message = "served [second, first]", maxSteps = 120)
public class UnfairLockLetsALaterThreadIn implements Runnable {
    @Override
    public void run() {
        ReentrantLock lock = new ReentrantLock();
        List<String> order = new ArrayList<>();
        Thread first = new Thread(() -> take(lock, order, "first"), "first");
        Thread second = new Thread(() -> take(lock, order, "second"), "second");
        lock.lock();
        first.start();
        while (!lock.hasQueuedThread(first)) {
            Thread.yield();
        }
        second.start();
        lock.unlock();
        try {
            first.join();
            second.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!order.equals(List.of("first", "second"))) {
            throw new AssertionError("served " + order);
        }
    }

    private static void take(ReentrantLock lock, List<String> order, String who) {
        lock.lock();
        try {
            order.add(who);
        } finally {
            lock.unlock();
        }
    }
}
