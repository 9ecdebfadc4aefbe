package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Each ticket takes the next id from a static counter in its constructor, with no lock: two threads
 * making a ticket at once can read the same value of {@code next} and both tickets get the same id.
 * That the increment sits in a constructor changes nothing: a static field is shared from the start.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class InstanceIdsFromAStaticCounter implements Runnable {
    static int next;

    static final class Ticket {
        final int id;

        Ticket() {
            id = next++;
        }
    }

    @Override
    public void run() {
        Ticket[] made = new Ticket[2];
        Thread a = new Thread(() -> made[0] = new Ticket(), "a");
        Thread b = new Thread(() -> made[1] = new Ticket(), "b");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (made[0].id == made[1].id) {
            throw new AssertionError("both tickets have id " + made[0].id);
        }
    }
}
