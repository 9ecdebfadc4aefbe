package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Both threads {@code putIfAbsent} their own value for one key; exactly one call returns null (the
 * winner), and the key then maps to the winner's value. That is the atomicity {@code putIfAbsent}
 * guarantees on every JVM: correct, verified.
 */
@Expect(VERIFIED)
public class ChmPutIfAbsentOneWinner implements Runnable {
    private final ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();
    private final AtomicInteger winners = new AtomicInteger();
    private final AtomicInteger winner = new AtomicInteger(-1);

    private void work(int me) {
        if (map.putIfAbsent("k", me) == null) {
            winners.incrementAndGet();
            winner.set(me);
        }
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> work(0), "A");
        Thread b = new Thread(() -> work(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (winners.get() != 1 || map.get("k") != winner.get()) {
            throw new AssertionError("winners " + winners.get() + ", value " + map.get("k") + ", winner " + winner.get());
        }
    }
}
