package tcheck.conformance.executors;

import tcheck.conformance.Expect;

import java.util.concurrent.CompletableFuture;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread {@code join()}s a {@code CompletableFuture} that nobody ever completes (the completing
 * code path was forgotten): it waits forever on every JVM, and main waits to join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class CompletableFutureNeverCompleted implements Runnable {
    @Override
    public void run() {
        CompletableFuture<String> reply = new CompletableFuture<>();
        Thread waiter = new Thread(reply::join, "waiter");
        waiter.start();
        try {
            waiter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
