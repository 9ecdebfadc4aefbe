package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import java.lang.reflect.Field;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * A volatile flag written and read through reflection is still volatile: the writer's plain write of
 * {@code data} happens before its reflective write of {@code ready}, which happens before a
 * reflective read that sees it. Correct on every JVM, no data race; a checker that takes a
 * reflective access for a plain one reports a race on {@code data} that cannot happen.
 */
@Expect(VERIFIED)
public class ReflectiveVolatilePublication implements Runnable {
    private int data;
    private volatile boolean ready;

    @Override
    public void run() {
        Field flag;
        try {
            flag = ReflectiveVolatilePublication.class.getDeclaredField("ready");
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        int[] seen = {-1};
        Thread writer = new Thread(() -> {
            data = 42;
            try {
                flag.setBoolean(this, true);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }, "writer");
        Thread reader = new Thread(() -> {
            try {
                if (flag.getBoolean(this)) {
                    seen[0] = data;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }, "reader");
        writer.start();
        reader.start();
        try {
            writer.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seen[0] != -1 && seen[0] != 42) {
            throw new AssertionError("saw the flag but data " + seen[0]);
        }
    }
}
