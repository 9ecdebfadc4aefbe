package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * The check-then-act version of {@code ChmPutIfAbsentOneWinner}: {@code if (!containsKey) put}.
 * Both threads can see the key absent and both "win". A real JVM shows two winners: an invariant
 * violation.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class ChmContainsThenPut implements Runnable {
    private final ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();
    private final AtomicInteger winners = new AtomicInteger();

    private void work(int me) {
        if (!map.containsKey("k")) {
            map.put("k", me);
            winners.incrementAndGet();
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
        if (winners.get() != 1) {
            throw new AssertionError(winners.get() + " threads both saw the key absent");
        }
    }
}
