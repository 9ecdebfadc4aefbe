package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A worker reads the first element of a list that main fills only after starting it. If the
 * worker runs first, {@code get(0)} throws IndexOutOfBoundsException and the worker dies with an
 * uncaught exception, which a real JVM prints as "Exception in thread ...": kind exception.
 */
@Expect(value = COUNTEREXAMPLE, kind = "exception")
public class UncaughtInWorker implements Runnable {
    private final List<String> names = new CopyOnWriteArrayList<>();

    @Override
    public void run() {
        Thread worker = new Thread(() -> names.get(0).length(), "worker");
        worker.start();
        names.add("first");
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
