package tcheck.conformance.selflocked;

import tcheck.conformance.Expect;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The fix of {@link PrintlnsApart}: both lines inside {@code synchronized (out)}, the monitor each
 * {@code println} takes, so the other thread's line waits for both (a volatile write between them
 * gives it a moment to try). Never interleaved: verified.
 */
@Expect(VERIFIED)
public class PrintlnsHeldTogether implements Runnable {
    private volatile int progress;

    @Override
    public void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true);
        Thread a = new Thread(() -> {
            synchronized (out) {
                out.println("a1");
                progress = 1;
                out.println("a2");
            }
        }, "a");
        Thread b = new Thread(() -> {
            int seen = progress;
            out.println(seen >= 0 ? "b" : "?");
        }, "b");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        String printed = bytes.toString().replace("\r", "").replace('\n', '|');
        if (!printed.equals("a1|a2|b|") && !printed.equals("b|a1|a2|")) {
            throw new AssertionError("interleaved: " + printed);
        }
    }
}
