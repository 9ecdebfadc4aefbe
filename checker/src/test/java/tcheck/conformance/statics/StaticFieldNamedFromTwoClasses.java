package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * The writer is started first, so the program takes it that the reader sees its value. Nothing
 * orders the two: the reader may run first and see 0, on any JVM. Here the static field is written by
 * a lambda of this class and read by a nested class: two classes' code naming one field of a third
 * ({@code Box.value}). A checker that takes the field for the accessing class's own sees two
 * unrelated locations, never puts the read before the write, and calls the program correct.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class StaticFieldNamedFromTwoClasses implements Runnable {
    static final class Box {
        static int value;
    }

    static final class Reader implements Runnable {
        int seen = -1;

        @Override
        public void run() {
            seen = Box.value;
        }
    }

    @Override
    public void run() {
        Box.value = 0;
        Reader r = new Reader();
        Thread writer = new Thread(() -> Box.value = 1, "writer");
        Thread reader = new Thread(r, "reader");
        writer.start();
        reader.start();
        try {
            writer.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (r.seen != 1) {
            throw new AssertionError("the reader ran before the writer: it saw " + r.seen);
        }
    }
}
