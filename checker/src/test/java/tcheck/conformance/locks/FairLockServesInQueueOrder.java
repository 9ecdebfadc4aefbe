package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A fair {@code ReentrantLock} is handed over in the order the threads queued for it: {@code first}
 * queues while main holds the lock (main waits until {@code hasQueuedThread} says so), then
 * {@code second} arrives and main unlocks. On a real JVM {@code first} always gets the lock first,
 * because a fair lock lets no one past a queued thread. A checker that treats every lock as unfair
 * lets {@code second} barge in: a counterexample no JVM can show. (Main's wait is a spin, so the
 * search may honestly run out of steps.)
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 120)
public class FairLockServesInQueueOrder implements Runnable {
    @Override
    public void run() {
        ReentrantLock lock = new ReentrantLock(true);
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
