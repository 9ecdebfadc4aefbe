package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * A task blocks on a latch nobody opens; once it is running, main calls {@code cancel(true)}, which
 * interrupts the worker: the task's {@code await()} throws {@code InterruptedException} and the task
 * ends. Then shutdown and termination. Correct on every JVM: verified or bounded (the executor's
 * own code is explored).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class CancelInterruptsTask implements Runnable {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch never = new CountDownLatch(1);
    private volatile boolean interrupted;

    @Override
    public void run() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> f = pool.submit(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        });
        try {
            started.await();
            f.cancel(true);
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!f.isCancelled() || !interrupted) {
            throw new AssertionError("cancelled " + f.isCancelled() + ", task interrupted " + interrupted);
        }
    }
}
