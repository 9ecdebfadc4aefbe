package tcheck.conformance.collections;

import tcheck.conformance.Expect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * {@code Collections.unmodifiableList(list)} makes no copy: it is a read-only window on the list,
 * which another thread still changes. Reading the window while the list grows races with the add, as
 * reading the list itself would. "Unmodifiable" is not "immutable"; {@code List.copyOf} is.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"data-race", "exception", "invariant"})
public class UnmodifiableViewReadWhileAdding implements Runnable {
    private final List<Integer> list = new ArrayList<>(List.of(1));

    @Override
    public void run() {
        List<Integer> view = Collections.unmodifiableList(list);
        int[] size = new int[1];
        Thread adder = new Thread(() -> list.add(2), "adder");
        Thread reader = new Thread(() -> size[0] = view.size(), "reader");
        adder.start();
        reader.start();
        try {
            adder.join();
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
