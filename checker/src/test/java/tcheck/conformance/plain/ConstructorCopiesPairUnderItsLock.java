package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The fix of {@link ConstructorCopiesTornPair}: the copy is made under the pair's lock, the lock the
 * writer holds for both writes, so it sees both or neither. Verified.
 */
@Expect(value = VERIFIED)
public class ConstructorCopiesPairUnderItsLock implements Runnable {
    static final class Pair {
        int a;
        int b;
    }

    static final class Copy {
        final int a;
        final int b;

        Copy(Pair p) {
            a = p.a;
            b = p.b;
        }
    }

    @Override
    public void run() {
        Pair pair = new Pair();
        Copy[] copy = new Copy[1];
        Thread writer = new Thread(() -> {
            synchronized (pair) {
                pair.a = 1;
                pair.b = 1;
            }
        }, "writer");
        Thread reader = new Thread(() -> {
            synchronized (pair) {
                copy[0] = new Copy(pair);
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
        if (copy[0].a != copy[0].b) {
            throw new AssertionError("torn copy (" + copy[0].a + ", " + copy[0].b + ")");
        }
    }
}
