package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads {@code add} to a plain {@code ArrayList} with no synchronization. The calls race; a
 * real JVM can lose an element (size 1), or throw ArrayIndexOutOfBoundsException while growing. A
 * data race is the finding (or the lost element or the exception).
 */
@Expect(value = COUNTEREXAMPLE, kind = {"data-race", "invariant", "exception"})
public class ArrayListConcurrentAdds implements Runnable {
    private final List<Integer> list = new ArrayList<>();

    private void work(int me) {
        list.add(me);
    }

    @Override
    public void run() {
        Thread a = new Thread(() -> work(0), "A");
        Thread b = new Thread(() -> work(1), "B");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (list.size() != 2) {
            throw new AssertionError("list " + list);
        }
    }
}
