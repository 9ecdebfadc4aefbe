package tcheck.checker.explorer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Not instrumented: records the real thread a checked body runs on, which only the explorer's code can see. */
public final class RealThreadProbe {
    private static final Set<String> REAL = ConcurrentHashMap.newKeySet();

    private RealThreadProbe() {
    }

    /** Called by checked code with the thread it sees as current. */
    public static void record(Thread seen) {
        Thread real = Thread.currentThread();
        REAL.add(real == seen ? "itself" : real.getClass().getName().equals("java.lang.VirtualThread") ? "virtual" : real.getName());
    }

    static Set<String> takeAll() {
        Set<String> all = Set.copyOf(REAL);
        REAL.clear();
        return all;
    }
}
