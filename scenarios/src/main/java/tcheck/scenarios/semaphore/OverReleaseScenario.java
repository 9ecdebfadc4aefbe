package tcheck.scenarios.semaphore;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.concurrent.Semaphore;

/**
 * {@code semaphore-pool/over-release}: every {@link DoubleReleaseWorker} gives its permit back twice
 * on a plain {@link Semaphore}; after T1's first round the pool of one has two permits, and in the
 * second round T1 and T2 are inside together: {@code 000_715c6142ede907d2.txt} lines 753-771
 * ("The counter is now 6!"). No object under test: the JDK's semaphore is not this project's code.
 */
public final class OverReleaseScenario extends SemaphorePoolScenario {
    @Override
    public String variant() {
        return "over-release";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "Semaphore released twice per acquire: one thread too many in the pool";
    }

    @Override
    public String lesson() {
        return "A Semaphore has no owner and no upper limit: a release that was never acquired is silently counted."
                + " After one round the pool of one has two permits, and later two threads are inside at once,"
                + " far from the line that made the mistake.";
    }

    @Override
    public String expectedKind() {
        return "invariant";
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 753-771 (Semaphore(5): acquire, release, release: \"The counter is now 6!\")";
    }

    @Override
    public Program newProgram(Bound bound) {
        Pool pool = new Pool();
        Semaphore permits = new Semaphore(bound.capacity());
        Worker[] workers = new Worker[bound.threads()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new DoubleReleaseWorker(permits, pool);
        }
        return new PoolProgram(bound, pool, workers, null);
    }
}
