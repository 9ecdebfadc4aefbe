package tcheck.checker.explorer.jdkfixtures;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The same counting with merge(), through the Map interface: atomic, and no data race. */
public class MapMerge implements Runnable {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public void run() {
        Thread t1 = new Thread(() -> counts.merge("k", 1, Integer::sum), "T1");
        Thread t2 = new Thread(() -> counts.merge("k", 1, Integer::sum), "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (counts.get("k") != 2) {
            throw new AssertionError("count " + counts.get("k") + ", expected 2");
        }
    }
}
