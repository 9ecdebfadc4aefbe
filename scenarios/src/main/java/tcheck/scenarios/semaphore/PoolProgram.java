package tcheck.scenarios.semaphore;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Threads T1..Tn each use a pool of N places m times, every time through the variant's
 * {@link Worker} and its semaphore of N permits. Afterwards the pool must never have had more than N
 * threads inside at once.
 */
final class PoolProgram implements Program {
    private final Pool pool;
    private final Worker[] workers;
    private final int rounds;
    private final int places;
    private final IntSupplier permits;

    /**
     * @param permits the semaphore's available permits, for traces and the violation's message; null
     *                for a JDK semaphore, whose count lives in the checker's model, not in the object
     */
    PoolProgram(Bound bound, Pool pool, Worker[] workers, IntSupplier permits) {
        this.pool = pool;
        this.workers = workers;
        this.rounds = bound.operations();
        this.places = bound.capacity();
        this.permits = permits;
    }

    @Override
    public void run() {
        int m = rounds;
        Thread[] threads = new Thread[workers.length];
        for (int i = 0; i < threads.length; i++) {
            Worker worker = workers[i];
            threads[i] = new Thread(() -> {
                try {
                    for (int k = 0; k < m; k++) {
                        worker.useThePool();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "T" + (i + 1));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while joining " + t.getName(), e);
            }
        }
    }

    @Override
    public void check() {
        int most = pool.most.get();
        if (most > places) {
            throw Violation.invariant(most + " threads were inside a pool of " + places + " at once (a semaphore made with "
                    + places + " permit(s) let them in: it was released more often than acquired)");
        }
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        if (permits != null) {
            state.put("permits", permits.getAsInt());
        }
        state.put("inside", pool.inside.get());
        return state;
    }
}
