package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Two threads {@code add} to a {@code Collections.synchronizedList}, held as a {@code List}. Every
 * call locks the wrapper, so both adds are kept and nothing races, on every JVM: correct, verified.
 * A checker that treats every {@code List} call as an unsynchronized access cries wolf here.
 */
@Expect(VERIFIED)
public class SynchronizedListAdds implements Runnable {
    private final List<Integer> list = Collections.synchronizedList(new ArrayList<>());

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
