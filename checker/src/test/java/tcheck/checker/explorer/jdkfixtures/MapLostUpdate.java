package tcheck.checker.explorer.jdkfixtures;

import java.util.concurrent.ConcurrentHashMap;

/** Two threads count into a ConcurrentHashMap with get-then-put: each call is atomic, the pair is not. */
public class MapLostUpdate implements Runnable {
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    private void increment() {
        Integer old = counts.get("k");
        counts.put("k", old == null ? 1 : old + 1);
    }

    @Override
    public void run() {
        Thread t1 = new Thread(this::increment, "T1");
        Thread t2 = new Thread(this::increment, "T2");
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
