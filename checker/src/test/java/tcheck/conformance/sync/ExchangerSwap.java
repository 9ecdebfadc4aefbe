package tcheck.conformance.sync;

import tcheck.conformance.Expect;

import java.util.concurrent.Exchanger;

import static tcheck.conformance.Expect.Verdict.VERIFIED_OR_BOUNDED;

/**
 * Two threads swap strings through an {@code Exchanger}: each must receive the other's. That is the
 * Exchanger's contract on every JVM: correct, verified (or bounded: its implementation spins and
 * uses arenas, so the controlled space can be large).
 */
@Expect(VERIFIED_OR_BOUNDED)
public class ExchangerSwap implements Runnable {
    private final Exchanger<String> exchanger = new Exchanger<>();
    private volatile String gotByA;
    private volatile String gotByB;

    @Override
    public void run() {
        Thread a = new Thread(() -> {
            try {
                gotByA = exchanger.exchange("from A");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "A");
        Thread b = new Thread(() -> {
            try {
                gotByB = exchanger.exchange("from B");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!"from B".equals(gotByA) || !"from A".equals(gotByB)) {
            throw new AssertionError("A got " + gotByA + ", B got " + gotByB);
        }
    }
}
