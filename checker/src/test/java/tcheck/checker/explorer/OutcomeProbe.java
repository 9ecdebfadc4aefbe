package tcheck.checker.explorer;

import java.util.Set;
import java.util.TreeSet;

/**
 * Not instrumented: what checked programs saw at their end, one line per execution, collected over
 * a whole exploration (or a run on real threads) so a test can compare the outcomes the explorer
 * allows with those a real JVM gives.
 */
public final class OutcomeProbe {
    private static final Set<String> SEEN = new TreeSet<>();

    private OutcomeProbe() {
    }

    public static synchronized void record(String outcome) {
        SEEN.add(outcome);
    }

    static synchronized Set<String> takeAll() {
        Set<String> all = new TreeSet<>(SEEN);
        SEEN.clear();
        return all;
    }
}
