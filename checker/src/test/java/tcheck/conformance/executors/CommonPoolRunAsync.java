package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * {@code CompletableFuture.runAsync} on {@code ForkJoinPool.commonPool()} (named explicitly: without
 * an executor, CompletableFuture uses the common pool only when its parallelism is above 1, which
 * depends on the machine's cores); main {@code join()}s it and checks its effect. Completion
 * happens-before join's return: correct on every JVM, verified or bounded (the common pool's
 * threads must be controlled).
 */
@Expect(value = VERIFIED_OR_BOUNDED, maxSteps = 2_000)
public class CommonPoolRunAsync implements Runnable {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void run() {
        CompletableFuture.runAsync(count::incrementAndGet, ForkJoinPool.commonPool()).join();
        if (count.get() != 1) {
            throw new AssertionError("count " + count.get());
        }
    }
}
