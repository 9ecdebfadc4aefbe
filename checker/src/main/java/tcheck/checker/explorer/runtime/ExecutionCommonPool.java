package tcheck.checker.explorer.runtime;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The common ForkJoinPool as the threads of one execution see it: a pool of its own, made on first
 * use, with the real common pool's parallelism. The real one exists before the run and its workers
 * outlive an execution (and carry its queues into the next), so it cannot be controlled; this one
 * starts empty in every execution and its workers are started by controlled code, so they are
 * controlled threads, as a pool the program makes is. Parallel streams, {@code ForkJoinTask.fork}
 * outside a pool and {@code ForkJoinPool.commonPool()} reach it: the JDK's reads of
 * {@code ForkJoinPool.common} are rewritten to ask the bridge. Workers are named as the JVM names
 * the common pool's.
 */
final class ExecutionCommonPool {
    private static final Map<Execution, ForkJoinPool> POOLS = new WeakHashMap<>();

    private ExecutionCommonPool() {
    }

    static ForkJoinPool of(Execution ex, ForkJoinPool real) {
        synchronized (POOLS) {
            return POOLS.computeIfAbsent(ex, k -> new ForkJoinPool(real.getParallelism(), new Workers(), null, false));
        }
    }

    /** Names workers as the common pool's: "ForkJoinPool.commonPool-worker-1", counted per pool, so per execution. */
    private static final class Workers implements ForkJoinPool.ForkJoinWorkerThreadFactory {
        private int made;

        @Override
        public synchronized ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            ForkJoinWorkerThread w = new Worker(pool);
            w.setName("ForkJoinPool.commonPool-worker-" + ++made);
            w.setDaemon(true); // as the common pool's: they never keep the program alive
            return w;
        }
    }

    private static final class Worker extends ForkJoinWorkerThread {
        Worker(ForkJoinPool pool) {
            super(pool);
        }
    }
}
