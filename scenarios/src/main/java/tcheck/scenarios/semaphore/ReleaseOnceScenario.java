package tcheck.scenarios.semaphore;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Program;

/**
 * {@code semaphore-pool/release-once}: each {@link ReleaseOnceWorker} acquires once and releases once,
 * in {@code finally}, on a {@link BoundedSemaphore}: at most N threads in the pool in every schedule,
 * and a release too many would throw where it happens ({@code 000_715c6142ede907d2.txt} lines 773-787;
 * {@code 002_e91a849d01495b10.txt} line 1211).
 */
public final class ReleaseOnceScenario extends SemaphorePoolScenario {
    @Override
    public String variant() {
        return "release-once";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "one release per acquire, in finally, on a BoundedSemaphore";
    }

    @Override
    public String lesson() {
        return "Every path releases exactly the permit it acquired, once, in finally: the count never exceeds N and"
                + " at most N threads are in the pool. The bounded semaphore stands guard: a release too many would"
                + " fail at once instead of letting a thread too many in later.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 773-787 (BoundedSemaphore); 002_e91a849d01495b10.txt line 1211"
                + " (\"Use BoundedSemaphore if limit is to be maintained\")";
    }

    @Override
    public Program newProgram(Bound bound) {
        Pool pool = new Pool();
        BoundedSemaphore permits = new BoundedSemaphore(bound.capacity());
        Worker[] workers = new Worker[bound.threads()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new ReleaseOnceWorker(permits, pool);
        }
        return new PoolProgram(bound, pool, workers, () -> permits.permits);
    }

    @Override
    public ObjectUnderTest objectUnderTest(Bound bound) {
        return boundedSemaphore(bound);
    }
}
