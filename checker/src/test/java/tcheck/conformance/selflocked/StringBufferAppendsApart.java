package tcheck.conformance.selflocked;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A {@code StringBuffer} is thread-safe one call at a time: each {@code append} holds the buffer's
 * monitor, and only for that call. Two appends of one thread are two calls, and another thread's
 * append can fall between them: "acb", which a real JVM shows. Thread-safe objects do not make
 * sequences of calls atomic.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class StringBufferAppendsApart implements Runnable {
    @Override
    public void run() {
        StringBuffer sb = new StringBuffer();
        Thread ab = new Thread(() -> {
            sb.append('a');
            sb.append('b');
        }, "ab");
        Thread c = new Thread(() -> sb.append('c'), "c");
        ab.start();
        c.start();
        try {
            ab.join();
            c.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!sb.toString().equals("abc") && !sb.toString().equals("cab")) {
            throw new AssertionError("not contiguous: " + sb);
        }
    }
}
