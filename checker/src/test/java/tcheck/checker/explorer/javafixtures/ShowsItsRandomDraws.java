package tcheck.checker.explorer.javafixtures;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** Draws from every unseeded source, in two threads, and shows the draws in its failure. */
public class ShowsItsRandomDraws implements Runnable {
    @Override
    public void run() {
        long[] draws = new long[3];
        Random shared = new Random();
        Thread t = new Thread(() -> draws[0] = ThreadLocalRandom.current().nextInt(1_000_000), "drawer");
        t.start();
        draws[1] = shared.nextInt(1_000_000);
        draws[2] = (long) (Math.random() * 1_000_000);
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("draws " + draws[0] + " " + draws[1] + " " + draws[2]);
    }
}
