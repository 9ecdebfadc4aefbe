package tcheck.checker.explorer.javafixtures;

import java.util.ArrayList;
import java.util.List;

/**
 * Two workers add a name each from a lookup table (a static final array nothing changes) to a locked
 * list: no bug, and nothing one execution leaves to the next.
 */
public class LookupTableWorkers implements Runnable {
    private static final String[] NAMES = {"ann", "bob"};
    private final List<String> seen = new ArrayList<>();

    @Override
    public void run() {
        Join.all(() -> add(0), () -> add(1));
        if (seen.size() != NAMES.length) {
            throw new AssertionError("seen " + seen);
        }
    }

    private synchronized void add(int i) {
        seen.add(NAMES[i]);
    }
}
