package tcheck.conformance.selflocked;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The fix of {@link StringBufferAppendsApart}: the two appends inside {@code synchronized (sb)}, the
 * very monitor each {@code append} takes, so the other thread's append waits until both are done
 * (a volatile write between them gives the other thread a moment to try). Always "abc" or "cab":
 * verified.
 */
@Expect(VERIFIED)
public class StringBufferAppendsHeldTogether implements Runnable {
    private volatile int progress;

    @Override
    public void run() {
        StringBuffer sb = new StringBuffer();
        Thread ab = new Thread(() -> {
            synchronized (sb) {
                sb.append('a');
                progress = 1;
                sb.append('b');
            }
        }, "ab");
        Thread c = new Thread(() -> {
            int seen = progress;
            sb.append(seen >= 0 ? 'c' : '?');
        }, "c");
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
