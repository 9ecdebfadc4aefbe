package tcheck.checker.explorer.javafixtures;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Two threads count a hit each with get-then-put on a concurrent map: each call is atomic, the pair is not. */
public class GetThenPutOnAConcurrentMap implements Runnable {
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    private void hit() {
        Integer n = hits.get("page");
        hits.put("page", n == null ? 1 : n + 1);
    }

    @Override
    public void run() {
        Thread a = new Thread(this::hit);
        Thread b = new Thread(this::hit);
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (hits.get("page") != 2) {
            throw new AssertionError("hits " + hits.get("page"));
        }
    }
}
