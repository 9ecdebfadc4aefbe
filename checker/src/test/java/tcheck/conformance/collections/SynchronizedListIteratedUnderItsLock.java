package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The Javadoc's idiom for a {@code Collections.synchronizedList}: its iterator does not lock, so the
 * caller iterates inside {@code synchronized (list)}; the list's own {@code add} locks the same
 * monitor and waits until the iteration is over. Never a {@code ConcurrentModificationException}:
 * verified.
 */
@Expect(VERIFIED)
public class SynchronizedListIteratedUnderItsLock implements Runnable {
    private final List<Integer> list = Collections.synchronizedList(new ArrayList<>(List.of(1, 2)));

    @Override
    public void run() {
        int[] sum = new int[1];
        Thread adder = new Thread(() -> list.add(3), "adder");
        Thread reader = new Thread(() -> {
            synchronized (list) {
                for (int v : list) {
                    sum[0] += v;
                }
            }
        }, "reader");
        adder.start();
        reader.start();
        try {
            adder.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (sum[0] != 3 && sum[0] != 6) {
            throw new AssertionError("sum " + sum[0]);
        }
    }
}
