package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static tcheck.conformance.Expect.Verdict.*;

/**
 * Both threads {@code addIfAbsent("x")} and then iterate a snapshot of a
 * {@code CopyOnWriteArrayList} held as a {@code List}. addIfAbsent is atomic, so "x" is there exactly
 * once; iterating while the other thread adds never throws ConcurrentModificationException (the
 * iterator is a snapshot). Correct on every JVM: verified, and not a data race.
 */
@Expect(VERIFIED)
public class CopyOnWriteAddIfAbsent implements Runnable {
    private final CopyOnWriteArrayList<String> list = new CopyOnWriteArrayList<>();

    private void work(int me) {
        list.addIfAbsent("x");
        List<String> view = list;
        int n = 0;
        for (String s : view) {
            n += s.length();
        }
        if (n < 1) {
            throw new AssertionError("own add not visible");
        }
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
        if (list.size() != 1) {
            throw new AssertionError("list " + list);
        }
    }
}
