package tcheck.conformance.selflocked;

import tcheck.conformance.Expect;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Each {@code println} of a {@code PrintStream} locks the stream, so a line never tears; two lines
 * of one thread are two calls, and another thread's line can come between them: "a1|b|a2", which a
 * real JVM prints now and then. The stream writes into memory the program reads back afterwards.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class PrintlnsApart implements Runnable {
    @Override
    public void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true);
        Thread a = new Thread(() -> {
            out.println("a1");
            out.println("a2");
        }, "a");
        Thread b = new Thread(() -> out.println("b"), "b");
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
