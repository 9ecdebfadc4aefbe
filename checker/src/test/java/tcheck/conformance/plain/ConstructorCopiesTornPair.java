package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A constructor is code like any other: this one copies a shared pair's two fields while a writer,
 * under the pair's lock, sets both. The reader takes no lock, so its copy can fall between the two
 * writes and come out torn, (1, 0): the object being made is not shared yet, but the one it reads
 * is. The writer's lock protects nothing against a reader that does not take it.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class ConstructorCopiesTornPair implements Runnable {
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
        Thread reader = new Thread(() -> copy[0] = new Copy(pair), "reader");
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
