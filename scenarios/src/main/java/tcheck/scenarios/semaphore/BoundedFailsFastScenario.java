package tcheck.scenarios.semaphore;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Program;

/**
 * {@code semaphore-pool/bounded-fails-fast}: the same double release on a {@link BoundedSemaphore}
 * ({@link DoubleReleaseOnBoundedWorker}): T1's second release throws {@link IllegalStateException} at
 * once, before anyone can use the extra permit: {@code 000_715c6142ede907d2.txt} lines 773-787
 * ("As expected, it complained!"). Still a bug, now reported where it is.
 */
public final class BoundedFailsFastScenario extends SemaphorePoolScenario {
    @Override
    public String variant() {
        return "bounded-fails-fast";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "the same double release on a BoundedSemaphore: it throws at the second release";
    }

    @Override
    public String lesson() {
        return "The worker still releases twice, but a bounded semaphore refuses to go above its permits: the second"
                + " release throws at once, in the thread and on the line that made the mistake, before any thread"
                + " gets in with a permit that never was. Same bug, caught where it is.";
    }

    @Override
    public String expectedKind() {
        return "exception";
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 773-787 (BoundedSemaphore(5): a release above the start raises ValueError)";
    }

    @Override
    public Program newProgram(Bound bound) {
        Pool pool = new Pool();
        BoundedSemaphore permits = new BoundedSemaphore(bound.capacity());
        Worker[] workers = new Worker[bound.threads()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new DoubleReleaseOnBoundedWorker(permits, pool);
        }
        return new PoolProgram(bound, pool, workers, () -> permits.permits);
    }

    @Override
    public ObjectUnderTest objectUnderTest(Bound bound) {
        return boundedSemaphore(bound);
    }
}
