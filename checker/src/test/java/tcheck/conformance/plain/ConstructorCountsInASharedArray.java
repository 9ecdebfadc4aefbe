package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Each new ticket counts itself in a shared array from its constructor, {@code counts[0]++}: a read and a
 * write of an element another thread writes too, in a constructor as anywhere else. Two threads making a
 * ticket each can both read 0 and both write 1: a lost update.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class ConstructorCountsInASharedArray implements Runnable {
    static final class Ticket {
        Ticket(int[] counts) {
            counts[0]++;
        }
    }

    @Override
    public void run() {
        int[] counts = new int[1];
        Thread a = new Thread(() -> new Ticket(counts), "a");
        Thread b = new Thread(() -> new Ticket(counts), "b");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (counts[0] != 2) {
            throw new AssertionError("count " + counts[0] + ": lost update");
        }
    }
}
