package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A thread published before it is started: a parent hands the child to main through a latch and only
 * then starts it. Main's {@code join()} of a thread not started yet returns at once (it is not alive),
 * so main can read the child's result before the child ran. Publish a thread after starting it, or wait
 * for what it does, not for the thread.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class JoinBeforeStart implements Runnable {
    private final CountDownLatch handedOver = new CountDownLatch(1);
    private volatile Thread child;
    private volatile int result;

    @Override
    public void run() {
        Thread parent = new Thread(() -> {
            Thread c = new Thread(() -> result = 1, "child");
            child = c;
            handedOver.countDown();
            c.start();
        }, "parent");
        parent.start();
        try {
            handedOver.await();
            child.join();
            if (result != 1) {
                throw new AssertionError("joined the child before it ran: result " + result);
            }
            parent.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
