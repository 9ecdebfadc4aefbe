package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Each new ticket counts itself in a shared registry from its constructor, {@code registry.count++} on a
 * volatile field: a read and a write, not one atomic step, wherever it is written. Two threads making a
 * ticket each can both read 0 and both write 1. A lost update; an {@code AtomicInteger} is the fix.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class ConstructorIncrementsASharedVolatile implements Runnable {
    static final class Registry {
        volatile int count;
    }

    static final class Ticket {
        Ticket(Registry registry) {
            registry.count++;
        }
    }

    @Override
    public void run() {
        Registry registry = new Registry();
        Thread a = new Thread(() -> new Ticket(registry), "a");
        Thread b = new Thread(() -> new Ticket(registry), "b");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (registry.count != 2) {
            throw new AssertionError("count " + registry.count + ": lost update");
        }
    }
}
