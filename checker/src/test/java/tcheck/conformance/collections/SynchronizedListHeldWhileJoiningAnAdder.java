package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Main holds a {@code Collections.synchronizedList}'s monitor while it waits for a thread that adds
 * to the list: the list's {@code add} needs that same monitor, so when the adder gets there after
 * main took it, neither moves again. A deadlock a real JVM shows.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class SynchronizedListHeldWhileJoiningAnAdder implements Runnable {
    private final List<Integer> list = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void run() {
        Thread adder = new Thread(() -> list.add(1), "adder");
        adder.start();
        synchronized (list) {
            try {
                adder.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
