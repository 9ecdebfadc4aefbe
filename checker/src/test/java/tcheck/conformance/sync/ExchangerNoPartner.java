package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Exchanger;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A single thread calls {@code exchange} and nobody else ever does: it waits for a partner forever
 * on every JVM, and main waits to join it: a deadlock.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class ExchangerNoPartner implements Runnable {
    private final Exchanger<Integer> exchanger = new Exchanger<>();

    @Override
    public void run() {
        Thread lonely = new Thread(() -> {
            try {
                exchanger.exchange(1);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "lonely");
        lonely.start();
        try {
            lonely.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
