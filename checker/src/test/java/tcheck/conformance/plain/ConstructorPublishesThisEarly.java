package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * A constructor that lets {@code this} escape before it ends: the widget stores itself in a shared
 * (volatile) field, then sets its size. A reader that finds the widget there may read the size before
 * it is set: 0, although every field involved is volatile. Volatile orders the writes; it does not make
 * the object complete before it is published. Publish after the constructor, not in it.
 */
@Expect(value = COUNTEREXAMPLE, kind = "invariant")
public class ConstructorPublishesThisEarly implements Runnable {
    private volatile Widget published;

    final class Widget {
        volatile int size;

        Widget() {
            published = this;
            size = 10;
        }
    }

    @Override
    public void run() {
        int[] seen = {-1};
        Thread maker = new Thread(Widget::new, "maker");
        Thread reader = new Thread(() -> {
            Widget w = published;
            if (w != null) {
                seen[0] = w.size;
            }
        }, "reader");
        maker.start();
        reader.start();
        try {
            maker.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (seen[0] == 0) {
            throw new AssertionError("read a widget half made: size 0");
        }
    }
}
